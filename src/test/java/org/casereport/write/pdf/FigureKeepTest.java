package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.RenderContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A column figure keeps its caption: on every page of the PDF (read back with PDFBox) each picture painted in the
 * body (a form or image XObject) has its caption's label ("Рис. N." / "Fig. N.") right under it, on the same page
 * and in the same column. The example case is rendered with a paragraph of its own text repeated a growing number
 * of times before its first figure, so that the figure meets the foot of a column at some length: before the keep,
 * at 226 words the timeline stood at the foot of the right column of page 2 and its caption at the head of page 3
 * (a figure as an inline block instead moved whole but left its picture painted, clipped, at the foot as well: the
 * lch case's Fig. 1). Every case in every journal is checked the same way.
 */
class FigureKeepTest {
    @TempDir
    static Path dir;

    /** A picture as painted: page, left edge and bottom (PDF points, y up). */
    record Picture(int page, double left, double right, double bottom) { }

    /** A caption's label as set: page, x of its first glyph, top (y down, as PDFBox gives it). */
    record Label(int page, double x, double top, String text) { }

    /** The pictures as the keep finds them (FigureKeep counts pages from 0, the labels here from 1). */
    static List<Picture> pictures(PDDocument d) throws IOException {
        return FigureKeep.pictures(d).stream().map(p -> new Picture(p.page() + 1, p.left(), p.right(), p.bottom())).toList();
    }

    /** Every caption label: a bold run "Рис. N." or "Fig. N." that starts a line. */
    static List<Label> labels(PDDocument d) throws IOException {
        List<Label> out = new ArrayList<>();
        for (int i = 1; i <= d.getNumberOfPages(); i++) {
            final int page = i;
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String text, List<TextPosition> glyphs) throws IOException {
                    String t = text.replace('\u00a0', ' ');
                    if (t.matches("(Рис\\.|Fig\\.|Figure) \\d+\\..*") && glyphs.get(0).getFont().getName().contains("Bold")) {
                        TextPosition g = glyphs.get(0);
                        out.add(new Label(page, g.getXDirAdj(), g.getYDirAdj() - g.getHeightDir(), t.replaceFirst("^(\\S+ \\d+\\.).*", "$1")));
                    }
                    super.writeString(text, glyphs);
                }
            };
            s.setStartPage(i);
            s.setEndPage(i);
            s.getText(d);
        }
        return out;
    }

    /** Each picture has a caption label under it in its column, and every label has its picture. */
    static void captionsKept(byte[] pdf, String what) throws IOException {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<Picture> pics = pictures(d);
            List<Label> labels = labels(d);
            float height = d.getPage(0).getMediaBox().getHeight();
            List<Label> unmatched = new ArrayList<>(labels);
            for (Picture p : pics) {
                Label found = null;
                for (Label l : unmatched) {
                    double topPdf = height - l.top();
                    if (l.page() == p.page() && l.x() >= p.left() - 130 && l.x() <= p.right()
                            && topPdf <= p.bottom() + 2 && topPdf >= p.bottom() - 30) { found = l; break; }
                }
                assertTrue(found != null, what + ": the picture on page " + p.page() + " at x " + Math.round(p.left())
                        + ", bottom " + Math.round(p.bottom()) + " pt has no caption under it; labels: " + labels);
                unmatched.remove(found);
            }
            // a two-language caption has two labels ("Рис. 1." and "Fig. 1."): every left-over label is the second
            // line of a caption whose first one was matched
            for (Label l : unmatched) {
                assertTrue(labels.stream().anyMatch(o -> o != l && o.page() == l.page() && Math.abs(o.x() - l.x()) < 1
                                && o.top() < l.top() && l.top() - o.top() < 60 && !unmatched.contains(o)),
                        what + ": the caption " + l + " stands apart from its picture; pictures: " + pics);
            }
            assertTrue(!pics.isEmpty(), what + ": no picture found");
        }
    }

    static byte[] render(Path c) throws Exception {
        Pipeline.Loaded l = Pipeline.load(c, Path.of("templates"));
        RenderContext ctx = new RenderContext(l.journal(), Pipeline.timestamp(l.manuscript()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(l.manuscript(), ctx, out);
        assertEquals(List.of(), ctx.warnings().stream().filter(w -> w.rule().equals("pdf-figure-caption-apart")).toList(), c.toString());
        return out.toByteArray();
    }

    /** The example case's own sentence (the opening of its case description), repeated before the first figure. */
    static final String PAD = "Заболевание дебютировало в июле 2020 г., когда родители обнаружили у пациента К. объемное образование в левой височной области. ";

    @Test
    void aFigureAtTheFootOfAColumnKeepsItsCaption() throws Exception {
        Files.createDirectories(Path.of("target", "pdf-test"));
        String[] words = PAD.repeat(16).strip().split(" ");
        for (int n = 217; n <= 232; n += 3) {
            String pad = String.join(" ", java.util.Arrays.copyOf(words, n)) + ".";
            Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, "keep" + n,
                    CaseVariant.before("Хирургический этап лечения", pad));
            byte[] pdf = render(c);
            Files.write(Path.of("target", "pdf-test", "figure-keep-" + n + ".pdf"), pdf);
            captionsKept(pdf, "padding " + n);
        }
    }

    /**
     * The lch case's Fig. 1 is laid out at the foot of page 1's right column with its Russian caption at the head of
     * page 2: the layout shows it (the label's line on another page than the picture), so the figure is moved before
     * any PDF is made, and the write makes one PDF (it made two when the move was decided on a first PDF).
     */
    @Test
    void aFigureApartInTheLayoutIsMovedBeforeThePdfIsMade() throws Exception {
        Path c = Path.of("cases", "lch-braf-inhibitor-infant");
        int made = LaidOut.MADE.get();
        byte[] pdf = render(c);
        assertEquals(1, LaidOut.MADE.get() - made, "PDFs made for one write");
        captionsKept(pdf, "lch");
        try (PDDocument d = Loader.loadPDF(pdf)) {
            // Fig. 1 moved on into page 2's left column (its picture's left edge in the left half of the page)
            Picture first = pictures(d).get(0);
            assertEquals(2, first.page(), "Fig. 1's page: " + first);
            assertTrue(first.left() < d.getPage(1).getMediaBox().getWidth() / 2, "Fig. 1 in the left column: " + first);
        }
    }

    @Test
    void everyCaseInEveryJournalKeepsItsCaptions() throws Exception {
        Files.createDirectories(Path.of("target", "pdf-test"));
        List<Path> cases;
        try (var s = Files.list(Path.of("cases"))) {
            cases = s.filter(Files::isDirectory).sorted().toList();
        }
        assertTrue(cases.size() >= 3, "cases: " + cases);
        for (Path source : cases) {
            for (String journal : List.of("default", "gost", "nlm")) {
                String name = source.getFileName() + "-" + journal;
                Path c = journal.equals("default") ? source : CaseVariant.of(source, dir, name,
                        s -> s.replaceFirst("(?m)^journal: \\S+", "journal: " + journal));
                byte[] pdf = render(c);
                Files.write(Path.of("target", "pdf-test", "figure-keep-" + name + ".pdf"), pdf);
                captionsKept(pdf, name);
            }
        }
    }
}
