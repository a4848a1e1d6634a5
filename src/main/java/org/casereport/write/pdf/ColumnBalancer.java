package org.casereport.write.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Balances the columns of the last page. openhtmltopdf fills columns one after the other and never balances
 * them, so a short last page has a full left column and an empty right one. This class tries column breaks
 * ({@code break-before: column}) before the blocks of the last page and keeps the earliest break where the left
 * column is at least as long as the right one. Each try is a whole render, and the pages before the last must come
 * out exactly as they were. It is a binary search over the blocks that start on the last page, so a few renders at
 * most. The blocks are whole paragraphs, so the columns can still differ by up to one paragraph.
 */
final class ColumnBalancer {
    /** Renders a (modified) document to PDF bytes. */
    interface Render {
        byte[] apply(Document dom) throws IOException;
    }

    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    private static final List<String> BLOCKS = List.of("p", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol", "blockquote");

    private final double topPt;
    private final double bottomPt;
    private final double tolerancePt;

    /**
     * @param topPt    the top page margin (running header above it is ignored)
     * @param bottomPt the bottom page margin (page numbers below it are ignored)
     */
    ColumnBalancer(double topPt, double bottomPt, double tolerancePt) {
        this.topPt = topPt;
        this.bottomPt = bottomPt;
        this.tolerancePt = tolerancePt;
    }

    /** The balanced PDF, or {@code first} when it is balanced already or no break helps. */
    byte[] balance(Document dom, byte[] first, Render render) throws IOException {
        Shape base = shape(first);
        if (base.pages < 1 || base.right + tolerancePt >= base.left) return first;
        List<Element> blocks = candidates(dom);
        if (blocks.size() < 2) return first;
        int lo = firstOnLastPage(blocks, base.lastText);
        if (lo < 1) lo = 1;
        int hi = blocks.size() - 1;
        // The bottoms move one way: the later the break, the longer the left column. Search by that, and keep the
        // most even of the tries whose earlier pages came out unchanged (a break can also disturb them).
        Trial best = null;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            Trial t = tryBreak(dom, mid, render);
            if (t.samePages(base) && (best == null || t.gap() < best.gap())) best = t;
            if (t.shape.left + tolerancePt >= t.shape.right) {
                hi = mid - 1;
            } else {
                lo = mid + 1;
            }
        }
        return best == null || best.gap() >= base.left - base.right ? first : best.pdf;
    }

    private record Trial(byte[] pdf, Shape shape) {
        boolean samePages(Shape base) {
            // the same pages before the last, and the same text on the last (only placed otherwise)
            return shape.pages == base.pages && shape.before.equals(base.before) && shape.lastText.equals(base.lastText);
        }

        double gap() {
            return Math.abs(shape.left - shape.right);
        }
    }

    private Trial tryBreak(Document dom, int index, Render render) {
        try {
            Document trial = (Document) dom.cloneNode(true);
            Element at = candidates(trial).get(index);
            Element brk = trial.createElementNS(XHTML, "div");
            brk.setAttribute("style", "break-before: column;");
            at.getParentNode().insertBefore(brk, at);
            byte[] pdf = render.apply(trial);
            return new Trial(pdf, shape(pdf));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Blocks of the column flow, in document order, not nested in one another; none right after a heading. */
    static List<Element> candidates(Document dom) {
        List<Element> out = new ArrayList<>();
        Element columns = findColumns(dom.getDocumentElement());
        if (columns != null) collect(columns, out);
        return out;
    }

    private static Element findColumns(Element e) {
        for (String c : e.getAttribute("class").split("\\s+")) if (c.equals("columns")) return e;
        for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element child) {
                Element f = findColumns(child);
                if (f != null) return f;
            }
        }
        return null;
    }

    private static void collect(Element parent, List<Element> out) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (!(n instanceof Element e)) continue;
            String name = e.getLocalName() == null ? e.getTagName() : e.getLocalName();
            name = name.toLowerCase(Locale.ROOT);
            boolean figure = name.equals("div") && (" " + e.getAttribute("class") + " ").contains(" figure ");
            if (BLOCKS.contains(name) || figure) {
                if (!afterHeading(e)) out.add(e);
            } else {
                collect(e, out);
            }
        }
    }

    private static boolean afterHeading(Element e) {
        Node p = e.getPreviousSibling();
        while (p != null && !(p instanceof Element)) p = p.getPreviousSibling();
        if (!(p instanceof Element pe)) return false;
        String name = (pe.getLocalName() == null ? pe.getTagName() : pe.getLocalName()).toLowerCase(Locale.ROOT);
        return name.matches("h[1-6]");
    }

    /** The first block whose opening words are printed on the last page (a block split across pages is not). */
    private static int firstOnLastPage(List<Element> blocks, String lastPageText) {
        for (int i = 0; i < blocks.size(); i++) {
            String t = blocks.get(i).getTextContent().replaceAll("\\s+", "");
            if (t.length() < 8) continue;
            String head = t.substring(0, Math.min(30, t.length()));
            if (lastPageText.startsWith(head)) return i;
            int at = lastPageText.indexOf(head);
            if (at > 0) return i;
        }
        return -1;
    }

    /** How the PDF's pages came out: the text before the last page, and the bottoms of the last page's columns. */
    private record Shape(int pages, String before, String lastText, double left, double right) {
    }

    private Shape shape(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            int n = doc.getNumberOfPages();
            if (n == 0) return new Shape(0, "", "", 0, 0);
            String before = "";
            if (n > 1) {
                PDFTextStripper s = new PDFTextStripper();
                s.setEndPage(n - 1);
                before = s.getText(doc);
            }
            PDPage last = doc.getPage(n - 1);
            float width = last.getMediaBox().getWidth();
            float height = last.getMediaBox().getHeight();
            double[] bottoms = {0, 0};
            StringBuilder text = new StringBuilder();
            PDFTextStripper s = new PDFTextStripper() {
                @Override
                protected void writeString(String str, List<TextPosition> positions) throws IOException {
                    for (TextPosition p : positions) {
                        float y = p.getYDirAdj();
                        if (y < topPt || y > height - bottomPt) continue; // running header, page number
                        int col = p.getXDirAdj() < width / 2 ? 0 : 1;
                        bottoms[col] = Math.max(bottoms[col], y);
                        text.append(p.getUnicode());
                    }
                    super.writeString(str, positions);
                }
            };
            s.setStartPage(n);
            s.setEndPage(n);
            s.getText(doc);
            return new Shape(n, before, text.toString().replaceAll("\\s+", ""), bottoms[0], bottoms[1]);
        }
    }
}
