package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereport.model.Manuscript;
import org.casereport.model.Metadata;
import org.casereport.template.ArticleView;
import org.casereport.model.Journal;
import org.junit.jupiter.api.Test;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/** The view model holds plain data only, and the page copes with a bare manuscript. */
class ViewModelTest {
    private static void plain(Object o, String path) {
        if (o == null || o instanceof String || o instanceof Number || o instanceof Boolean) return;
        if (o instanceof Map<?, ?> m) {
            for (Map.Entry<?, ?> e : m.entrySet()) {
                assertTrue(e.getKey() instanceof String, path + ": key " + e.getKey());
                plain(e.getValue(), path + "." + e.getKey());
            }
            return;
        }
        if (o instanceof List<?> l) {
            for (int i = 0; i < l.size(); i++) plain(l.get(i), path + "[" + i + "]");
            return;
        }
        throw new AssertionError(path + " is a " + o.getClass().getName() + ", not plain data");
    }

    @Test
    void onlyMapsListsStringsNumbersBooleans() throws Exception {
        Map<String, Object> v = ArticleView.build(Fixtures.manuscript(), Fixtures.journal("default", null), (f, w) -> 100);
        plain(v, "model");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> meta = (List<Map<String, Object>>) v.get("meta");
        assertEquals(List.of("ru", "en"), meta.stream().map(m -> m.get("lang")).toList());
        assertEquals("М.М.\u00A0Антошин", ((List<Map<String, Object>>) meta.get(0).get("authors")).get(0).get("name"));
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) v.get("page");
        assertEquals(2, page.get("columns"));
        assertEquals("6mm", page.get("columnGap"));
    }

    @Test
    void aBareEnglishManuscriptStillMakesAValidPage() throws Exception {
        Manuscript full = Fixtures.manuscript();
        Metadata m = full.meta();
        Metadata bare = new Metadata("default", "en", m.title(), m.authors(), m.affiliations(), m.abstractText(),
                org.casereport.model.RichItems.EMPTY, null, null, Map.of(), Map.of(), null);
        Manuscript ms = new Manuscript("bare", full.caseDir(), bare, List.of(Fixtures.p(Fixtures.t("Only one paragraph."))),
                List.of(), List.of(), List.of(), List.of());
        Journal j = Fixtures.journal("default", null);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(ms, Fixtures.context(j), out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String t = new PDFTextStripper().getText(doc);
            assertTrue(t.contains("Only one paragraph."), t);
            assertFalse(t.contains("REFERENCES"), t);
            assertFalse(t.contains("Key words"), "no keyword line without keywords: " + t);
            assertEquals("en", doc.getDocumentCatalog().getLanguage());
        }
        assertTrue(Vera.failures(out.toByteArray(), PDFAFlavour.PDFA_2_U).isEmpty());
        assertTrue(Vera.failures(out.toByteArray(), PDFAFlavour.PDFUA_1).isEmpty());
    }

    @Test
    void affiliationMarksFollowTheirAuthors() throws Exception {
        Manuscript full = Fixtures.manuscript();
        Metadata m = full.meta();
        java.util.List<org.casereport.model.Author> authors = new java.util.ArrayList<>(m.authors());
        org.casereport.model.Author second = authors.get(1);
        authors.set(1, new org.casereport.model.Author(second.surname(), second.initials(), List.of("rdkb", "nmrc"),
                null, null, false, Fixtures.POS));
        java.util.List<org.casereport.model.Affiliation> affs = new java.util.ArrayList<>(m.affiliations());
        affs.add(new org.casereport.model.Affiliation("nmrc", new org.casereport.model.LocalizedText(
                "НМИЦ ДГОИ им. Дмитрия Рогачева", "Dmitry Rogachev National Medical Research Center"), Fixtures.POS));
        Metadata two = new Metadata(m.journal(), m.language(), m.title(), authors, affs, m.abstractText(), m.keywords(),
                m.received(), m.accepted(), m.statements(), m.positions(), m.publication());
        Manuscript ms = new Manuscript("two", full.caseDir(), two, full.body(), full.footnotes(), full.references(),
                full.figures(), full.bibliography());
        byte[] pdf = Fixtures.render(ms, Fixtures.journal("default", null));
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String t = PdfWriterTest.flat(new PDFTextStripper().getText(doc));
            assertTrue(t.contains("М.М.\u00A0Антошин1, В.В.\u00A0Карташова1,2, Е.В.\u00A0Скоробогатова1"), t);
            assertTrue(t.contains("M.M.\u00A0Antoshin1, V.V.\u00A0Kartashova1,2, E.V.\u00A0Skorobogatova1"), t);
            assertTrue(t.contains("2НМИЦ ДГОИ им. Дмитрия Рогачева"), t);
        }
    }
}
