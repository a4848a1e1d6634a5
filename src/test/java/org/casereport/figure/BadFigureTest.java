package org.casereport.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every file in figure/bad gives exactly the diagnostics written in its .expected file, and no figure. */
class BadFigureTest {
    static final Path BAD = Path.of("src", "test", "resources", "figure", "bad");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(BAD)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".yaml"))
                    .map(n -> n.substring(0, n.length() - 5)).sorted().toList().stream();
        }
    }

    @Test
    void theRequiredMistakesAreAllCovered() throws IOException {
        List<String> names = cases().toList();
        for (String n : List.of("end-before-start", "unknown-unit", "missing-file", "outside-case", "low-resolution")) {
            assertTrue(names.contains(n), "missing bad case " + n);
        }
    }

    @ParameterizedTest
    @MethodSource("cases")
    void diagnosticsAsExpected(String name) throws IOException {
        Diagnostics d = new Diagnostics();
        var figure = FigureReader.read(BAD.resolve(name + ".yaml"), "figures/" + name + ".yaml", BAD, d);
        assertNull(figure, "a bad figure is not read");
        List<String> expected = Files.readAllLines(BAD.resolve(name + ".expected"), StandardCharsets.UTF_8).stream()
                .filter(l -> !l.isBlank()).toList();
        List<String> actual = d.all().stream().map(Diagnostic::toString).toList();
        assertEquals(expected, actual);
        assertFalse(actual.isEmpty());
        for (Diagnostic x : d.all()) assertTrue(x.pos().line() > 0, () -> "no line in " + x);
    }
}
