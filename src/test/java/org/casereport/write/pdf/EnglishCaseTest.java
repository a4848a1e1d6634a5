package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Severity;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.RenderContext;
import org.casereport.write.docx.DocxWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The third example case, cases/lch-braf-inhibitor-infant (written from Kolenová et al., Blood Adv 2017; see its
 * README): an English body in the bilingual house journal, read back from the PDF (PDFBox) and the DOCX (POI). Before
 * this case the pipeline printed such an article with its Russian metadata, captions and statements first, took the
 * English text of a table caption for the Russian one ("Таблица 1. Disease activity…") and printed a figure
 * caption's Markdown as its marks ("*BRAF*^V600E^").
 */
class EnglishCaseTest {
    static final Path CASE = Path.of("cases", "lch-braf-inhibitor-infant");
    static final String TITLE_EN = "Vemurafenib monotherapy for refractory multisystem Langerhans cell histiocytosis";
    static final String TITLE_RU = "Монотерапия вемурафенибом рефрактерного мультисистемного";

    static String text;
    static String page1;
    static List<TextPosition> glyphs = new ArrayList<>();
    static List<Double> formWidths = new ArrayList<>();
    static List<Double> formLefts = new ArrayList<>();
    static XWPFDocument docx;
    static List<Diagnostic> diagnostics;

    @BeforeAll
    static void render() throws Exception {
        Pipeline.Loaded l = Pipeline.load(CASE, Path.of("templates"));
        diagnostics = l.diagnostics();
        RenderContext ctx = new RenderContext(l.journal(), Pipeline.timestamp(l.manuscript()));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        // the journal's PDF engine (pdf.engine: fo since the switch), on the manuscript after the line-end ties as
        // write/Render hands it to the writers
        org.casereport.write.Writers.get("pdf").write(org.casereport.template.Ties.apply(l.manuscript()), ctx, pdf);
        ByteArrayOutputStream word = new ByteArrayOutputStream();
        new DocxWriter().write(l.manuscript(), new RenderContext(l.journal(), Pipeline.timestamp(l.manuscript())), word);
        Files.createDirectories(Path.of("target", "pdf-test"));
        Files.write(Path.of("target", "pdf-test", "lch-braf-inhibitor-infant.pdf"), pdf.toByteArray());
        try (PDDocument d = Loader.loadPDF(pdf.toByteArray())) {
            text = flat(org.casereport.write.PdfGlyphs.text(d, 0, glyphs));
            PDFTextStripper first = new PDFTextStripper();
            first.setEndPage(1);
            page1 = flat(first.getText(d));
        }
        // the figures' widths as the html engine paints them (each figure one form XObject, FigureKeep.pictures);
        // FOP paints an SVG figure as paths on the page, and FoWideFigureTest measures the FO engine's timeline
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new PdfWriter().write(org.casereport.template.Ties.apply(l.manuscript()),
                new RenderContext(FoCases.engine(l.journal(), "html"), Pipeline.timestamp(l.manuscript())), html);
        try (PDDocument d = Loader.loadPDF(html.toByteArray())) {
            FigureWidthPdfTest.pictures(d, formWidths, formLefts);
        }
        docx = new XWPFDocument(new ByteArrayInputStream(word.toByteArray()));
    }

    private static String flat(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ");
    }

    @Test
    void theCaseHasNoErrors() {
        assertTrue(diagnostics.stream().noneMatch(d -> d.severity() == Severity.ERROR), diagnostics.toString());
        assertTrue(diagnostics.stream().noneMatch(d -> d.toString().contains("[table-attribute]")), diagnostics.toString());
    }

    @Test
    void theEnglishMetadataOpensTheArticle() {
        int en = page1.indexOf(TITLE_EN);
        int ru = page1.indexOf(TITLE_RU);
        assertTrue(en >= 0 && ru > en, "English title first, then the Russian one:\n" + page1);
        assertTrue(page1.indexOf("Key words:") < page1.indexOf("Ключевые слова:"), page1);
        assertTrue(text.contains("REFERENCES / ЛИТЕРАТУРА"), "the reference list's title, English first");
        assertTrue(text.indexOf("Conflict of interest.") < text.indexOf("Конфликт интересов."), "statements, English first");
        assertTrue(text.indexOf("Article was received by the editorial staff") < text.indexOf("Статья поступила в редакцию"));
    }

    @Test
    void englishLabelsCaptionsAndRanges() {
        assertTrue(text.contains("Table 1. Disease activity and laboratory values of the patient"), text);
        assertTrue(text.indexOf("Table 1. Disease activity") < text.indexOf("Таблица 1. Показатели активности болезни"));
        assertTrue(text.contains("Fig. 1. The MAPK pathway in LCH cells"), text);
        assertTrue(text.indexOf("Fig. 3. Course of the disease") < text.indexOf("Рис. 3. Течение болезни"));
        assertTrue(text.contains("LCH cell (Fig. 1)."), "a reference in running English text: 'Fig.', capital");
        assertTrue(text.contains("(Table 1)"), text);
        assertTrue(text.contains("Fig. 1–3 summarise the target"), "a range of three figures");
        assertFalse(text.contains("*BRAF*") || text.contains("^V600E^"), "no Markdown marks in a caption");
    }

    @Test
    void theFigureCaptionsGeneNameIsItalicAndItsMutationSuperscript() {
        StringBuilder all = new StringBuilder();
        for (TextPosition t : glyphs) all.append(t.getUnicode().length() == 1 ? t.getUnicode() : "?");
        int at = all.indexOf("LCH cells: the BRAF");
        assertTrue(at >= 0, "the caption of Fig. 1");
        int braf = at + "LCH cells: the ".length();
        for (int i = braf; i < braf + 4; i++) {
            assertTrue(glyphs.get(i).getFont().getName().contains("Italic"), "BRAF in italic: " + glyphs.get(i).getFont().getName());
        }
        assertEquals("V", glyphs.get(braf + 4).getUnicode());
        assertTrue(glyphs.get(braf + 4).getFontSizeInPt() < glyphs.get(braf).getFontSizeInPt() - 1, "V600E set smaller, as a superscript");
        assertTrue(glyphs.get(braf + 4).getYDirAdj() < glyphs.get(braf).getYDirAdj() - 1, "and raised");
    }

    @Test
    void theFootnoteAndTheRussianReference() {
        assertTrue(text.contains("The disease activity score of the Histiocyte Society adds points for each involved organ"), text);
        assertTrue(text.contains("Хынку Е.Ф., Монаенкова М.К., Тамразова О.Б."), "the Russian original");
        assertTrue(text.contains("Khynku E.F., Monaenkova M.K.") && text.contains("Almanac of Clinical Medicine")
                && text.contains("(In Russ.)"), "its Latin-script version");
    }

    /** The html engine's figures (pdf.engine: html); the FO engine's page-wide timeline: FoWideFigureTest. */
    @Test
    void thePageWideTimelineSpansTheText() {
        // default journal: A4, margins 15 mm, two columns 6 mm apart → text 180 mm (510 pt), column 87 mm (246 pt)
        double textPt = Math.floor(180 / 25.4 * 72);
        double columnPt = Math.floor(87 / 25.4 * 72);
        assertEquals(3, formWidths.size(), formWidths.toString());
        assertTrue(FigureWidthPdfTest.near(formWidths, textPt), "the timeline (width: page) across the text: " + formWidths);
        assertEquals(15 / 25.4 * 72, formLefts.get(formWidths.indexOf(formWidths.stream()
                .filter(w -> Math.abs(w - textPt) < 3).findFirst().orElseThrow())), 2, "from the left margin");
        assertEquals(2, formWidths.stream().filter(w -> Math.abs(w - columnPt) < 3).count(),
                "the image and the regimen in a column: " + formWidths);
    }

    @Test
    void theDocxSaysTheSame() {
        List<String> titles = styled("Title").stream().map(XWPFParagraph::getText).toList();
        assertEquals(2, titles.size(), titles.toString());
        assertTrue(titles.get(0).startsWith(TITLE_EN) && titles.get(1).startsWith(TITLE_RU), titles.toString());
        List<String> captions = styled("TableCaption").stream().map(XWPFParagraph::getText).toList();
        assertTrue(captions.contains("Table 1. Disease activity and laboratory values of the patient"), captions.toString());
        assertTrue(captions.indexOf("Table 1. Disease activity and laboratory values of the patient")
                < captions.indexOf("Таблица 1. Показатели активности болезни и лабораторные данные пациента"), captions.toString());
        XWPFParagraph fig1 = styled("Caption").stream().filter(p -> p.getText().startsWith("Fig. 1. ")).findFirst().orElseThrow();
        assertTrue(run(fig1, "BRAF").isItalic(), "italic gene name in the caption");
        assertEquals("superscript", run(fig1, "V600E").getVerticalAlignment().toString());
        assertEquals(List.of("References / Литература"), styled("BibliographyHeading").stream().map(XWPFParagraph::getText).toList());
        String body = String.join("\n", docx.getParagraphs().stream().map(XWPFParagraph::getText).toList());
        assertTrue(body.contains("Fig. 1–3 summarise the target"), body);
        assertTrue(body.contains("Хынку Е.Ф."), "the Russian reference");
        String notes = String.join("\n", docx.getFootnotes().stream().flatMap(f -> f.getParagraphs().stream())
                .map(XWPFParagraph::getText).toList());
        assertTrue(notes.contains("The disease activity score of the Histiocyte Society"), notes);
        styled("Heading1").get(0).getRuns().forEach(r -> assertEquals("en-US", r.getLang()));
    }

    private static List<XWPFParagraph> styled(String style) {
        return docx.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
    }

    private static XWPFRun run(XWPFParagraph p, String text) {
        return p.getRuns().stream().filter(r -> text.equals(r.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in: " + p.getText()));
    }
}
