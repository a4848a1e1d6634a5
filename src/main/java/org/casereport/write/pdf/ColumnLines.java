package org.casereport.write.pdf;

import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.FlowingColumnContainerBox;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Where the lines of the column containers ({@code div.columns}) were set, read from one layout's boxes (no PDF
 * made): each line box (a reference entry, a table part, a figure's picture are one line or one block each) with its
 * page, its column and its top and bottom in layout units. openhtmltopdf lays a container out as one long column and
 * then deals its lines into the columns in order ({@code FlowingColumnContainerBox}), so a column break changes
 * nothing before the line it stands at: what {@link ColumnBalancer} and {@link HeadingKeep} count on.
 */
final class ColumnLines {
    /** One line of a column: the nearest marked block it belongs to (or null), page and column from 0. */
    record Line(Element block, int container, int page, int column, int top, int bottom) {
    }

    private final List<Line> lines;
    private final int pages;

    private ColumnLines(List<Line> lines, int pages) {
        this.lines = lines;
        this.pages = pages;
    }

    /** The lines of every column container under {@code root}, each told the nearest of {@code marks} it stands in. */
    static ColumnLines of(Box root, Set<Element> marks) {
        List<PageBox> pages = root.getLayer().getPages();
        List<Line> out = new ArrayList<>();
        collect(root, null, null, marks, pages, out, new java.util.IdentityHashMap<>());
        out.sort(Comparator.comparingInt(Line::page).thenComparingInt(Line::column).thenComparingInt(Line::top));
        return new ColumnLines(out, pages.size());
    }

    private static void collect(Box b, FlowingColumnContainerBox columns, Element mark, Set<Element> marks,
                                List<PageBox> pages, List<Line> out, java.util.Map<Box, Integer> containers) {
        if (b instanceof FlowingColumnContainerBox c) {
            columns = c;
            containers.putIfAbsent(c, containers.size());
        }
        if (!(b instanceof LineBox) && b.getElement() != null && marks.contains(b.getElement())) mark = b.getElement();
        if (b instanceof LineBox || (b instanceof BlockBox bb && bb.isReplaced())) {
            if (columns != null && b.getHeight() > 0) {
                Element inner = b instanceof LineBox ? markInside(b, marks) : null;
                int mid = columns.getAbsX() + columns.getWidth() / 2;
                out.add(new Line(inner != null ? inner : mark, containers.get(columns), pageOf(pages, b.getAbsY()), b.getAbsX() >= mid ? 1 : 0,
                        b.getAbsY(), b.getAbsY() + b.getHeight()));
            }
            return;
        }
        for (Box c : b.getChildren()) collect(c, columns, mark, marks, pages, out, containers);
    }

    /** The first marked block set in a line: an inline block (a reference entry, a table part) is one. */
    private static Element markInside(Box b, Set<Element> marks) {
        for (Box c : children(b)) {
            if (!(c instanceof LineBox) && c.getElement() != null && marks.contains(c.getElement())) return c.getElement();
            Element e = markInside(c, marks);
            if (e != null) return e;
        }
        return null;
    }

    /** The child boxes, with the inline blocks a line holds (which are not among a line's children). */
    private static List<Box> children(Box b) {
        List<Box> out = new ArrayList<>(b.getChildren());
        if (b instanceof InlineLayoutBox il) {
            for (Object o : il.getInlineChildren()) if (o instanceof Box c && !out.contains(c)) out.add(c);
        }
        return out;
    }

    private static int pageOf(List<PageBox> pages, int y) {
        int at = 0;
        for (int i = 0; i < pages.size(); i++) if (pages.get(i).getTop() <= y) at = i;
        return at;
    }

    /** The lines, in the order they are dealt into the columns (page, then column, then top). */
    List<Line> lines() {
        return lines;
    }

    /** Pages the layout has. */
    int pages() {
        return pages;
    }

    /** The column containers that hold a line. */
    int flows() {
        int flows = 0;
        for (Line l : lines) flows = Math.max(flows, l.container() + 1);
        return flows;
    }

    /** The last page that holds a line of the columns, or -1. */
    int lastPage() {
        return lines.isEmpty() ? -1 : lines.get(lines.size() - 1).page();
    }

    /** The lines of one container's page and column, top to bottom. */
    List<Line> column(int container, int page, int column) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) if (l.container() == container && l.page() == page && l.column() == column) out.add(l);
        return out;
    }

    /** Where the lines before the given page stand (equal lists: those pages came out the same). */
    List<Line> before(int page) {
        List<Line> out = new ArrayList<>();
        for (Line l : lines) if (l.page() < page) out.add(new Line(null, l.container(), l.page(), l.column(), l.top(), l.bottom()));
        return out;
    }

    /** The usual height of a line: the median line box. */
    int pitch() {
        if (lines.isEmpty()) return 0;
        int[] h = lines.stream().mapToInt(l -> l.bottom() - l.top()).sorted().toArray();
        return h[h.length / 2];
    }
}
