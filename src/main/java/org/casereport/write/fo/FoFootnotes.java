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
 *
 * <p>FOP 2.10 also keeps no room for a note marked in the columns above a page-wide block ({@code span="all"}) in
 * the columns below that block on the same page: the space left below a span is the region less the spans above it
 * ({@code BodyRegion.getRemainingBPD}), not less the notes already placed, so the text below runs over the note
 * ({@code src/test/resources/engine/note-above-page-wide-block.fo}). Such a note is anchored below the block instead
 * ({@link #reanchor}): its mark stays where it is, and the note, with an empty anchor, opens the first paragraph
 * after the block, whose column then keeps the room.
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

    /**
     * A note anchored below the page-wide block after its mark ({@link #pageWideAfter}), on the same page: its mark
     * (the footnote's inline) stays in the text, the footnote with an empty inline goes first into the first
     * paragraph after the block. The undo puts it back; null when there is no such block or paragraph.
     */
    static Runnable reanchor(Element note, Element pageWide) {
        Element footnote = (Element) note.getParentNode().getParentNode();
        Element target = paragraphAfter(pageWide);
        if (target == null || !"footnote".equals(footnote.getLocalName())) return null;
        Element mark = firstElement(footnote);
        if (mark == null || !"inline".equals(mark.getLocalName())) return null;
        org.w3c.dom.Node parent = footnote.getParentNode(), next = footnote.getNextSibling();
        Element empty = footnote.getOwnerDocument().createElementNS(FoHyphens.FO_NS, "fo:inline");
        parent.insertBefore(mark, footnote);
        footnote.insertBefore(empty, footnote.getFirstChild());
        target.insertBefore(footnote, target.getFirstChild());
        return () -> {
            footnote.removeChild(empty);
            footnote.insertBefore(mark, footnote.getFirstChild());
            parent.insertBefore(footnote, next);
        };
    }

    /**
     * The page-wide block ({@code span="all"}, with text) that comes next after the block of the flow that holds the
     * note's mark, before any other page-wide block; null when none does.
     */
    static Element pageWideAfter(Element note) {
        org.w3c.dom.Node n = note.getParentNode().getParentNode(); // the footnote
        while (n.getParentNode() != null && !"flow".equals(n.getParentNode().getLocalName())) n = n.getParentNode();
        for (org.w3c.dom.Node m = n.getNextSibling(); m != null; m = m.getNextSibling()) {
            if (m instanceof Element e && "all".equals(e.getAttribute("span"))) {
                return e.getTextContent().isBlank() ? null : e;
            }
        }
        return null;
    }

    /** The first paragraph of text after a block of the flow (a block whose first child is text or an inline). */
    private static Element paragraphAfter(Element block) {
        for (org.w3c.dom.Node m = block.getNextSibling(); m != null; m = m.getNextSibling()) {
            if (!(m instanceof Element e) || !"block".equals(e.getLocalName()) || e.hasAttribute("span")) continue;
            if (e.getElementsByTagNameNS(FoHyphens.FO_NS, "table").getLength() > 0
                    || e.getElementsByTagNameNS(FoHyphens.FO_NS, "external-graphic").getLength() > 0) continue;
            org.w3c.dom.Node first = e.getFirstChild();
            boolean text = first != null && (first.getNodeType() == org.w3c.dom.Node.TEXT_NODE && !first.getNodeValue().isBlank()
                    || first instanceof Element f && "inline".equals(f.getLocalName()));
            if (text) return e;
        }
        return null;
    }

    private static Element firstElement(org.w3c.dom.Node n) {
        for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) if (c instanceof Element e) return e;
        return null;
    }

    /** The opening words of a block, as a page's text has them. */
    static String openingOf(Element block) {
        return opening(block);
    }

    /** Whether the page (1-based) of the PDF has the text. */
    static boolean onPage(byte[] pdf, int page, String text) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFTextStripper t = new PDFTextStripper();
            t.setStartPage(page);
            t.setEndPage(page);
            return squash(t.getText(doc)).contains(text);
        }
    }

    /** The notes printed over text on their page: page number (1-based) → the notes' numbers. */
    static Map<Integer, List<String>> overText(byte[] pdf, Map<String, Element> notes) throws IOException {
        Map<Integer, List<String>> out = new LinkedHashMap<>();
        if (notes.isEmpty()) return out;
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Page page = Page.read(doc, p);
                String text = squash(page.text);
                if (!page.overlaps() && !page.crowded()) continue;
                List<String> here = new ArrayList<>();
                notes.forEach((n, e) -> {
                    if (text.contains(opening(e))) here.add(n);
                });
                if (!here.isEmpty()) out.put(p, here);
            }
        }
        return out;
    }

    /**
     * The pages (1-based) on which any two glyphs cover each other ({@link Page#overlaps}): a note printed over a
     * caption garbles the page's text, so that its opening may not be found there.
     */
    static java.util.Set<Integer> overlapping(byte[] pdf) throws IOException {
        java.util.Set<Integer> out = new java.util.TreeSet<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Page page = Page.read(doc, p);
                if (page.overlaps() || page.crowded()) out.add(p);
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

    /**
     * A page's glyphs, and whether any two of them cover each other: boxes from the baseline up 0.7 of the font size
     * and down 0.15; glyphs on one baseline too (a note's lines may fall on a caption's: both 7.5 pt at one pitch),
     * but not two painted one after the other (a kerned pair of one line, "Г.", may tuck one under the other).
     */
    private static final class Page extends PDFTextStripper {
        private final List<TextPosition> glyphs = new ArrayList<>();
        private String text;
        private float width;

        private Page() throws IOException {
        }

        /** Page {@code p} (1-based) of the document, its glyphs and its text read. */
        static Page read(PDDocument doc, int p) throws IOException {
            Page page = new Page();
            page.setStartPage(p);
            page.setEndPage(p);
            page.text = page.getText(doc);
            page.width = doc.getPage(p - 1).getMediaBox().getWidth();
            return page;
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            for (TextPosition t : positions) {
                if (!t.getUnicode().isBlank() && !Character.isSpaceChar(t.getUnicode().codePointAt(0))) glyphs.add(t);
            }
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
            Map<TextPosition, Integer> painted = new java.util.IdentityHashMap<>();
            for (int i = 0; i < glyphs.size(); i++) painted.put(glyphs.get(i), i);
            List<TextPosition> g = new ArrayList<>(glyphs);
            g.sort(Comparator.comparingDouble(TextPosition::getYDirAdj));
            for (int i = 0; i < g.size(); i++) {
                TextPosition a = g.get(i);
                for (int j = i + 1; j < g.size(); j++) {
                    TextPosition b = g.get(j);
                    if (b.getYDirAdj() - a.getYDirAdj() > a.getFontSizeInPt() + b.getFontSizeInPt()) break;
                    if (Math.abs(b.getYDirAdj() - a.getYDirAdj()) < 0.5 && Math.abs(painted.get(a) - painted.get(b)) == 1) continue;
                    if (covers(a, b)) return true;
                }
            }
            return false;
        }

        /**
         * Whether a note's line stands closer under a body line of its column than a note's room allows (less than
         * 11 pt from baseline to baseline; the rule and the space above a note make 13 or more): FOP 2.10 set the lch
         * case's note 1 with its rule through the last text line of its column when the page sequence ended on that
         * page, the glyphs not covering each other. A note's line: glyphs of 6.5–8 pt (PDFBox reads 7.5 pt as 7) in
         * the body's face (PT Serif; captions, tables and references are in PT Sans), with no body glyph (8.5 pt or
         * more) on its baseline.
         */
        boolean crowded() {
            List<java.util.TreeSet<Float>> body = List.of(new java.util.TreeSet<>(), new java.util.TreeSet<>());
            float mid = width / 2;
            for (TextPosition t : glyphs) if (t.getFontSizeInPt() >= 8.5) body.get(t.getXDirAdj() < mid ? 0 : 1).add(t.getYDirAdj());
            for (TextPosition t : glyphs) {
                float size = t.getFontSizeInPt();
                String font = t.getFont() == null || t.getFont().getName() == null ? "" : t.getFont().getName();
                if (size < 6.5 || size >= 8 || !font.contains("PTSerif")) continue;
                java.util.TreeSet<Float> col = body.get(t.getXDirAdj() < mid ? 0 : 1);
                float y = t.getYDirAdj();
                if (!col.subSet(y - 4, true, y + 4, true).isEmpty()) continue; // a superscript in a body line
                Float above = col.lower(y);
                if (above != null && y - above < 11) return true;
            }
            return false;
        }

        private static boolean covers(TextPosition a, TextPosition b) {
            double ax0 = a.getXDirAdj(), ax1 = ax0 + a.getWidthDirAdj();
            double bx0 = b.getXDirAdj(), bx1 = bx0 + b.getWidthDirAdj();
            double as = a.getFontSizeInPt(), bs = b.getFontSizeInPt();
            double ay1 = a.getYDirAdj() + 0.15 * as, ay0 = a.getYDirAdj() - 0.7 * as;
            double by1 = b.getYDirAdj() + 0.15 * bs, by0 = b.getYDirAdj() - 0.7 * bs;
            double w = Math.min(ax1, bx1) - Math.max(ax0, bx0);
            double h = Math.min(ay1, by1) - Math.max(ay0, by0);
            if (w <= 0 || h <= 0) return false;
            double smaller = Math.min(a.getWidthDirAdj() * 0.85 * as, b.getWidthDirAdj() * 0.85 * bs);
            return w * h > 0.3 * smaller;
        }
    }

    /**
     * Lines that run past the right edge of their column (FOP sets a line it cannot break wider than the column, and
     * says so only past 50 points): "page N: text…", at most one a page. {@code left} is the left margin, then the
     * column width and the gap, in points; {@code top} and {@code bottom} the margins the running head and
     * the page number stand in (not columns).
     */
    static List<String> overflows(byte[] pdf, double top, double bottom, double left, double column, double gap,
                                  int columns) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Page page = Page.read(doc, p);
                double height = doc.getPage(p - 1).getMediaBox().getHeight();
                for (TextPosition t : page.glyphs) {
                    if (t.getYDirAdj() < top || t.getYDirAdj() > height - bottom) continue; // the running head, the page number
                    double x0 = t.getXDirAdj(), x1 = x0 + t.getWidthDirAdj();
                    int col = (int) Math.max(0, Math.min(columns - 1, Math.floor((x0 - left) / (column + gap))));
                    double edge = left + col * (column + gap) + column;
                    double pageEdge = left + columns * column + (columns - 1) * gap;
                    // a glyph past the text's right edge (one in the gap may belong to a page-wide block)
                    if (x1 > pageEdge + 1.5) {
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
