package org.casereport.write.pdf;

import com.openhtmltopdf.render.BlockBox;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.render.FlowingColumnContainerBox;
import com.openhtmltopdf.render.InlineLayoutBox;
import com.openhtmltopdf.render.InlineText;
import com.openhtmltopdf.render.LineBox;
import com.openhtmltopdf.render.PageBox;
import java.io.IOException;
import java.text.Normalizer;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Sets a figure that does not fit with its whole caption where it falls as a journal does: at the head of the next
 * column, the text running on before it. A column break before the figure (the keep's other remedy) leaves the
 * rest of its column empty, the whole column when the figure stood at its head already (the lch case's figure 1,
 * taller with its two-language caption than what the front matter leaves of page 1). So the document is laid out
 * once without the figure (a probe: a layout, as the render lays it out, heading keeps and balancing included, but
 * no PDF made), the paragraph that runs from the figure's column into the next one is found by the text of the next
 * column's first line (read from the probe's line boxes), and the figure is moved after that paragraph (after a
 * heading's paragraph, never past a table or another figure). openhtmltopdf has no top floats, so the figure follows
 * the few lines that end that paragraph.
 */
final class FigureDefer {

    /** Letters of the next column's first line that must be found in the paragraph (after its first word). */
    private static final int PROBE = 16;

    private FigureDefer() {
    }

    /**
     * Moves {@code figure}, whose picture is painted at {@code where}, after the paragraph that runs into the column
     * after the picture's; false (the document unchanged) when no such paragraph is found.
     */
    static boolean defer(Document dom, Element figure, FigureKeep.Picture where, float pageWidthPt,
            ColumnBalancer.Layout layout, int columns) throws IOException {
        return defer(dom, figure, new FigureKeep.Spot(where.page(), columns > 1 && where.left() >= pageWidthPt / 2),
                layout, columns);
    }

    /**
     * {@link #defer(Document, Element, FigureKeep.Picture, float, ColumnBalancer.Layout, int)} with the picture's
     * page and column as a layout placed it ({@link FigureKeep#apart(Document, com.openhtmltopdf.render.Box, int,
     * java.util.Map)}).
     */
    static boolean defer(Document dom, Element figure, FigureKeep.Spot where, ColumnBalancer.Layout layout,
            int columns) throws IOException {
        String style = figure.getAttribute("style");
        figure.setAttribute("style", "display: none;" + style);
        String line;
        try (LaidOut probe = layout.apply(dom)) {
            boolean right = columns > 1 && where.right();
            int page = columns > 1 && !right ? where.page() : where.page() + 1;
            boolean nextRight = columns > 1 && !right;
            List<PageBox> pages = probe.root().getLayer().getPages();
            if (page >= pages.size()) return false;
            line = firstLine(probe.root(), pages, page, nextRight, columns);
        } finally {
            if (style.isEmpty()) figure.removeAttribute("style");
            else figure.setAttribute("style", style);
        }
        if (line == null) return false;
        for (Node n = figure.getNextSibling(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            if (TableLayout.hasClass(e, "figure") || TableLayout.hasClass(e, "table") || "table".equals(e.getLocalName())) {
                return false;
            }
            if (squeezed(e.getTextContent()).contains(line)) {
                Element after = e;
                if (e.getLocalName().matches("h[1-6]")) {
                    Node next = e.getNextSibling();
                    while (next != null && !(next instanceof Element)) next = next.getNextSibling();
                    if (next == null) return false;
                    after = (Element) next;
                }
                Node before = figure.getPreviousSibling();
                while (before != null && !(before instanceof Element)) before = before.getPreviousSibling();
                if (before instanceof Element b && TableLayout.hasClass(b, "figure-keep")) {
                    b.getParentNode().removeChild(b); // an earlier round's break: the move replaces it
                }
                after.getParentNode().insertBefore(figure, after.getNextSibling());
                return true;
            }
        }
        return false;
    }

    /**
     * The first body line of a column of the laid-out page (the page's own running head and numbers are not in the
     * document's boxes), squeezed, without its first word (perhaps the end of a word broken at the column before):
     * {@value #PROBE} letters of it, or null. A line is a line box with text of its own (a reference entry's lines
     * are those inside the entry's box); its column is the side of its column container's middle (of the body's,
     * outside one) it starts on.
     */
    private static String firstLine(Box root, List<PageBox> pages, int page, boolean rightColumn, int columns) {
        Box[] first = {null};
        String[] text = {null};
        lines(root, null, root, pages, page, rightColumn, columns, first, text);
        if (text[0] == null) return null;
        String words = text[0].strip();
        int space = words.indexOf(' ');
        String rest = squeezed(space < 0 ? words : words.substring(space + 1));
        if (rest.length() < 6) return null;
        return rest.substring(0, Math.min(PROBE, rest.length()));
    }

    /** Walks the boxes under {@code b}, keeping in {@code first} and {@code text} the topmost line of the column. */
    private static void lines(Box b, FlowingColumnContainerBox container, Box root, List<PageBox> pages, int page,
            boolean rightColumn, int columns, Box[] first, String[] text) {
        if (b instanceof FlowingColumnContainerBox c) container = c;
        if (b instanceof LineBox line) {
            StringBuilder own = new StringBuilder();
            for (Box c : line.getChildren()) text(c, own, line, container, root, pages, page, rightColumn, columns, first, text);
            if (!own.toString().isBlank() && pageOf(pages, line.getAbsY()) == page && line.getHeight() > 0) {
                Box side = container != null ? container : root;
                boolean inColumn = columns < 2 || (line.getAbsX() >= side.getAbsX() + side.getWidth() / 2) == rightColumn;
                if (inColumn && (first[0] == null || line.getAbsY() < first[0].getAbsY())) {
                    first[0] = line;
                    text[0] = own.toString();
                }
            }
            return;
        }
        for (Box c : b.getChildren()) lines(c, container, root, pages, page, rightColumn, columns, first, text);
    }

    /** The text an inline box sets on its line; the lines of an inline block inside it are walked as lines. */
    private static void text(Box b, StringBuilder out, LineBox line, FlowingColumnContainerBox container, Box root,
            List<PageBox> pages, int page, boolean rightColumn, int columns, Box[] first, String[] text) {
        if (!(b instanceof InlineLayoutBox il)) {
            lines(b, container, root, pages, page, rightColumn, columns, first, text);
            return;
        }
        for (Object o : il.getInlineChildren()) {
            if (o instanceof InlineText t) out.append(t.getSubstring());
            else if (o instanceof InlineLayoutBox inner) text(inner, out, line, container, root, pages, page, rightColumn, columns, first, text);
            else if (o instanceof BlockBox block) lines(block, container, root, pages, page, rightColumn, columns, first, text);
        }
    }

    private static int pageOf(List<PageBox> pages, int y) {
        int at = 0;
        for (int i = 0; i < pages.size(); i++) if (pages.get(i).getTop() <= y) at = i;
        return at;
    }

    /** Text as compared: compatibility forms (a ligature's letters), no spaces, soft hyphens, joiners or hyphens. */
    static String squeezed(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\u00a0\u00ad\u2060\\-]", "");
    }
}
