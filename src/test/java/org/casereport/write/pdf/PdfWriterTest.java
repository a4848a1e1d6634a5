package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereport.model.Manuscript;
import org.casereport.model.Journal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The journal page rendered from a hand-built manuscript, read back with PDFBox and checked by veraPDF. */
class PdfWriterTest {
    static Journal journal;
    static byte[] pdf;
    static String text;

    @BeforeAll
    static void render() throws Exception {
        journal = Fixtures.journal("default", null);
        pdf = Fixtures.render(Fixtures.manuscript(), journal);
        Path out = Path.of("target", "pdf-test");
        Files.createDirectories(out);
        Files.write(out.resolve("fixture.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            text = new PDFTextStripper().getText(doc);
        }
    }

    /** The text as one line: line breaks of the page become spaces. */
    static String flat(String s) {
        return s.replaceAll("\\s+", " ");
    }

    /** The text without any white space: where lines break (and a hyphen stays) does not matter. */
    static String squash(String s) {
        return s.replaceAll("[\\s\\u00A0\\u202F]+", "");
    }

    /** Each needle found after the one before; compared without white space, so line breaks do not matter. */
    static void inOrder(String text, String... needles) {
        String haystack = squash(text);
        int at = -1;
        for (String raw : needles) {
            String n = squash(raw);
            int i = haystack.indexOf(n, at + 1);
            assertTrue(i > at, "expected \"" + raw + "\" after position " + at + " in:\n" + text);
            at = i;
        }
    }

    @Test
    void metadataBlocksInBothLanguagesInTheJournalsOrder() {
        String t = flat(text);
        inOrder(t,
                "Персонализированная консолидирующая терапия венетоклаксом вторичного острого миелобластного лейкоза",
                "М.М. Антошин, В.В. Карташова, Е.В. Скоробогатова",
                "Российская детская клиническая больница",
                "ORCID: В.В. Карташова https://orcid.org/0000-0002-1825-0097",
                "возникающее из недифференцированных нейроэктодермальных клеток нервного гребня.",
                "Ключевые слова: острый миелоидный лейкоз, нейробластома, венетоклакс",
                "Personalized consolidation therapy with venetoclax for secondary acute myeloblastic leukemia",
                "M.M. Antoshin, V.V. Kartashova, E.V. Skorobogatova",
                "Russian Children’s Clinical Hospital",
                "ORCID: V.V. Kartashova https://orcid.org/0000-0002-1825-0097",
                "arising from undifferentiated neuroectodermal cells of the neural crest.",
                "Key words: acute myeloid leukemia, neuroblastoma, venetoclax",
                "Актуальность");
    }

    @Test
    void bodyTextExtractsAsWrittenWithCitationsInPlace() {
        String t = flat(text);
        inOrder(t, "Актуальность", "Описание клинического случая", "Обсуждение");
        assertTrue(t.contains("высокой группе риска [1]. Значимыми"), t);
        assertTrue(t.contains("не превышает 30–40 % [1, 2]. Доза"), t);
        assertTrue(t.contains("амплификация гена NMYC и делеции"), t);
        assertTrue(t.contains("42 г/м2, клеток CD34+ – 5,9 × 106; вода H2O."), t);
        assertTrue(t.contains("завершена в марте 2022 г. (рис. 1)."), t);
        assertTrue(t.contains("11q1."), "footnote mark after its word: " + t);
    }

    @Test
    void figureTableListAndNotes() {
        String t = flat(text);
        inOrder(t, "Рис. 1. Диаграмма Ганта, наглядно отражающая терапию пациента К. по протоколу NB-2004",
                "Fig. 1. Gantt chart clearly illustrating the therapy of patient K. according to the NB-2004 protocol");
        inOrder(t, "Показатель", "До ТГСК", "После ТГСК", "Бласты, %", "18,2", "Химеризм", "донорский");
        inOrder(t, "ритуксимаб в –1-й день;", "абатацепт в –1-й и +8-й дни.");
        assertTrue(t.contains("По данным портала clinicaltrials.gov, проводится"), t);
        assertTrue(t.contains("1 Делеции 1p и 11q у пациента не выявлены."), t);
    }

    @Test
    void referencesStatementsAndDates() {
        String t = flat(text);
        assertTrue(t.contains(" ЛИТЕРАТУРА / REFERENCES "), "spaced capitals extract as words: " + t);
        inOrder(t, "Обсуждение", "ЛИТЕРАТУРА / REFERENCES",
                "1. Berthold F., Spix C., Kaatsch P., Lampert F. Incidence, Survival,",
                "2. Качанов Д.Ю., Шаманская Т.В. Нейробластома.",
                "[Kachanov D.Yu., Shamanskaya T.V. Neuroblastoma.",
                "Конфликт интересов. Авторы заявляют об отсутствии конфликта интересов.",
                "Conflict of interest. The authors declare no conflict of interest.",
                "Финансирование.", "Funding.",
                "Статья поступила в редакцию: 07.03.2025. Принята в печать: 20.06.2025.",
                "Article was received by the editorial staff: 07.03.2025. Accepted for publication: 20.06.2025.");
    }

    @Test
    void runningHeaderAndPageNumbers() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            assertTrue(n >= 2 && n <= 4, "pages: " + n);
            for (int p = 1; p <= n; p++) {
                PDFTextStripper s = new PDFTextStripper();
                s.setStartPage(p);
                s.setEndPage(p);
                String page = flat(s.getText(doc));
                assertTrue(page.contains("Журнал детской гематологии и онкологии"), page);
                assertTrue(page.contains(p + " / " + n), "page number on page " + p + ": " + page);
            }
        }
    }

    @Test
    void everyFontIsAnEmbeddedSubsetOfTheTemplateFonts() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> names = new ArrayList<>();
            for (PDPage page : doc.getPages()) {
                PDResources res = page.getResources();
                for (COSName fn : res.getFontNames()) {
                    PDFont f = res.getFont(fn);
                    names.add(f.getName());
                    assertTrue(f.isEmbedded(), f.getName() + " not embedded");
                    assertTrue(f.getName().matches("[A-Z]{6}\\+PT(Serif|Sans)-.*"), "not a subset of PT fonts: " + f.getName());
                    assertTrue(f instanceof PDType0Font, "Identity-H font with ToUnicode expected: " + f.getName());
                    assertNotNull(f.getCOSObject().getDictionaryObject(COSName.TO_UNICODE), "ToUnicode of " + f.getName());
                }
            }
            assertTrue(names.stream().anyMatch(s -> s.contains("PTSerif-Regular")), names.toString());
            assertTrue(names.stream().anyMatch(s -> s.contains("PTSans-Bold")), names.toString());
        }
    }

    @Test
    void documentMetadata() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDDocumentInformation info = doc.getDocumentInformation();
            assertTrue(info.getTitle().startsWith("Персонализированная консолидирующая терапия"), info.getTitle());
            assertEquals("М.М. Антошин, В.В. Карташова, Е.В. Скоробогатова", info.getAuthor());
            assertTrue(info.getSubject().startsWith("Нейробластома (НБ) представляет собой"), info.getSubject());
            assertTrue(info.getKeywords().contains("нейробластома") && info.getKeywords().contains("neuroblastoma"),
                    info.getKeywords());
            assertEquals("ru", doc.getDocumentCatalog().getLanguage());
            Calendar created = info.getCreationDate();
            assertEquals(Fixtures.TIMESTAMP.toEpochMilli(), created.getTimeInMillis());
            assertEquals(Fixtures.TIMESTAMP.toEpochMilli(), info.getModificationDate().getTimeInMillis());
            assertEquals("casereport", info.getProducer());
            String xmp = new String(doc.getDocumentCatalog().getMetadata().toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(xmp.contains("2025-06-20T00:00:00"), xmp);
            for (String date : xmp.split("(?=\\d{4}-\\d{2}-\\d{2}T)")) {
                if (date.matches("(?s)\\d{4}-\\d{2}-\\d{2}T.*")) {
                    assertTrue(date.startsWith("2025-06-20T00:00:00"), "a date that is not the timestamp: " + date);
                }
            }
            assertTrue(xmp.contains("pdfaid:part") && xmp.contains("pdfuaid:part"), xmp);
            COSArray id = doc.getDocument().getTrailer().getCOSArray(COSName.ID);
            assertNotNull(id);
            assertEquals(2, id.size());
            assertArrayEquals(((COSString) id.get(0)).getBytes(), ((COSString) id.get(1)).getBytes());
            assertTrue(doc.getDocumentCatalog().getMarkInfo() != null && doc.getDocumentCatalog().getMarkInfo().isMarked(),
                    "tagged PDF");
            assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot());
        }
    }

    @Test
    void linksAreLinkAnnotationsWithADescription() throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> uris = new ArrayList<>();
            for (PDPage p : doc.getPages()) {
                for (var a : p.getAnnotations()) {
                    if (a instanceof org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotationLink link
                            && link.getAction() instanceof org.apache.pdfbox.pdmodel.interactive.action.PDActionURI u) {
                        uris.add(u.getURI());
                        assertNotNull(link.getContents(), "PDF/UA: a link needs a description");
                    }
                }
            }
            assertEquals(List.of("https://clinicaltrials.gov/"), uris);
        }
    }

    @Test
    void sameInputSameBytes() throws Exception {
        byte[] again = Fixtures.render(Fixtures.manuscript(), Fixtures.journal("default", null));
        assertArrayEquals(pdf, again);
    }

    @Test
    void passesVeraPdfForPdfA2u() throws Exception {
        Map<String, String> failed = Vera.failures(pdf, PDFAFlavour.PDFA_2_U);
        assertTrue(failed.isEmpty(), "PDF/A-2u failures: " + failed);
        assertTrue(Vera.lastChecks > 1000, "veraPDF ran " + Vera.lastChecks + " checks");
    }

    @Test
    void passesVeraPdfForPdfUa1() throws Exception {
        Map<String, String> failed = Vera.failures(pdf, PDFAFlavour.PDFUA_1);
        assertTrue(failed.isEmpty(), "PDF/UA-1 failures: " + failed);
        assertTrue(Vera.lastChecks > 1000, "veraPDF ran " + Vera.lastChecks + " checks");
    }

    @Test
    void veraPdfCatchesABrokenFile() throws Exception {
        // the check above can fail: the same file without its XMP metadata does
        try (PDDocument d = Loader.loadPDF(pdf)) {
            d.getDocumentCatalog().setMetadata(null);
            ByteArrayOutputStream o = new ByteArrayOutputStream();
            d.save(o);
            assertFalse(Vera.failures(o.toByteArray(), PDFAFlavour.PDFA_2_U).isEmpty());
        }
    }

    @Test
    void rendersWhileFigureArtCannotDrawYet() throws Exception {
        // the fixture's figure goes through the guarded drawer: a frame of the column's width is left
        String xhtml = PdfWriter.xhtml(Fixtures.manuscript(), journal);
        assertTrue(xhtml.contains("<object type=\"application/x-casereport-figure\" data=\"fig-timeline\""), xhtml);
        assertTrue(xhtml.matches("(?s).*style=\"width: \\d+pt; height: \\d+pt;\".*"), xhtml);
    }

    @Test
    void nlmJournalSuperscriptCitationsTwoReferenceListsEnglishFirst() throws Exception {
        Journal nlm = Fixtures.journal("nlm", null);
        Manuscript m = Fixtures.manuscript();
        byte[] out = Fixtures.render(m, nlm);
        try (PDDocument doc = Loader.loadPDF(out)) {
            String t = flat(new PDFTextStripper().getText(doc));
            inOrder(t, "Personalized consolidation therapy", "Keywords: acute myeloid leukemia",
                    "Персонализированная консолидирующая терапия", "Ключевые слова:", "Актуальность");
            inOrder(t, "ЛИТЕРАТУРА", "1. Berthold F.", "2. Качанов Д.Ю., Шаманская Т.В. Нейробластома. Вопросы",
                    "REFERENCES", "1. Berthold F.", "2. Kachanov D.Yu., Shamanskaya T.V. Neuroblastoma.");
            assertFalse(t.contains("[Kachanov"), "two-lists layout prints no combined entries: " + t);
            assertTrue(t.contains("Received: 2025-03-07. Accepted: 2025-06-20."), t);
            assertEquals(1, doc.getDocumentCatalog().getPages().get(0).getMediaBox().getWidth() > 590 ? 1 : 0);
        }
        String xhtml = PdfWriter.xhtml(m, nlm);
        assertTrue(xhtml.contains("<span class=\"nobr\"><span>риска</span><sup class=\"cite\">[1]</sup><span>.</span></span>"),
                "superscript citations, no space before, kept with their word and full stop: " + xhtml);
        assertTrue(xhtml.contains("column-count: 1;"), xhtml);
        assertTrue(Vera.failures(out, PDFAFlavour.PDFA_2_U).isEmpty());
    }

    /** Bottoms (from the page top) of the left and right column text on the last page, headers and footers left out. */
    static double[] lastPageColumns(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            float w = doc.getPage(n - 1).getMediaBox().getWidth();
            float h = doc.getPage(n - 1).getMediaBox().getHeight();
            double[] b = {0, 0};
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String str, List<org.apache.pdfbox.text.TextPosition> ps) throws java.io.IOException {
                    for (org.apache.pdfbox.text.TextPosition p : ps) {
                        if (p.getYDirAdj() < 60 || p.getYDirAdj() > h - 55) continue;
                        int c = p.getXDirAdj() < w / 2 ? 0 : 1;
                        b[c] = Math.max(b[c], p.getYDirAdj());
                    }
                }
            };
            s.setStartPage(n);
            s.setEndPage(n);
            s.getText(doc);
            return b;
        }
    }

    private Journal balancing(boolean on) {
        Map<String, Object> settings = new java.util.LinkedHashMap<>(journal.settings());
        @SuppressWarnings("unchecked")
        Map<String, Object> page = new java.util.LinkedHashMap<>((Map<String, Object>) settings.get("page"));
        page.put("balance", on);
        settings.put("page", page);
        return new Journal(journal.name(), journal.dirs(), journal.fontsDir(), settings);
    }

    @Test
    void lastPageColumnsAreBalancedWhenTheJournalAsks() throws Exception {
        double[] b = lastPageColumns(Fixtures.render(Fixtures.manuscript(), balancing(true)));
        assertTrue(b[1] > 0 && Math.abs(b[0] - b[1]) < 0.25 * b[0], "left " + b[0] + ", right " + b[1]);
        // without balancing (page.balance: false) the same page has a full left column
        // and an empty right one
        double[] u = lastPageColumns(Fixtures.render(Fixtures.manuscript(), balancing(false)));
        assertTrue(u[1] == 0 && u[0] > b[0], "unbalanced: left " + u[0] + ", right " + u[1]);
    }
}
