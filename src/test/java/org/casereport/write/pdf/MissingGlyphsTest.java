package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
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

/**
 * A character no font of the journal has is said, at its reference record: the authors' own Latin spelling
 * "Oloviannyĭ V.E." (Library of Congress "ĭ", U+012D) of Revishvili et al., Хирургия. Журнал им. Н.И. Пирогова
 * 2019;(3):88–97 (src/test/resources/references/types/published-types.json) printed "Olovianny#" in PT Serif and
 * PT Sans with no word.
 */
class MissingGlyphsTest {
    @Test
    void aLetterTheFontsLackIsAWarningAtItsRecord() throws Exception {
        Manuscript plain = Fixtures.manuscript();
        List<FormattedReference> bib = new ArrayList<>(plain.bibliography());
        String entry = "Revishvili A.Sh., Fedorov A.V., Sazhin V.P., Oloviannyĭ V.E. Emergency surgery in Russian Federation. "
                + "Pirogov Russian Journal of Surgery. 2019;(3):88–97. (In Russ.)";
        bib.add(new FormattedReference(3, "revishvili2019", entry, entry, entry));
        SourcePos record = new SourcePos("references.json", 12, 3);
        Manuscript m = new Manuscript(plain.id(), plain.caseDir(), plain.meta(), plain.body(), plain.footnotes(),
                List.of(new Reference("revishvili2019", Map.of("id", "revishvili2019"), record)), plain.figures(), bib);
        RenderContext context = Fixtures.context(Fixtures.journal("default", null));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(m, context, out);

        List<Diagnostic> missing = context.warnings().stream().filter(d -> d.rule().equals("pdf-glyph-missing")).toList();
        assertEquals(1, missing.size(), context.warnings().toString());
        Diagnostic d = missing.get(0);
        assertEquals(record, d.pos());
        assertTrue(d.message().contains("'ĭ' (U+012D) in reference 3 (\"Oloviannyĭ\")"), d.message());
        // what the warning says of the PDF is so: its text layer has "#" where the letter was
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Olovianny#"), text);
        }
    }

    @Test
    void theFixtureWithEveryLetterInTheFontsIsSilent() throws Exception {
        RenderContext context = Fixtures.context(Fixtures.journal("default", null));
        new PdfWriter().write(Fixtures.manuscript(), context, new ByteArrayOutputStream());
        assertTrue(context.warnings().stream().noneMatch(d -> d.rule().equals("pdf-glyph-missing")), context.warnings().toString());
    }
}
