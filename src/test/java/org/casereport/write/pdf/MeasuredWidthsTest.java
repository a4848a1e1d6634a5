package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.openhtmltopdf.bidi.SimpleBidiReorderer;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.layout.SharedContext;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.casereport.model.Journal;
import org.junit.jupiter.api.Test;

/**
 * The widths kept from one layout to the next are openhtmltopdf's own: every piece of the example case's text (its
 * words, and each word's first part with a hyphen as the line breaker measures it) measured in every font of the
 * default journal at a body and a small size, once before it is kept and once after, gives the width openhtmltopdf's
 * measuring gives; a text with a character the fonts lack (measured font by font) too.
 */
class MeasuredWidthsTest {
    /** The words of the example case (its case.md, Russian and English) and their first halves with a hyphen. */
    private static List<String> pieces() throws Exception {
        String text = Files.readString(Path.of("cases/venetoclax-aml-after-neuroblastoma/case.md"));
        Set<String> out = new LinkedHashSet<>();
        for (String w : text.split("\\s+")) {
            if (w.isEmpty()) continue;
            out.add(w);
            out.add(w + " ");
            if (w.length() > 3) out.add(w.substring(0, w.length() / 2) + "-");
        }
        return new ArrayList<>(out);
    }

    @Test
    void keptWidthsAreTheWidthsOpenhtmltopdfMeasures() throws Exception {
        Journal journal = Fixtures.journal("default", null);
        List<String> pieces = pieces();
        assertTrue(pieces.size() > 1000, "the example's words: " + pieces.size());
        List<FontSet.Face> faces = FontSet.faces(journal.fontsDir());
        assertFalse(faces.isEmpty(), "the default journal's fonts");
        SharedContext shared = new SharedContext();   // a text measured font by font asks it for the replacement
        shared.registerWithThread();
        try (PDDocument doc = new PDDocument(); FontSet.Lease lease = new FontSet.Lease(null)) {
            PdfBoxTextRenderer plain = new PdfBoxTextRenderer();
            plain.setup(null, new SimpleBidiReorderer());
            MeasuredWidths kept = new MeasuredWidths(lease);
            kept.setup(null, new SimpleBidiReorderer());
            long found = MeasuredWidths.FOUND.get();
            int compared = 0;
            for (FontSet.Face face : faces) {
                PDFont font = lease.embed(face.key(), doc);
                assertEquals(face.key(), lease.fileOf(font));
                for (float size : new float[] {9.5f, 7f}) {
                    PdfBoxFSFont fs = new PdfBoxFSFont(List.of(new FontDescription(font, IdentValue.NORMAL, 400)), size);
                    for (String piece : pieces) {
                        int expected = plain.getWidth(null, fs, piece);
                        assertEquals(expected, kept.getWidth(null, fs, piece), face.label() + " " + size + ": " + piece);
                        assertEquals(expected, kept.getWidth(null, fs, piece), "kept: " + face.label() + " " + size + ": " + piece);
                        compared++;
                    }
                    // a CJK character none of the journal's fonts has: measured font by font, never kept
                    String lacking = "Сунь 孫";
                    int expected = plain.getWidth(null, fs, lacking);
                    assertTrue(expected > 0, "some width: " + expected);
                    assertEquals(expected, kept.getWidth(null, fs, lacking), face.label());
                }
            }
            assertTrue(MeasuredWidths.FOUND.get() - found >= compared, "the second measure of each piece is a kept width");
        } finally {
            shared.removeFromThread();
        }
    }
}
