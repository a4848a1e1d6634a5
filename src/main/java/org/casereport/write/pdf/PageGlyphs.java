package org.casereport.write.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.DefaultResourceCache;
import org.apache.pdfbox.pdmodel.ResourceCache;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.form.PDTransparencyGroup;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The glyphs a page's own content stream paints, each with where it stands and which text operator of the stream
 * painted it: what the hyphen marking ({@link HyphenMarks}) and the typesetting measurements read. Glyphs painted
 * inside form XObjects (drawn figures) are left out; they are not running text.
 */
final class PageGlyphs {
    /**
     * One glyph: {@code op} is the index of its text-showing operator among the operators of the page's content,
     * {@code index} its place among that operator's glyphs; x, y (top-down, as PDFBox gives them), width and the
     * font size in points; {@code clipped} when the clipping path hides it (it is painted, but not seen).
     */
    record Glyph(int page, int op, int index, String text, float x, float y, float width, float size, String font,
                 boolean clipped) {
        float end() {
            return x + width;
        }

        boolean letter() {
            return !text.isEmpty() && Character.isLetter(text.codePointAt(0));
        }

        boolean space() {
            return text.isBlank();
        }
    }

    private PageGlyphs() {
    }

    /** The glyphs of one page (0-based), in the order the content stream paints them. */
    static List<Glyph> of(PDDocument doc, int pageIndex) throws IOException {
        List<Glyph> out = new ArrayList<>();
        PDPage page = doc.getPage(pageIndex);
        Scanner s = new Scanner(pageIndex, out);
        s.setStartPage(pageIndex + 1);
        s.setEndPage(pageIndex + 1);
        s.getText(doc);
        return out;
    }

    /** Every page's glyphs, page after page. */
    static List<Glyph> all(PDDocument doc) throws IOException {
        List<Glyph> out = new ArrayList<>();
        ResourceCache was = doc.getResourceCache();
        doc.setResourceCache(new KeptResources());
        try {
            for (int i = 0; i < doc.getNumberOfPages(); i++) out.addAll(of(doc, i));
        } finally {
            doc.setResourceCache(was);
        }
        return out;
    }

    /**
     * What one read of a set document gives the writer's passes after the render: the page glyphs of {@link #all}
     * (the hyphen marks), and for the figure keep the pictures painted directly on the pages ({@link FigureKeep})
     * with every glyph of each page, those of drawn figures included; {@code tokens}: each page's content as the
     * parser read it (operands and operators, in order), which the hyphen marks rewrite without parsing it again.
     */
    record Scan(List<Glyph> glyphs, List<FigureKeep.Picture> pictures, Map<Integer, List<TextPosition>> positions,
                Map<Integer, List<Object>> tokens) {
    }

    /**
     * One pass over every page's content for {@link Scan}: the same glyphs as {@link #all}, the same pictures as
     * {@link FigureKeep#pictures} and the same glyph positions as a text stripper of the pages (marked content
     * left out), where these were three reads of the pages.
     */
    static Scan scan(PDDocument doc) throws IOException {
        List<Glyph> glyphs = new ArrayList<>();
        List<FigureKeep.Picture> pictures = new ArrayList<>();
        Map<Integer, List<TextPosition>> positions = new java.util.HashMap<>();
        Map<Integer, List<Object>> tokens = new java.util.HashMap<>();
        ResourceCache was = doc.getResourceCache();
        doc.setResourceCache(new KeptResources());
        try {
            for (int i = 0; i < doc.getNumberOfPages(); i++) {
                List<TextPosition> here = new ArrayList<>();
                positions.put(i, here);
                List<Object> content = new ArrayList<>();
                tokens.put(i, content);
                Scanner s = new Scanner(i, glyphs, pictures, here, content);
                s.setStartPage(i + 1);
                s.setEndPage(i + 1);
                s.getText(doc);
            }
        } finally {
            doc.setResourceCache(was);
        }
        return new Scan(glyphs, pictures, positions, tokens);
    }

    /**
     * The document's fonts and other resources kept from page to page: the text stripper drops a page's resources
     * from the cache when it is done with the page, so every page would parse the embedded fonts it shares with
     * the others again.
     */
    static final class KeptResources extends DefaultResourceCache {
        @Override
        public PDFont removeFont(COSObject indirect) {
            return null;
        }

        @Override
        public PDXObject removeXObject(COSObject indirect) {
            return null;
        }
    }

    private static final class Scanner extends PDFTextStripper {
        private final int page;
        private static final java.util.Set<String> SKIPPED = java.util.Set.of("BDC", "BMC", "EMC", "DP", "MP", "Do");
        private final List<Glyph> out;
        /** With {@link #scan}: the pictures and every glyph's position (drawn objects are then processed), else null. */
        private final List<FigureKeep.Picture> pictures;
        private final List<TextPosition> positions;
        private final List<Object> tokens;
        /** Forms entered (transparency groups not counted): a picture is a form or image painted at depth 0. */
        private int forms;
        /** The name of each font without its subset tag (asked for every glyph). */
        private final Map<PDFont, String> names = new java.util.IdentityHashMap<>();
        private int depth;
        private int op = -1;
        private int index;

        Scanner(int page, List<Glyph> out) {
            this(page, out, null, null, null);
        }

        Scanner(int page, List<Glyph> out, List<FigureKeep.Picture> pictures, List<TextPosition> positions,
                List<Object> tokens) {
            this.page = page;
            this.out = out;
            this.pictures = pictures;
            this.positions = positions;
            this.tokens = tokens;
        }

        // the clipping path, kept as a rectangle (the text stripper does not follow paths): the renderer clips with
        // rectangles
        private java.awt.geom.Rectangle2D clip;
        private java.awt.geom.Rectangle2D path;
        private boolean clipPending;
        private final java.util.ArrayDeque<java.util.Optional<java.awt.geom.Rectangle2D>> saved = new java.util.ArrayDeque<>();

        @Override
        protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
            String name = operator.getName();
            if (depth == 0) {
                op++;
                index = 0;
                track(name, operands);
                if (tokens != null) { // the engine reuses its operand list: the operands are taken one by one
                    tokens.addAll(operands);
                    tokens.add(operator);
                }
            }
            // marked content (its properties looked up in the page's resources, each a parse of an object) and
            // drawn objects (figures, images) add no glyph of the page's own text: not processed (drawn objects are,
            // for a scan: the figure keep reads their glyphs too)
            if (pictures != null && name.equals("Do")) {
                if (forms == 0 && !operands.isEmpty() && operands.get(0) instanceof org.apache.pdfbox.cos.COSName x
                        && getResources().isImageXObject(x)) {
                    org.apache.pdfbox.util.Matrix m = getGraphicsState().getCurrentTransformationMatrix();
                    pictures.add(new FigureKeep.Picture(page, m.getTranslateX(), m.getTranslateX() + m.getScalingFactorX(),
                            m.getTranslateY()));
                }
            } else if (SKIPPED.contains(name)) {
                return;
            }
            super.processOperator(operator, operands);
        }

        private void track(String name, List<COSBase> operands) {
            switch (name) {
                case "q" -> saved.push(java.util.Optional.ofNullable(clip));
                case "Q" -> clip = saved.isEmpty() ? null : saved.pop().orElse(null);
                case "m", "l" -> point(operands, 0);
                case "c" -> {
                    point(operands, 0);
                    point(operands, 2);
                    point(operands, 4);
                }
                case "v", "y" -> {
                    point(operands, 0);
                    point(operands, 2);
                }
                case "re" -> {
                    if (operands.size() >= 4) {
                        float x = num(operands, 0), y = num(operands, 1), w = num(operands, 2), h = num(operands, 3);
                        add(x, y);
                        add(x + w, y + h);
                    }
                }
                case "W", "W*" -> clipPending = true;
                case "n", "S", "s", "f", "F", "f*", "B", "B*", "b", "b*" -> {
                    if (clipPending && path != null) clip = clip == null ? path : clip.createIntersection(path);
                    clipPending = false;
                    path = null;
                }
                default -> {
                }
            }
        }

        private void point(List<COSBase> operands, int at) {
            if (operands.size() >= at + 2) add(num(operands, at), num(operands, at + 1));
        }

        private static float num(List<COSBase> operands, int at) {
            return operands.get(at) instanceof org.apache.pdfbox.cos.COSNumber n ? n.floatValue() : 0;
        }

        private void add(float x, float y) {
            java.awt.geom.Point2D.Float p = getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
            if (path == null) path = new java.awt.geom.Rectangle2D.Double(p.x, p.y, 0, 0);
            else path.add(p);
        }

        private static String fontName(PDFont f) {
            String name = f == null || f.getName() == null ? "" : f.getName();
            int plus = name.indexOf('+');
            return plus == 6 ? name.substring(plus + 1) : name;
        }

        @Override
        public void showForm(PDFormXObject form) throws IOException {
            if (pictures != null && forms == 0) {
                org.apache.pdfbox.util.Matrix m = getGraphicsState().getCurrentTransformationMatrix().clone();
                m.concatenate(form.getMatrix());
                org.apache.pdfbox.pdmodel.common.PDRectangle b = form.getBBox();
                double x0 = m.getTranslateX() + b.getLowerLeftX() * m.getScalingFactorX();
                double y0 = m.getTranslateY() + b.getLowerLeftY() * m.getScalingFactorY();
                pictures.add(new FigureKeep.Picture(page, x0, x0 + b.getWidth() * m.getScalingFactorX(), y0));
            }
            depth++;
            forms++;
            try {
                super.showForm(form);
            } finally {
                depth--;
                forms--;
            }
        }

        @Override
        public void showTransparencyGroup(PDTransparencyGroup form) throws IOException {
            depth++;
            try {
                super.showTransparencyGroup(form);
            } finally {
                depth--;
            }
        }

        @Override
        protected void processTextPosition(TextPosition p) {
            if (positions != null) positions.add(p);
            if (depth != 0) return;
            String name = names.computeIfAbsent(p.getFont(), Scanner::fontName);
            String u = p.getUnicode() == null ? "" : p.getUnicode();
            boolean clipped = false;
            if (clip != null) {
                float tx = p.getTextMatrix().getTranslateX(), ty = p.getTextMatrix().getTranslateY();
                clipped = !clip.contains(tx + 0.1, ty + 0.1);
            }
            out.add(new Glyph(page, op, index++, u, p.getXDirAdj(), p.getYDirAdj(), p.getWidthDirAdj(),
                    p.getFontSizeInPt(), name, clipped));
        }
    }
}
