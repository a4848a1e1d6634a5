package org.casereport.write.pdf;

import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.util.Matrix;
import org.casereport.write.pdf.PageGlyphs.Glyph;

/**
 * Text or pictures printed over each other on a page, read back with PDFBox: each glyph of the page's own content
 * as a box from its baseline up 0.7 of its size and down 0.15 (no two lines of one block reach each other so),
 * each picture (an image or form XObject painted on the page) as the box its matrix maps it to. Two glyphs
 * overprint when their boxes share more than 30% of the smaller (glyphs of one line stand side by side; kerning
 * tucks a full stop under a "Г" or "V", so neighbours in the order they are painted are not compared); a glyph and
 * a picture when the picture covers more than 30% of the glyph. FOP paints a drawn figure as many small images
 * (its bars and marks), which touch and cover each other: pictures are not compared with pictures.
 */
final class Overprints {
    /** One overprint: the page (from 1) and what covers what. */
    record Overprint(int page, String what) {
        @Override
        public String toString() {
            return "page " + page + ": " + what;
        }
    }

    private Overprints() {
    }

    /** Every overprint of the document, at most {@code perPage} a page (the first ones found, top down). */
    static List<Overprint> of(PDDocument doc, int perPage) throws IOException {
        List<Overprint> out = new ArrayList<>();
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            float height = doc.getPage(p).getMediaBox().getHeight();
            List<Glyph> glyphs = new ArrayList<>();
            for (Glyph g : PageGlyphs.of(doc, p)) {
                if (!g.space() && !Character.isSpaceChar(g.text().codePointAt(0)) && !g.clipped() && g.width() > 0) glyphs.add(g);
            }
            java.util.Map<Glyph, Integer> painted = new java.util.IdentityHashMap<>();
            for (int i = 0; i < glyphs.size(); i++) painted.put(glyphs.get(i), i);
            glyphs.sort(Comparator.comparingDouble(Glyph::y));
            List<Rectangle2D> pictures = pictures(doc.getPage(p), height);
            List<String> here = new ArrayList<>();
            for (int i = 0; i < glyphs.size() && here.size() < perPage; i++) {
                Glyph a = glyphs.get(i);
                Rectangle2D ra = box(a);
                for (int j = i + 1; j < glyphs.size(); j++) {
                    Glyph b = glyphs.get(j);
                    if (b.y() - a.y() > a.size() + b.size()) break;
                    // neighbours in the order they are painted are letters of one line: a kerned pair ("Г.", "V.") may
                    // tuck one under the other
                    if (Math.abs(painted.get(a) - painted.get(b)) == 1 && Math.abs(a.y() - b.y()) < 0.5) continue;
                    Rectangle2D rb = box(b);
                    if (shared(ra, rb) > 0.3 * Math.min(area(ra), area(rb))) {
                        here.add("'" + around(glyphs, a) + "' and '" + around(glyphs, b) + "' at y " + Math.round(a.y()));
                        break;
                    }
                }
                for (Rectangle2D pic : pictures) {
                    if (shared(ra, pic) > 0.3 * area(ra)) {
                        here.add("'" + around(glyphs, a) + "' over a picture at y " + Math.round(pic.getMinY()) + "–"
                                + Math.round(pic.getMaxY()));
                        break;
                    }
                }
            }
            for (String s : here.subList(0, Math.min(here.size(), perPage))) out.add(new Overprint(p + 1, s));
        }
        return out;
    }

    private static Rectangle2D box(Glyph g) {
        return new Rectangle2D.Double(g.x(), g.y() - 0.7 * g.size(), g.width(), 0.85 * g.size());
    }

    private static double shared(Rectangle2D a, Rectangle2D b) {
        double w = Math.min(a.getMaxX(), b.getMaxX()) - Math.max(a.getMinX(), b.getMinX());
        double h = Math.min(a.getMaxY(), b.getMaxY()) - Math.max(a.getMinY(), b.getMinY());
        return w <= 0 || h <= 0 ? 0 : w * h;
    }

    private static double area(Rectangle2D r) {
        return r.getWidth() * r.getHeight();
    }

    /** The glyph with the letters of its line before it (glyphs at its height to its left), for a message. */
    private static String around(List<Glyph> glyphs, Glyph g) {
        StringBuilder b = new StringBuilder();
        glyphs.stream().filter(o -> Math.abs(o.y() - g.y()) < 0.5 && o.x() <= g.x() && g.x() - o.x() < 80)
                .sorted(Comparator.comparingDouble(Glyph::x)).forEach(o -> b.append(o.text()));
        return b.toString();
    }

    /** The pictures painted on the page's own content (not inside another form), top-down boxes in points. */
    static List<Rectangle2D> pictures(PDPage page, float height) throws IOException {
        List<Rectangle2D> out = new ArrayList<>();
        new PDFGraphicsStreamEngine(page) {
            {
                processPage(page);
            }

            private void add(Matrix m, double x0, double y0, double x1, double y1) {
                Rectangle2D r = null;
                for (double[] c : new double[][] {{x0, y0}, {x1, y0}, {x0, y1}, {x1, y1}}) {
                    Point2D.Float p = m.transformPoint((float) c[0], (float) c[1]);
                    Point2D.Double q = new Point2D.Double(p.x, height - p.y);
                    if (r == null) r = new Rectangle2D.Double(q.x, q.y, 0, 0);
                    else r.add(q);
                }
                out.add(r);
            }

            @Override
            public void drawImage(PDImage pdImage) {
                add(getGraphicsState().getCurrentTransformationMatrix(), 0, 0, 1, 1);
            }

            @Override
            public void showForm(PDFormXObject form) {
                Matrix m = getGraphicsState().getCurrentTransformationMatrix().clone();
                m.concatenate(form.getMatrix());
                var b = form.getBBox();
                add(m, b.getLowerLeftX(), b.getLowerLeftY(), b.getUpperRightX(), b.getUpperRightY());
            }

            @Override
            public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void moveTo(float x, float y) {
            }

            @Override
            public void lineTo(float x, float y) {
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
            }

            @Override
            public Point2D getCurrentPoint() {
                return new Point2D.Float();
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
            }

            @Override
            public void strokePath() {
            }

            @Override
            public void fillPath(int windingRule) {
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
            }

            @Override
            public void shadingFill(COSName shadingName) {
            }

            @Override
            protected void showText(byte[] string) {
            }
        };
        return out;
    }
}
