package org.casereport.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casereport.cli.Main;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Hostile and broken input, as data: each folder of {@code src/test/resources/hostile/} (but {@code _base}) is one
 * attack or accident. Its files are laid over a small valid case ({@code _base}) in a temporary folder; its
 * {@code expected.txt} says what to set up (links out of the case, large generated files — never committed),
 * which command to run, the exit code, and the exact lines on stderr. Every input must give one line per problem,
 * no stack trace, no library log line, never the content of a file outside the case ({@link #SECRET}), and for a
 * render that fails, no output at all. See {@link Setup} for the set-up lines and {@link Generators} for the
 * generated inputs.
 */
class HostileInputTest {
    static final Path ROOT = Path.of("src/test/resources/hostile");
    /** The content of the file outside the case that links point at; it must never be printed or rendered. */
    static final String SECRET = "root:x:0:0:SECRET-OUTSIDE-THE-CASE:/root:/bin/bash";

    @TempDir
    Path tmp;

    static Stream<String> inputs() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).filter(n -> !n.startsWith("_"))
                    .sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void oneLinePerProblemAndTheRightExitCode(String name) throws IOException {
        Path fixture = ROOT.resolve(name);
        Spec spec = Spec.read(fixture.resolve("expected.txt"));
        Path caseDir = tmp.resolve("cases").resolve(name);
        Path out = tmp.resolve("out");
        Path secret = tmp.resolve("outside").resolve("secret.txt");
        Files.createDirectories(secret.getParent());
        Files.writeString(secret, SECRET + "\n");
        Files.createDirectories(caseDir);
        if (!spec.noBase) Setup.copy(ROOT.resolve("_base"), caseDir);
        Setup.copy(fixture, caseDir);
        Files.deleteIfExists(caseDir.resolve("expected.txt"));
        for (String line : spec.setup) Setup.apply(line, caseDir, secret, out);

        List<String> args = new ArrayList<>();
        for (String a : spec.command.trim().split("\\s+")) args.add(subst(a, caseDir, out));
        if (args.get(0).equals("render") || args.get(0).equals("build")) {
            if (!args.contains("--output")) {
                args.add("--output");
                args.add(out.toString());
            }
        }
        StringWriter stdout = new StringWriter();
        StringWriter stderr = new StringWriter();
        int code = Main.run(args.toArray(String[]::new), new PrintWriter(stdout), new PrintWriter(stderr));
        String err = stderr.toString();
        List<String> expected = spec.stderr.stream().map(l -> subst(l, caseDir, out)).toList();
        List<String> actual = err.lines().filter(l -> !l.matches("\\d+ error\\(s\\), \\d+ warning\\(s\\).*")).toList();
        if (Boolean.getBoolean("hostile.record")) record(fixture.resolve("expected.txt"), actual, stdout.toString(), caseDir, out, code);
        assertEquals(expected, actual, "stderr of " + spec.command + " on " + name);
        if (!spec.stdout.isEmpty()) {
            List<String> report = stdout.toString().lines().filter(l -> !l.isBlank()).toList();
            assertEquals(spec.stdout.stream().map(l -> subst(l, caseDir, out)).toList(), report, "stdout of " + spec.command);
        }
        assertEquals(spec.exit, code, "exit code; stderr: " + err);
        assertFalse(err.contains("\tat "), "no stack trace: " + err);
        assertFalse(err.contains("WARNING::") || err.contains("SLF4J"), "no library log line: " + err);
        assertFalse((err + stdout).contains("SECRET-OUTSIDE"), "the outside file's content is never printed");
        assertFalse(err.chars().anyMatch(c -> c < 0x20 && c != '\n' && c != '\t' && c != '\r' || c == 0x7f),
                "no raw control characters: " + err);
        for (String line : actual) {
            if (line.contains(": error: ")) {
                assertTrue(line.matches(".+:\\d+:\\d+: error: .+ \\[[a-z0-9-]+]|.+: error: .+ \\[[a-z0-9-]+]"), line);
            }
        }
        if (Files.isDirectory(out)) {
            try (Stream<Path> s = Files.walk(out)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    assertFalse(p.getFileName().toString().endsWith(".part"), "no partial file left: " + p);
                    if (p.getFileName().toString().endsWith(".pdf") || p.getFileName().toString().endsWith(".docx")) {
                        assertTrue(code == 0 || spec.written, "a failed render writes nothing: " + p);
                    }
                }
            }
        }
        for (String check : spec.after) Setup.verify(check, caseDir, secret, out);
    }

    /**
     * {@code -Dhostile.record=true} rewrites the stderr/stdout/exit lines of an {@code expected.txt} from a run, for
     * a new input: read the result before committing it.
     */
    private static void record(Path file, List<String> stderr, String stdout, Path caseDir, Path out, int code) throws IOException {
        List<String> keep = new ArrayList<>();
        for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            if (!l.startsWith("stderr:") && !l.startsWith("stdout:") && !l.startsWith("exit:") && !l.startsWith("after:")) keep.add(l);
        }
        List<String> after = Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> l.startsWith("after:")).toList();
        keep.add("exit: " + code);
        for (String l : stderr) keep.add("stderr: " + unsubst(l, caseDir, out));
        boolean check = Files.readAllLines(file, StandardCharsets.UTF_8).stream().anyMatch(l -> l.startsWith("command: check"));
        if (check && Files.readAllLines(file, StandardCharsets.UTF_8).stream().noneMatch(l -> l.contains("--format html"))) {
            for (String l : stdout.lines().filter(x -> !x.isBlank()).toList()) keep.add("stdout: " + unsubst(l, caseDir, out));
        }
        keep.addAll(after);
        Files.write(file, keep, StandardCharsets.UTF_8);
    }

    private static String unsubst(String s, Path caseDir, Path out) {
        return s.replace(caseDir.toString(), "{case}").replace(caseDir.getParent().toString(), "{cases}").replace(out.toString(), "{out}");
    }

    static String subst(String s, Path caseDir, Path out) {
        return s.replace("{cases}", caseDir.getParent().toString()).replace("{case}", caseDir.toString()).replace("{out}", out.toString());
    }

    /** The lines of an {@code expected.txt}. */
    static final class Spec {
        String command = "render {case}";
        int exit;
        boolean noBase;
        boolean written;
        final List<String> setup = new ArrayList<>();
        final List<String> stderr = new ArrayList<>();
        final List<String> stdout = new ArrayList<>();
        final List<String> after = new ArrayList<>();

        static Spec read(Path file) throws IOException {
            Spec s = new Spec();
            boolean exitSeen = false;
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) continue;
                int colon = line.indexOf(": ");
                String key = colon < 0 ? line.strip() : line.substring(0, colon);
                String value = colon < 0 ? "" : line.substring(colon + 2);
                switch (key) {
                    case "command" -> s.command = value;
                    case "exit" -> {
                        s.exit = Integer.parseInt(value.strip());
                        exitSeen = true;
                    }
                    case "base" -> s.noBase = value.strip().equals("none");
                    case "written" -> s.written = Boolean.parseBoolean(value.strip());
                    case "setup" -> s.setup.add(value);
                    case "stderr" -> s.stderr.add(value);
                    case "stdout" -> s.stdout.add(value);
                    case "after" -> s.after.add(value);
                    default -> throw new IllegalArgumentException(file + ": unknown line '" + line + "'");
                }
            }
            if (!exitSeen) throw new IllegalArgumentException(file + ": no 'exit:' line");
            return s;
        }
    }
}
