package org.casereport.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.casereport.diag.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Watch mode: a render at start, one per save, a broken save keeping the last good outputs. */
class WatchTest {
    @TempDir
    Path tmp;

    record Built(Build.CaseResult result, Path trigger) {
    }

    @Test
    void rendersOnEverySaveAndABrokenSaveKeepsTheLastGoodOutputs() throws Exception {
        Path dir = BuildTestCases.copyExample(tmp.resolve("cases"), "watched");
        Path out = tmp.resolve("out");
        Build.Options o = new Build.Options(out, BuildTest.TEMPLATES, Build.Mode.BUILD, List.of("pdf", "docx"), 1, true, false);
        BlockingQueue<Built> builds = new LinkedBlockingQueue<>();
        java.util.concurrent.atomic.AtomicBoolean stop = new java.util.concurrent.atomic.AtomicBoolean();
        Thread t = new Thread(() -> {
            try {
                Watch.run(dir, o, (r, trigger) -> builds.add(new Built(r, trigger)), stop::get);
            } catch (Exception e) {
                builds.add(new Built(null, null));
            }
        });
        t.start();
        try {
            Built first = builds.poll(120, TimeUnit.SECONDS);
            assertNotNull(first, "the first render");
            assertEquals(Build.Status.BUILT, first.result().status(), first.result().diagnostics().toString());
            assertNull(first.trigger());
            Path pdf = out.resolve("watched/watched.pdf");
            byte[] good = Files.readAllBytes(pdf);

            Path md = dir.resolve("case.md");
            String text = Files.readString(md);
            Files.writeString(md, text.replace("[@berthold2017]", "[@nosuchkey]"));
            Built broken = builds.poll(120, TimeUnit.SECONDS);
            assertNotNull(broken, "a render after the save");
            assertEquals(md, broken.trigger());
            assertEquals(Build.Status.FAILED, broken.result().status());
            assertTrue(broken.result().diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR
                    && d.toString().contains("nosuchkey") && d.pos().file().equals(md.toString())), broken.result().diagnostics().toString());
            assertArrayEquals(good, Files.readAllBytes(pdf), "the last good PDF is kept");

            Files.writeString(md, text.replace("Personalized consolidation therapy", "Watched consolidation therapy"));
            Built fixed = builds.poll(120, TimeUnit.SECONDS);
            assertNotNull(fixed, "a render after the fix");
            assertEquals(Build.Status.BUILT, fixed.result().status(), fixed.result().diagnostics().toString());
            assertTrue(BuildTest.pdfText(pdf).contains("Watched consolidation therapy"), "the new text is in the PDF");
            assertTrue(Watch.scratch(Path.of(".case.md.swp")) && Watch.scratch(Path.of("case.md~")) && !Watch.scratch(md));
        } finally {
            stop.set(true);
            t.join(10_000);
        }
    }

    /**
     * The render beside the checker's rules (as watch runs it): a save that only the check finds wrong (a U+FFFD,
     * which renders, with a warning, but is an error of the check) keeps the last good outputs, and the diagnostics
     * come in the order a build that checks first and then renders gives them.
     */
    @Test
    void theRenderBesideTheCheckCommitsOnlyWhatTheCheckPasses() throws Exception {
        Path dir = BuildTestCases.copyExample(tmp.resolve("cases"), "beside");
        Path out = tmp.resolve("out");
        Build.Options o = new Build.Options(out, BuildTest.TEMPLATES, Build.Mode.BUILD, List.of("pdf", "docx"), 1, true, false, false);
        Build.CaseResult good = Build.one(dir, null, o, true);
        assertEquals(Build.Status.BUILT, good.status(), good.diagnostics().toString());
        Path pdf = out.resolve("beside/beside.pdf");
        Path docx = out.resolve("beside/beside.docx");
        byte[] goodPdf = Files.readAllBytes(pdf);
        byte[] goodDocx = Files.readAllBytes(docx);

        Path md = dir.resolve("case.md");
        String text = Files.readString(md);
        Files.writeString(md, text.replace("Personalized consolidation therapy", "Personalized consolidation \uFFFDtherapy"));
        Build.CaseResult broken = Build.one(dir, null, o, true);
        assertEquals(Build.Status.FAILED, broken.status());
        assertTrue(broken.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR
                && d.rule().equals("text-replacement-char")), broken.diagnostics().toString());
        assertTrue(broken.diagnostics().stream().noneMatch(d -> d.rule().equals("pdf-glyph-missing")),
                "the dropped render's warnings are not reported: " + broken.diagnostics());
        assertArrayEquals(goodPdf, Files.readAllBytes(pdf), "the last good PDF is kept");
        assertArrayEquals(goodDocx, Files.readAllBytes(docx), "the last good DOCX is kept");
        assertEquals(List.of("beside.docx", "beside.pdf"), listing(out.resolve("beside")), "no staging folder left");
        try (var s = Files.list(out)) {
            assertTrue(s.noneMatch(p -> p.getFileName().toString().contains("staging")), "no staging folder left");
        }
        Build.CaseResult brokenAfter = Build.one(dir, null, o, false);
        assertEquals(brokenAfter.diagnostics(), broken.diagnostics(), "the same diagnostics as checked first, then not rendered");

        // a character the fonts lack: a warning of the PDF writer, after the check's own diagnostics
        Files.writeString(md, text.replace("Personalized consolidation therapy", "Personalized consolidation \u2603 therapy"));
        Build.CaseResult warned = Build.one(dir, null, o, true);
        assertEquals(Build.Status.BUILT, warned.status(), warned.diagnostics().toString());
        List<String> rules = warned.diagnostics().stream().map(d -> d.rule()).toList();
        assertTrue(rules.contains("pdf-glyph-missing"), rules.toString());
        assertTrue(BuildTest.pdfText(pdf).contains("Personalized consolidation"), "the new PDF is in place");
        assertTrue(!java.util.Arrays.equals(goodPdf, Files.readAllBytes(pdf)), "the new PDF is in place");
        byte[] besidePdf = Files.readAllBytes(pdf);
        Build.CaseResult serial = Build.one(dir, null, o, false);
        assertEquals(serial.diagnostics(), warned.diagnostics(), "the same diagnostics in the same order as check, then render");
        assertArrayEquals(Files.readAllBytes(pdf), besidePdf, "the same PDF as check, then render");
    }

    private static List<String> listing(Path dir) throws java.io.IOException {
        try (var s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
