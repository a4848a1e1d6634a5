package org.casereport.write.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.casereport.diag.CaseException;
import org.casereport.model.Author;
import org.casereport.model.Figure;
import org.casereport.model.FormattedReference;
import org.casereport.model.Inline;
import org.casereport.model.Manuscript;
import org.casereport.model.Walk;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.RenderContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The example case through the whole pipeline into DOCX. Skipped (with the reason) while a piece the pipeline
 * needs — reference reader, CSL formatting, figures — is still a stub.
 */
class ExampleCaseDocxTest {
    static final Path CASE = Path.of("cases/venetoclax-aml-after-neuroblastoma");
    static Pipeline.Loaded loaded;
    static byte[] docx;
    static XWPFDocument doc;
    static String notReady;

    @BeforeAll
    static void render() throws IOException {
        try {
            loaded = Pipeline.load(CASE, DocxFixtures.TEMPLATES);
        } catch (UnsupportedOperationException e) {
            notReady = "the pipeline is not complete yet: " + e.getMessage();
            return;
        } catch (CaseException e) {
            notReady = "the example case does not load yet: " + e.getMessage();
            return;
        }
        docx = write();
        doc = new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static byte[] write() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(loaded.manuscript(), new RenderContext(loaded.journal(), DocxFixtures.TIMESTAMP), out);
        return out.toByteArray();
    }

    static Manuscript m() {
        assumeTrue(notReady == null, notReady);
        return loaded.manuscript();
    }

    @Test
    void titlesAbstractsAuthorsKeywordsInBothLanguages() {
        Manuscript m = m();
        List<String> titles = DocxWriterTest.texts(doc, "Title");
        assertEquals(2, titles.size());
        assertTrue(titles.get(0).startsWith("Персонализированная консолидирующая терапия венетоклаксом"), titles.get(0));
        assertTrue(titles.get(1).startsWith("Personalized consolidation therapy with venetoclax"), titles.get(1));
        List<String> authors = DocxWriterTest.texts(doc, "Authors");
        assertEquals(List.of(join(m.meta().authors(), "ru"), join(m.meta().authors(), "en")), authors);
        assertTrue(authors.get(0).contains("М.М.\u00A0Антошин") && authors.get(1).contains("M.M.\u00A0Antoshin"), authors.toString());
        List<String> abstracts = DocxWriterTest.texts(doc, "Abstract");
        assertTrue(abstracts.get(0).startsWith("Нейробластома (НБ)"), abstracts.get(0));
        assertTrue(abstracts.stream().anyMatch(a -> a.startsWith("Neuroblastoma (NB)")), abstracts.toString());
        List<String> keywords = DocxWriterTest.texts(doc, "Keywords");
        assertEquals("Ключевые слова: " + String.join(", ", m.meta().keywords("ru")), keywords.get(0));
        assertEquals("Key words: " + String.join(", ", m.meta().keywords("en")), keywords.get(1));
        assertTrue(keywords.get(0).contains("венетоклакс"));
    }

    static String join(List<Author> authors, String lang) {
        // as printed: initials and surname tied by a no-break space (template/Ties)
        return String.join(", ", authors.stream().map(a -> a.displayName(lang).replace(' ', '\u00A0')).toList());
    }

    @Test
    void headingsAndCitationsInTheText() {
        Manuscript m = m();
        assertEquals(List.of("Актуальность", "Описание клинического случая", "Обсуждение", "Заключение"),
                DocxWriterTest.texts(doc, "Heading1"));
        List<String> marks = new ArrayList<>();
        Walk.inlines(m, i -> {
            if (i instanceof Inline.Cite c) marks.add(c.rendered());
        });
        assertTrue(marks.size() >= 10, marks.toString());
        StringBuilder body = new StringBuilder();
        for (XWPFParagraph p : doc.getParagraphs()) {
            if ("Normal".equals(p.getStyle())) body.append(p.getText()).append('\n');
        }
        int from = 0;
        for (String mark : marks) { // every citation mark, in order
            int at = body.indexOf(mark, from);
            assertTrue(at >= 0, "citation " + mark + " not found after position " + from);
            from = at + mark.length();
        }
        assertTrue(body.indexOf("[1]") >= 0);
    }

    @Test
    void referencesInOrderUnderTheHeading() {
        Manuscript m = m();
        List<FormattedReference> bib = m.bibliography();
        assertEquals(14, bib.size());
        List<XWPFParagraph> all = doc.getParagraphs();
        XWPFParagraph heading = DocxWriterTest.paragraphs(doc, "BibliographyHeading").get(0);
        assertEquals("Литература / References", heading.getText());
        int h = all.indexOf(heading);
        for (int i = 0; i < bib.size(); i++) {
            XWPFParagraph p = all.get(h + 1 + i);
            assertEquals("Bibliography", p.getStyle());
            assertEquals((i + 1) + ".\t" + bib.get(i).text().strip(), p.getText());
        }
        assertTrue(all.get(h + 1).getText().contains("Berthold"), all.get(h + 1).getText());
    }

    @Test
    void figureCaptionsAndDates() {
        Manuscript m = m();
        List<String> captions = DocxWriterTest.texts(doc, "Caption");
        assertEquals(2 * m.figures().size(), captions.size());
        assertTrue(captions.get(0).startsWith("Рис. 1. "), captions.get(0));
        assertTrue(captions.get(1).startsWith("Fig. 1. "), captions.get(1));
        assertEquals(List.of("Статья поступила в редакцию: 07.03.2025. Принята в печать: 20.06.2025.",
                "Article was received by the editorial staff: 07.03.2025. Accepted for publication: 20.06.2025."),
                DocxWriterTest.texts(doc, "Dates"));
    }

    @Test
    void figuresAtLeast300DpiOnceDrawn() {
        Manuscript m = m();
        List<XWPFPicture> pictures = new ArrayList<>();
        for (XWPFParagraph p : DocxWriterTest.paragraphs(doc, "Figure")) {
            for (XWPFRun r : p.getRuns()) pictures.addAll(r.getEmbeddedPictures());
        }
        boolean drawn = true;
        try {
            Figure first = m.figures().get(0);
            org.casereport.figure.FigureArt.png(first, 100, 72, "ru", loaded.journal().fontsDir());
        } catch (UnsupportedOperationException e) {
            drawn = false;
        }
        assumeTrue(drawn, "FigureArt is not written yet");
        assertEquals(m.figures().size(), pictures.size());
        for (XWPFPicture pic : pictures) {
            assertTrue(DocxFigureTest.dpi(pic) >= 299.5, "dpi " + DocxFigureTest.dpi(pic));
        }
    }

    @Test
    void languagesStylesAndCoreProperties() {
        m();
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                assertTrue("ru-RU".equals(r.getLang()) || "en-US".equals(r.getLang()), "w:lang on '" + r.text() + "'");
            }
        }
        for (XWPFParagraph p : DocxWriterTest.paragraphs(doc, "Normal")) {
            p.getRuns().forEach(r -> assertEquals("ru-RU", r.getLang()));
        }
        var core = doc.getProperties().getCoreProperties();
        assertTrue(core.getTitle().startsWith("Персонализированная"), core.getTitle());
        assertTrue(core.getCreator().contains("Антошин"), core.getCreator());
        assertEquals(DocxFixtures.TIMESTAMP, core.getCreated().toInstant());
    }

    @Test
    void sameCaseSameBytes() throws IOException {
        m();
        assertArrayEquals(docx, write());
    }
}
