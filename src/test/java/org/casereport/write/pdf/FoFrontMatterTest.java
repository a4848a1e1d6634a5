package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.RenderContext;
import org.casereport.write.Writers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FO engine prints the front matter's inline Markdown as the openhtmltopdf engine does (an italic gene name in
 * the title, no Markdown marks on the page) and a statement without a label without a lone full stop before it.
 */
class FoFrontMatterTest {
    @TempDir
    Path dir;

    @Test
    void richTitleAndUnlabelledStatement() throws Exception {
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, "fo-front", s -> {
            String t = s.replaceFirst("(?m)^  ru: \"Персонализированная.*$",
                    "  ru: \"Перестройка *KMT2A* при вторичном остром миелобластном лейкозе после нейробластомы\"");
            if (t.equals(s) || !t.contains("accepted: 2025-06-20\n")) throw new IllegalArgumentException("example changed");
            return t.replace("accepted: 2025-06-20\n", """
                    accepted: 2025-06-20
                    statements:
                      patient_view:
                        ru: Родители пациента довольны результатом лечения.
                        en: The patient's parents are satisfied with the result.
                    """);
        });
        Pipeline.Loaded l = Pipeline.load(c, Path.of("templates"));
        RenderContext ctx = new RenderContext(FoCases.fo(l.journal()), Pipeline.timestamp(l.manuscript()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writers.get("pdf").write(l.manuscript(), ctx, out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            List<TextPosition> glyphs = new ArrayList<>();
            String text = org.casereport.write.PdfGlyphs.text(d, 0, glyphs).replace('\u00A0', ' ').replace("\u00AD", "");
            assertFalse(text.contains("*KMT2A*"), "Markdown marks on the page");
            StringBuilder all = new StringBuilder();
            for (TextPosition t : glyphs) all.append(t.getUnicode().length() == 1 ? t.getUnicode() : "?");
            int at = -1; // the title's occurrence: the largest (the running head prints the title plain)
            for (int i = all.indexOf("KMT2A"); i >= 0; i = all.indexOf("KMT2A", i + 1)) {
                if (at < 0 || glyphs.get(i).getFontSizeInPt() > glyphs.get(at).getFontSizeInPt()) at = i;
            }
            assertTrue(at >= 0, "no KMT2A in the PDF");
            for (int i = at; i < at + 5; i++) {
                String font = glyphs.get(i).getFont().getName();
                assertTrue(font.contains("Italic"), "gene name in the title set in " + font);
            }
            String flat = text.replaceAll("\\s+", " ");
            assertTrue(flat.contains("Родители пациента довольны"), "the statement is printed");
            assertFalse(flat.matches("(?s).*(^|[^\\p{L}\\d)]) ?\\. Родители пациента.*"), "a lone full stop before the unlabelled statement");
        }
    }

    /** The FO engine prints the authors' degrees as the openhtmltopdf engine does (FrontMatterOutputTest). */
    @Test
    void degreesInTheInformationAboutTheAuthors() throws Exception {
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, "fo-degrees", CaseVariant.DEGREES);
        Pipeline.Loaded l = Pipeline.load(c, Path.of("templates"));
        RenderContext ctx = new RenderContext(FoCases.fo(l.journal()), Pipeline.timestamp(l.manuscript()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writers.get("pdf").write(l.manuscript(), ctx, out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper s = new PDFTextStripper();
            s.setEndPage(1);
            String text = s.getText(d).replace('\u00A0', ' ').replace("\u00AD", "").replaceAll("\\s+", " ");
            assertTrue(text.contains("Сведения об авторах: Антошин Максим Михайлович — канд. мед. наук, врач-гематолог;"
                    + " Карташова В.В. — доктор медицинских наук, профессор"), text);
            assertTrue(text.contains("Information about the authors: Maksim M. Antoshin — Cand. Sci. (Med.), hematologist;"
                    + " Kartashova V.V. — Dr. Sci. (Med.), Professor"), text);
        }
    }
}
