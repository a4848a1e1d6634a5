package org.casereport.write.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.casereport.write.pdf.ColumnLines.Line;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * A heading keeps with what follows it in columns. openhtmltopdf deals the lines of a column container into the
 * columns one by one and does not honour {@code page-break-after: avoid} there, so a section heading or the
 * "ЛИТЕРАТУРА / REFERENCES" heading can end a column with its text at the head of the next. After a layout, each
 * heading whose line is the last of its column (and something follows) gets a column break before it, and the
 * document is laid out again: a layout, not a render, and only when a heading stands so. Nothing before the heading
 * moves (the lines before a break stay where they were, {@link ColumnLines}); three rounds at most.
 */
final class HeadingKeep {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final int ROUNDS = 3;

    private HeadingKeep() {
    }

    /** The layout to go on with: {@code laid}, or that of {@code dom} with breaks before lone headings (closing laid). */
    static LaidOut keep(Document dom, LaidOut laid, ColumnBalancer.Layout layout) throws IOException {
        for (int round = 0; round < ROUNDS; round++) {
            List<Element> alone = alone(dom, laid);
            if (alone.isEmpty()) return laid;
            for (Element h : alone) {
                Element brk = dom.createElementNS(XHTML, "div");
                brk.setAttribute("class", "heading-keep");
                brk.setAttribute("style", "break-before: column;");
                h.getParentNode().insertBefore(brk, h);
            }
            laid.close();
            laid = layout.apply(dom);
        }
        return laid;
    }

    /** The headings (h2–h5) whose last line ends a column that more lines follow. */
    static List<Element> alone(Document dom, LaidOut laid) {
        Set<Element> headings = new HashSet<>();
        for (String tag : List.of("h2", "h3", "h4", "h5")) {
            NodeList n = dom.getElementsByTagNameNS(XHTML, tag);
            for (int i = 0; i < n.getLength(); i++) headings.add((Element) n.item(i));
        }
        if (headings.isEmpty()) return List.of();
        List<Line> lines = ColumnLines.of(laid.root(), headings).lines();
        Set<Element> out = new LinkedHashSet<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line l = lines.get(i);
            Line next = lines.get(i + 1);
            boolean endsColumn = next.page() != l.page() || next.column() != l.column() || next.container() != l.container();
            if (endsColumn && next.container() == l.container() && l.block() != null && next.block() != l.block()) {
                out.add(l.block());
            }
        }
        return new ArrayList<>(out);
    }
}
