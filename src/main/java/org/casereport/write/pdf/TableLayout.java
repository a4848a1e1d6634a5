package org.casereport.write.pdf;

import com.openhtmltopdf.newtable.TableBox;
import com.openhtmltopdf.newtable.TableRowBox;
import com.openhtmltopdf.newtable.TableSectionBox;
import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.PageBox;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.SourcePos;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * What only a first layout can tell about tables, and the changes to the XHTML it leads to before the one render
 * that is kept:
 * <ul>
 * <li>a table taller than a column (or a page) is cut into parts of whole rows, each part with the header rows
 *     again and a "continued" line, so it breaks across columns and pages. Each part is one unbreakable box
 *     ({@code .table-box}, an inline block): openhtmltopdf's column layout moves rows of a table that breaks
 *     inside a column to wrong places and its PDF/UA tagging then fails on them, so no table breaks inside;</li>
 * <li>a table wider than its column is set across the page in a journal of several columns (its columns closed
 *     before it and opened again after it), else in a smaller type with its cells wrapped, and a warning names
 *     it — a table is never clipped.</li>
 * </ul>
 * The template marks each table: {@code div.table} with {@code data-number} (its number),
 * {@code data-name} ("Таблица 2") and {@code data-continued} ("Продолжение табл. 2"); inside, {@code div.table-box}
 * holds {@code div.table-caption}, {@code table.data} and {@code div.table-notes}.
 */
final class TableLayout {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";

    private record Split(Element box, List<Integer> cuts) { }

    private final List<Split> splits = new ArrayList<>();
    private final List<Element> tooWide = new ArrayList<>();

    private TableLayout() {
    }

    /** Looks at the laid-out boxes; nothing is changed yet. */
    static TableLayout measure(Box root, List<PageBox> pages, int columns) {
        TableLayout t = new TableLayout();
        if (pages.isEmpty()) return t;
        int columnHeight = Integer.MAX_VALUE;
        for (PageBox p : pages) columnHeight = Math.min(columnHeight, p.getBottom() - p.getTop());
        // a part must leave room for its margins and the continued line: 95 % of the column
        int room = (int) (columnHeight * 0.95);
        Map<Element, BlockBox> boxes = new IdentityHashMap<>();
        collect(root, boxes);
        for (Map.Entry<Element, BlockBox> e : boxes.entrySet()) {
            Element el = e.getKey();
            if (!hasClass(el, "table-box")) continue;
            BlockBox box = e.getValue();
            TableBox table = find(box, TableBox.class);
            if (table == null) continue;
            if (table.getWidth() > box.getContentWidth() + 20) t.tooWide.add(el);
            if (box.getHeight() <= room) continue;
            int header = 0;
            List<Integer> rows = new ArrayList<>();
            for (Box s : table.getChildren()) {
                if (!(s instanceof TableSectionBox section)) continue;
                if (section.isHeader()) header += section.getHeight();
                else for (Box r : section.getChildren()) if (r instanceof TableRowBox) rows.add(r.getHeight());
            }
            int caption = height(box, "table-caption", boxes);
            int notes = height(box, "table-notes", boxes);
            int continued = Math.max(header, 1);
            List<Integer> cuts = new ArrayList<>();
            int used = caption + header;
            int inPart = 0;
            for (int i = 0; i < rows.size(); i++) {
                boolean last = i == rows.size() - 1;
                int need = rows.get(i) + (last ? notes : 0);
                if (inPart > 0 && used + need > room) {
                    cuts.add(i);
                    used = continued + header;
                    inPart = 0;
                }
                used += rows.get(i);
                inPart++;
            }
            if (!cuts.isEmpty()) t.splits.add(new Split(el, cuts));
        }
        return t;
    }

    boolean changesNothing() {
        return splits.isEmpty() && tooWide.isEmpty();
    }

    /**
     * Changes the document: too-wide tables across the page (or smaller), long tables cut into parts.
     *
     * @param columns the journal's column count
     * @param warn    told of each table that could not stay as the case asked
     */
    void apply(int columns, java.util.function.Function<String, SourcePos> posOf,
               java.util.function.Consumer<Diagnostic> warn) {
        for (Element box : tooWide) {
            Element table = (Element) box.getParentNode();
            String name = table.getAttribute("data-name");
            SourcePos pos = posOf.apply(table.getAttribute("data-number"));
            if (columns > 1 && !hasClass(table, "table-page")) {
                toPageWidth(table);
                warn.accept(Diagnostic.warning("table-too-wide", pos, name + " is too wide for a column: it is set "
                        + "across the page (write {… width=page} in its caption to say so, or give it fewer columns)"));
            } else {
                table.setAttribute("class", table.getAttribute("class") + " table-small");
                warn.accept(Diagnostic.warning("table-too-wide", pos, name + " is too wide for the page: it is set "
                        + "in a smaller type with its cells wrapped; give it fewer or narrower columns"));
            }
        }
        for (Split s : splits) cut(s.box(), s.cuts());
    }

    /** The parts of a long table: rows [0, cut1), [cut1, cut2), …, each with the header again. */
    private static void cut(Element box, List<Integer> cuts) {
        Element wrapper = (Element) box.getParentNode();
        Element table = child(box, "table");
        Element caption = childWithClass(box, "table-caption");
        Element notes = childWithClass(box, "table-notes");
        Element thead = table == null ? null : child(table, "thead");
        Element tbody = table == null ? null : child(table, "tbody");
        if (tbody == null) return;
        List<Element> rows = new ArrayList<>();
        for (Node n = tbody.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && "tr".equals(e.getLocalName())) rows.add(e);
        }
        List<Integer> bounds = new ArrayList<>(cuts);
        bounds.add(0, 0);
        bounds.add(rows.size());
        String continued = wrapper.getAttribute("data-continued");
        for (int part = 0; part + 1 < bounds.size(); part++) {
            Element partBox = (Element) box.cloneNode(false);
            if (part == 0 && caption != null) partBox.appendChild(caption.cloneNode(true));
            if (part > 0) {
                Element p = box.getOwnerDocument().createElementNS(XHTML, "p");
                p.setAttribute("class", "table-continued");
                p.setTextContent(continued);
                partBox.appendChild(p);
            }
            Element t = (Element) table.cloneNode(false);
            for (Node n = table.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (n instanceof Element e && ("colgroup".equals(e.getLocalName()) || "thead".equals(e.getLocalName()))) {
                    t.appendChild(e.cloneNode(true));
                }
            }
            Element body = (Element) tbody.cloneNode(false);
            for (int r = bounds.get(part); r < bounds.get(part + 1); r++) body.appendChild(rows.get(r).cloneNode(true));
            t.appendChild(body);
            partBox.appendChild(t);
            if (part == bounds.size() - 2 && notes != null) partBox.appendChild(notes.cloneNode(true));
            wrapper.insertBefore(partBox, box);
        }
        wrapper.removeChild(box);
    }

    /**
     * Sets a table between the columns: the columns it stands in are closed before it and opened again after it
     * (the blocks after it, in the body and after the body, move into the new columns).
     */
    static void toPageWidth(Element wrapper) {
        wrapper.setAttribute("class", wrapper.getAttribute("class") + " table-page");
        Element body = (Element) wrapper.getParentNode();
        Element columns = (Element) body.getParentNode();
        if (columns == null || !hasClass(columns, "columns")) return;
        Element body2 = (Element) body.cloneNode(false);
        Element columns2 = (Element) columns.cloneNode(false);
        for (Node n = wrapper.getNextSibling(); n != null; ) {
            Node next = n.getNextSibling();
            body2.appendChild(n);
            n = next;
        }
        columns2.appendChild(body2);
        for (Node n = body.getNextSibling(); n != null; ) {
            Node next = n.getNextSibling();
            columns2.appendChild(n);
            n = next;
        }
        Node parent = columns.getParentNode();
        parent.insertBefore(wrapper, columns.getNextSibling());
        parent.insertBefore(columns2, wrapper.getNextSibling());
    }

    // ---------------------------------------------------------------- helpers

    private static void collect(Box b, Map<Element, BlockBox> out) {
        if (b instanceof BlockBox bb && b.getElement() != null && !b.isAnonymous()) out.putIfAbsent(b.getElement(), bb);
        for (Box c : children(b)) collect(c, out);
    }

    /** The child boxes, with the inline blocks a line holds (which are not among a line's children). */
    private static List<Box> children(Box b) {
        List<Box> out = new ArrayList<>(b.getChildren());
        if (b instanceof com.openhtmltopdf.render.InlineLayoutBox il) {
            for (Object o : il.getInlineChildren()) if (o instanceof Box c && !out.contains(c)) out.add(c);
        }
        return out;
    }

    private static int height(BlockBox box, String cls, Map<Element, BlockBox> boxes) {
        Element e = childWithClass(box.getElement(), cls);
        BlockBox b = e == null ? null : boxes.get(e);
        return b == null ? 0 : b.getHeight();
    }

    private static <T extends Box> T find(Box b, Class<T> type) {
        if (type.isInstance(b)) return type.cast(b);
        for (Box c : children(b)) {
            T t = find(c, type);
            if (t != null) return t;
        }
        return null;
    }

    static boolean hasClass(Element e, String cls) {
        for (String c : e.getAttribute("class").split("\\s+")) if (c.equals(cls)) return true;
        return false;
    }

    private static Element child(Element parent, String name) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && name.equals(e.getLocalName())) return e;
        }
        return null;
    }

    private static Element childWithClass(Element parent, String cls) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && hasClass(e, cls)) return e;
        }
        return null;
    }
}
