package org.casereport.write.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.PDFStreamEngine;
import org.apache.pdfbox.contentstream.operator.DrawObject;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.contentstream.operator.state.Concatenate;
import org.apache.pdfbox.contentstream.operator.state.Restore;
import org.apache.pdfbox.contentstream.operator.state.Save;
import org.apache.pdfbox.contentstream.operator.state.SetMatrix;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Keeps a column figure's caption with its picture. {@code page-break-inside: avoid} on the figure is kept inside
 * columns only while the picture itself does not fit: a picture that just fits at the foot of a column stays there
 * and its caption goes on at the head of the next column (making the figure an inline block, as a table's box is,
 * moved it whole but left the picture painted, clipped, at the foot as well). So after a render the PDF is read
 * back: a picture (a form or image XObject painted on the page) with no text right under it in its own x range,
 * above the bottom margin, has lost its caption; a column break ({@code break-before: column}) is put before that
 * figure and the document rendered again. The pictures are the figures of the document in order.
 */
final class FigureKeep {
    private static final String XHTML = "http://www.w3.org/1999/xhtml";
    /** How far below a picture's foot its caption's first glyph may start (pt): the caption's top margin and more. */
    private static final double CAPTION_GAP = 16;
    /** A gap between two glyphs of a line wider than this (pt) is the gap between two columns, not a word space. */
    private static final double COLUMN_GAP = 12;

    /** A picture as painted: page (from 0), its x range and its foot (PDF points, y up). */
    record Picture(int page, double left, double right, double bottom) { }

    private FigureKeep() {
    }

    /**
     * The figures of {@code dom} (in document order) whose picture in {@code d} (read only, left open) has no caption
     * under it; empty when the pictures cannot be told apart from the figures (their counts differ).
     */
    static List<Element> apart(Document dom, PDDocument d, double bottomMarginPt) throws IOException {
        List<Element> figures = figures(dom);
        List<Element> out = new ArrayList<>();
        if (figures.isEmpty()) return out;
        List<Picture> pictures = pictures(d);
        if (pictures.size() != figures.size()) return out;
        java.util.Set<Integer> pages = new java.util.TreeSet<>();
        for (Picture p : pictures) pages.add(p.page());
        Map<Integer, List<TextPosition>> glyphs = glyphs(d, pages);
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

    /**
     * The glyphs of the given pages (0-based), those of drawn figures included. Only the pages with a picture are
     * read; the fonts are parsed once for all of them ({@link PageGlyphs.KeptResources}), and marked-content
     * operators, which add no glyph, are not processed.
     */
    private static Map<Integer, List<TextPosition>> glyphs(PDDocument d, java.util.Set<Integer> pages) throws IOException {
        Map<Integer, List<TextPosition>> out = new java.util.HashMap<>();
        int[] page = {0};
        PDFTextStripper s = new PDFTextStripper() {
            @Override
            protected void processTextPosition(TextPosition text) {
                out.get(page[0]).add(text);
            }

            @Override
            protected void processOperator(Operator op, List<COSBase> operands) throws IOException {
                if (!MARKED_CONTENT.contains(op.getName())) super.processOperator(op, operands);
            }
        };
        org.apache.pdfbox.pdmodel.ResourceCache was = d.getResourceCache();
        d.setResourceCache(new PageGlyphs.KeptResources());
        try {
            for (int p : pages) {
                out.put(p, new ArrayList<>());
                page[0] = p;
                s.setStartPage(p + 1);
                s.setEndPage(p + 1);
                s.getText(d);
            }
        } finally {
            d.setResourceCache(was);
        }
        return out;
    }

    /** The operators of marked content: no glyph comes of them. */
    private static final java.util.Set<String> MARKED_CONTENT = java.util.Set.of("BDC", "BMC", "EMC", "DP", "MP");

    static List<Picture> pictures(PDDocument d) throws IOException {
        Pictures p = new Pictures();
        for (int i = 0; i < d.getNumberOfPages(); i++) {
            p.page = i;
            p.processPage(d.getPage(i));
        }
        return p.out;
    }

    /** Every form or image XObject painted directly on a page (not those inside a form). */
    private static final class Pictures extends PDFStreamEngine {
        final List<Picture> out = new ArrayList<>();
        int page;
        private int depth;

        Pictures() {
            addOperator(new DrawObject(this));
            addOperator(new Concatenate(this));
            addOperator(new Save(this));
            addOperator(new Restore(this));
            addOperator(new SetMatrix(this));
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            if (depth == 0) {
                Matrix m = getGraphicsState().getCurrentTransformationMatrix().clone();
                m.concatenate(form.getMatrix());
                PDRectangle b = form.getBBox();
                double x0 = m.getTranslateX() + b.getLowerLeftX() * m.getScalingFactorX();
                double y0 = m.getTranslateY() + b.getLowerLeftY() * m.getScalingFactorY();
                out.add(new Picture(page, x0, x0 + b.getWidth() * m.getScalingFactorX(), y0));
            }
            depth++;
            try {
                super.showForm(form);
            } finally {
                depth--;
            }
        }

        @Override
        protected void processOperator(Operator op, List<COSBase> operands) throws IOException {
            if (depth == 0 && "Do".equals(op.getName()) && !operands.isEmpty() && operands.get(0) instanceof COSName name
                    && getResources().isImageXObject(name)) {
                Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                out.add(new Picture(page, m.getTranslateX(), m.getTranslateX() + m.getScalingFactorX(), m.getTranslateY()));
            }
            super.processOperator(op, operands);
        }
    }
}
