package org.casereport.write.fo;

import java.util.ArrayList;
import java.util.List;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.Text;

/**
 * A paragraph of the FO split in two blocks at a line end, so that a page-wide block may stand between the halves
 * ({@link FoWideBlocks}) and the split does not show: the first half's last line is justified
 * ({@code text-align-last="justify"}), the second half has no first-line indent and no space before it. The inlines
 * around the split point are cloned into the second half (an italic word after the split stays italic); the notes'
 * elements are moved, never copied, so the writer's references to them hold. {@link #undo} joins the halves again.
 */
final class FoParagraphSplit {
    private final Element first;
    private final Element second;
    /** Each element cut at the split point and its copy holding what followed it, innermost first. */
    private final List<Element[]> cut;
    private final Text before;
    private final Text after;
    /** The text nodes of the second half whose leading spaces were dropped, with their text before. */
    private final List<Trim> trimmed;
    /** The first half's {@code text-align-last} before the split ("" for none). */
    private final String alignLastWas;

    /** A text node and its text before its leading spaces were dropped. */
    private record Trim(Text node, String was) { }

    private FoParagraphSplit(Element first, Element second, List<Element[]> cut, Text before, Text after,
                             List<Trim> trimmed, String alignLastWas) {
        this.first = first;
        this.second = second;
        this.cut = cut;
        this.before = before;
        this.after = after;
        this.trimmed = trimmed;
        this.alignLastWas = alignLastWas;
    }

    /** A place in a paragraph's text: after character {@code offset} of the text node. */
    record Point(Text node, int offset) { }

    /** The second half (the block after the split). */
    Element second() {
        return second;
    }

    /**
     * Where the paragraph's printed text (its notes' bodies left out) ends {@code line}, compared squeezed
     * ({@link FoFigures#squeezed}): the point after its last letter, when the line is found exactly once and ends at a
     * word's end (a space, or the paragraph's end, follows); null otherwise (a line that ends in a broken word).
     */
    static Point lineEnd(Element paragraph, String line) {
        String want = FoFigures.squeezed(line);
        if (want.length() < 8) return null;
        StringBuilder squeezed = new StringBuilder();
        List<Point> at = new ArrayList<>();
        List<Text> texts = texts(paragraph);
        for (Text t : texts) {
            String v = t.getData();
            for (int i = 0; i < v.length(); i++) {
                String c = FoFigures.squeezed(String.valueOf(v.charAt(i)));
                for (int k = 0; k < c.length(); k++) {
                    squeezed.append(c.charAt(k));
                    at.add(new Point(t, i + 1));
                }
            }
        }
        int i = squeezed.indexOf(want);
        if (i < 0 || squeezed.indexOf(want, i + 1) >= 0) return null;
        Point end = at.get(i + want.length() - 1);
        // a word's end: what follows in the text is a space (or nothing)
        String next = following(texts, end);
        if (!next.isEmpty() && !Character.isWhitespace(next.charAt(0))) return null;
        return end;
    }

    /** Whether the point is the end of the paragraph's printed text (nothing but spaces after it). */
    static boolean atEnd(Element paragraph, Point p) {
        List<Text> texts = texts(paragraph);
        int i = texts.indexOf(p.node());
        if (!p.node().getData().substring(p.offset()).isBlank()) return false;
        for (int k = i + 1; k < texts.size(); k++) if (!texts.get(k).getData().isBlank()) return false;
        return true;
    }

    private static String following(List<Text> texts, Point p) {
        StringBuilder b = new StringBuilder(p.node().getData().substring(p.offset()));
        for (int k = texts.indexOf(p.node()) + 1; k < texts.size() && b.length() == 0; k++) b.append(texts.get(k).getData());
        return b.toString();
    }

    /** The paragraph's printed text nodes in order, its notes' bodies (printed at the foot) left out. */
    private static List<Text> texts(Node n) {
        List<Text> out = new ArrayList<>();
        collect(n, out);
        return out;
    }

    private static void collect(Node n, List<Text> out) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Text t) out.add(t);
            else if (c instanceof Element e && !"footnote-body".equals(e.getLocalName())) collect(e, out);
        }
    }

    /** Splits the paragraph at the point (inside it): two blocks, the second right after the first. */
    static FoParagraphSplit at(Element paragraph, Point p) {
        Text before = p.node();
        Text after = before.splitText(p.offset());
        List<Element[]> cut = new ArrayList<>();
        Node moving = after;
        Element parent = (Element) after.getParentNode();
        while (true) {
            Element copy = (Element) parent.cloneNode(false);
            copy.removeAttribute("id");
            for (Node n = moving; n != null; ) {
                Node next = n.getNextSibling();
                copy.appendChild(n);
                n = next;
            }
            parent.getParentNode().insertBefore(copy, parent.getNextSibling());
            cut.add(new Element[] {parent, copy});
            if (parent == paragraph) break;
            moving = copy;
            parent = (Element) parent.getParentNode();
        }
        Element second = cut.get(cut.size() - 1)[1];
        List<Trim> trimmed = new ArrayList<>();
        for (Text t : texts(second)) {
            String v = t.getData();
            String s = v.stripLeading();
            trimmed.add(new Trim(t, v));
            t.setData(s);
            if (!s.isEmpty()) break;
        }
        String was = paragraph.getAttribute("text-align-last");
        paragraph.setAttribute("text-align-last", "justify");
        second.setAttribute("text-indent", "0");
        second.setAttribute("space-before", "0pt");
        return new FoParagraphSplit(paragraph, second, cut, before, after, trimmed, was);
    }

    /** Joins the halves again: the paragraph as it was. */
    void undo() {
        for (Trim t : trimmed) t.node().setData(t.was());
        for (int k = cut.size() - 1; k >= 0; k--) {
            Element orig = cut.get(k)[0], copy = cut.get(k)[1];
            while (copy.getFirstChild() != null) orig.appendChild(copy.getFirstChild());
            copy.getParentNode().removeChild(copy);
        }
        before.appendData(after.getData());
        after.getParentNode().removeChild(after);
        if (alignLastWas.isEmpty()) first.removeAttribute("text-align-last");
        else first.setAttribute("text-align-last", alignLastWas);
    }
}
