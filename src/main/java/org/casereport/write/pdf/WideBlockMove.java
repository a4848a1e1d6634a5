package org.casereport.write.pdf;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * A page-wide block moved above a lone block. Between two page-wide blocks (a table, then a figure) a column flow of
 * one paragraph cannot be balanced: a column break stands only between blocks. So the second page-wide block moves
 * up to stand right under the first, and the paragraph joins the flow after it, which fills both columns. The
 * figure then stands a paragraph before its mention, on its page (the caller keeps the move only when no page is
 * added and nothing before the flow moves).
 */
final class WideBlockMove {
    private WideBlockMove() {
    }

    /**
     * A copy of {@code dom} with the move made at flow {@code flow} (an index into {@link ColumnBalancer#flows}), or
     * null when that flow is not one block standing between two page-wide blocks with a flow after them.
     */
    static Document above(Document dom, int flow) {
        if (parts(dom, flow) == null) return null;
        Document copy = (Document) dom.cloneNode(true);
        Element[] p = parts(copy, flow);
        Element here = p[0], wide = p[1], next = p[2];
        here.getParentNode().insertBefore(wide, here);
        Element body = lastElement(here);
        for (Node n = next.getFirstChild(); n != null; ) {
            Node following = n.getNextSibling();
            if (n instanceof Element e && body != null && sameKind(e, body)) {
                for (Node m = e.getFirstChild(); m != null; ) {
                    Node after = m.getNextSibling();
                    body.appendChild(m);
                    m = after;
                }
            } else {
                here.appendChild(n);
            }
            n = following;
        }
        next.getParentNode().removeChild(next);
        return copy;
    }

    /** The flow, the page-wide block after it and the flow after that, when the move applies there; else null. */
    private static Element[] parts(Document dom, int flow) {
        List<Element> flows = ColumnBalancer.flows(dom);
        if (flow <= 0 || flow + 1 >= flows.size()) return null;
        Element here = flows.get(flow);
        Element next = flows.get(flow + 1);
        Element wide = sibling(here, true);
        Element before = sibling(here, false);
        if (wide == null || before == null || !TableLayout.hasClass(wide, "page-wide")
                || !TableLayout.hasClass(before, "page-wide") || sibling(wide, true) != next) {
            return null;
        }
        List<Element> blocks = new ArrayList<>();
        ColumnBalancer.collect(here, blocks);
        return blocks.size() == 1 ? new Element[] {here, wide, next} : null;
    }

    private static boolean sameKind(Element a, Element b) {
        return a.getTagName().equals(b.getTagName()) && a.getAttribute("class").equals(b.getAttribute("class"));
    }

    private static Element lastElement(Element e) {
        for (Node n = e.getLastChild(); n != null; n = n.getPreviousSibling()) {
            if (n instanceof Element child) return child;
        }
        return null;
    }

    private static Element sibling(Element e, boolean after) {
        for (Node n = after ? e.getNextSibling() : e.getPreviousSibling(); n != null;
             n = after ? n.getNextSibling() : n.getPreviousSibling()) {
            if (n instanceof Element s) return s;
        }
        return null;
    }
}
