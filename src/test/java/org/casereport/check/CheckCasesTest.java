package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.casereport.cli.CheckCommand;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * The checker's tests as data: every folder under {@code src/test/resources/check/cases/} is a broken (or clean)
 * input — a case folder, or one manuscript file — with an {@code expected.txt} listing the diagnostics
 * {@code casereport check} must print, paths relative to the folder. A new test is a new folder.
 *
 * <p>Directives in expected.txt: {@code # exit: N} (the exit code), {@code # args: …} (more options),
 * {@code # ignore: rule, rule} (rules left out of the comparison); other lines starting with {@code #} are comments.
 * Run with {@code -Dcheck.update=true} to rewrite the expected lines from what the checker prints (then review the diff).
 */
class CheckCasesTest {
    static final Path ROOT = Path.of("src/test/resources/check/cases");

    static Stream<String> cases() throws IOException {
        try (Stream<Path> s = Files.list(ROOT)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
        }
    }

    record Expected(Integer exit, List<String> args, Set<String> ignore, List<String> header, List<String> lines) {
        static Expected read(Path file) throws IOException {
            Integer exit = null;
            List<String> args = new ArrayList<>();
            Set<String> ignore = new LinkedHashSet<>();
            List<String> header = new ArrayList<>();
            List<String> lines = new ArrayList<>();
            if (Files.exists(file)) {
                for (String l : Files.readAllLines(file)) {
                    if (l.startsWith("#")) {
                        header.add(l);
                        String d = l.substring(1).strip();
                        if (d.startsWith("exit:")) exit = Integer.parseInt(d.substring(5).strip());
                        else if (d.startsWith("args:")) args.addAll(Arrays.asList(d.substring(5).strip().split("\\s+")));
                        else if (d.startsWith("ignore:")) for (String r : d.substring(7).split(",")) ignore.add(r.strip());
                    } else if (!l.isBlank()) {
                        lines.add(l);
                    }
                }
            }
            return new Expected(exit, args, ignore, header, lines);
        }
    }

    static Path input(Path dir) throws IOException {
        if (Files.exists(dir.resolve("case.md"))) return dir;
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> files = s.filter(p -> !p.getFileName().toString().equals("expected.txt")).sorted().toList();
            assertEquals(1, files.size(), dir + " must hold a case.md or exactly one manuscript file: " + files);
            return files.get(0);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void diagnosticsAsExpected(String name) throws IOException {
        Path dir = ROOT.resolve(name);
        Path expectedFile = dir.resolve("expected.txt");
        Expected exp = Expected.read(expectedFile);
        List<String> args = new ArrayList<>(List.of("--templates", "templates", "--no-care-files"));
        args.addAll(exp.args());
        args.add(input(dir).toString());
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new CheckCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        int exit = cmd.execute(args.toArray(String[]::new));
        String prefix = dir.toString().replace('\\', '/') + "/";
        List<String> actual = new ArrayList<>();
        for (String l : out.toString().split("\n")) {
            if (l.isBlank()) continue;
            String rel = l.startsWith(prefix) ? l.substring(prefix.length()) : l;
            if (exp.ignore().stream().anyMatch(r -> rel.endsWith("[" + r + "]"))) continue;
            actual.add(rel);
        }
        if (Boolean.getBoolean("check.update")) {
            List<String> all = new ArrayList<>(exp.header());
            if (exp.exit() == null) all.add(0, "# exit: " + exit);
            all.addAll(actual);
            Files.write(expectedFile, all);
            return;
        }
        assertEquals(String.join("\n", exp.lines()), String.join("\n", actual), name + ": diagnostics");
        if (exp.exit() != null) assertEquals(exp.exit().intValue(), exit, name + ": exit code");
    }
}
