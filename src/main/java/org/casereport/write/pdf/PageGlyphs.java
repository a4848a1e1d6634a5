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
        /** The name of each font without its subset tag (asked for every glyph). */
        private final Map<PDFont, String> names = new java.util.IdentityHashMap<>();
        private int depth;
        private int op = -1;
        private int index;

        Scanner(int page, List<Glyph> out) {
            this.page = page;
            this.out = out;
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
            }
            // marked content (its properties looked up in the page's resources, each a parse of an object) and
            // drawn objects (figures, images) add no glyph of the page's own text: not processed
            if (SKIPPED.contains(name)) return;
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
            depth++;
            try {
                super.showForm(form);
            } finally {
                depth--;
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
