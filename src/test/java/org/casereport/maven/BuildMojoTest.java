package org.casereport.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.logging.Log;
import org.casereport.build.BuildTestCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * The goals as Maven runs them, without Maven: each diagnostic one log line and one BuildContext message, a broken
 * case a one-line failure, the shipped templates used when the repository has none.
 */
class BuildMojoTest {
    @TempDir
    Path tmp;

    record Message(File file, int line, int column, String message, int severity) {
    }

    final List<String> log = new ArrayList<>();
    final List<Message> messages = new ArrayList<>();

    /** A BuildContext as an IDE gives one: it records the messages (markers). */
    BuildContext ideContext() {
        return (BuildContext) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {BuildContext.class},
                (proxy, method, args) -> {
                    if (method.getName().equals("addMessage")) {
                        messages.add(new Message((File) args[0], (Integer) args[1], (Integer) args[2], (String) args[3], (Integer) args[4]));
                    }
                    if (method.getReturnType() == boolean.class) return false;
                    return null;
                });
    }

    Log recordingLog() {
        return (Log) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Log.class}, (proxy, method, args) -> {
            String m = method.getName();
            if (m.startsWith("is")) return true;
            if (args != null && args.length > 0 && args[0] instanceof CharSequence cs) log.add("[" + m + "] " + cs);
            return null;
        });
    }

    <T extends CaseMojo> T mojo(T m, Path cases) {
        m.casesDirectory = cases.toFile();
        m.outputDirectory = tmp.resolve("target/casereport").toFile();
        m.buildDirectory = tmp.resolve("target").toFile();
        m.formats = List.of("pdf", "docx");
        m.progress = true;
        m.buildContext = ideContext();
        m.setLog(recordingLog());
        return m;
    }

    @Test
    void aBrokenCaseFailsTheBuildWithItsErrorLineAndAMarker() throws Exception {
        Path cases = tmp.resolve("cases");
        BuildTestCases.copyExample(cases, "good");
        Path broken = BuildTestCases.copyTree(Path.of("src/test/resources/errors/unknown-citation-key"), cases.resolve("broken"));
        BuildMojo m = mojo(new BuildMojo(), cases);

        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        assertEquals("casereport build: 1 of 2 case(s) failed: 1 error(s), " + countWarnings() + " warning(s); see the lines above", e.getMessage());
        assertFalse(e.getMessage().contains("\n"), "one line");
        String md = broken.resolve("case.md").toString();
        assertTrue(log.contains("[error] " + md + ":28:18: error: unknown citation key '@smtih2021' [cite-unknown-key]"), String.join("\n", log));
        Message marker = messages.stream().filter(x -> x.severity() == BuildContext.SEVERITY_ERROR).findFirst().orElseThrow();
        assertEquals(new File(md).getAbsoluteFile(), marker.file());
        assertEquals(28, marker.line());
        assertEquals(18, marker.column());
        assertEquals("unknown citation key '@smtih2021' [cite-unknown-key]", marker.message());
        assertTrue(messages.stream().anyMatch(x -> x.severity() == BuildContext.SEVERITY_WARNING), "warnings are marked too");

        Path pdf = tmp.resolve("target/casereport/good/good.pdf");
        assertTrue(Files.isRegularFile(pdf), "the good case is rendered");
        assertTrue(Files.readString(tmp.resolve("target/casereport/good/good-care.md")).startsWith("# CARE checklist — good"),
                "with its CARE checklist");
        assertFalse(Files.exists(tmp.resolve("target/casereport/broken")), "nothing for the broken case");
        assertTrue(Files.isDirectory(tmp.resolve("target/casereport-templates")), "the shipped templates were used");
        assertTrue(log.stream().anyMatch(l -> l.matches("\\[info] \\[\\d/2] good  pdf docx  \\d+(\\.\\d)? s  \\d+ warnings")), String.join("\n", log));

        // again, nothing changed: both up to date, the same error again, still failing
        log.clear();
        messages.clear();
        MojoFailureException again = assertThrows(MojoFailureException.class, mojo(new BuildMojo(), cases)::execute);
        assertEquals(e.getMessage(), again.getMessage());
        assertTrue(log.contains("[error] " + md + ":28:18: error: unknown citation key '@smtih2021' [cite-unknown-key]"), String.join("\n", log));
        assertTrue(log.stream().anyMatch(l -> l.matches("\\[info] \\[\\d/2] good  up to date  .*")), String.join("\n", log));
        assertTrue(log.stream().anyMatch(l -> l.matches("\\[info] \\[\\d/2] broken  up to date, FAILED  .*1 error.*")), String.join("\n", log));
        assertEquals(1, messages.stream().filter(x -> x.severity() == BuildContext.SEVERITY_ERROR).count(), "the marker is set again");
    }

    private long countWarnings() {
        return log.stream().filter(l -> l.startsWith("[warn] ") && l.contains(": warning: ")).count();
    }

    @Test
    void checkWritesNothingAndSkipSkips() throws Exception {
        Path cases = tmp.resolve("cases");
        BuildTestCases.copyExample(cases, "only");
        CheckMojo check = mojo(new CheckMojo(), cases);
        check.execute();
        // check renders nothing; it writes the filled CARE checklist, as `casereport check` does
        Path care = tmp.resolve("target/casereport/only");
        try (var files = Files.list(care)) {
            assertEquals(List.of("only-care.docx", "only-care.md"), files.map(p -> p.getFileName().toString()).sorted().toList());
        }
        String md = Files.readString(care.resolve("only-care.md"));
        assertTrue(md.startsWith("# CARE checklist — only"), md);
        assertTrue(md.contains("| 13 | Informed consent |"), md);
        try (var doc = new org.apache.poi.xwpf.usermodel.XWPFDocument(Files.newInputStream(care.resolve("only-care.docx")))) {
            String cells = doc.getTables().get(0).getRows().stream().map(r -> r.getCell(1).getText()).toList().toString();
            assertTrue(cells.contains("Informed consent") && cells.contains("Timeline"), cells);
        }
        assertTrue(log.stream().anyMatch(l -> l.contains("[meta-corresponding]")), String.join("\n", log));
        assertTrue(log.stream().anyMatch(l -> l.matches("\\[info] casereport check: 1 case\\(s\\): 1 checked; 0 error\\(s\\), \\d+ warning\\(s\\); .*")),
                String.join("\n", log));

        CheckMojo strict = mojo(new CheckMojo(), cases);
        strict.failOnWarning = true;
        MojoFailureException e = assertThrows(MojoFailureException.class, strict::execute);
        assertTrue(e.getMessage().endsWith("(strict); see the lines above"), e.getMessage());

        log.clear();
        RenderMojo skipped = mojo(new RenderMojo(), cases);
        skipped.skip = true;
        skipped.execute();
        assertEquals(List.of("[info] casereport render: skipped"), log);
    }

    @Test
    void theGoalsRunEachCaseUnderTheWatchdog() throws Exception {
        Path cases = tmp.resolve("cases");
        Path big = BuildTestCases.copyExample(cases, "big");
        Path md = big.resolve("case.md");
        // a valid case far too long to check and render in one second: 600 more paragraphs of plain text
        String paragraph = "Пациентка получала поддерживающую терапию под наблюдением гематолога без серьёзных осложнений. ".repeat(12);
        Files.writeString(md, Files.readString(md) + ("\n" + paragraph.strip() + "\n").repeat(600));
        BuildMojo m = mojo(new BuildMojo(), cases);
        m.limits = List.of("case-seconds=1");
        try {
            MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
            assertTrue(e.getMessage().startsWith("casereport build: 1 of 1 case(s) failed: 1 error(s)"), e.getMessage() + "\n" + String.join("\n", log));
            String line = "[error] " + md + ": error: stopped after 1 s; the limit is 1 seconds";
            assertTrue(log.stream().anyMatch(l -> l.startsWith(line) && l.endsWith("[limit-case-seconds]")), String.join("\n", log));
            assertFalse(Files.exists(tmp.resolve("target/casereport/big/big.pdf")), "nothing rendered");

            BuildMojo wrong = mojo(new BuildMojo(), cases);
            wrong.limits = List.of("case-minutes=1");
            MojoFailureException w = assertThrows(MojoFailureException.class, wrong::execute);
            assertTrue(w.getMessage().startsWith("casereport: <limits>: unknown limit 'case-minutes'"), w.getMessage());
        } finally {
            org.casereport.diag.Limits.reset();
        }
    }

    @Test
    void anUnknownFormatIsAOneLineFailure() {
        RenderMojo m = mojo(new RenderMojo(), tmp);
        m.formats = List.of("pdf", "odt");
        MojoFailureException e = assertThrows(MojoFailureException.class, m::execute);
        assertEquals("casereport: unknown output format 'odt' in <formats> (known: pdf, docx)", e.getMessage());
    }
}
