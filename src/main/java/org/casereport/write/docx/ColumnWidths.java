package org.casereport.write.docx;

import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.font.FontRenderContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Column widths by content, as a browser lays out an automatic table: every column at least as wide as its
 * longest word (so no word breaks inside itself), the rest of the text width shared by how much text each column
 * holds. Words are measured in PT Serif from the journal's fonts folder at the table styles' size: PT Serif is wider
 * than Times New Roman, so a word that fits in PT Serif fits in the font Word or LibreOffice sets.
 */
final class ColumnWidths {
    /** A measure a little wider than the word, for a font wider than the one measured and for rounding. */
    private static final double SLACK = 1.06;
    private static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Map<Path, Font[]> FONTS = new ConcurrentHashMap<>();
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    private final Font regular;
    private final Font bold;
    private final double padTwips;

    ColumnWidths(XWPFDocument doc, Path fontsDir) {
        Font[] f = fonts(fontsDir);
        this.regular = f[0] == null ? null : f[0].deriveFont((float) sizePt(doc, Styles.TABLE_TEXT));
        this.bold = f[1] == null ? null : f[1].deriveFont((float) sizePt(doc, Styles.TABLE_HEADING));
        this.padTwips = cellPadding(doc);
    }

    /**
     * Widths in twips summing to {@code totalTwips}, one per column, for the cells' plain text
     * ({@code rows.get(r).get(c)}; rows shorter than others have empty cells).
     */
    long[] widths(List<List<String>> rows, int headerRows, int cols, long totalTwips) {
        double[] min = measure(rows, headerRows, cols, true);
        double[] max = measure(rows, headerRows, cols, false);
        double sumMin = 0;
        double sumMax = 0;
        for (int c = 0; c < cols; c++) {
            sumMin += min[c];
            sumMax += max[c];
        }
        double[] w = new double[cols];
        for (int c = 0; c < cols; c++) {
            if (sumMax <= totalTwips) { // everything fits on one line: share out the rest by content
                w[c] = sumMax > 0 ? max[c] * totalTwips / sumMax : (double) totalTwips / cols;
            } else if (sumMin <= totalTwips) { // the longest words fit: the rest goes where there is more text
                double spare = totalTwips - sumMin;
                w[c] = min[c] + (sumMax - sumMin > 0 ? spare * (max[c] - min[c]) / (sumMax - sumMin) : spare / cols);
            } else { // some word is wider than any share of the text: as close as the width allows
                w[c] = min[c] * totalTwips / sumMin;
            }
        }
        long[] out = new long[cols];
        long sum = 0;
        for (int c = 0; c < cols; c++) {
            out[c] = Math.round(w[c]);
            sum += out[c];
        }
        out[cols - 1] += totalTwips - sum;
        return out;
    }

    /**
     * For each column, whether its longest word fits the width it was given ({@code colTwips}, the measured widths
     * or the case's own): where it does not, the word must break, and hyphenation is the way it breaks.
     */
    boolean[] wordsFit(List<List<String>> rows, int headerRows, long[] colTwips) {
        double[] min = measure(rows, headerRows, colTwips.length, true);
        boolean[] out = new boolean[colTwips.length];
        for (int c = 0; c < out.length; c++) out[c] = min[c] <= colTwips[c];
        return out;
    }

    /** Per column, in twips with the cell margins: its longest word ({@code words}) or its longest cell text. */
    private double[] measure(List<List<String>> rows, int headerRows, int cols, boolean words) {
        double[] out = new double[cols];
        for (int r = 0; r < rows.size(); r++) {
            Font font = r < headerRows ? bold : regular;
            List<String> row = rows.get(r);
            for (int c = 0; c < cols; c++) {
                String text = c < row.size() ? row.get(c).strip() : "";
                double w = 0;
                if (words) {
                    for (String word : text.split("\\s+")) w = Math.max(w, twips(font, word));
                } else {
                    w = twips(font, text);
                }
                out[c] = Math.max(out[c], w * SLACK + padTwips);
            }
        }
        return out;
    }

    private static double twips(Font font, String s) {
        if (s.isEmpty()) return 0;
        if (font == null) return s.codePointCount(0, s.length()) * 0.6 * 10 * 20; // no font: 0.6 em of 10 pt
        return font.getStringBounds(s, FRC).getWidth() * 20;
    }

    private static Font[] fonts(Path dir) {
        if (dir == null) return new Font[2];
        return FONTS.computeIfAbsent(dir.toAbsolutePath().normalize(),
                d -> new Font[] {load(d.resolve("PTSerif-Regular.ttf")), load(d.resolve("PTSerif-Bold.ttf"))});
    }

    private static Font load(Path file) {
        if (!Files.isRegularFile(file)) return null;
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (IOException | FontFormatException e) {
            return null;
        }
    }

    /** The font size in points a paragraph style sets, through its basedOn chain, else the document default. */
    static double sizePt(XWPFDocument doc, String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && depth < 16; depth++) {
            XWPFStyle s = doc.getStyles() == null ? null : doc.getStyles().getStyle(id);
            if (s == null) break;
            CTStyle ct = s.getCTStyle();
            if (ct.isSetRPr() && ct.getRPr().sizeOfSzArray() > 0) return halfPoints(ct.getRPr()) / 2;
            id = ct.isSetBasedOn() ? ct.getBasedOn().getVal() : null;
        }
        var styles = doc.getStyles() == null ? null : doc.getStyles().getCtStyles();
        if (styles != null && styles.isSetDocDefaults() && styles.getDocDefaults().isSetRPrDefault()
                && styles.getDocDefaults().getRPrDefault().isSetRPr()) {
            CTRPr r = styles.getDocDefaults().getRPrDefault().getRPr();
            if (r.sizeOfSzArray() > 0) return halfPoints(r) / 2;
        }
        return 10;
    }

    private static double halfPoints(CTRPr rpr) {
        Object v = rpr.getSzArray(0).getVal();
        try {
            return Double.parseDouble(v.toString());
        } catch (NumberFormatException e) {
            return 20;
        }
    }

    /**
     * Left plus right cell margin of the table style, in twips (Word's default 108 + 108 where it sets none). Read
     * from the style's XML: the table-style properties are not among the schema types POI's lite jar carries.
     */
    private static double cellPadding(XWPFDocument doc) {
        XWPFStyle s = doc.getStyles() == null ? null : doc.getStyles().getStyle(Styles.TABLE);
        double left = 108;
        double right = 108;
        if (s != null) {
            Element mar = child(child((Element) s.getCTStyle().getDomNode(), "tblPr"), "tblCellMar");
            left = width(child(mar, "left"), width(child(mar, "start"), left));
            right = width(child(mar, "right"), width(child(mar, "end"), right));
        }
        return left + right;
    }

    private static Element child(Element parent, String localName) {
        if (parent == null) return null;
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && W_NS.equals(e.getNamespaceURI()) && localName.equals(e.getLocalName())) return e;
        }
        return null;
    }

    private static double width(Element side, double fallback) {
        if (side == null) return fallback;
        String w = side.getAttributeNS(W_NS, "w");
        return w.isEmpty() ? fallback : PageSetup.twips(w, fallback);
    }
}
