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
import org.casereport.model.Journal;
import org.casereport.write.Writers;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The authors' own Latin spelling "Oloviannyĭ V.E." (Library of Congress "ĭ", U+012D) of Revishvili et al., Хирургия.
 * Журнал им. Н.И. Пирогова 2019;(3):88–97 (src/test/resources/references/types/published-types.json) printed
 * "Olovianny#" in PT Serif and PT Sans with no word; the shipped Noto Serif and Noto Sans print it. A letter no shipped
 * font has (Georgian, of a Georgian author's name) is said, at its reference record, and so is a letter only a face
 * the style sheet does not name has; in both PDF engines (openhtmltopdf: "html", Apache FOP: "fo").
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

    /** The journal with {@code pdf.engine} set. */
    private static Journal engine(Journal j, String engine) {
        Map<String, Object> settings = new java.util.LinkedHashMap<>(j.settings());
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = settings.get("pdf") instanceof Map<?, ?> m
                ? new java.util.LinkedHashMap<>((Map<String, Object>) m) : new java.util.LinkedHashMap<>();
        pdf.put("engine", engine);
        settings.put("pdf", pdf);
        return new Journal(j.name(), j.dirs(), j.fontsDir(), settings);
    }

    private static byte[] render(Manuscript m, RenderContext context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writers.get("pdf").write(m, context, out);
        return out.toByteArray();
    }

    private static String text(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "fo"})
    void theTransliterationBrevePrintsFromTheFallbackFontAndReadsBack(String engine) throws Exception {
        RenderContext context = Fixtures.context(engine(Fixtures.journal("default", null), engine));
        byte[] pdf = render(withEntry(REVISHVILI), context);
        assertEquals(List.of(), missing(context));
        assertTrue(context.warnings().stream().noneMatch(d -> d.message().contains("Glyph")), context.warnings().toString());
        String text = text(pdf);
        assertTrue(text.contains("Oloviannyĭ"), text);
        assertFalse(text.contains("Olovianny#"), text);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            List<String> fonts = new ArrayList<>();
            for (var page : doc.getPages()) {
                for (var name : page.getResources().getFontNames()) fonts.add(page.getResources().getFont(name).getName());
            }
            assertTrue(fonts.stream().anyMatch(f -> f.endsWith("+NotoSans-Regular") || f.endsWith("+NotoSerif-Regular")), fonts.toString());
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "fo"})
    void aLetterNoFontHasIsAWarningAtItsRecord(String engine) throws Exception {
        String entry = "Kiknadze G., Tsiklauri R. ქართული კლინიკური შემთხვევა. Georgian Med News. 2020;(4):12–15.";
        RenderContext context = Fixtures.context(engine(Fixtures.journal("default", null), engine));
        byte[] pdf = render(withEntry(entry), context);
        List<Diagnostic> missing = missing(context);
        assertEquals(1, missing.size(), context.warnings().toString());
        Diagnostic d = missing.get(0);
        assertEquals(RECORD, d.pos());
        assertTrue(d.message().contains("'ა' (U+10D0)") && d.message().contains("in reference 3 (\"ქართული\")"), d.message());
        // what the warning says of the PDF is so: its text layer has "#" where the letters were
        assertTrue(text(pdf).contains("#######"), text(pdf));
        assertTrue(context.warnings().stream().noneMatch(w -> w.message().contains("Glyph")), context.warnings().toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "fo"})
    void aLetterOnlyAFaceTheStyleSheetDoesNotNameHasIsAWarning(String engine, @TempDir Path caseTemplate) throws Exception {
        // a journal's own style sheet and FO templates that name only the PT families: the Noto faces are never asked
        for (String f : List.of("article.css", "article.fo.ftlh", "inline.fo.ftlh")) {
            String t = Files.readString(Fixtures.TEMPLATES.resolve("default").resolve(f))
                    .replace(", \"Noto Sans\"", "").replace(", \"Noto Serif\"", "")
                    .replace(", Noto Sans\"", "\"").replace(", Noto Serif\"", "\"");
            assertFalse(t.contains("\"Noto") || t.contains("\"PT Sans, Noto") || t.contains("\"PT Serif, Noto"), f);
            Files.writeString(caseTemplate.resolve(f), t);
        }
        RenderContext context = Fixtures.context(engine(Fixtures.journal("default", caseTemplate), engine));
        byte[] pdf = render(withEntry(REVISHVILI), context);
        List<Diagnostic> missing = missing(context);
        assertEquals(1, missing.size(), context.warnings().toString());
        assertTrue(missing.get(0).message().contains("'ĭ' (U+012D) in reference 3 (\"Oloviannyĭ\")"), missing.get(0).message());
        assertTrue(text(pdf).contains("Olovianny#"), text(pdf));
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "fo"})
    void theFixtureWithEveryLetterInTheFontsIsSilent(String engine) throws Exception {
        RenderContext context = Fixtures.context(engine(Fixtures.journal("default", null), engine));
        render(Fixtures.manuscript(), context);
        assertEquals(List.of(), missing(context));
    }
}
