package org.casereport.write;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/** PDFBox's text of a written PDF together with every glyph it set, for tests that look at positions and fonts. */
public final class PdfGlyphs {
    private PdfGlyphs() {
    }

    /**
     * The text of pages 1 to {@code endPage} (all pages when 0) as {@link PDFTextStripper} gives it; each glyph's
     * position is added to {@code glyphs} in the order the stripper meets it.
     */
    public static String text(PDDocument d, int endPage, List<TextPosition> glyphs) throws IOException {
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                glyphs.add(text);
                super.processTextPosition(text);
            }
        };
        if (endPage > 0) s.setEndPage(endPage);
        return s.getText(d);
    }
}
