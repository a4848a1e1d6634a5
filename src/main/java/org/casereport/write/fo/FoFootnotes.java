package org.casereport.write.fo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.casereport.hyphen.Hyphenation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Notes under the column their mark is in. FOP keeps room for a note at the foot of the column that marks it, but
 * prints every note at the foot of the page from its start edge: a note one column wide lands under the first
 * column. When the typeset page shows a note's text over the other column's text (its mark was in that column),
 * the note is moved under it ({@code start-indent}) and the page typeset again; a note still over text is
 * reported.
 */
final class FoFootnotes {
    private FoFootnotes() {
    }

    /** The notes' blocks in the FO ({@code id="note-N"}), by number. */
    static Map<String, Element> notes(Document dom) {
        Map<String, Element> out = new LinkedHashMap<>();
        var all = dom.getElementsByTagNameNS(FoHyphens.FO_NS, "block");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            if (e.getAttribute("id").startsWith("note-")) out.put(e.getAttribute("id").substring(5), e);
        }
        return out;
    }

    /** Moves a note's block under the column {@code offsetPt} from the start edge. */
    static void move(Element note, String offsetPt) {
        note.setAttribute("start-indent", offsetPt);
        note.setAttribute("end-indent", "0pt");
    }

    /** The notes printed over text on their page: page number (1-based) → the notes' numbers. */
    static Map<Integer, List<String>> overText(byte[] pdf, Map<String, Element> notes) throws IOException {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        if (notes.isEmpty()) return out;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Page page = new Page();
                page.setStartPage(p);
                page.setEndPage(p);
                String text = squash(page.getText(doc));
                if (!page.overlaps()) continue;
                List<String> here = new ArrayList<>();
                notes.forEach((n, e) -> {
                    if (text.contains(opening(e))) here.add(n);
                });
                if (!here.isEmpty()) out.put(p, here);
            }
        }
        return out;
    }

    /** The first words of a note's text, as the page's text has them. */
    private static String opening(Element note) {
        String t = squash(note.getTextContent().replace(String.valueOf(Hyphenation.SHY), ""));
        String[] words = t.split(" ");
        return String.join(" ", java.util.Arrays.copyOf(words, Math.min(words.length, 3)));
    }

    private static String squash(String s) {
        return s.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    /** A page's glyphs, and whether any two of them on different baselines cover each other. */
    private static final class Page extends PDFTextStripper {
        private final List<TextPosition> glyphs = new ArrayList<>();

        Page() throws IOException {
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition t : positions) if (!t.getUnicode().isBlank()) glyphs.add(t);
            super.writeString(text, positions);
        }

        /** The text near a glyph of the page. */
        String around(TextPosition t) {
            int i = glyphs.indexOf(t);
            StringBuilder b = new StringBuilder();
            for (int j = Math.max(0, i - 20); j <= i; j++) b.append(glyphs.get(j).getUnicode());
            return b.toString();
        }

        boolean overlaps() {
            List<TextPosition> g = new ArrayList<>(glyphs);
            g.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
            for (int i = 0; i < g.size(); i++) {
                TextPosition a = g.get(i);
                for (int j = i + 1; j < g.size(); j++) {
                    TextPosition b = g.get(j);
                    if (b.getYDirAdj() - a.getYDirAdj() > a.getHeightDir() + 12) break;
                    if (Math.abs(b.getYDirAdj() - a.getYDirAdj()) < 1) continue; // one line
                    if (covers(a, b)) return true;
                }
            }
            return false;
        }

        private static boolean covers(TextPosition a, TextPosition b) {
            double ax0 = a.getXDirAdj(), ax1 = ax0 + a.getWidthDirAdj();
            double bx0 = b.getXDirAdj(), bx1 = bx0 + b.getWidthDirAdj();
            double ay1 = a.getYDirAdj(), ay0 = ay1 - a.getHeightDir();
            double by1 = b.getYDirAdj(), by0 = by1 - b.getHeightDir();
            double w = Math.min(ax1, bx1) - Math.max(ax0, bx0);
            double h = Math.min(ay1, by1) - Math.max(ay0, by0);
            if (w <= 0 || h <= 0) return false;
            double smaller = Math.min(a.getWidthDirAdj() * a.getHeightDir(), b.getWidthDirAdj() * b.getHeightDir());
            return w * h > 0.3 * smaller;
        }
    }

    /**
     * Lines that run past the right edge of their column (FOP sets a line it cannot break wider than the column, and
     * says so only past 50 points): "page N: text…", at most one a page. {@code left} is the left margin, then the
     * column width and the gap, in points.
     */
    static List<String> overflows(byte[] pdf, double left, double column, double gap, int columns) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Page page = new Page();
                page.setStartPage(p);
                page.setEndPage(p);
                page.getText(doc);
                for (TextPosition t : page.glyphs) {
                    double x0 = t.getXDirAdj(), x1 = x0 + t.getWidthDirAdj();
                    int col = (int) Math.max(0, Math.min(columns - 1, Math.floor((x0 - left) / (column + gap))));
                    double edge = left + col * (column + gap) + column;
                    double pageEdge = left + columns * column + (columns - 1) * gap;
                    // a glyph that crosses its column's edge into the gap, or the text's right edge
                    if (x1 > edge + 1.5 && (x1 > pageEdge + 1.5 || x0 < edge + gap - 1.5)) {
                        out.add("page " + p + ": a line runs " + Math.round(x1 - edge) + " pt past its column's edge, at '"
                                + page.around(t) + "'");
                        break;
                    }
                }
            }
        }
        return out;
    }
}
