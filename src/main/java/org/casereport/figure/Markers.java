package org.casereport.figure;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import org.casereport.figure.TimelineSpec.MilestoneKind;

/** The mark of each milestone kind: shapes that differ in outline, not only in colour. */
final class Markers {
    private Markers() {
    }

    static void draw(Graphics2D g, MilestoneKind kind, double x, double y, double size) {
        double r = size / 2;
        Gfx.stroke(g, Gfx.INK, 0.6);
        switch (kind) {
            case DIAGNOSIS -> {   // filled diamond
                Path2D p = new Path2D.Double();
                p.moveTo(x, y - r);
                p.lineTo(x + r, y);
                p.lineTo(x, y + r);
                p.lineTo(x - r, y);
                p.closePath();
                g.setColor(Gfx.INK);
                g.fill(p);
            }
            case SURGERY -> {     // filled triangle pointing down
                Path2D p = new Path2D.Double();
                p.moveTo(x - r, y - r * 0.8);
                p.lineTo(x + r, y - r * 0.8);
                p.lineTo(x, y + r);
                p.closePath();
                g.setColor(Gfx.INK);
                g.fill(p);
            }
            case TRANSPLANT -> {  // filled circle
                g.setColor(Gfx.INK);
                g.fill(new Ellipse2D.Double(x - r, y - r, size, size));
            }
            case REMISSION -> {   // open circle with a dot
                g.setColor(Color.WHITE);
                g.fill(new Ellipse2D.Double(x - r, y - r, size, size));
                Gfx.stroke(g, Gfx.INK, 0.8);
                g.draw(new Ellipse2D.Double(x - r + 0.4, y - r + 0.4, size - 0.8, size - 0.8));
                g.fill(new Ellipse2D.Double(x - 0.9, y - 0.9, 1.8, 1.8));
            }
            case RELAPSE -> {     // a cross
                Gfx.stroke(g, Gfx.INK, 1.1);
                Gfx.line(g, x - r, y - r, x + r, y + r);
                Gfx.line(g, x - r, y + r, x + r, y - r);
            }
            default -> {          // open square
                g.setColor(Color.WHITE);
                g.fill(new Rectangle2D.Double(x - r * 0.8, y - r * 0.8, size * 0.8, size * 0.8));
                Gfx.stroke(g, Gfx.INK, 0.8);
                g.draw(new Rectangle2D.Double(x - r * 0.8, y - r * 0.8, size * 0.8, size * 0.8));
            }
        }
    }
}
