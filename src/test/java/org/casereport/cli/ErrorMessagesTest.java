package org.casereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Bad input, as data: each folder of {@code src/test/resources/errors/} is a broken case with an
 * {@code expected.txt} — the exact lines {@code casereport render} must print ({@code {case}} stands for the
 * case folder). Every one must exit 1, print no stack trace, and write nothing. A new case is a new folder.
 */
class ErrorMessagesTest {
    static final Path ROOT = Path.of("src/test/resources/errors");

    @TempDir
    Path out;

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void reportsOneLinePerProblemWithPosition(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(new String[] {"render", dir.toString(), "--output", out.toString()},
                new PrintWriter(stdout), new PrintWriter(stderr));
        List<String> expected = Files.readAllLines(dir.resolve("expected.txt"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).map(l -> l.replace("{case}", dir.toString())).toList();
        List<String> actual = stderr.toString().lines().toList();
        assertEquals(expected, actual, "stderr of render " + name);
        assertEquals(ExitCodes.INPUT_ERRORS, code);
        assertFalse(stderr.toString().contains("\tat "), "no stack trace");
        for (String line : actual) {
            if (line.contains(": error: ")) {
                assertTrue(line.matches(".+:\\d+:\\d+: error: .+ \\[[a-z0-9-]+]|.+: error: .+ \\[[a-z0-9-]+]"), line);
            }
        }
        try (Stream<Path> written = Files.walk(out)) {
            assertEquals(List.of(out), written.toList(), "nothing written for a broken case");
        }
    }
}
