package org.casereport.write.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.TextPosition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Keeps a column figure's caption with its picture. {@code page-break-inside: avoid} on the figure is kept inside
 * columns only while the picture itself does not fit: a picture that just fits at the foot of a column stays there
 * and its caption goes on at the head of the next column (making the figure an inline block, as a table's box is,
 * moved it whole but left the picture painted, clipped, at the foot as well). So the layout is looked at before
 * a PDF is made: a figure one of whose caption labels is set on another page or in the other column than its
 * picture has lost its caption ({@link #apart(Document, com.openhtmltopdf.render.Box, int, Map)}). Then the set
 * PDF is read back too: a picture (a form or image XObject painted on the page) with no text right under it in its
 * own x range, above the bottom margin, has lost its caption. Such a figure is moved ({@link FigureDefer}) or gets
 * a column break ({@code break-before: column}) before it, and the document is laid out again. The pictures are
 * the figures of the document in order.
 */
final class FigureKeep {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** How far below a picture's foot its caption's first glyph may start (pt): the caption's top margin and more. */
    private static final double CAPTION_GAP = 16;
    /** A gap between two glyphs of a line wider than this (pt) is the gap between two columns, not a word space. */
    private static final double COLUMN_GAP = 12;

    /** A picture as painted: page (from 0), its x range and its foot (PDF points, y up). */
    record Picture(int page, double left, double right, double bottom) { }

    /** Where a layout set a box: its page (from 0), and whether in the right-hand column. */
    record Spot(int page, boolean right) { }

    private FigureKeep() {
    }

    /**
     * The figures of {@code dom} (in document order) whose picture in {@code d} (read only, left open) has no caption
     * under it; empty when the pictures cannot be told apart from the figures (their counts differ). {@code scan} is
     * {@code d}'s pages as {@link PageGlyphs#scan} read them (the same read serves the hyphen marks).
     */
    static List<Element> apart(Document dom, PDDocument d, PageGlyphs.Scan scan, double bottomMarginPt) {
        List<Element> figures = figures(dom);
        List<Element> out = new ArrayList<>();
        if (figures.isEmpty()) return out;
        List<Picture> pictures = scan.pictures();
        if (pictures.size() != figures.size()) return out;
        Map<Integer, List<TextPosition>> glyphs = scan.positions();
        for (int i = 0; i < pictures.size(); i++) {
            Picture p = pictures.get(i);
            PDRectangle box = d.getPage(p.page()).getMediaBox();
            boolean captioned = false;
            for (TextPosition t : glyphs.get(p.page())) {
                double x = t.getXDirAdj();
                double top = box.getHeight() - (t.getYDirAdj() - t.getHeightDir());
                if (x >= p.left() - 2 && x <= p.right() && top <= p.bottom() + 2 && top >= p.bottom() - CAPTION_GAP
                        && top - t.getHeightDir() > bottomMarginPt - 1) {
                    captioned = true;
                    break;
                }
            }
            if (!captioned || !labelsUnder(figures.get(i), p, glyphs.get(p.page()), box.getHeight(), bottomMarginPt)) {
                out.add(figures.get(i));
            }
        }
        return out;
    }

    /**
     * Every label of the figure's caption ("Fig. 1.", then "Рис. 1." of the second language) is printed under its
     * picture on its page, above the bottom margin, in a line that reaches into the picture's x range (a caption
     * wider than a centred picture starts left of it): a caption whose first line keeps with the picture may still
     * run on into the next column or page with its second language.
     */
    private static boolean labelsUnder(Element figure, Picture p, List<TextPosition> glyphs, double height,
            double bottomMarginPt) {
        Map<Integer, List<TextPosition>> lines = new java.util.TreeMap<>();
        for (TextPosition t : glyphs) {
            double top = height - (t.getYDirAdj() - t.getHeightDir());
            if (top <= p.bottom() + 2 && top - t.getHeightDir() > bottomMarginPt - 1) {
                lines.computeIfAbsent(Math.round(t.getYDirAdj()), k -> new ArrayList<>()).add(t);
            }
        }
        StringBuilder under = new StringBuilder();
        for (List<TextPosition> line : lines.values()) {
            line.sort(java.util.Comparator.comparingDouble(TextPosition::getXDirAdj));
            // the line cut where its glyphs stand wider apart than a word space (between two columns)
            int from = 0;
            for (int k = 1; k <= line.size(); k++) {
                if (k == line.size() || line.get(k).getXDirAdj() - line.get(k - 1).getXDirAdj()
                        - line.get(k - 1).getWidthDirAdj() > COLUMN_GAP) {
                    List<TextPosition> run = line.subList(from, k);
                    double left = run.get(0).getXDirAdj();
                    double right = run.get(run.size() - 1).getXDirAdj() + run.get(run.size() - 1).getWidthDirAdj();
                    if (right >= p.left() - 2 && left <= p.right()) {
                        for (TextPosition t : run) under.append(t.getUnicode());
                    }
                    from = k;
                }
            }
        }
        String text = squeezed(under.toString());
        org.w3c.dom.NodeList spans = figure.getElementsByTagNameNS(XHTML, "span");
        for (int i = 0; i < spans.getLength(); i++) {
            Element s = (Element) spans.item(i);
            if (TableLayout.hasClass(s, "caption-label") && !text.contains(squeezed(s.getTextContent()))) return false;
        }
        return true;
    }

    /** Text without its spaces (a justified line's spaces are not glyphs). */
    private static String squeezed(String s) {
        return s.replaceAll("[\\s\u00a0\u2060]", "");
    }

    /**
     * The figures whose caption a layout set apart from the picture, decided on the layout alone (no PDF made):
     * every caption label ("Fig. 1.", "Рис. 1.") of the figure was laid out, and the line of one of them stands on
     * another page than the picture, or in the other column. Only that clear case: a caption whose label lines stand
     * with the picture but which is cut off at the column's foot is left to the check of the set PDF
     * ({@link #apart(Document, PDDocument, PageGlyphs.Scan, double)}). {@code spots} is given where each figure's
     * picture was set (the figures found apart, and the others).
     */
    static List<Element> apart(Document dom, com.openhtmltopdf.render.Box root, int columns, Map<Element, Spot> spots) {
        List<Element> figures = figures(dom);
        List<Element> out = new ArrayList<>();
        if (figures.isEmpty()) return out;
        // the layout may be of a copy of the document (the balancer's): its figures are known by their ids
        Map<String, Element> marked = new java.util.HashMap<>();
        for (Element f : figures) marked.putIfAbsent(f.getAttribute("id"), f);
        Map<Element, List<Spot>> labels = new java.util.IdentityHashMap<>();
        List<com.openhtmltopdf.render.PageBox> pages = root.getLayer().getPages();
        placed(root, null, null, marked, columns, pages, spots, labels);
        for (Element f : figures) {
            Spot picture = spots.get(f);
            List<Spot> lines = labels.getOrDefault(f, List.of());
            if (picture == null || lines.isEmpty() || lines.size() != labelCount(f)) continue;
            for (Spot l : lines) {
                if (!l.equals(picture)) {
                    out.add(f);
                    break;
                }
            }
        }
        return out;
    }

    /** Walks the boxes: each figure's picture (its first replaced box) and the lines of its caption labels. */
    private static void placed(com.openhtmltopdf.render.Box b, com.openhtmltopdf.render.FlowingColumnContainerBox columns,
            Element figure, Map<String, Element> figures, int count, List<com.openhtmltopdf.render.PageBox> pages,
            Map<Element, Spot> spots, Map<Element, List<Spot>> labels) {
        if (b instanceof com.openhtmltopdf.render.FlowingColumnContainerBox c) columns = c;
        if (b.getElement() != null && TableLayout.hasClass(b.getElement(), "figure")) {
            figure = figures.get(b.getElement().getAttribute("id"));
        }
        if (figure != null && b instanceof com.openhtmltopdf.render.BlockBox bb && bb.isReplaced()) {
            spots.putIfAbsent(figure, spot(b, columns, count, pages));
            return;
        }
        if (figure != null && b instanceof com.openhtmltopdf.render.LineBox line && b.getHeight() > 0) {
            int n = labelsIn(line);
            for (int i = 0; i < n; i++) labels.computeIfAbsent(figure, k -> new ArrayList<>()).add(spot(b, columns, count, pages));
        }
        // a figure kept whole in columns is an inline block of a line (not among the line's children)
        List<com.openhtmltopdf.render.Box> inside = new ArrayList<>(b.getChildren());
        if (b instanceof com.openhtmltopdf.render.InlineLayoutBox il) {
            for (Object o : il.getInlineChildren()) if (o instanceof com.openhtmltopdf.render.Box c && !inside.contains(c)) inside.add(c);
        }
        for (com.openhtmltopdf.render.Box c : inside) placed(c, columns, figure, figures, count, pages, spots, labels);
    }

    /** The caption labels that start in a line (the inline boxes of their spans, not counting a label's later parts). */
    private static int labelsIn(com.openhtmltopdf.render.Box b) {
        int n = 0;
        List<Object> inside = new ArrayList<>(b.getChildren());
        if (b instanceof com.openhtmltopdf.render.InlineLayoutBox il) {
            inside.clear();
            inside.addAll(il.getInlineChildren());
        }
        for (Object o : inside) {
            if (!(o instanceof com.openhtmltopdf.render.InlineLayoutBox il)) continue;
            if (il.getElement() != null && TableLayout.hasClass(il.getElement(), "caption-label") && il.isStartsHere()) n++;
            else n += labelsIn(il);
        }
        return n;
    }

    private static Spot spot(com.openhtmltopdf.render.Box b, com.openhtmltopdf.render.FlowingColumnContainerBox columns,
            int count, List<com.openhtmltopdf.render.PageBox> pages) {
        int page = 0;
        for (int i = 0; i < pages.size(); i++) if (pages.get(i).getTop() <= b.getAbsY()) page = i;
        boolean right = count > 1 && columns != null && b.getAbsX() >= columns.getAbsX() + columns.getWidth() / 2;
        return new Spot(page, right);
    }

    /** The caption labels of a figure in the document. */
    private static int labelCount(Element figure) {
        int n = 0;
        org.w3c.dom.NodeList spans = figure.getElementsByTagNameNS(XHTML, "span");
        for (int i = 0; i < spans.getLength(); i++) {
            if (TableLayout.hasClass((Element) spans.item(i), "caption-label")) n++;
        }
        return n;
    }

    /** Puts a column break (a page break in a one-column journal) before each figure. */
    static void breakBefore(List<Element> figures, int columns) {
        for (Element f : figures) {
            Element brk = f.getOwnerDocument().createElementNS(XHTML, "div");
            brk.setAttribute("class", "figure-keep");
            brk.setAttribute("style", columns > 1 ? "break-before: column;" : "page-break-before: always;");
            f.getParentNode().insertBefore(brk, f);
        }
    }

    /** The figure blocks ({@code div.figure}) in document order. */
    static List<Element> figures(Document dom) {
        List<Element> out = new ArrayList<>();
        org.w3c.dom.NodeList divs = dom.getElementsByTagNameNS(XHTML, "div");
        for (int i = 0; i < divs.getLength(); i++) {
            Element e = (Element) divs.item(i);
            if (TableLayout.hasClass(e, "figure")) out.add(e);
        }
        return out;
    }

    /** Every form or image XObject painted directly on a page (not those inside a form), page after page. */
    static List<Picture> pictures(PDDocument d) throws IOException {
        return PageGlyphs.scan(d).pictures();
    }
}
