package org.casereport.figure;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Drawing helpers shared by the figure kinds: measuring, wrapping and drawing text; fills with hatching. */
final class Gfx {
    /** Text is measured with this context everywhere, so that the layout does not depend on the output. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    static final Color INK = new Color(0x1A1A1A);
    static final Color GRID = new Color(0xD9D9D9);
    static final Color MUTED = new Color(0x595959);

    private Gfx() {
    }

    static double width(Font f, String s) {
        if (s == null || s.isEmpty()) return 0;
        return f.getStringBounds(s, FRC).getWidth();
    }

    /** Cap height-ish: where to put a baseline to centre a line of text of this font on y. */
    static double centerBaseline(Font f, double y) {
        return y + f.getSize2D() * 0.35;
    }

    static void text(Graphics2D g, Font f, Color c, String s, double x, double baseline) {
        if (s == null || s.isEmpty()) return;
        g.setFont(f);
        g.setColor(c);
        g.drawString(s, (float) x, (float) baseline);
    }

    /** Words of {@code s} into lines no wider than {@code max} (a word longer than a line stays whole). */
    static List<String> wrap(Font f, String s, double max) {
        List<String> out = new ArrayList<>();
        for (String para : s.split("\n")) {
            StringBuilder line = new StringBuilder();
            for (String word : glueNumbers(para).split(" ")) {
                if (word.isEmpty()) continue;
                String tryLine = line.length() == 0 ? word : line + " " + word;
                if (width(f, tryLine) <= max || line.length() == 0) {
                    line.setLength(0);
                    line.append(tryLine);
                } else {
                    out.add(line.toString());
                    line.setLength(0);
                    line.append(word);
                }
            }
            out.add(line.toString());
        }
        return out;
    }

    /** "42 г/м²" stays on one line: a number is tied to the word after it. */
    private static String glueNumbers(String s) {
        return s.replaceAll("(?<=(^|\\s)[0-9][0-9.,]*) (?=\\S)", "\u00a0");
    }

    static double widest(Font f, List<String> lines) {
        double w = 0;
        for (String l : lines) w = Math.max(w, width(f, l));
        return w;
    }

    static void stroke(Graphics2D g, Color c, double w) {
        g.setColor(c);
        g.setStroke(new BasicStroke((float) w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
    }

    static void dashed(Graphics2D g, Color c, double w, double on, double off) {
        g.setColor(c);
        g.setStroke(new BasicStroke((float) w, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 4,
                new float[] {(float) on, (float) off}, 0));
    }

    static void line(Graphics2D g, double x1, double y1, double x2, double y2) {
        g.draw(new Line2D.Double(x1, y1, x2, y2));
    }

    /** Fill {@code r} with the style's colour and hatching (drawn as vector lines, clipped to the shape). */
    static void fill(Graphics2D g, Shape r, Style s) {
        g.setColor(s.fill());
        g.fill(r);
        if (s.hatch() == Style.Hatch.NONE) return;
        Shape oldClip = g.getClip();
        g.clip(r);
        Rectangle2D b = r.getBounds2D();
        stroke(g, s.hatchColor(), 0.45);
        double step = 2.6;
        switch (s.hatch()) {
            case DIAGONAL -> diagonal(g, b, step, 1);
            case BACK_DIAGONAL -> diagonal(g, b, step, -1);
            case CROSS -> {
                diagonal(g, b, step * 1.3, 1);
                diagonal(g, b, step * 1.3, -1);
            }
            case HORIZONTAL -> {
                for (double y = b.getMinY() + step / 2; y < b.getMaxY(); y += step * 0.8) line(g, b.getMinX(), y, b.getMaxX(), y);
            }
            case VERTICAL -> {
                for (double x = b.getMinX() + step / 2; x < b.getMaxX(); x += step * 0.8) line(g, x, b.getMinY(), x, b.getMaxY());
            }
            case DOTS -> {
                g.setColor(s.hatchColor());
                int row = 0;
                for (double y = b.getMinY() + 1.2; y < b.getMaxY(); y += 2.0, row++) {
                    for (double x = b.getMinX() + 1.2 + (row % 2) * 1.0; x < b.getMaxX(); x += 2.0) {
                        g.fill(new Rectangle2D.Double(x - 0.35, y - 0.35, 0.7, 0.7));
                    }
                }
            }
            default -> { }
        }
        g.setClip(oldClip);
    }

    private static void diagonal(Graphics2D g, Rectangle2D b, double step, int dir) {
        double h = b.getHeight();
        // lines x = c + dir*y over the box; start far enough left to cover the corner
        for (double c = b.getMinX() - h; c < b.getMaxX() + h; c += step) {
            if (dir > 0) line(g, c, b.getMaxY(), c + h, b.getMinY());
            else line(g, c, b.getMinY(), c + h, b.getMaxY());
        }
    }

    static String number(double v, String lang) {
        if (v == Math.rint(v) && Math.abs(v) < 1e9) return Long.toString((long) v);
        String s = String.format(Locale.ROOT, "%.3f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
        return "en".equals(lang) ? s : s.replace('.', ',');
    }
}
