package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.SourcePos;
import org.casereport.model.FormattedReference;
import org.casereport.model.Manuscript;
import org.casereport.model.Reference;
import org.casereport.write.RenderContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The authors' own Latin spelling "Oloviannyĭ V.E." (Library of Congress "ĭ", U+012D) of Revishvili et al., Хирургия.
 * Журнал им. Н.И. Пирогова 2019;(3):88–97 (src/test/resources/references/types/published-types.json) printed
 * "Olovianny#" in PT Serif and PT Sans with no word; the shipped Noto Serif and Noto Sans print it. A letter no shipped
 * font has (Georgian, of a Georgian author's name) is said, at its reference record, and so is a letter only a face
 * the style sheet does not name has.
 */
class MissingGlyphsTest {
    private static final SourcePos RECORD = new SourcePos("references.json", 12, 3);

    private static Manuscript withEntry(String entry) {
        Manuscript plain = Fixtures.manuscript();
        List<FormattedReference> bib = new ArrayList<>(plain.bibliography());
        bib.add(new FormattedReference(3, "revishvili2019", entry, entry, entry));
        return new Manuscript(plain.id(), plain.caseDir(), plain.meta(), plain.body(), plain.footnotes(),
                List.of(new Reference("revishvili2019", Map.of("id", "revishvili2019"), RECORD)), plain.figures(), bib);
    }

    private static final String REVISHVILI = "Revishvili A.Sh., Fedorov A.V., Sazhin V.P., Oloviannyĭ V.E. Emergency surgery "
            + "in Russian Federation. Pirogov Russian Journal of Surgery. 2019;(3):88–97. (In Russ.)";

    private static List<Diagnostic> missing(RenderContext context) {
        return context.warnings().stream().filter(d -> d.rule().equals("pdf-glyph-missing")).toList();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    void theTransliterationBrevePrintsFromTheFallbackFontAndReadsBack() throws Exception {
        RenderContext context = Fixtures.context(Fixtures.journal("default", null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(withEntry(REVISHVILI), context, out);
        assertEquals(List.of(), missing(context));
        String text = text(out.toByteArray());
        assertTrue(text.contains("Oloviannyĭ"), text);
        assertFalse(text.contains("Olovianny#"), text);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            List<String> fonts = new ArrayList<>();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) fonts.add(page.getResources().getFont(name).getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+NotoSans-Regular") || f.endsWith("+NotoSerif-Regular")), fonts.toString());
        }
    }

    @Test
    void aLetterNoFontHasIsAWarningAtItsRecord() throws Exception {
        String entry = "Kiknadze G., Tsiklauri R. ქართული კლინიკური შემთხვევა. Georgian Med News. 2020;(4):12–15.";
        RenderContext context = Fixtures.context(Fixtures.journal("default", null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(withEntry(entry), context, out);
        List<Diagnostic> missing = missing(context);
        assertEquals(1, missing.size(), context.warnings().toString());
        Diagnostic d = missing.get(0);
        assertEquals(RECORD, d.pos());
        assertTrue(d.message().contains("'ა' (U+10D0)") && d.message().contains("in reference 3 (\"ქართული\")"), d.message());
        // what the warning says of the PDF is so: its text layer has "#" where the letters were
        assertTrue(text(out.toByteArray()).contains("#######"), text(out.toByteArray()));
    }

    @Test
    void aLetterOnlyAFaceTheStyleSheetDoesNotNameHasIsAWarning(@TempDir Path caseTemplate) throws Exception {
        // a journal's own style sheet that names only the PT families: the Noto faces of the fonts folder are never asked
        String css = Files.readString(Fixtures.TEMPLATES.resolve("default/article.css"))
                .replace(", \"Noto Sans\"", "").replace(", \"Noto Serif\"", "");
        assertFalse(css.contains("\"Noto"));
        Files.writeString(caseTemplate.resolve("article.css"), css);
        RenderContext context = Fixtures.context(Fixtures.journal("default", caseTemplate));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(withEntry(REVISHVILI), context, out);
        List<Diagnostic> missing = missing(context);
        assertEquals(1, missing.size(), context.warnings().toString());
        assertTrue(missing.get(0).message().contains("'ĭ' (U+012D) in reference 3 (\"Oloviannyĭ\")"), missing.get(0).message());
        assertTrue(text(out.toByteArray()).contains("Olovianny#"));
    }

    @Test
    void theFixtureWithEveryLetterInTheFontsIsSilent() throws Exception {
        RenderContext context = Fixtures.context(Fixtures.journal("default", null));
        new PdfWriter().write(Fixtures.manuscript(), context, new ByteArrayOutputStream());
        assertEquals(List.of(), missing(context));
    }
}
