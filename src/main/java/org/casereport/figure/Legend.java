package org.casereport.figure;

import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/** A legend: swatch + text items flowed into rows across the figure width; long texts wrap. */
final class Legend {
    private static final double SW = 12;
    private static final double SH = 7;
    private final Font font;
    private final double width;
    private final double lineH;
    private final List<Item> items = new ArrayList<>();

    private record Item(List<String> lines, BiConsumer<Graphics2D, Rectangle2D> swatch, double x, double y) { }

    Legend(Font font, double width) {
        this.font = font;
        this.width = width;
        this.lineH = font.getSize2D() * 1.2;
    }

    private double cx;
    private double cy;
    private double rowH;

    void add(String text, BiConsumer<Graphics2D, Rectangle2D> swatch) {
        double textMax = width - SW - 3;
        List<String> lines = Gfx.wrap(font, text, textMax);
        double w = SW + 3 + Gfx.widest(font, lines);
        if (cx > 0 && (cx + w > width || lines.size() > 1)) {
            cy += rowH;
            cx = 0;
            rowH = 0;
        }
        items.add(new Item(lines, swatch, cx, cy));
        rowH = Math.max(rowH, lines.size() * lineH + 1.5);
        cx += w + 9;
        if (lines.size() > 1) {
            cy += rowH;
            cx = 0;
            rowH = 0;
        }
    }

    double height() {
        return items.isEmpty() ? 0 : cy + rowH;
    }

    void paint(Graphics2D g, double top) {
        for (Item it : items) {
            double y = top + it.y();
            it.swatch().accept(g, new Rectangle2D.Double(it.x(), y + (lineH - SH) / 2, SW, SH));
            double base = y + font.getSize2D() * 0.95;
            for (String s : it.lines()) {
                Gfx.text(g, font, Gfx.INK, s, it.x() + SW + 3, base);
                base += lineH;
            }
        }
    }
}
