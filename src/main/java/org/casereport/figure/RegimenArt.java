package org.casereport.figure;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.List;
import org.casereport.figure.RegimenSpec.DoseChange;
import org.casereport.figure.RegimenSpec.Drug;
import org.casereport.model.LocalizedText;

/** Lays out and paints a regimen: one course day by day, the break, and the run of courses. */
final class RegimenArt implements Drawing {
    static final double FONT = 7.5;
    static final double SMALL = 7;
    private static final double CELL_H = 7;

    private final RegimenSpec spec;
    private final String lang;
    private final double width;
    private final Font fName;
    private final Font fLabel;
    private final Font fSmall;
    private final double lineH;
    private final double smallH;

    private double x0;
    private double x1;
    private double dayW;
    private double breakShown;   // days of break drawn (compressed when long)
    private boolean breakCut;
    private double headerY;
    private final List<List<String[]>> drugLines = new ArrayList<>();  // per drug: lines of {font, text}
    private final List<double[]> rowBox = new ArrayList<>();
    private double rowsBottom;
    private final List<Integer> dayLabels = new ArrayList<>();
    private double overviewY = -1;
    private final Legend legend;
    private double legendY;
    private final List<String> noteLines = new ArrayList<>();
    private double notesY;
    private double height;
    private final List<String> marks = new ArrayList<>();

    RegimenArt(RegimenSpec spec, double width, String lang, FigureFonts fonts) {
        this.spec = spec;
        this.lang = lang;
        this.width = width;
        this.fName = fonts.bold(FONT);
        this.fLabel = fonts.plain(FONT);
        this.fSmall = fonts.plain(SMALL);
        this.lineH = FONT * 1.2;
        this.smallH = SMALL * 1.2;
        this.legend = new Legend(fSmall, width);
        layout();
    }

    private String doseLine(Drug d, String mark) {
        return Gfx.number(d.dose(), lang) + "\u00a0" + d.unit().label(lang) + ", " + d.route().label(lang) + mark;
    }

    private void layout() {
        // marks for dose changes: *, **, …
        for (Drug d : spec.drugs()) {
            StringBuilder m = new StringBuilder();
            for (int k = 0; k < d.changes().size(); k++) {
                marks.add("*".repeat(marks.size() + 1));
                m.append(m.length() == 0 ? "" : ",").append(marks.get(marks.size() - 1));
            }
            List<String[]> first = new ArrayList<>();
            first.add(new String[] {"m", m.toString()});
            drugLines.add(first);
        }
        double natural = 0;
        for (int i = 0; i < spec.drugs().size(); i++) {
            Drug d = spec.drugs().get(i);
            natural = Math.max(natural, Gfx.width(fName, d.name().get(lang)));
            natural = Math.max(natural, Gfx.width(fLabel, doseLine(d, drugLines.get(i).get(0)[1])));
        }
        natural = Math.max(natural, Gfx.width(fSmall, Labels.courseDays(lang)));
        double labelW = Math.min(natural, width * 0.4);
        double used = 0;
        for (int i = 0; i < spec.drugs().size(); i++) {
            Drug d = spec.drugs().get(i);
            String mark = drugLines.get(i).get(0)[1];
            List<String[]> lines = new ArrayList<>();
            for (String s : Gfx.wrap(fName, d.name().get(lang), labelW)) lines.add(new String[] {"b", s});
            for (String s : Gfx.wrap(fLabel, doseLine(d, mark), labelW)) lines.add(new String[] {"r", s});
            for (String[] l : lines) used = Math.max(used, Gfx.width("b".equals(l[0]) ? fName : fLabel, l[1]));
            drugLines.set(i, lines);
        }
        used = Math.max(used, Gfx.width(fSmall, Labels.courseDays(lang)));
        x0 = used + 6;
        x1 = width - 1;

        int days = spec.courseDays();
        int brk = spec.breakDays();
        breakShown = brk;
        if (brk > days * 1.2) {
            breakShown = Math.max(4, days * 0.6);
            breakCut = true;
        }
        dayW = (x1 - x0) / (days + breakShown);

        // day numbers: every day when they fit, else 1, every 7th and the last
        double numW = Gfx.width(fSmall, Integer.toString(days)) + 2;
        if (numW <= dayW) {
            for (int d = 1; d <= days; d++) dayLabels.add(d);
        } else {
            List<Integer> want = new ArrayList<>();
            want.add(1);
            int step = numW <= dayW * 2 ? 2 : numW <= dayW * 5 ? 5 : 7;
            if (step == 7 || days % 7 == 0) step = 7;
            for (int d = step; d < days; d += step) want.add(d);
            want.add(days);
            double lastRight = -1e9;
            for (int k = 0; k < want.size(); k++) {
                int d = want.get(k);
                double cx = x0 + (d - 0.5) * dayW;
                double w = Gfx.width(fSmall, Integer.toString(d));
                boolean last = k == want.size() - 1;
                if (cx - w / 2 < lastRight + 2) {
                    if (!last) continue;
                    dayLabels.remove(dayLabels.size() - 1);   // keep the last day rather than the one before it
                }
                dayLabels.add(d);
                lastRight = cx + w / 2;
            }
        }
        double y = 0;
        headerY = y + SMALL;          // baseline of the day numbers
        y += smallH + 2;
        for (List<String[]> lines : drugLines) {
            double h = Math.max(lines.size() * lineH + 4, CELL_H + 6);
            rowBox.add(new double[] {y, h});
            y += h;
        }
        rowsBottom = y;
        if (spec.courses() > 1 || spec.start() != null) {
            overviewY = y + 5;
            y = overviewY + 9 + (spec.start() != null ? smallH + 1 : 0) + 1;
        }

        boolean anyApprox = spec.drugs().stream().anyMatch(Drug::approximate);
        Style given = Style.of(0);
        legend.add(Labels.dayGiven(lang), (g, r) -> cell(g, r, given, false));
        if (anyApprox) legend.add(Labels.daysAssumed(lang), (g, r) -> cell(g, r, given, true));
        legendY = y + 4;
        y = legendY + legend.height();
        int mi = 0;
        for (Drug d : spec.drugs()) {
            for (DoseChange c : d.changes()) {
                StringBuilder sb = new StringBuilder(marks.get(mi++)).append(' ');
                if (c.fromCourse() > 0) sb.append(Labels.fromCourse(c.fromCourse(), lang)).append(": ");
                if (c.dose() != null) sb.append(Gfx.number(c.dose(), lang)).append('\u00a0').append(d.unit().label(lang)).append(" — ");
                sb.append(c.text().get(lang));
                noteLines.addAll(Gfx.wrap(fSmall, sb.toString(), width));
            }
        }
        for (Drug d : spec.drugs()) {
            if (d.note() != null) noteLines.addAll(Gfx.wrap(fSmall, d.name().get(lang) + ": " + d.note().get(lang), width));
        }
        for (LocalizedText n : spec.notes()) noteLines.addAll(Gfx.wrap(fSmall, n.get(lang), width));
        notesY = y + 1;
        y = notesY + noteLines.size() * smallH;
        height = Math.ceil(y + 2);
    }

    private double dayX(double d) {
        return x0 + (d - 1) * dayW;
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    /** One day's cell: filled in the drug's style; assumed days faded with a dashed outline. */
    private static void cell(Graphics2D g, Rectangle2D r, Style s, boolean assumed) {
        Gfx.fill(g, r, s);
        if (assumed) {
            Composite old = g.getComposite();
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, 0.6f));
            g.setColor(Color.WHITE);
            g.fill(r);
            g.setComposite(old);
            Gfx.dashed(g, Gfx.INK, 0.5, 1.0, 0.8);
        } else {
            Gfx.stroke(g, Gfx.INK, 0.4);
        }
        g.draw(r);
    }

    @Override
    public void paint(Graphics2D g) {
        int days = spec.courseDays();
        double breakX0 = dayX(days + 1);
        // header: "Day of course" and the day numbers
        Gfx.text(g, fSmall, Gfx.MUTED, Labels.courseDays(lang), 0, headerY);
        for (int d : dayLabels) {
            String s = Integer.toString(d);
            double w = Gfx.width(fSmall, s);
            Gfx.text(g, fSmall, Gfx.INK, s, dayX(d) + dayW / 2 - w / 2, headerY);
        }
        double top = rowBox.isEmpty() ? headerY : rowBox.get(0)[0];
        // faint day grid, the course frame
        Gfx.stroke(g, Gfx.GRID, 0.3);
        for (int d = 2; d <= days; d++) Gfx.line(g, dayX(d), top, dayX(d), rowsBottom);
        for (int i = 1; i < rowBox.size(); i++) Gfx.line(g, 0, rowBox.get(i)[0], breakX0, rowBox.get(i)[0]);
        Gfx.stroke(g, Gfx.MUTED, 0.5);
        g.draw(new Rectangle2D.Double(x0, top, breakX0 - x0, rowsBottom - top));
        // the break
        if (spec.breakDays() > 0) {
            Rectangle2D br = new Rectangle2D.Double(breakX0, top, x1 - breakX0, rowsBottom - top);
            Gfx.fill(g, br, Style.BREAK);
            String t = Labels.breakDays(spec.breakDays(), lang);
            double w = Gfx.width(fSmall, t);
            double cx = (breakX0 + x1) / 2;
            if (w + 4 <= br.getWidth()) {
                Gfx.text(g, fSmall, Gfx.MUTED, t, cx - w / 2, Gfx.centerBaseline(fSmall, (top + rowsBottom) / 2));
            } else {
                List<String> lines = Gfx.wrap(fSmall, t, br.getWidth() - 2);
                double by = (top + rowsBottom) / 2 - lines.size() * smallH / 2 + SMALL * 0.95;
                for (String s : lines) {
                    Gfx.text(g, fSmall, Gfx.MUTED, s, cx - Gfx.width(fSmall, s) / 2, by);
                    by += smallH;
                }
            }
            if (breakCut) {
                Gfx.stroke(g, Gfx.MUTED, 0.6);
                double mx = breakX0 + (x1 - breakX0) * 0.15;
                for (double off : new double[] {0, 2.2}) Gfx.line(g, mx + off - 1.5, rowsBottom + 2, mx + off + 1.5, rowsBottom - 2);
            }
        }
        // the drugs
        for (int i = 0; i < spec.drugs().size(); i++) {
            Drug d = spec.drugs().get(i);
            double rt = rowBox.get(i)[0];
            double rh = rowBox.get(i)[1];
            double cy = rt + rh / 2;
            List<String[]> lines = drugLines.get(i);
            double by = cy - lines.size() * lineH / 2 + FONT * 0.95;
            for (String[] l : lines) {
                Gfx.text(g, "b".equals(l[0]) ? fName : fLabel, Gfx.INK, l[1], 0, by);
                by += lineH;
            }
            Style s = Style.of(0);
            double inset = Math.min(0.6, dayW * 0.12);
            for (int day : d.days()) {
                cell(g, new Rectangle2D.Double(dayX(day) + inset, cy - CELL_H / 2, dayW - 2 * inset, CELL_H), s, d.approximate());
            }
        }
        // the run of courses
        if (overviewY >= 0) paintOverview(g);
        legend.paint(g, legendY);
        double y = notesY + SMALL;
        for (String s : noteLines) {
            Gfx.text(g, fSmall, Gfx.MUTED, s, 0, y);
            y += smallH;
        }
    }

    private void paintOverview(Graphics2D g) {
        int n = spec.courses();
        double total = n * spec.courseDays() + (n - 1) * (double) spec.breakDays();
        double scale = (x1 - x0) / total;
        double h = 8;
        double y = overviewY;
        Gfx.text(g, fSmall, Gfx.MUTED, Labels.courses(lang) + " (×" + n + ")", 0, Gfx.centerBaseline(fSmall, y + h / 2));
        Gfx.stroke(g, Gfx.MUTED, 0.5);
        Gfx.line(g, x0, y + h / 2, x1, y + h / 2);
        for (int k = 0; k < n; k++) {
            double xs = x0 + k * (spec.courseDays() + spec.breakDays()) * scale;
            Rectangle2D r = new Rectangle2D.Double(xs, y, spec.courseDays() * scale, h);
            Gfx.fill(g, r, Style.PLAIN);
            Gfx.stroke(g, Gfx.INK, 0.5);
            g.draw(r);
            String t = Integer.toString(k + 1);
            double w = Gfx.width(fSmall, t);
            if (w + 2 <= r.getWidth()) Gfx.text(g, fSmall, Gfx.INK, t, r.getCenterX() - w / 2, Gfx.centerBaseline(fSmall, y + h / 2));
        }
        if (spec.start() != null && spec.start().date() != null) {
            String t = (spec.start().approximate() ? "~" : "") + Labels.from(spec.start().date(), lang);
            Gfx.text(g, fSmall, Gfx.INK, t, x0, y + h + SMALL + 1);
        }
    }
}
