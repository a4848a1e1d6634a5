package org.casereport.write.pdf;

import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * Sets a figure that does not fit with its whole caption where it falls as a journal does: at the head of the next
 * column, the text running on before it. A column break before the figure (the keep's other remedy) leaves the
 * rest of its column empty, the whole column when the figure stood at its head already (the lch case's figure 1,
 * taller with its two-language caption than what the front matter leaves of page 1). So the document is set once
 * without the figure (a probe), the paragraph that runs from the figure's column into the next one is found by the
 * text of the next column's first line, and the figure is moved after that paragraph (after a heading's paragraph,
 * never past a table or another figure). openhtmltopdf has no top floats, so the figure follows the few lines that
 * end that paragraph.
 */
final class FigureDefer {
    /** Renders a (changed) document to PDF bytes: a whole render, as the probe needs the set pages. */
    interface Render {
        byte[] apply(Document dom) throws IOException;
    }

    /** Letters of the next column's first line that must be found in the paragraph (after its first word). */
    private static final int PROBE = 16;

    private FigureDefer() {
    }

    /**
     * Moves {@code figure}, whose picture is painted at {@code where}, after the paragraph that runs into the column
     * after the picture's; false (the document unchanged) when no such paragraph is found.
     */
    static boolean defer(Document dom, Element figure, FigureKeep.Picture where, Render render,
            double topPt, double bottomPt, int columns) throws IOException {
        String style = figure.getAttribute("style");
        figure.setAttribute("style", "display: none;" + style);
        byte[] probe;
        try {
            probe = render.apply(dom);
        } finally {
            if (style.isEmpty()) figure.removeAttribute("style");
            else figure.setAttribute("style", style);
        }
        String line;
        try (PDDocument d = Loader.loadPDF(probe)) {
            float width = d.getPage(0).getMediaBox().getWidth();
            boolean right = columns > 1 && where.left() >= width / 2;
            int page = columns > 1 && !right ? where.page() : where.page() + 1;
            boolean nextRight = columns > 1 && !right;
            if (page >= d.getNumberOfPages()) return false;
            line = firstLine(d, page, nextRight, columns, width, topPt, bottomPt);
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
     * The first body line of a column (below the running head, above the page numbers), squeezed, without its first
     * word (perhaps the end of a word broken at the column before): {@value #PROBE} letters of it, or null.
     */
    private static String firstLine(PDDocument d, int page, boolean rightColumn, int columns, float width,
            double topPt, double bottomPt) throws IOException {
        float height = d.getPage(page).getMediaBox().getHeight();
        List<TextPosition> glyphs = new ArrayList<>();
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition t) {
                double top = t.getYDirAdj() - t.getHeightDir();
                boolean inColumn = columns < 2 || (t.getXDirAdj() >= width / 2) == rightColumn;
                if (inColumn && top >= topPt - 1 && t.getYDirAdj() <= height - bottomPt + 1) glyphs.add(t);
            }
        };
        s.setStartPage(page + 1);
        s.setEndPage(page + 1);
        s.getText(d);
        if (glyphs.isEmpty()) return null;
        double first = glyphs.stream().mapToDouble(TextPosition::getYDirAdj).min().orElseThrow();
        List<TextPosition> line = new ArrayList<>(glyphs.stream().filter(t -> Math.abs(t.getYDirAdj() - first) < 1).toList());
        line.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < line.size(); i++) {
            TextPosition t = line.get(i);
            if (i > 0) {
                TextPosition p = line.get(i - 1);
                if (t.getXDirAdj() - p.getXDirAdj() - p.getWidthDirAdj() > 1) text.append(' ');
            }
            text.append(t.getUnicode());
        }
        String words = text.toString().strip();
        int space = words.indexOf(' ');
        String rest = squeezed(space < 0 ? words : words.substring(space + 1));
        if (rest.length() < 6) return null;
        return rest.substring(0, Math.min(PROBE, rest.length()));
    }

    /** Text as compared: compatibility forms (a ligature's letters), no spaces, soft hyphens, joiners or hyphens. */
    static String squeezed(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("[\\s\u00a0\u00ad\u2060\\-]", "");
    }
}
