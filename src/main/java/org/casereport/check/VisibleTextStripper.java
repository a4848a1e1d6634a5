package org.casereport.check;

import java.awt.geom.GeneralPath;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSNumber;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.pdfbox.util.Matrix;

/**
 * PDFBox's text extraction without the text nobody can see: a glyph drawn wholly outside the clipping area in force
 * (which starts as the page's crop box) is not read. An HTML engine that moves a line to the next page may leave a
 * copy of it on the page before, clipped away below the last line printed — invisible in print, but read by plain
 * extraction, so the line (a reference entry's first line) would be read twice. PDFBox's text engine does not follow
 * paths, so the clipping operators ({@code re}, {@code m}/{@code l}/{@code c}/{@code v}/{@code y}/{@code h}, then
 * {@code W} or {@code W*} and a painting or {@code n}) are followed here.
 */
final class VisibleTextStripper extends PDFTextStripper {
    private int dropped;
    private GeneralPath path = new GeneralPath();
    private boolean clipPending;

    /** How many glyphs were outside the clip so far. */
    int dropped() {
        return dropped;
    }

    @Override
    protected void processOperator(Operator operator, List<COSBase> operands) throws IOException {
        String op = operator.getName();
        switch (op) {
            case "re" -> {
                float[] n = numbers(operands, 4);
                if (n != null) {
                    moveTo(n[0], n[1]);
                    lineTo(n[0] + n[2], n[1]);
                    lineTo(n[0] + n[2], n[1] + n[3]);
                    lineTo(n[0], n[1] + n[3]);
                    path.closePath();
                }
            }
            case "m" -> {
                float[] n = numbers(operands, 2);
                if (n != null) moveTo(n[0], n[1]);
            }
            case "l" -> {
                float[] n = numbers(operands, 2);
                if (n != null) lineTo(n[0], n[1]);
            }
            case "c", "v", "y" -> {
                // the curve lies within its points' hull: lines through them bound it
                float[] n = numbers(operands, op.equals("c") ? 6 : 4);
                if (n != null) for (int i = 0; i < n.length; i += 2) lineTo(n[i], n[i + 1]);
            }
            case "h" -> {
                if (path.getCurrentPoint() != null) path.closePath();
            }
            case "W", "W*" -> clipPending = true;
            case "n", "f", "F", "f*", "S", "s", "B", "B*", "b", "b*" -> {
                if (clipPending && path.getCurrentPoint() != null) getGraphicsState().intersectClippingPath(path);
                clipPending = false;
                path = new GeneralPath();
            }
            default -> {
            }
        }
        super.processOperator(operator, operands);
    }

    private static float[] numbers(List<COSBase> operands, int n) {
        if (operands.size() < n) return null;
        float[] out = new float[n];
        for (int i = 0; i < n; i++) {
            if (!(operands.get(i) instanceof COSNumber num)) return null;
            out[i] = num.floatValue();
        }
        return out;
    }

    private Point2D.Float user(float x, float y) {
        return getGraphicsState().getCurrentTransformationMatrix().transformPoint(x, y);
    }

    private void moveTo(float x, float y) {
        Point2D.Float p = user(x, y);
        path.moveTo(p.x, p.y);
    }

    private void lineTo(float x, float y) {
        Point2D.Float p = user(x, y);
        if (path.getCurrentPoint() == null) path.moveTo(p.x, p.y);
        else path.lineTo(p.x, p.y);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        if (visible(t)) super.processTextPosition(t);
        else dropped++;
    }

    /** The glyph's baseline start or a point half an em above it lies inside the clip's bounds (in user space). */
    private boolean visible(TextPosition t) {
        Rectangle2D clip = getGraphicsState().getCurrentClippingPath().getBounds2D();
        Matrix m = t.getTextMatrix();
        float x = m.getTranslateX();
        float y = m.getTranslateY();
        float em = Math.max(1f, t.getFontSizeInPt());
        // the glyph's up and right directions from its text matrix (a rotated line has them rotated)
        float len = (float) Math.max(1e-6, Math.hypot(m.getScaleX(), m.getShearY()));
        float rx = m.getScaleX() / len;
        float ry = m.getShearY() / len;
        float ux = -ry;
        float uy = rx;
        float w = Math.max(0f, t.getWidthDirAdj());
        double slack = 0.5;
        Rectangle2D c = new Rectangle2D.Double(clip.getX() - slack, clip.getY() - slack, clip.getWidth() + 2 * slack, clip.getHeight() + 2 * slack);
        return c.contains(x + rx * w / 2, y + ry * w / 2)
                || c.contains(x + rx * w / 2 + ux * em / 2, y + ry * w / 2 + uy * em / 2);
    }
}
