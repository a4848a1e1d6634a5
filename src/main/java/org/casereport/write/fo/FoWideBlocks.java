package org.casereport.write.fo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * A page-wide block ({@code width: page}, a {@code span="all"} block: a figure or a table) at the top of a page, as
 * journals set it, instead of in mid-page with the columns above it balanced. FOP 2.10 has no before-floats, so the
 * writer places it: the FO is typeset once without the block (a probe); the page of the paragraph after which the
 * template put it (a figure's first mention; where the author wrote a table) is found, and the block goes to the top
 * of that page, or else of the next one: the paragraph that the previous page's last column ends in is split at that
 * line's end ({@link FoParagraphSplit}, the split not visible), or, when the line ends its paragraph, the break goes
 * after that paragraph and after the column figures and tables that follow it on that page; a new page sequence opens
 * there with the block ({@link #newSequence}). A table longer than the page's room goes on across pages, its header
 * row repeated ({@code fo:table-header}). The move is kept only when the previous page still ends at the same word
 * (and the column blocks after it are still on that page), the block stands above every body line of its page, its
 * mention is not on a later page, no page is added, no column ends early that did not before, no more pages have
 * glyphs over each other and no more notes are over or crowd text; never past another page-wide block nor past a
 * block of its own kind (a figure past a figure, a table past a table: each kind keeps its numbers' order), never on
 * page 1. Otherwise the FO is put back and the block stays where it was: the caller warns.
 */
final class FoWideBlocks {
    /** A body line's glyphs are this large or larger (9 pt text; captions, notes and references are 7.5–8 pt). */
    private static final double BODY_SIZE = 8.5;

    private FoWideBlocks() {
    }

    /**
     * The outcome: the PDF of the FO as left, the ids of the page-wide blocks (figures and tables) left in mid-page,
     * and how to put the moved ones back (in the reverse order).
     */
    record Placed(FoFigures.Result result, List<String> stayed, List<Runnable> undo) {
        /** Puts the moved blocks back where the template set them (the FO as before {@link #place}). */
        void putBack() {
            for (int i = undo.size() - 1; i >= 0; i--) undo.get(i).run();
        }
    }

    static Placed place(Document dom, FoFigures.Result first, FoFigures.Area area, FoFigures.Typeset typeset)
            throws IOException {
        FoFigures.Result kept = first;
        List<String> stayed = new ArrayList<>();
        List<Runnable> undo = new ArrayList<>();
        for (Element figure : wideBlocks(dom)) {
            String label = FoFigures.label(figure);
            if (label == null) continue;
            Lines now = Lines.read(kept.pdf(), area);
            int at = now.pageOfLabel(label);
            if (at < 0) continue;
            if (now.atTop(at, label)) continue; // already the first thing on its page
            FoFigures.Result moved = move(dom, figure, kept, now, area, typeset, label, undo);
            if (moved != null) kept = moved;
            else stayed.add(figure.getAttribute("id"));
        }
        return new Placed(kept, stayed, undo);
    }

    private static FoFigures.Result move(Document dom, Element figure, FoFigures.Result kept, Lines now,
                                         FoFigures.Area area, FoFigures.Typeset typeset, String label,
                                         List<Runnable> undo) throws IOException {
        Node parent = figure.getParentNode();
        Node was = figure.getNextSibling();
        Element anchor = previousElement(figure);
        // back by its neighbours: the column figures' moves (FoFigures) may have moved them between two placements
        Runnable back = FoFigures.backAt(figure);
        parent.removeChild(figure);
        Lines probe;
        try {
            probe = Lines.read(typeset.apply().pdf(), area);
        } catch (IOException | RuntimeException e) {
            back.run();
            throw e;
        }
        String tail = anchor == null ? null : tail(anchor);
        int mention = tail == null ? -1 : probe.pageOf(tail);
        if (mention < 0) mention = now.pageOfLabel(label);
        FoFigures.Result result = null;
        for (int target = mention; target <= mention + 1 && result == null; target++) {
            if (target < 1 || target >= probe.pages()) continue; // not page 1 (the front matter), no page added
            String line = probe.lastBodyLine(target - 1, area.columns() - 1);
            if (line == null) continue;
            Element block = paragraphEnding(dom, line);
            if (block == null) continue;
            FoParagraphSplit.Point p = FoParagraphSplit.lineEnd(block, line);
            if (p == null) continue;
            boolean whole = FoParagraphSplit.atEnd(block, p);
            // a paragraph's end: the column figures and tables printed after it on that page stay there
            List<String> before = new ArrayList<>();
            Element end = whole ? lastOnPage(block, probe, target - 1, before) : block;
            if (!noneBetween(end, was, table(figure))) continue;
            FoParagraphSplit split = whole ? null : FoParagraphSplit.at(block, p);
            Runnable sequence = newSequence(end, figure, whole ? end.getNextSibling() : split.second());
            Runnable restore = () -> {
                sequence.run();
                if (split != null) split.undo();
            };
            FoFigures.Result tried = null;
            boolean ok = false;
            try {
                tried = typeset.apply();
                ok = better(tried, kept, now, Lines.read(tried.pdf(), area), target, line, before, label, tail, area);
            } finally {
                if (!ok) restore.run();
            }
            if (ok) {
                result = tried;
                undo.add(() -> {
                    restore.run();
                    back.run();
                });
            }
        }
        if (result == null) back.run();
        return result;
    }

    /**
     * Ends the page sequence after {@code block} and opens a new one (the same page masters and running heads, the
     * page numbers running on) with the figure and then {@code from} and what follows it. A page sequence ends
     * without balancing its last page's columns, where a page break before a page-wide block balances them, and
     * FOP 2.10 then placed a note of that page over the text above it (the lch case's note 1). The undo moves it
     * all back into the first sequence's flow, the figure taken out.
     */
    private static Runnable newSequence(Element block, Element figure, Node from) {
        Element flow = (Element) block.getParentNode();
        Element sequence = (Element) flow.getParentNode();
        Element next = (Element) sequence.cloneNode(false);
        for (Node c = sequence.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && !"flow".equals(e.getLocalName())) next.appendChild(e.cloneNode(true));
        }
        Element nextFlow = (Element) flow.cloneNode(false);
        next.appendChild(nextFlow);
        nextFlow.appendChild(figure);
        for (Node n = from; n != null; ) {
            Node after = n.getNextSibling();
            nextFlow.appendChild(n);
            n = after;
        }
        String force = sequence.getAttribute("force-page-count");
        sequence.setAttribute("force-page-count", "no-force");
        sequence.getParentNode().insertBefore(next, sequence.getNextSibling());
        return () -> {
            nextFlow.removeChild(figure);
            while (nextFlow.getFirstChild() != null) flow.appendChild(nextFlow.getFirstChild());
            next.getParentNode().removeChild(next);
            if (force.isEmpty()) sequence.removeAttribute("force-page-count");
            else sequence.setAttribute("force-page-count", force);
        };
    }

    /** The checks a move must pass (see the class comment). */
    private static boolean better(FoFigures.Result tried, FoFigures.Result kept, Lines now, Lines then, int target,
                                  String line, List<String> before, String label, String tail, FoFigures.Area area)
            throws IOException {
        if (then.pages() > now.pages()) return false;
        if (!line.equals(then.lastBodyLine(target - 1, area.columns() - 1))) return false;
        for (String l : before) if (then.pageOfLabel(l) != target - 1) return false;
        if (then.pageOfLabel(label) != target || !then.atTop(target, label)) return false;
        if (tail != null && then.pageOf(tail) > target) return false; // the figure before the page of its mention
        if (then.gaps(area) > now.gaps(area)) return false;
        if (tried.over().size() > kept.over().size()) return false;
        return FoFootnotes.overlapping(tried.pdf()).size() <= FoFootnotes.overlapping(kept.pdf()).size();
    }

    /**
     * The page-wide blocks of the FO, in order: the {@code span="all"} blocks of a flow that hold a figure's picture
     * or a table.
     */
    static List<Element> wideBlocks(Document dom) {
        List<Element> out = new ArrayList<>();
        NodeList flows = dom.getElementsByTagNameNS(FoHyphens.FO_NS, "flow");
        for (int f = 0; f < flows.getLength(); f++) for (Node n = flows.item(f).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "all".equals(e.getAttribute("span")) && (table(e) || figure(e))) out.add(e);
        }
        return out;
    }

    /** Whether the block holds a table. */
    static boolean table(Element e) {
        return e.getElementsByTagNameNS(FoHyphens.FO_NS, "table").getLength() > 0;
    }

    /** Whether the block holds a figure's picture. */
    static boolean figure(Element e) {
        NodeList graphics = e.getElementsByTagNameNS(FoHyphens.FO_NS, "external-graphic");
        for (int i = 0; i < graphics.getLength(); i++) {
            if (((Element) graphics.item(i)).getAttribute("src").startsWith("url('figure:")) return true;
        }
        return false;
    }

    /**
     * The last of {@code block} and the column figures and tables right after it whose caption label the probe
     * prints on {@code page}: the break goes after it. Their labels are added to {@code labels}.
     */
    private static Element lastOnPage(Element block, Lines probe, int page, List<String> labels) {
        Element end = block;
        for (Node n = block.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            if (e.hasAttribute("span") || !(table(e) || figure(e))) break;
            String label = FoFigures.label(e);
            if (label == null || probe.pageOfLabel(label) != page) break;
            labels.add(label);
            end = e;
        }
        return end;
    }

    private static Element previousElement(Node n) {
        for (Node m = n.getPreviousSibling(); m != null; m = m.getPreviousSibling()) if (m instanceof Element e) return e;
        return null;
    }

    /** The last letters of a block's printed text (its notes' bodies left out), squeezed. */
    private static String tail(Element block) {
        String s = FoFigures.squeezed(FoFigures.text(block));
        return s.length() < 12 ? null : s.substring(s.length() - 12);
    }

    /** The body paragraph (a block of the flow, justified) whose printed text holds the line; null if none or two. */
    private static Element paragraphEnding(Document dom, String line) {
        Element found = null;
        NodeList flows = dom.getElementsByTagNameNS(FoHyphens.FO_NS, "flow");
        for (int f = 0; f < flows.getLength(); f++) for (Node n = flows.item(f).getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e) || !"block".equals(e.getLocalName()) || e.hasAttribute("span")
                    || !"justify".equals(e.getAttribute("text-align"))) continue;
            if (FoParagraphSplit.lineEnd(e, line) != null) {
                if (found != null) return null;
                found = e;
            }
        }
        return found;
    }

    /**
     * Whether no page-wide block and no block of the moved block's kind (a table when {@code table}, else a figure)
     * stands in the flow between the place {@code from} (a block) and the moved block's own place (before
     * {@code was}), whichever comes first: a page-wide table may pass a column figure, never a table.
     */
    private static boolean noneBetween(Element from, Node was, boolean table) {
        Node parent = from.getParentNode();
        List<Node> kids = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) kids.add(n);
        int a = kids.indexOf(from) + 1; // the block goes after it
        int b = was == null ? kids.size() : kids.indexOf(was);
        if (b < 0) return false;
        int lo = Math.min(a, b), hi = Math.max(a, b);
        for (int i = lo; i < hi; i++) {
            if (kids.get(i) instanceof Element e && (e.hasAttribute("span") || (table ? table(e) : figure(e)))) return false;
        }
        return true;
    }

    /** A typeset PDF's lines per page and column, with the size of their glyphs, and its bold caption labels. */
    static final class Lines {
        /** page → column → baseline → glyphs. */
        private final List<List<TreeMap<Integer, List<TextPosition>>>> pages;
        /** page → its bold glyphs under 8.5 pt in order (captions' labels), squeezed, with their baselines. */
        private final List<String> bold;
        private final List<List<Float>> boldY;
        private final List<String> text;
        /** page → the foot of its text area (pt from the top). */
        private final List<Double> foot;

        private Lines(List<List<TreeMap<Integer, List<TextPosition>>>> pages, List<String> bold,
                      List<List<Float>> boldY, List<String> text, List<Double> foot) {
            this.pages = pages;
            this.bold = bold;
            this.boldY = boldY;
            this.text = text;
            this.foot = foot;
        }

        static Lines read(byte[] pdf, FoFigures.Area area) throws IOException {
            List<List<TreeMap<Integer, List<TextPosition>>>> pages = new ArrayList<>();
            List<String> bold = new ArrayList<>();
            List<List<Float>> boldY = new ArrayList<>();
            List<String> text = new ArrayList<>();
            List<Double> foot = new ArrayList<>();
            try (PDDocument d = Loader.loadPDF(pdf)) {
                for (int p = 0; p < d.getNumberOfPages(); p++) {
                    StringBuilder b = new StringBuilder();
                    List<Float> y = new ArrayList<>();
                    FoFigures.PageGlyphs g = area.glyphs(d, p, t -> {
                        String font = t.getFont() == null || t.getFont().getName() == null ? "" : t.getFont().getName();
                        if (font.contains("Bold") && t.getFontSizeInPt() < BODY_SIZE) {
                            String u = FoFigures.squeezed(t.getUnicode());
                            for (int k = 0; k < u.length(); k++) y.add(t.getYDirAdj());
                            b.append(u);
                        }
                    });
                    text.add(FoFigures.squeezed(g.text()));
                    pages.add(g.columns());
                    foot.add(g.foot());
                    bold.add(b.toString());
                    boldY.add(y);
                }
            }
            return new Lines(pages, bold, boldY, text, foot);
        }

        int pages() {
            return pages.size();
        }

        /**
         * The columns (on every page but the last) that end more than three body lines above the foot, or above the
         * notes' top on a page with notes: FOP keeps a note's room in the columns after its mark's on that page too
         * (the lch case's page 2: the right column ends at the top of the note printed under the left one). A note's
         * line is one of glyphs under 8 pt in the body's face (PT Serif; captions, tables and references are in PT
         * Sans) below its column's last body line.
         */
        int gaps(FoFigures.Area area) {
            int n = 0;
            for (int p = 0; p < pages.size() - 1; p++) {
                double bottom = foot.get(p);
                double notes = bottom;
                for (var col : pages.get(p)) {
                    double body = col.entrySet().stream()
                            .filter(e -> e.getValue().stream().anyMatch(t -> t.getFontSizeInPt() >= BODY_SIZE))
                            .mapToDouble(e -> e.getKey()).max().orElse(bottom);
                    for (var e : col.tailMap((int) Math.ceil(body + 4), false).values()) {
                        for (TextPosition t : e) {
                            String font = t.getFont() == null || t.getFont().getName() == null ? "" : t.getFont().getName();
                            if (t.getFontSizeInPt() >= 8 || !font.contains("PTSerif")) continue;
                            notes = Math.min(notes, t.getYDirAdj() - t.getFontSizeInPt() - 0.5 * FoFigures.LINE); // its top, the rule
                        }
                    }
                }
                for (var col : pages.get(p)) {
                    double lowest = col.isEmpty() ? area.top() : col.lastKey();
                    double limit = lowest > notes ? bottom : notes;
                    if ((limit - lowest) / FoFigures.LINE > 3) n++;
                }
            }
            return n;
        }

        /** The page (0-based) whose bold caption text holds the label; -1 if none. */
        int pageOfLabel(String label) {
            for (int p = 0; p < bold.size(); p++) if (bold.get(p).contains(label)) return p;
            return -1;
        }

        /** The first page (0-based) whose text holds the squeezed letters; -1 if none. */
        int pageOf(String letters) {
            for (int p = 0; p < text.size(); p++) if (text.get(p).contains(letters)) return p;
            return -1;
        }

        /** Whether no body line of the page stands above the label (the figure opens the page). */
        boolean atTop(int page, String label) {
            int i = bold.get(page).indexOf(label);
            if (i < 0) return false;
            float y = boldY.get(page).get(i);
            for (TreeMap<Integer, List<TextPosition>> col : pages.get(page)) {
                for (var e : col.entrySet()) {
                    if (e.getKey() < y && e.getValue().stream().anyMatch(t -> t.getFontSizeInPt() >= BODY_SIZE)) return false;
                }
            }
            return true;
        }

        /**
         * The text of the lowest body line (glyphs of 8.5 pt or more) of a column of a page (0-based), left to right,
         * with the lines above it while it is shorter than 16 letters (a paragraph's short last line); null when the
         * column has none.
         */
        String lastBodyLine(int page, int column) {
            if (page < 0 || page >= pages.size()) return null;
            var col = pages.get(page).get(column);
            StringBuilder out = new StringBuilder();
            for (Integer key : col.descendingKeySet()) {
                if (col.get(key).stream().noneMatch(t -> t.getFontSizeInPt() >= BODY_SIZE)) continue;
                // with its superscripts (a note's mark, raised 30% of 9 pt) and subscripts
                List<TextPosition> line = new ArrayList<>();
                col.subMap(key - 5, true, key + 2, true).values().forEach(line::addAll);
                line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                StringBuilder b = new StringBuilder();
                for (TextPosition t : line) b.append(t.getUnicode());
                out.insert(0, b);
                if (FoFigures.squeezed(out.toString()).length() >= 16) break;
            }
            return out.length() == 0 ? null : out.toString();
        }
    }
}
