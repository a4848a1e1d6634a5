package org.casereport.write.pdf;

import static org.casereport.write.pdf.PdfWriterTest.flat;
import static org.casereport.write.pdf.PdfWriterTest.inOrder;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.RenderContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * The real example case through the whole pipeline into the PDF of its journal's engine (the default journal's
 * {@code pdf.engine: fo}), read back with PDFBox and checked with veraPDF.
 */
class ExampleCaseTest {
    static final Path CASE = Path.of("cases", "venetoclax-aml-after-neuroblastoma");
    static Pipeline.Loaded loaded;
    static byte[] pdf;
    static String text;

    @BeforeAll
    static void render() throws Exception {
        loaded = Pipeline.load(CASE, Path.of("templates"));
        assertEquals("fo", loaded.journal().string("pdf.engine", "html"), "the default journal's engine");
        pdf = write();
        Path out = Path.of("target", "pdf-test");
        Files.createDirectories(out);
        Files.write(out.resolve("example.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            // the line-end ties (template/Ties, as the command line applies them) print no-break spaces, which PDFBox
            // extracts as U+00A0: read as spaces here ("(рис. 1)"); BreaksPdfTest checks where the ties stand
            text = new PDFTextStripper().getText(doc).replace('\u00A0', ' ');
        }
    }

    /** The journal's PDF engine (pdf.engine: fo since the switch), on the manuscript after the line-end ties. */
    static byte[] write() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        org.casereport.write.Writers.get("pdf").write(org.casereport.template.Ties.apply(loaded.manuscript()),
                new RenderContext(loaded.journal(), Pipeline.timestamp(loaded.manuscript())), out);
        return out.toByteArray();
    }

    @Test
    void noMarkupOrUnresolvedReferenceIsLeftInTheText() {
        for (String leftover : new String[] {"@fig-", "[@", "[?]", "^", "<", ">", "&amp;", "**"}) {
            org.junit.jupiter.api.Assertions.assertFalse(text.contains(leftover), "'" + leftover + "' left in the PDF text");
        }
        // ("~" is in the figures on purpose: it marks an approximate date)
        // both figure references resolved, in the body's language
        org.junit.jupiter.api.Assertions.assertTrue(flat(text).contains("(рис. 1)") && flat(text).contains("(рис. 2)"),
                "figure references");
    }

    @Test
    void frontMatterInBothLanguages() {
        inOrder(text,
                "Персонализированная консолидирующая терапия венетоклаксом вторичного острого миелобластного лейкоза "
                        + "у пациента после нейробластомы: успешный клинический случай",
                "М.М. Антошин, В.В. Карташова, Е.В. Скоробогатова",
                "Российская детская клиническая больница",
                "Описан пациент, у которого после терапии НБ возник ОМЛ",
                "Ключевые слова: острый миелоидный лейкоз, нейробластома, венетоклакс, консолидирующая терапия, "
                        + "трансплантация гемопоэтических стволовых клеток",
                "Personalized consolidation therapy with venetoclax for secondary acute myeloblastic leukemia in a patient "
                        + "after neuroblastoma: a successful clinical case",
                "M.M. Antoshin, V.V. Kartashova, E.V. Skorobogatova",
                "Russian Children’s Clinical Hospital – Branch of the N.I. Pirogov Russian National Research Medical University",
                "We describe a patient who developed AML after NB therapy",
                "Key words: acute myeloid leukemia, neuroblastoma, venetoclax, consolidation therapy, "
                        + "hematopoietic stem cell transplantation",
                "Актуальность");
    }

    @Test
    void bodyHeadingsCitationsAndFigures() {
        inOrder(text, "Актуальность", "Описание клинического случая", "Обсуждение", "Заключение", "ЛИТЕРАТУРА / REFERENCES");
        String t = flat(text);
        assertTrue(t.contains("группу высокого риска [1]."), "citation in place: " + t);
        assertTrue(t.contains("[2, 3, 6–8]"), "a citation range: " + t);
        assertTrue(t.contains("(рис. 1)") && t.contains("(рис. 2)"), "figure references: " + t);
        inOrder(text, "(рис. 1)", "Рис. 1.", "Fig. 1.", "(рис. 2)", "Рис. 2.", "Fig. 2.", "Обсуждение");
        assertTrue(t.contains("42 г/м2"), "superscript stays with its number: " + t);
        assertFalse(java.util.regex.Pattern.compile("\\d-\\R[а-яё]{1,3}(?![а-яё])").matcher(text).find(),
                "a number never parts from its ending (37-е) at a line end");
    }

    @Test
    void referencesInCitationOrderThenDates() {
        String[] starts = new String[16];
        starts[0] = "ЛИТЕРАТУРА / REFERENCES";
        for (int i = 1; i <= 14; i++) starts[i] = i + ". " + loaded.manuscript().bibliography().get(i - 1).text()
                .substring(0, Math.min(25, loaded.manuscript().bibliography().get(i - 1).text().length()));
        starts[15] = "Статья поступила в редакцию: 07.03.2025. Принята в печать: 20.06.2025.";
        assertEquals(14, loaded.manuscript().bibliography().size());
        inOrder(text, starts);
        inOrder(text, "1. Berthold F., Spix C., Kaatsch P., Lampert F.", "14. Sievers E.L.",
                "Article was received by the editorial staff: 07.03.2025. Accepted for publication: 20.06.2025.");
    }

    @Test
    void fontsPagesMetadata() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int pages = doc.getNumberOfPages();
            assertTrue(pages >= 3 && pages <= 8, "pages: " + pages);
            for (PDPage page : doc.getPages()) {
                for (COSName n : page.getResources().getFontNames()) {
                    PDFont f = page.getResources().getFont(n);
                    assertTrue(f.isEmbedded(), f.getName());
                    assertTrue(f.getName().matches("[A-Z]{6}\\+PT.*"), "subset of the template fonts: " + f.getName());
                }
            }
            assertTrue(doc.getDocumentInformation().getTitle().startsWith("Персонализированная консолидирующая"));
            assertEquals("М.М. Антошин, В.В. Карташова, Е.В. Скоробогатова", doc.getDocumentInformation().getAuthor());
            assertEquals("ru", doc.getDocumentCatalog().getLanguage());
        }
    }

    @Test
    void noLineOfTheReferenceListLooksLikeAnotherEntry() {
        // a page range or DOI wrapped as "82. doi: …" at a line start would read as entry 82
        int at = text.indexOf("ЛИТЕРАТУРА");
        assertTrue(at >= 0, text);
        String refs = text.substring(at);
        java.util.List<Integer> numbers = new java.util.ArrayList<>();
        for (String line : refs.split("\\R")) {
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("^(\\d+)\\. ").matcher(line);
            if (m.find()) numbers.add(Integer.parseInt(m.group(1)));
        }
        java.util.List<Integer> expected = new java.util.ArrayList<>();
        for (int i = 1; i <= loaded.manuscript().bibliography().size(); i++) expected.add(i);
        assertEquals(expected, numbers);
        assertTrue(flat(text).contains("doi: 10.1007/s40272-017-0251-3."), "a DOI stays whole: " + flat(text));
    }

    @Test
    void sameBytesTwice() throws Exception {
        assertArrayEquals(pdf, write());
    }

    @Test
    void veraPdf() throws Exception {
        Map<String, String> a = Vera.failures(pdf, PDFAFlavour.PDFA_2_U);
        assertTrue(a.isEmpty(), "PDF/A-2u: " + a);
        Map<String, String> ua = Vera.failures(pdf, PDFAFlavour.PDFUA_1);
        assertTrue(ua.isEmpty(), "PDF/UA-1: " + ua);
    }
}
