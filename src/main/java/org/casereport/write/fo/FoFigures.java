package org.casereport.write.fo;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A figure that does not fit the rest of its column is set as a journal sets it: at the head of the next column with
 * the text running on before it. FOP 2.10 has no before-floats in columns, and a figure kept together
 * ({@code keep-together.within-column}) that does not fit moves on whole and leaves the rest of its column empty
 * (the lch case's figure 1: page 1's whole right column). So after a typeset, a column (not on the last page) that
 * ends more than three body lines above the foot of the text area, followed by a column holding a figure's caption
 * label, has that figure moved: the FO is typeset once without the figure (a probe), the paragraph that runs into the
 * next column is found by the text of that column's first line, and the figure is moved after it (after a heading's
 * paragraph; never past a table, another figure or a page-wide block). The move is kept only when the columns'
 * empty feet shrink, no page is added, no more pages have glyphs printed over each other and no more notes are
 * over text ({@link FoFootnotes}; a note marked above a page-wide block is anchored below it), and the last page is
 * no less balanced; otherwise the FO is put back as it was. Each move costs a probe typeset and a typeset.
 */
final class FoFigures {
    /** The pitch of a body line (9 pt × 1.3). */
    static final double LINE = 11.7;
    /** A column that ends more lines than this above the foot has room a figure left. */
    private static final double GAP_LINES = 3;
    /**
     * How far apart the last page's columns may end after a move (pt): a reference entry of five lines (7.5 pt at
     * 1.25, and its space), which keeps together and so cannot go to the shorter column half.
     */
    private static final double SKEW = 4.5 * LINE;
    /** A line of text has glyphs this large or larger (9 pt body, 9–11 pt headings; captions and tables 7.5 pt). */
    private static final double BODY_SIZE = 8.5;
    /** Letters of the next column's first line that must be found in the paragraph (after its first word). */
    private static final int PROBE = 16;

    /** Typesets the FO as it stands, its notes placed under their columns ({@link FoWriter}). */
    interface Typeset {
        Result apply() throws IOException;
    }

    /** A typeset PDF, the context that holds its warnings, and the notes still printed over text (page → notes). */
    record Result(byte[] pdf, org.casereport.write.RenderContext context, Map<Integer, List<String>> over) { }

    /** The text area: margins (top, bottom, left), column width and gap, columns, in points. */
    record Area(double top, double bottom, double left, double column, double gap, int columns) {
        int column(double x) {
            return (int) Math.max(0, Math.min(columns - 1, Math.floor((x - left + gap / 2) / (column + gap))));
        }

        /**
         * Page {@code p}'s glyphs inside the text area, per column and rounded baseline (in reading order within a
         * baseline as PDFBox gives them); each is also given to {@code each}. The page's text is PDFBox's.
         */
        PageGlyphs glyphs(PDDocument d, int p, Consumer<TextPosition> each) throws IOException {
            double height = d.getPage(p).getMediaBox().getHeight();
            List<TreeMap<Integer, List<TextPosition>>> cols = new ArrayList<>();
            for (int c = 0; c < columns; c++) cols.add(new TreeMap<>());
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (t.getUnicode().isBlank() || t.getYDirAdj() < top || t.getYDirAdj() > height - bottom + 2) return;
                    cols.get(column(t.getXDirAdj() + t.getWidthDirAdj() / 2))
                            .computeIfAbsent((int) Math.round(t.getYDirAdj()), k -> new ArrayList<>()).add(t);
                    each.accept(t);
                }
            };
            s.setStartPage(p + 1);
            s.setEndPage(p + 1);
            String text = s.getText(d);
            return new PageGlyphs(cols, text, height - bottom);
        }
    }

    /** One page's glyphs per column and baseline, its text and the foot of its text area (pt from the top). */
    record PageGlyphs(List<TreeMap<Integer, List<TextPosition>>> columns, String text, double foot) { }

    /**
     * One column of one page: its lines, top to bottom (the glyphs of a baseline, left to right), and the index of its
     * first line in body-size glyphs or larger (text, not a caption or a table set at the page's top; -1 if none).
     */
    record Column(int page, int index, List<String> lines, double lowest, int firstBody) { }

    private FoFigures() {
    }

    /**
     * Moves the figures that left a column empty, each after the paragraph that runs into the next column, as long
     * as a move makes the pages better; the PDF of the FO as it is left.
     */
    static Result place(Document dom, Result first, Area area, Typeset typeset) throws IOException {
        Result kept = first;
        for (int round = 0; round < 3; round++) {
            Pages now = Pages.read(kept.pdf(), area);
            Column next = now.afterFirstGap();
            if (next == null) return kept;
            Element figure = figureIn(dom, next);
            if (figure == null) return kept;
            Runnable back = backAt(figure);
            figure.getParentNode().removeChild(figure);
            byte[] probe;
            try {
                probe = typeset.apply().pdf();
            } finally {
                back.run();
            }
            Column there = Pages.read(probe, area).column(next.page(), next.index());
            Element after = there == null ? null : paragraphWith(figure, firstLine(there));
            if (after == null) return kept;
            after.getParentNode().insertBefore(figure, after.getNextSibling());
            Result moved = typeset.apply();
            Pages then = Pages.read(moved.pdf(), area);
            if (then.pages() <= now.pages() && then.emptyLines() < now.emptyLines() - 1
                    && then.lastPageSkew() <= Math.max(now.lastPageSkew(), SKEW)
                    && moved.over().size() <= kept.over().size()
                    && FoFootnotes.overlapping(moved.pdf()).size() <= FoFootnotes.overlapping(kept.pdf()).size()) {
                kept = moved;
            } else {
                // the FO as it was (the kept PDF is its typeset; the text and its hyphenation are the same either way)
                back.run();
                return kept;
            }
        }
        return kept;
    }

    /**
     * Puts the figure back where it is now: before the node now after it, or after the node now before it. A typeset
     * may move both into another page sequence's flow (the page-wide blocks are put back and placed again on every
     * typeset, {@link FoWideBlocks}); the nodes move, the order stays.
     */
    static Runnable backAt(Element figure) {
        Node parent = figure.getParentNode();
        Node was = figure.getNextSibling();
        Node prev = figure.getPreviousSibling();
        return () -> {
            if (was != null && attached(was)) was.getParentNode().insertBefore(figure, was);
            else if (prev != null && attached(prev)) prev.getParentNode().insertBefore(figure, prev.getNextSibling());
            else if (was == null || was.getParentNode() == parent) parent.insertBefore(figure, was);
            else parent.appendChild(figure);
        };
    }

    private static boolean attached(Node n) {
        for (Node m = n; m != null; m = m.getParentNode()) if (m.getNodeType() == Node.DOCUMENT_NODE) return true;
        return false;
    }

    /** The first figure (in the FO's order) whose first caption label is printed in the column. */
    private static Element figureIn(Document dom, Column c) {
        String text = squeezed(String.join("", c.lines()));
        NodeList graphics = dom.getElementsByTagNameNS(FoHyphens.FO_NS, "external-graphic");
        for (int i = 0; i < graphics.getLength(); i++) {
            Element g = (Element) graphics.item(i);
            if (!g.getAttribute("src").startsWith("url('figure:")) continue;
            Element figure = (Element) g.getParentNode().getParentNode();
            String label = label(figure);
            if (label != null && text.contains(label)) return figure;
        }
        return null;
    }

    /** The figure's first caption label ("Рис. 1."), squeezed: the first bold inline of its caption blocks. */
    static String label(Element figure) {
        NodeList inlines = figure.getElementsByTagNameNS(FoHyphens.FO_NS, "inline");
        for (int i = 0; i < inlines.getLength(); i++) {
            Element e = (Element) inlines.item(i);
            if ("bold".equals(e.getAttribute("font-weight"))) return squeezed(e.getTextContent());
        }
        return null;
    }

    /**
     * The block after {@code figure} that holds {@code line}, or the paragraph after it when that block is a
     * heading; null when a table, a figure or a page-wide block comes first, or none holds it.
     */
    private static Element paragraphWith(Element figure, String line) {
        if (line == null) return null;
        for (Node n = figure.getNextSibling(); n != null; n = next(n)) {
            if (!(n instanceof Element e)) continue;
            if (e.hasAttribute("span") || e.getElementsByTagNameNS(FoHyphens.FO_NS, "table").getLength() > 0
                    || e.getElementsByTagNameNS(FoHyphens.FO_NS, "external-graphic").getLength() > 0) {
                return null;
            }
            if (squeezed(text(e)).contains(line)) {
                if (!"always".equals(e.getAttribute("keep-with-next.within-column"))) return e;
                for (Node m = e.getNextSibling(); m != null; m = m.getNextSibling()) {
                    if (m instanceof Element p) return p.getElementsByTagNameNS(FoHyphens.FO_NS, "external-graphic")
                            .getLength() > 0 || p.hasAttribute("span") ? null : p;
                }
                return null;
            }
        }
        return null;
    }

    /**
     * The node after {@code n} in the flow, or, when {@code n} ends its flow and the next page sequence is one the
     * writer opened for page-wide tables at the top of a page ({@link FoWideBlocks}), that flow's first block after
     * those tables: the text goes on there. A page-wide figure there is not passed (the figures keep their order).
     */
    private static Node next(Node n) {
        if (n.getNextSibling() != null) return n.getNextSibling();
        Node sequence = n.getParentNode().getParentNode();
        Node next = sequence.getNextSibling();
        while (next != null && !(next instanceof Element)) next = next.getNextSibling();
        if (!(next instanceof Element seq) || !"page-sequence".equals(seq.getLocalName())) return null;
        Element flow = null;
        for (Node c = seq.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && "flow".equals(e.getLocalName())) flow = e;
        }
        if (flow == null) return null;
        Node m = flow.getFirstChild();
        boolean skipped = false;
        while (m != null && (!(m instanceof Element e) || "all".equals(e.getAttribute("span")) && FoWideBlocks.table(e))) {
            skipped |= m instanceof Element;
            m = m.getNextSibling();
        }
        return skipped ? m : null;
    }

    /** A block's text as printed in its column: without its notes' bodies (printed at the foot). */
    static String text(Node n) {
        if (n instanceof Element e && "footnote-body".equals(e.getLocalName())) return "";
        if (n.getNodeType() == Node.TEXT_NODE) return n.getNodeValue();
        StringBuilder b = new StringBuilder();
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) b.append(text(c));
        return b.toString();
    }

    /**
     * The column's first line of text (below a page-wide table at the page's top) less its first word (perhaps the
     * end of a word broken before): a few letters.
     */
    private static String firstLine(Column c) {
        if (c.firstBody() < 0) return null;
        String words = c.lines().get(c.firstBody()).strip();
        int space = words.indexOf(' ');
        String rest = squeezed(space < 0 ? words : words.substring(space + 1));
        if (rest.length() < 6) return null;
        return rest.substring(0, Math.min(PROBE, rest.length()));
    }

    /** Text as compared: compatibility forms, no spaces, soft hyphens, joiners or hyphens. */
    static String squeezed(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\u00a0\u00ad\u2060\\-]", "");
    }

    /** The columns of a typeset PDF. */
    record Pages(List<List<Column>> all, double footOf) {
        static Pages read(byte[] pdf, Area area) throws IOException {
            List<List<Column>> out = new ArrayList<>();
            double foot = 0;
            try (PDDocument d = Loader.loadPDF(pdf)) {
                for (int p = 0; p < d.getNumberOfPages(); p++) {
                    PageGlyphs g = area.glyphs(d, p, t -> { });
                    foot = g.foot();
                    List<TreeMap<Integer, List<TextPosition>>> cols = g.columns();
                    List<Column> page = new ArrayList<>();
                    for (int c = 0; c < cols.size(); c++) {
                        List<String> lines = new ArrayList<>();
                        double lowest = 0;
                        int firstBody = -1;
                        for (var e : cols.get(c).entrySet()) {
                            List<TextPosition> line = e.getValue();
                            if (firstBody < 0 && line.stream().anyMatch(t -> t.getFontSizeInPt() >= BODY_SIZE)) firstBody = lines.size();
                            line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                            StringBuilder b = new StringBuilder();
                            for (int i = 0; i < line.size(); i++) {
                                TextPosition t = line.get(i);
                                if (i > 0 && t.getXDirAdj() - line.get(i - 1).getXDirAdj() - line.get(i - 1).getWidthDirAdj() > 1) b.append(' ');
                                b.append(t.getUnicode());
                            }
                            lines.add(b.toString());
                            lowest = Math.max(lowest, e.getKey());
                        }
                        page.add(new Column(p, c, lines, lowest, firstBody));
                    }
                    out.add(page);
                }
            }
            return new Pages(out, foot);
        }

        int pages() {
            return all.size();
        }

        Column column(int page, int index) {
            return page < all.size() && index < all.get(page).size() ? all.get(page).get(index) : null;
        }

        double empty(Column c) {
            return c.lines().isEmpty() ? (footOf - 0) / LINE : (footOf - c.lowest()) / LINE;
        }

        /** The column after the first one (not on the last page) that ends more than three lines early. */
        Column afterFirstGap() {
            for (int p = 0; p < all.size() - 1; p++) {
                for (Column c : all.get(p)) {
                    if (empty(c) > GAP_LINES) {
                        return c.index() + 1 < all.get(p).size() ? all.get(p).get(c.index() + 1) : all.get(p + 1).get(0);
                    }
                }
            }
            return null;
        }

        /** Whether page {@code index} (0-based) has no text between the margins (the running head and foot apart). */
        boolean blank(int index) {
            return all.get(index).stream().allMatch(c -> c.lines().isEmpty());
        }

        /** The body lines the columns leave empty above the foot, over every page but the last. */
        double emptyLines() {
            double sum = 0;
            for (int p = 0; p < all.size() - 1; p++) {
                for (Column c : all.get(p)) sum += Math.max(0, empty(c) - 1);
            }
            return sum;
        }

        /** How far apart the last page's columns end (pt); 0 with one column. */
        double lastPageSkew() {
            List<Column> last = all.get(all.size() - 1);
            if (last.size() < 2 || last.get(1).lines().isEmpty()) return 0;
            return Math.abs(last.get(0).lowest() - last.get(1).lowest());
        }
    }
}
