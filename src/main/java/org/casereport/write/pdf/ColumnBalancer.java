package org.casereport.write.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.casereport.write.pdf.ColumnLines.Line;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Balances the columns where a column flow ends on a page: at the article's end, and above each block set across
 * the page (a page-wide figure or table closes the columns before it and opens them again after it). openhtmltopdf
 * fills columns one after the other and never balances them, so a short last page had a full left column and an
 * empty right one, and the text above a page-wide table stood in the left column with the right one empty. A column
 * break ({@code break-before: column}) before one of the flow's blocks on that page moves it and what follows into
 * the right column.
 *
 * <p>Which block: openhtmltopdf lays the columns' content out as one long column and deals its lines into the
 * columns in order ({@link ColumnLines}), so one layout tells what every break would give: the left column ends
 * where the line before the block ends, the right one holds the rest of the left column and all of the right. The
 * break whose columns come out most even, the left one not the shorter, is laid out (a layout, not a render: the
 * PDF is made once, of the layout kept) and kept when the pages before came out the same and the columns are more
 * even than before; else the next best is tried, three at most. The flows are balanced in document order, each on
 * the layout the one before it left. The blocks are whole paragraphs and reference entries, so the columns can
 * still differ by up to one block; no break is put right after a heading.
 */
final class ColumnBalancer {
    /** Lays out a (changed) document. */
    interface Layout {
        LaidOut apply(Document dom) throws IOException;
    }

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final List<String> BLOCKS = List.of("p", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote");
    /** Breaks laid out at most. */
    private static final int TRIES = 3;

    private ColumnBalancer() {
    }

    /** A flow's last page as a layout set it: its columns' heights from their top, in layout units. */
    private record Shape(int pages, int page, List<Line> before, int left, int right) {
        int gap() {
            return Math.abs(left - right);
        }

        static Shape of(ColumnLines lines, int container) {
            int page = -1;
            for (Line l : lines.lines()) if (l.container() == container) page = Math.max(page, l.page());
            if (page < 0) return null;
            List<Line> l = lines.column(container, page, 0);
            List<Line> r = lines.column(container, page, 1);
            if (l.isEmpty()) return null;
            int top = l.get(0).top();
            return new Shape(lines.pages(), page, lines.before(page), l.get(l.size() - 1).bottom() - top,
                    r.isEmpty() ? 0 : r.get(r.size() - 1).bottom() - top);
        }
    }

    /** A document with the breaks kept so far and its layout. */
    private record Step(Document dom, LaidOut laid) {
    }

    /**
     * The layout to print: {@code laid} when every flow's last page is balanced already or no break helps, else the
     * layout of a copy of {@code dom} with column breaks. The layouts not returned are closed.
     */
    static LaidOut balance(Document dom, LaidOut laid, Layout layout) throws IOException {
        Step at = new Step(dom, laid);
        // a lone paragraph's move joins two flows, so the number is read again after each
        for (int c = 0; c < ColumnLines.of(at.laid().root(), Set.of()).flows(); c++) {
            at = balance(at, c, layout);
        }
        return at.laid();
    }

    /** One flow balanced: {@code at}, or the step with a break in that flow (closing at's layout). */
    private static Step balance(Step at, int container, Layout layout) throws IOException {
        List<Element> blocks = candidates(at.dom());
        ColumnLines lines = ColumnLines.of(at.laid().root(), new HashSet<>(blocks));
        boolean last = container == lines.flows() - 1;
        Shape base = Shape.of(lines, container);
        int tolerance = lines.pitch() / 2;
        if (base == null || base.right + tolerance >= base.left) return at;
        List<Integer> tries = ranked(blocks, lines, container, base, tolerance);
        for (int i = 0; i < tries.size() && i < TRIES; i++) {
            Document trial = (Document) at.dom().cloneNode(true);
            List<Element> trialBlocks = candidates(trial);
            Element before = trialBlocks.get(tries.get(i));
            Element brk = trial.createElementNS(XHTML, "div");
            brk.setAttribute("class", "column-balance");
            brk.setAttribute("style", "break-before: column;");
            before.getParentNode().insertBefore(brk, before);
            LaidOut t = layout.apply(trial);
            Shape s = Shape.of(ColumnLines.of(t.root(), new HashSet<>(trialBlocks)), container);
            // the article's end may not gain a page; a flow above a page-wide block may let the rest move up
            boolean pages = s != null && (last ? s.pages == base.pages : s.pages <= base.pages);
            boolean kept = pages && s.page == base.page && s.before.equals(base.before)
                    && s.left >= s.right && s.gap() < base.gap();
            if (kept) {
                at.laid().close();
                return new Step(trial, t);
            }
            t.close();
        }
        if (base.right == 0) {
            // a lone paragraph between two page-wide blocks: the second moves above it, the flows join
            Document moved = WideBlockMove.above(at.dom(), container);
            if (moved != null) {
                LaidOut t = layout.apply(moved);
                ColumnLines after = ColumnLines.of(t.root(), Set.of());
                if (after.pages() <= lines.pages() && earlier(after, container).equals(earlier(lines, container))) {
                    at.laid().close();
                    return balance(new Step(moved, t), container, layout);
                }
                t.close();
            }
        }
        return at;
    }

    /** Where the lines of the flows before {@code container} stand. */
    private static List<Line> earlier(ColumnLines lines, int container) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines.lines()) {
            if (l.container() < container) out.add(new Line(null, l.container(), l.page(), l.column(), l.top(), l.bottom()));
        }
        return out;
    }

    /**
     * The blocks (indexes into {@code blocks}) that open a line of the flow's last page's left column, best first: by how
     * even the columns would come out with a break before each, those that would leave the left column the shorter
     * left out.
     */
    private static List<Integer> ranked(List<Element> blocks, ColumnLines lines, int container, Shape base, int tolerance) {
        List<Line> left = lines.column(container, base.page, 0);
        int top = left.get(0).top();
        int leftEnd = left.get(left.size() - 1).bottom();
        Set<Element> started = new HashSet<>(); // blocks with a line before the last page's left column
        for (Line l : lines.lines()) {
            if (l == left.get(0)) break;
            if (l.block() != null) started.add(l.block());
        }
        List<int[]> scored = new ArrayList<>(); // index, difference
        for (int i = 1; i < left.size(); i++) {
            Element b = left.get(i).block();
            if (b == null || b == left.get(i - 1).block() || started.contains(b)) continue;
            started.add(b);
            int index = blocks.indexOf(b);
            if (index < 0) continue;
            int l = left.get(i - 1).bottom() - top;
            int r = leftEnd - left.get(i).top() + base.right;
            if (l + tolerance < r) continue;
            scored.add(new int[] {index, Math.abs(l - r)});
        }
        scored.sort(Comparator.comparingInt(s -> s[1]));
        return scored.stream().map(s -> s[0]).toList();
    }

    /** Blocks of the column flows, in document order, not nested in one another; none right after a heading. */
    static List<Element> candidates(Document dom) {
        List<Element> out = new ArrayList<>();
        for (Element c : flows(dom)) collect(c, out);
        return out;
    }

    /** The column flows ({@code div.columns}), in document order: the containers {@link ColumnLines} numbers. */
    static List<Element> flows(Document dom) {
        List<Element> columns = new ArrayList<>();
        findColumns(dom.getDocumentElement(), columns);
        return columns;
    }

    private static void findColumns(Element e, List<Element> out) {
        if (TableLayout.hasClass(e, "columns")) {
            out.add(e);
            return;
        }
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) findColumns(child, out);
        }
    }

    /** The blocks under {@code parent} that a column break may stand before. */
    static void collect(Element parent, List<Element> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            String name = name(e);
            boolean figure = name.equals("div") && TableLayout.hasClass(e, "figure");
            if (BLOCKS.contains(name) || figure) {
                if (!afterHeading(e)) out.add(e);
            } else {
                collect(e, out);
            }
        }
    }

    /**
     * A heading stands right before the block: its previous element, or, for a block that opens its parent (the
     * first entry of a reference list), the parent's previous element, and so on up.
     */
    static boolean afterHeading(Element e) {
        for (Node at = e; at instanceof Element; at = at.getParentNode()) {
            Node p = at.getPreviousSibling();
            while (p != null && !(p instanceof Element)) p = p.getPreviousSibling();
            if (p instanceof Element pe) return name(pe).matches("h[1-6]");
            if (at.getParentNode() instanceof Element parent && TableLayout.hasClass(parent, "columns")) return false;
        }
        return false;
    }

    private static String name(Element e) {
        return (e.getLocalName() == null ? e.getTagName() : e.getLocalName()).toLowerCase(Locale.ROOT);
    }
}
