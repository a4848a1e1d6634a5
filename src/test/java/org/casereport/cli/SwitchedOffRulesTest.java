package org.casereport.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * render, check and build apply the same rules and the same checks.disable. They used not to: with an error-level
 * rule switched off in the case, check said "0 errors", render failed, and build exited 0 having written nothing.
 * Each case here is the example case with one change, given to all three commands.
 */
class SwitchedOffRulesTest {
    static final Path EXAMPLE = Path.of("cases/venetoclax-aml-after-neuroblastoma");

    @TempDir
    Path tmp;

    /** A copy of the example case, in a folder of its own (for build), with its front matter edited. */
    private Path caseWith(String name, String from, String to) throws IOException {
        Path dir = tmp.resolve("cases").resolve(name);
        try (Stream<Path> s = Files.walk(EXAMPLE)) {
            for (Path p : s.toList()) {
                Path target = dir.resolve(EXAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(target);
                else Files.copy(p, target);
            }
        }
        String text = Files.readString(dir.resolve("case.md"));
        assertTrue(text.contains(from), "the example case still has " + from);
        Files.writeString(dir.resolve("case.md"), text.replace(from, to));
        return dir;
    }

    /** The diagnostic lines of a command's output, without the summary lines. */
    static List<String> diagnostics(String output) {
        List<String> out = new ArrayList<>();
        for (String l : output.split("\n")) if (l.matches(".*: (error|warning|info): .*\\[[a-z0-9-]+\\]$")) out.add(l);
        return out;
    }

    @Test
    void aSwitchedOffErrorIsOffForRenderCheckAndBuildAndTheCaseRenders() throws IOException {
        // a mistyped ORCID check digit (meta-orcid, an error) and an unknown front-matter key (a reader warning),
        // both switched off with a reason
        Path c = caseWith("orcid-off", "    corresponding: true\n", "    corresponding: true\n    orcid: 0000-0002-1825-0098\n");
        Files.writeString(c.resolve("case.md"), Files.readString(c.resolve("case.md")).replaceFirst("journal: default\n",
                "journal: default\nsubheading: not a key of the format\nchecks:\n  disable:\n"
                        + "    - {rule: meta-orcid, reason: \"the author's iD is being corrected at ORCID\"}\n"
                        + "    - {rule: front-matter-unknown-key, reason: \"kept for the editor\"}\n"));
        Path out = tmp.resolve("out");
        CommandLineTest.Result check = CommandLineTest.run("check", "--no-care-files", c.toString());
        CommandLineTest.Result render = CommandLineTest.run("render", c.toString(), "--output", out.resolve("render").toString());
        CommandLineTest.Result build = CommandLineTest.run("build", c.getParent().toString(), "--output", out.resolve("build").toString());

        assertEquals(ExitCodes.OK, check.code(), check.out() + check.err());
        assertEquals(ExitCodes.OK, render.code(), render.err());
        assertEquals(ExitCodes.OK, build.code(), build.out() + build.err());
        List<String> checked = diagnostics(check.out());
        for (String l : checked) assertFalse(l.endsWith("[meta-orcid]") || l.endsWith("[front-matter-unknown-key]"), l);
        assertTrue((check.out() + check.err()).contains("0 error(s)"), check.out() + check.err());
        // the same diagnostics: build's are check's; render's are the reader's and transforms' part of them
        assertEquals(checked, diagnostics(build.err()));
        assertTrue(checked.containsAll(diagnostics(render.err())), render.err() + "\n---\n" + check.out());
        assertFalse(render.err().contains("[front-matter-unknown-key]"), render.err());
        for (String f : List.of("orcid-off.pdf", "orcid-off.docx")) {
            assertTrue(Files.size(out.resolve("render/orcid-off").resolve(f)) > 10_000, f);
            assertTrue(Files.size(out.resolve("build/orcid-off").resolve(f)) > 10_000, "build rendered " + f);
        }
        assertTrue(build.out().contains("1 built"), build.out());
    }

    @Test
    void anErrorThatMayNotBeSwitchedOffIsRefusedByAllThreeAndNothingIsWritten() throws IOException {
        // an unknown citation key would print a wrong reference list: cite-unknown-key may not be switched off
        Path c = caseWith("cite-off", "[@berthold2017]", "[@berthold2071]");
        Files.writeString(c.resolve("case.md"), Files.readString(c.resolve("case.md")).replaceFirst("journal: default\n",
                "journal: default\nchecks:\n  disable:\n    - {rule: cite-unknown-key, reason: \"later\"}\n"));
        Path out = tmp.resolve("out");
        CommandLineTest.Result check = CommandLineTest.run("check", "--no-care-files", c.toString());
        CommandLineTest.Result render = CommandLineTest.run("render", c.toString(), "--output", out.resolve("render").toString());
        CommandLineTest.Result build = CommandLineTest.run("build", c.getParent().toString(), "--output", out.resolve("build").toString());

        String refused = "rule cite-unknown-key cannot be switched off";
        for (CommandLineTest.Result r : List.of(check, render, build)) {
            assertEquals(ExitCodes.INPUT_ERRORS, r.code(), r.out() + r.err());
            String all = r.out() + r.err();
            assertTrue(all.contains(refused) && all.contains("[check-disable]"), all);
            assertTrue(all.contains("unknown citation key '@berthold2071'") && all.contains("[cite-unknown-key]"), all);
        }
        List<String> rendered = diagnostics(render.err());
        assertEquals(diagnostics(check.out()).stream().filter(rendered::contains).toList(), rendered);
        assertTrue(diagnostics(check.out()).containsAll(rendered));
        assertEquals(diagnostics(check.out()), diagnostics(build.err()));
        assertFalse(Files.exists(out.resolve("render/cite-off")), "nothing rendered");
        assertFalse(Files.exists(out.resolve("build/cite-off")), "nothing built");
    }

    @Test
    void aRuleNoOneKnowsIsSaid() throws IOException {
        Path c = caseWith("typo-off", "journal: default\n",
                "journal: default\nchecks:\n  disable:\n    - {rule: typo-nbps-dash, reason: \"a typo in the id\"}\n");
        CommandLineTest.Result render = CommandLineTest.run("render", c.toString(), "--output", tmp.resolve("o").toString());
        assertEquals(ExitCodes.OK, render.code(), render.err());
        assertTrue(render.err().contains("checks.disable names no rule casereport knows: typo-nbps-dash"), render.err());
    }
}
