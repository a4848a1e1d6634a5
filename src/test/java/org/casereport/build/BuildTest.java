package org.casereport.build;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The build engine: parallel, incremental (fingerprints), removed cases, and a broken case keeping its last outputs. */
class BuildTest {
    static final Path EXAMPLE = Path.of("cases/venetoclax-aml-after-neuroblastoma");
    static final Path TEMPLATES = Path.of("templates");
    static final String EN_TITLE = "Personalized consolidation therapy with venetoclax";

    @TempDir
    Path tmp;

    /** A copy of the example case under {@code cases/<folder>}, with its id and English title changed. */
    static Path copyCase(Path casesRoot, String folder, String titleWord) throws IOException {
        Path dir = casesRoot.resolve(folder);
        try (Stream<Path> s = Files.walk(EXAMPLE)) {
            for (Path p : s.toList()) {
                Path t = dir.resolve(EXAMPLE.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t); else Files.copy(p, t);
            }
        }
        if (titleWord != null) {
            Path md = dir.resolve("case.md");
            Files.writeString(md, Files.readString(md).replace(EN_TITLE, titleWord + " " + EN_TITLE));
        }
        return dir;
    }

    Build.Options options(Path out, int jobs, boolean force, boolean clean) {
        return new Build.Options(out, TEMPLATES, Build.Mode.BUILD, List.of("pdf", "docx"), jobs, force, clean);
    }

    static Build.CaseResult find(Build.Summary s, String folder) {
        return s.cases().stream().filter(c -> c.caseDir().getFileName().toString().equals(folder)).findFirst().orElseThrow();
    }

    static String pdfText(Path pdf) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            return new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
        }
    }

    @Test
    void upToDateCasesAreSkippedWithTheirWarningsAndAChangedCaseIsRebuilt() throws IOException {
        Path cases = tmp.resolve("cases");
        copyCase(cases, "alpha", "Alpha:");
        copyCase(cases, "beta", "Beta:");
        Path out = tmp.resolve("out");
        List<String> progress = new ArrayList<>();
        Build.Listener lines = new Build.Listener() {
            @Override
            public void finished(Build.CaseResult r, int done, int total) {
                progress.add(Report.progress(r, done, total));
            }
        };

        Build.Summary first = Build.run(List.of(cases), options(out, 2, false, false), lines);
        assertEquals(2, first.count(Build.Status.BUILT), first.toString());
        assertEquals(0, first.count(Severity.ERROR), first.cases().toString());
        Build.CaseResult alpha = find(first, "alpha");
        Build.CaseResult beta = find(first, "beta");
        assertEquals(List.of("pdf", "docx"), alpha.formats());
        assertTrue(pdfText(alpha.outputs().get(0)).contains("Alpha: " + EN_TITLE), "alpha's own title in its PDF");
        assertTrue(pdfText(beta.outputs().get(0)).contains("Beta: " + EN_TITLE), "beta's own title in its PDF");
        assertEquals(2, progress.size());
        assertTrue(progress.get(0).matches("\\[1/2] \\S+  pdf docx  \\d+(\\.\\d)? s  \\d+ warnings?"), progress.get(0));
        int warnings = alpha.count(Severity.WARNING);
        assertTrue(warnings > 0, "the example has warnings (CARE items)");
        long alphaTime = Files.getLastModifiedTime(alpha.outputs().get(0)).toMillis();
        byte[] alphaBytes = Files.readAllBytes(alpha.outputs().get(0));

        // nothing changed: both up to date, their warnings reported again, outputs untouched
        Build.Summary second = Build.run(List.of(cases), options(out, 2, false, false), new Build.Listener() { });
        assertEquals(2, second.count(Build.Status.UP_TO_DATE), second.cases().toString());
        assertEquals(warnings, find(second, "alpha").count(Severity.WARNING), "an up-to-date case still reports its warnings");
        assertEquals(first.cases().get(0).diagnostics(), second.cases().get(0).diagnostics());
        assertEquals(alphaTime, Files.getLastModifiedTime(alpha.outputs().get(0)).toMillis());
        assertTrue(second.failed(true), "strict still fails on the warnings of an up-to-date case");

        // one case edited: only that one is rendered again
        Path betaMd = cases.resolve("beta/case.md");
        Files.writeString(betaMd, Files.readString(betaMd).replace("Beta: " + EN_TITLE, "Beta edited: " + EN_TITLE));
        Build.Summary third = Build.run(List.of(cases), options(out, 2, false, false), new Build.Listener() { });
        assertEquals(Build.Status.UP_TO_DATE, find(third, "alpha").status());
        assertEquals(Build.Status.BUILT, find(third, "beta").status());
        assertTrue(pdfText(find(third, "beta").outputs().get(0)).contains("Beta edited: " + EN_TITLE));

        // an output deleted by hand: that case is rendered again
        Files.delete(find(third, "beta").outputs().get(1));
        Build.Summary fourth = Build.run(List.of(cases), options(out, 1, false, false), new Build.Listener() { });
        assertEquals(Build.Status.BUILT, find(fourth, "beta").status());
        assertTrue(Files.isRegularFile(find(fourth, "beta").outputs().get(1)));

        // --force, on one thread: everything again, the same bytes as the parallel build
        Build.Summary forced = Build.run(List.of(cases), options(out, 1, true, false), new Build.Listener() { });
        assertEquals(2, forced.count(Build.Status.BUILT));
        assertArrayEquals(alphaBytes, Files.readAllBytes(find(forced, "alpha").outputs().get(0)), "same input, same bytes, parallel or not");
    }

    @Test
    void aBrokenSaveKeepsTheLastGoodOutputsAndIsReportedAgainWhileUnchanged() throws IOException {
        Path cases = tmp.resolve("cases");
        Path dir = copyCase(cases, "gamma", null);
        Path out = tmp.resolve("out");
        Build.Summary good = Build.run(List.of(cases), options(out, 1, false, false), new Build.Listener() { });
        Path pdf = find(good, "gamma").outputs().get(0);
        byte[] before = Files.readAllBytes(pdf);

        Path md = dir.resolve("case.md");
        List<String> lines = new ArrayList<>(Files.readAllLines(md));
        int at = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains("[@berthold2017]")) {
                at = i;
                break;
            }
        }
        lines.set(at, lines.get(at).replaceFirst("\\[@berthold2017]", "[@bertold2017]"));
        Files.write(md, lines);
        int col = lines.get(at).indexOf("@bertold2017") + 1;

        Build.Summary broken = Build.run(List.of(cases), options(out, 1, false, false), new Build.Listener() { });
        Build.CaseResult r = find(broken, "gamma");
        assertEquals(Build.Status.FAILED, r.status());
        String expected = md + ":" + (at + 1) + ":";
        List<String> errors = r.diagnostics().stream().filter(d -> d.severity() == Severity.ERROR).map(Diagnostic::toString).toList();
        assertTrue(errors.stream().anyMatch(e -> e.startsWith(expected) && e.contains("bertold2017") && e.endsWith("[cite-unknown-key]")),
                errors + " (expected at line " + (at + 1) + ", col " + col + ")");
        assertArrayEquals(before, Files.readAllBytes(pdf), "the last good PDF is kept");

        Build.Summary again = Build.run(List.of(cases), options(out, 1, false, false), new Build.Listener() { });
        Build.CaseResult r2 = find(again, "gamma");
        assertEquals(Build.Status.UP_TO_DATE, r2.status(), "an unchanged broken case is up to date");
        assertTrue(Report.progress(r2, 1, 1).contains("gamma  up to date, FAILED"), Report.progress(r2, 1, 1));
        assertEquals(r.diagnostics(), r2.diagnostics(), "with the same diagnostics");
        assertTrue(again.failed(false));
    }

    @Test
    void theOutputsOfADeletedCaseAreReportedAndRemovedWithClean() throws IOException {
        Path cases = tmp.resolve("cases");
        copyCase(cases, "delta", null);
        Path out = tmp.resolve("out");
        Build.Summary s = Build.run(List.of(cases), options(out, 1, false, false), new Build.Listener() { });
        List<Path> outputs = find(s, "delta").outputs();
        deleteTree(cases.resolve("delta"));
        Files.createDirectories(cases);

        List<Build.Removed> told = new ArrayList<>();
        Build.Summary after = Build.run(List.of(cases), options(out, 1, false, false), new Build.Listener() {
            @Override
            public void removed(Build.Removed r) {
                told.add(r);
            }
        });
        assertEquals(1, told.size());
        assertEquals("delta", told.get(0).folder());
        assertEquals(outputs, told.get(0).outputs());
        assertFalse(told.get(0).deleted());
        assertTrue(Report.removed(told.get(0)).contains("--clean"), Report.removed(told.get(0)));
        assertTrue(Files.isRegularFile(outputs.get(0)), "reported, not removed, without --clean");
        assertEquals(1, after.removed().size());

        Build.Summary cleaned = Build.run(List.of(cases), options(out, 1, false, true), new Build.Listener() { });
        assertEquals(1, cleaned.removed().size());
        assertTrue(cleaned.removed().get(0).deleted());
        for (Path p : outputs) assertFalse(Files.exists(p), p + " removed");
        Build.Summary quiet = Build.run(List.of(cases), options(out, 1, false, false), new Build.Listener() { });
        assertTrue(quiet.removed().isEmpty(), "nothing left to report");
    }

    @Test
    void theFingerprintFollowsTheTemplatesAndTheCaseFiles() throws IOException {
        Path cases = tmp.resolve("cases");
        Path dir = copyCase(cases, "eps", null);
        Path templates = tmp.resolve("templates");
        try (Stream<Path> s = Files.walk(TEMPLATES)) {
            for (Path p : s.toList()) {
                Path t = templates.resolve(TEMPLATES.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t); else Files.copy(p, t);
            }
        }
        String a = Fingerprint.of(dir, templates, "build", List.of("pdf"));
        assertEquals(a, Fingerprint.of(dir, templates, "build", List.of("pdf")));
        assertNotEquals(a, Fingerprint.of(dir, templates, "build", List.of("pdf", "docx")), "formats");
        assertNotEquals(a, Fingerprint.of(dir, templates, "render", List.of("pdf")), "mode");
        Files.writeString(dir.resolve("figures/regimen.yaml"), "\n", java.nio.file.StandardOpenOption.APPEND);
        String b = Fingerprint.of(dir, templates, "build", List.of("pdf"));
        assertNotEquals(a, b, "a figure file of the case");
        Files.writeString(templates.resolve("default/article.css"), "\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(b, Fingerprint.of(dir, templates, "build", List.of("pdf")), "the templates hash is kept for the process");
        Fingerprint.forgetTemplates();
        assertNotEquals(b, Fingerprint.of(dir, templates, "build", List.of("pdf")), "a journal template file");
    }

    @Test
    void theShippedTemplatesAreTheRepositorysTemplates() throws IOException {
        Path unpacked = ShippedTemplates.unpack(tmp.resolve("cache"));
        assertEquals(unpacked, ShippedTemplates.unpack(tmp.resolve("cache")), "unpacked once, then reused");
        assertEquals(listing(TEMPLATES), listing(unpacked));
        assertArrayEquals(Files.readAllBytes(TEMPLATES.resolve("fonts/PTSerif-Regular.ttf")),
                Files.readAllBytes(unpacked.resolve("fonts/PTSerif-Regular.ttf")));
    }

    private static Map<String, Long> listing(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().startsWith("."))
                    .collect(Collectors.toMap(p -> root.relativize(p).toString(), p -> p.toFile().length(), (x, y) -> x, TreeMap::new));
        }
    }

    static void deleteTree(Path dir) throws IOException {
        ShippedTemplates.deleteTree(dir);
    }
}
