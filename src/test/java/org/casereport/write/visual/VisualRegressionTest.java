package org.casereport.write.visual;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.Render;
import org.casereport.write.pdf.FoCases;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every page of every case under {@code cases/}, in every journal template under {@code templates/}, rendered as a
 * grey PNG at 50 dpi and compared with the approved image in {@code src/test/resources/visual/<journal>/<case>-<page>.png}
 * — the way openhtmltopdf's own visual tests compare a render with a committed one, but within a tolerance: a pixel
 * differs when its grey differs by more than {@link PageImages#PIXEL_THRESHOLD}, a page fails when more than
 * {@link #MAX_SHARE} of its pixels differ (a word moved to the next line changes more; rendering noise, none).
 *
 * <p>On a failure the new page and a diff (red: ink added, blue: ink gone) are written to
 * {@code target/visual/<journal>/}. After a change that is meant to show, look at them, then refresh the approved
 * images with the one command (docs/typesetting.md):
 * <pre>mvn -o -q test -Dtest=VisualRegressionTest -Dvisual.update=true</pre>
 * Both PDF engines are covered: the FO engine's images are in {@code visual/fo/<journal>/}.
 * A missing approved image fails the test: it is never skipped.
 */
class VisualRegressionTest {
    /** The share of a page's pixels that may differ. */
    static final double MAX_SHARE = 0.002;
    static final Path APPROVED = Path.of("src", "test", "resources", "visual");
    static final Path FAILED = Path.of("target", "visual");
    static final boolean UPDATE = Boolean.getBoolean("visual.update");
    /** The PDF engines ({@code pdf.engine}): html's images in {@code visual/<journal>/}, fo's in {@code visual/fo/<journal>/}. */
    static final List<String> ENGINES = List.of("html", "fo");

    @TempDir
    Path tmp;

    @TestFactory
    List<DynamicTest> everyPageOfEveryCaseInEveryTemplate() throws Exception {
        List<DynamicTest> tests = new ArrayList<>();
        for (String engine : ENGINES) for (String journal : journals()) {
            String set = engine.equals("html") ? journal : engine + "/" + journal;
            for (Path c : cases()) {
                Path input = c;
                String caseName = c.getFileName().toString();
                if (!journal.equals(journalOf(c))) {
                    input = CaseVariant.of(c, tmp.resolve(journal), caseName,
                            md -> md.replaceFirst("(?m)^journal: *\\S+ *$", "journal: " + journal));
                }
                byte[] pdf = render(input, engine);
                List<BufferedImage> pages = PageImages.render(pdf);
                tests.add(DynamicTest.dynamicTest(set + "/" + caseName + ": the same images every render",
                        () -> sameBytesTwice(pages, pdf)));
                tests.add(DynamicTest.dynamicTest(set + "/" + caseName + ": a clean text layer",
                        () -> cleanText(pdf)));
                tests.add(DynamicTest.dynamicTest(set + "/" + caseName + ": no page lost or added",
                        () -> pageCount(set, caseName, pages.size())));
                for (int i = 0; i < pages.size(); i++) {
                    BufferedImage page = pages.get(i);
                    String name = caseName + "-" + (i + 1) + ".png";
                    tests.add(DynamicTest.dynamicTest(set + "/" + name, () -> compare(set, name, page)));
                }
            }
        }
        assertTrue(tests.size() >= 2 * 3 * 3 * 4, "too few pages: " + tests.size());
        return tests;
    }

    /** Rendering the same PDF again gives the same PNG bytes: an approved image is not a lucky draw. */
    private static void sameBytesTwice(List<BufferedImage> pages, byte[] pdf) throws IOException {
        List<BufferedImage> again = PageImages.render(pdf);
        assertEquals(pages.size(), again.size());
        for (int i = 0; i < pages.size(); i++) {
            assertArrayEquals(PageImages.png(pages.get(i)), PageImages.png(again.get(i)), "page " + (i + 1));
        }
    }

    /** No ligature code points (a search for "conflict" finds it), no joiners, soft hyphens or replacement marks. */
    private static void cleanText(byte[] pdf) throws IOException {
        String text;
        try (org.apache.pdfbox.pdmodel.PDDocument d = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            text = new org.apache.pdfbox.text.PDFTextStripper().getText(d);
        }
        assertTrue(text.length() > 1000, "little text: " + text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean junk = (c >= '\uFB00' && c <= '\uFB06') || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
                    || c == '\uFFFD';
            if (junk) {
                fail(String.format(Locale.ROOT, "U+%04X in the text: «%s»", (int) c,
                        text.substring(Math.max(0, i - 30), Math.min(text.length(), i + 30))));
            }
        }
    }

    private static void pageCount(String journal, String caseName, int pages) throws IOException {
        Path dir = APPROVED.resolve(journal);
        if (UPDATE && Files.isDirectory(dir)) {
            // pages the case no longer has go with the update
            try (Stream<Path> s = Files.list(dir)) {
                for (Path p : (Iterable<Path>) s::iterator) {
                    String n = p.getFileName().toString();
                    if (n.startsWith(caseName + "-") && n.endsWith(".png")) {
                        String num = n.substring(caseName.length() + 1, n.length() - 4);
                        if (num.matches("\\d+") && Integer.parseInt(num) > pages) Files.delete(p);
                    }
                }
            }
            return;
        }
        Path next = dir.resolve(caseName + "-" + (pages + 1) + ".png");
        assertTrue(!Files.exists(next), "the approved images have a page " + (pages + 1) + " that the render has not: "
                + next + refresh());
    }

    private static void compare(String journal, String name, BufferedImage page) throws IOException {
        Path approved = APPROVED.resolve(journal).resolve(name);
        byte[] png = PageImages.png(page);
        if (UPDATE) {
            Files.createDirectories(approved.getParent());
            if (!Files.exists(approved) || PageImages.differing(read(Files.readAllBytes(approved)), page) > 0) {
                Files.write(approved, png);
            }
            return;
        }
        if (!Files.exists(approved)) fail("no approved image " + approved + refresh());
        BufferedImage expected = read(Files.readAllBytes(approved));
        double share = PageImages.differing(expected, page);
        if (share > MAX_SHARE) {
            Path dir = FAILED.resolve(journal);
            Files.createDirectories(dir);
            Path actual = dir.resolve(name.replace(".png", ".actual.png"));
            Path diff = dir.resolve(name.replace(".png", ".diff.png"));
            Files.write(actual, png);
            Files.write(diff, PageImages.png(PageImages.diff(expected, page)));
            fail(String.format(Locale.ROOT, "%s: %.2f%% of the pixels differ (at most %.2f%%); see %s and %s%s",
                    approved, 100 * share, 100 * MAX_SHARE, actual, diff, refresh()));
        }
    }

    private static String refresh() {
        return "\n  if the change is meant: mvn -o -q test -Dtest=VisualRegressionTest -Dvisual.update=true";
    }

    private static BufferedImage read(byte[] png) throws IOException {
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
        if (img == null) throw new IOException("not a PNG");
        return img;
    }

    private byte[] render(Path caseDir, String engine) throws IOException {
        Pipeline.Loaded loaded = Pipeline.load(caseDir, Path.of("templates"));
        // each set pinned to its engine, whatever the journal's pdf.engine
        loaded = new Pipeline.Loaded(loaded.manuscript(), FoCases.engine(loaded.journal(), engine), loaded.diagnostics(),
                loaded.read(), loaded.suppressions());
        Path out = tmp.resolve("out").resolve(engine).resolve(loaded.journal().name())
                .resolve(caseDir.getFileName().toString());
        List<Path> files = Render.formats(loaded, List.of("pdf"), out, d -> { });
        return Files.readAllBytes(files.get(0));
    }

    /** The journal templates: the folders of templates/ with a journal.yaml. */
    static List<String> journals() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("templates"))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("journal.yaml")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    static List<Path> cases() throws IOException {
        try (Stream<Path> s = Files.list(Path.of("cases"))) {
            return s.filter(p -> Files.isRegularFile(p.resolve("case.md"))).sorted().toList();
        }
    }

    private static String journalOf(Path caseDir) throws IOException {
        for (String line : Files.readAllLines(caseDir.resolve("case.md"))) {
            if (line.startsWith("journal:")) return line.substring("journal:".length()).strip();
        }
        return "default";
    }
}
