package org.casereport.write.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereport.write.pdf.PageGlyphs.Glyph;

/**
 * Columns that end early: on every page but the last, how far above the foot of the text area each of the two
 * columns' lowest printed glyph stands, in body lines (11.7 pt). A figure kept together that does not fit the rest of
 * a column moves on and leaves such a gap; see docs/typesetting.md. Read back from the PDF with PDFBox.
 */
final class ColumnGaps {
    /** The pitch of a body line (9 pt × 1.3). */
    static final double LINE = 11.7;

    /** One column's empty foot: page (from 1), column (1 or 2), lines of it empty. */
    record Gap(int page, int column, double lines) {
        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT, "p%d c%d %.1f lines", page, column, lines);
        }
    }

    private ColumnGaps() {
    }

    /** Every column foot emptier than {@code minLines}, given the text area's bottom margin in points. */
    static List<Gap> of(byte[] pdf, double bottomMargin, double minLines) throws IOException {
        List<Gap> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 0; p < doc.getNumberOfPages() - 1; p++) {
                float width = doc.getPage(p).getMediaBox().getWidth();
                float height = doc.getPage(p).getMediaBox().getHeight();
                double foot = height - bottomMargin;
                double[] lowest = new double[2];
                for (Glyph g : PageGlyphs.of(doc, p)) {
                    if (g.space() || g.y() > foot + 2) continue; // the page number below the text area
                    int col = g.x() + g.width() / 2 < width / 2 ? 0 : 1;
                    lowest[col] = Math.max(lowest[col], g.y());
                }
                for (int c = 0; c < 2; c++) {
                    double lines = (foot - lowest[c]) / LINE;
                    if (lines > minLines) out.add(new Gap(p + 1, c + 1, lines));
                }
            }
        }
        return out;
    }
}
