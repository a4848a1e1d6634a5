package org.casereport.figure;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.casereport.figure.TimelineSpec.Lane;
import org.casereport.figure.TimelineSpec.Milestone;
import org.casereport.figure.TimelineSpec.Phase;

/** Lays out and paints a timeline (Gantt chart). */
final class TimelineArt implements Drawing {
    static final double FONT = 7.5;
    static final double SMALL = 7;
    private static final double BAR = 9;
    private static final double GAP = 5;

    private final TimelineSpec spec;
    private final String lang;
    private final double width;
    private final Font fLabel;
    private final Font fSmall;
    private final Font fBold;
    private final double lineH;
    private final double smallH;

    // layout
    private double labelW;
    private double x0;
    private double x1;
    private double lo;
    private double hi;
    private final List<List<String>> laneLines = new ArrayList<>();
    private final List<double[]> laneBox = new ArrayList<>();  // y, height
    private final List<MilestoneLabel> msLabels = new ArrayList<>();
    private double markerY;
    private double lanesTop;
    private double axisY;
    private final List<Tick> ticks = new ArrayList<>();
    private String axisTitle;
    private double axisTitleY;
    private final Legend legend;
    private double legendY;
    private final List<String> noteLines = new ArrayList<>();
    private double notesY;
    private double height;
    private final Map<String, Style> styles = new HashMap<>();

    private record MilestoneLabel(Milestone m, String text, double x, double left, int row) { }

    private record Tick(double x, String label, boolean major) { }

    TimelineArt(TimelineSpec spec, double width, String lang, FigureFonts fonts) {
        this.spec = spec;
        this.lang = lang;
        this.width = width;
        this.fLabel = fonts.plain(FONT);
        this.fSmall = fonts.plain(SMALL);
        this.fBold = fonts.bold(FONT);
        this.lineH = FONT * 1.2;
        this.smallH = SMALL * 1.2;
        for (int i = 0; i < spec.categories().size(); i++) styles.put(spec.categories().get(i).key(), Style.of(i));
        this.legend = new Legend(fonts.plain(SMALL), width);
        layout();
    }

    private Style style(Phase p) {
        return p.category() == null ? Style.PLAIN : styles.get(p.category());
    }

    private void layout() {
        // lane labels: as wide as they need, at most about a third of the figure
        double natural = 0;
        for (Lane l : spec.lanes()) natural = Math.max(natural, Gfx.width(fLabel, l.label().get(lang)));
        labelW = Math.min(natural, width * 0.36);
        for (Lane l : spec.lanes()) laneLines.add(Gfx.wrap(fLabel, l.label().get(lang), labelW));
        labelW = 0;
        for (List<String> lines : laneLines) labelW = Math.max(labelW, Gfx.widest(fLabel, lines));
        x0 = labelW + GAP;
        x1 = width - 4;

        // the range, snapped to months (dates) or to the tick step (days)
        lo = Double.MAX_VALUE;
        hi = -Double.MAX_VALUE;
        for (Lane l : spec.lanes()) {
            for (Phase p : l.phases()) {
                lo = Math.min(lo, p.start().startCoord());
                hi = Math.max(hi, p.end().endCoord());
            }
        }
        for (Milestone m : spec.milestones()) {
            lo = Math.min(lo, m.at().startCoord());
            hi = Math.max(hi, m.at().endCoord());
        }
        if (spec.days()) dayTicks();
        else monthTicks();

        double y = 0;
        // milestone labels in rows above the chart, each as near its mark as the others allow
        List<Double> rowEnds = new ArrayList<>();
        List<Milestone> ms = new ArrayList<>(spec.milestones());
        ms.sort((a, b) -> Double.compare(a.at().midCoord(), b.at().midCoord()));
        for (Milestone m : ms) {
            String t = (m.at().approximate() ? "~" : "") + m.label().get(lang);
            double w = Gfx.width(fSmall, t);
            double x = xOf(m.at().midCoord());
            double left = Math.max(0, Math.min(width - w, x - w / 2));
            int row = 0;
            while (row < rowEnds.size() && left < rowEnds.get(row) + 3) row++;
            if (row == rowEnds.size()) rowEnds.add(0.0);
            rowEnds.set(row, left + w);
            msLabels.add(new MilestoneLabel(m, t, x, left, row));
        }
        int rows = rowEnds.size();
        y += rows * smallH;
        markerY = y + 4.5;
        lanesTop = ms.isEmpty() ? y : y + 9;
        y = lanesTop;
        for (List<String> lines : laneLines) {
            double h = Math.max(lines.size() * lineH + 4, BAR + 6);
            laneBox.add(new double[] {y, h});
            y += h;
        }
        axisY = y;
        y += 3 + SMALL + 2;   // ticks and their labels
        if (spec.days()) {
            axisTitle = Labels.daysFrom(spec.anchor() == null ? null : spec.anchor().get(lang), lang);
            axisTitleY = y + SMALL;
            y += smallH + 1;
        }
        // legend: categories, then what "~" means
        for (int i = 0; i < spec.categories().size(); i++) {
            Style s = Style.of(i);
            legend.add(spec.categories().get(i).label().get(lang), (g, r) -> {
                Gfx.fill(g, r, s);
                Gfx.stroke(g, Gfx.INK, 0.5);
                g.draw(r);
            });
        }
        if (spec.anyApproximate()) {
            String t = "~ " + (spec.legend() != null ? spec.legend().get(lang) : Labels.approximate(lang));
            legend.add(t, (g, r) -> drawBar(g, r.getX(), r.getX() + r.getWidth(), r.getCenterY(), r.getHeight(),
                    Style.SAMPLE, false, true));
        }
        legendY = y + 5;
        y = legendY + legend.height();
        notesY = y + 1;
        for (var n : spec.notes()) noteLines.addAll(Gfx.wrap(fSmall, n.get(lang), width));
        y = notesY + noteLines.size() * smallH;
        height = Math.ceil(y + 2);
    }

    private double xOf(double c) {
        return x0 + (c - lo) / (hi - lo) * (x1 - x0);
    }

    private void monthTicks() {
        LocalDate first = LocalDate.ofEpochDay((long) Math.floor(lo)).withDayOfMonth(1);
        LocalDate endD = LocalDate.ofEpochDay((long) Math.ceil(hi) - 1).withDayOfMonth(1).plusMonths(1);
        lo = first.toEpochDay();
        hi = endD.toEpochDay();
        int months = (int) java.time.temporal.ChronoUnit.MONTHS.between(first, endD);
        double perMonth = (x1 - x0) / months;
        double labelW = Gfx.width(fSmall, Labels.month(9, lang) + " 2000");
        int step = 24;
        for (int s : new int[] {1, 2, 3, 6, 12}) {
            if (labelW + 6 <= s * perMonth) {
                step = s;
                break;
            }
        }
        boolean yearsOnly = step >= 12 && Gfx.width(fSmall, "2000") + 6 <= step * perMonth;
        for (LocalDate d = first; !d.isAfter(endD); d = d.plusMonths(1)) {
            boolean label = (d.getMonthValue() - 1) % Math.min(step, 12) == 0 && (step < 24 || d.getYear() % 2 == 0);
            String text = !label ? null : yearsOnly ? Integer.toString(d.getYear()) : Labels.monthYear(d, lang);
            ticks.add(new Tick(xOf(d.toEpochDay()), text, label));
        }
    }

    private void dayTicks() {
        double span = hi - lo;
        double perDay = (x1 - x0) / span;
        double labelW = Gfx.width(fSmall, "+100");
        int step = 1000;
        for (int s : new int[] {1, 2, 5, 10, 20, 25, 50, 100, 200, 500}) {
            if (labelW + 5 <= s * perDay * 1.0) {
                step = s;
                break;
            }
        }
        lo = Math.floor(lo / step) * step;
        // a day-d phase covers [d, d+1); the axis is labelled at day starts
        hi = Math.ceil(hi / step) * step;
        if (hi <= lo) hi = lo + step;
        int minor = step >= 10 ? step / 5 : 1;
        for (double d = lo; d <= hi + 1e-9; d += minor) {
            boolean major = Math.abs(Math.IEEEremainder(d, step)) < 1e-9;
            String text = null;
            if (major) {
                long v = Math.round(d);
                text = v > 0 ? "+" + v : v < 0 ? "\u2212" + (-v) : "0";
            }
            ticks.add(new Tick(xOf(d), text, major));
        }
    }


    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void paint(Graphics2D g) {
        // grid: a faint line at each labelled tick, lane separators
        Gfx.stroke(g, Gfx.GRID, 0.4);
        for (Tick t : ticks) if (t.label() != null) Gfx.line(g, t.x(), lanesTop, t.x(), axisY);
        for (int i = 1; i < laneBox.size(); i++) {
            double y = laneBox.get(i)[0];
            Gfx.line(g, 0, y, x1, y);
        }
        if (spec.days() && lo < 0 && hi > 0) {
            Gfx.stroke(g, Gfx.MUTED, 0.6);
            Gfx.line(g, xOf(0), lanesTop, xOf(0), axisY);
        }
        // milestone lines first, under the bars
        for (MilestoneLabel ml : msLabels) {
            if (ml.m().at().approximate()) Gfx.dashed(g, Gfx.MUTED, 0.5, 1.6, 1.2);
            else Gfx.stroke(g, Gfx.MUTED, 0.5);
            Gfx.line(g, ml.x(), markerY + 3, ml.x(), axisY);
        }
        // lanes: label and bars
        for (int i = 0; i < spec.lanes().size(); i++) {
            Lane lane = spec.lanes().get(i);
            double top = laneBox.get(i)[0];
            double h = laneBox.get(i)[1];
            double cy = top + h / 2;
            List<String> lines = laneLines.get(i);
            double by = cy - lines.size() * lineH / 2 + FONT * 0.95;
            for (String s : lines) {
                Gfx.text(g, fLabel, Gfx.INK, s, 0, by);
                by += lineH;
            }
            List<Phase> phases = lane.phases();
            for (int k = 0; k < phases.size(); k++) {
                Phase p = phases.get(k);
                double xs = xOf(p.start().startCoord());
                double xe = xOf(p.end().endCoord());
                drawBar(g, xs, xe, cy, BAR, style(p), p.start().approximate(), p.end().approximate());
                if (p.label() != null) {
                    double nextStart = k + 1 < phases.size() ? xOf(phases.get(k + 1).start().startCoord()) : width;
                    double prevEnd = k > 0 ? xOf(phases.get(k - 1).end().endCoord()) : x0;
                    phaseText(g, p, xs, xe, cy, prevEnd, nextStart);
                }
            }
        }
        // milestones: the label above, a mark over the lanes
        for (MilestoneLabel ml : msLabels) {
            double labelBase = ml.row() * smallH + SMALL * 0.95;
            if (ml.row() > 0 || Math.abs(ml.left() + Gfx.width(fSmall, ml.text()) / 2 - ml.x()) > 0.5) {
                Gfx.stroke(g, Gfx.MUTED, 0.4);
                Gfx.line(g, ml.x(), labelBase + 2, ml.x(), markerY - 3);
            }
            Gfx.text(g, fSmall, Gfx.INK, ml.text(), ml.left(), labelBase);
            Markers.draw(g, ml.m().kind(), ml.x(), markerY, 6.0);
        }
        // axis
        Gfx.stroke(g, Gfx.INK, 0.6);
        Gfx.line(g, x0, axisY, x1, axisY);
        for (Tick t : ticks) {
            Gfx.stroke(g, Gfx.INK, t.major() ? 0.6 : 0.4);
            Gfx.line(g, t.x(), axisY, t.x(), axisY + (t.major() ? 3 : 1.6));
            if (t.label() != null) {
                double w = Gfx.width(fSmall, t.label());
                double left = Math.max(0, Math.min(width - w, t.x() - w / 2));
                Gfx.text(g, fSmall, Gfx.INK, t.label(), left, axisY + 3 + SMALL);
            }
        }
        if (axisTitle != null) {
            double w = Gfx.width(fSmall, axisTitle);
            Gfx.text(g, fSmall, Gfx.MUTED, axisTitle, Math.max(0, (x0 + x1) / 2 - w / 2), axisTitleY + 1);
        }
        legend.paint(g, legendY);
        double y = notesY + SMALL;
        for (String s : noteLines) {
            Gfx.text(g, fSmall, Gfx.MUTED, s, 0, y);
            y += smallH;
        }
    }

    private void phaseText(Graphics2D g, Phase p, double xs, double xe, double cy, double prevEnd, double nextStart) {
        String t = (p.approximate() ? "~" : "") + p.label().get(lang);
        double w = Gfx.width(fLabel, t);
        Style s = style(p);
        double base = Gfx.centerBaseline(fLabel, cy);
        double fade = fadeWidth(xs, xe);
        double inner = (xe - xs) - (p.start().approximate() ? fade : 0) - (p.end().approximate() ? fade : 0);
        if (w + 4 <= inner) {
            double cx = (xs + (p.start().approximate() ? fade : 0) + xe - (p.end().approximate() ? fade : 0)) / 2;
            if (s.hatch() != Style.Hatch.NONE) {
                g.setColor(Color.WHITE);
                g.fill(new RoundRectangle2D.Double(cx - w / 2 - 1.5, cy - FONT * 0.55, w + 3, FONT * 1.1, 2, 2));
                Gfx.text(g, fLabel, Gfx.INK, t, cx - w / 2, base);
            } else {
                Gfx.text(g, fLabel, s.text(), t, cx - w / 2, base);
            }
        } else if (xe + 2 + w <= Math.min(nextStart - 2, width)) {
            Gfx.text(g, fLabel, Gfx.INK, t, xe + 2, base);
        } else if (xs - 2 - w >= prevEnd) {
            Gfx.text(g, fLabel, Gfx.INK, t, xs - 2 - w, base);
        } else {
            Gfx.text(g, fLabel, Gfx.INK, t, Math.min(xe + 2, width - w), base);
        }
    }

    private static double fadeWidth(double xs, double xe) {
        return Math.min(6, (xe - xs) / 3);
    }

    /**
     * A bar from xs to xe centred on cy; an approximate end fades out to white in steps and loses its closing
     * edge, its outline dashed.
     */
    static void drawBar(Graphics2D g, double xs, double xe, double cy, double h, Style s, boolean approxStart,
                        boolean approxEnd) {
        double top = cy - h / 2;
        Rectangle2D r = new Rectangle2D.Double(xs, top, xe - xs, h);
        Gfx.fill(g, r, s);
        double f = fadeWidth(xs, xe);
        Composite old = g.getComposite();
        g.setColor(Color.WHITE);
        int steps = 3;
        double sw = f / steps;
        for (int i = 0; i < steps; i++) {
            float alpha = 0.75f - 0.22f * i;
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
            if (approxStart) g.fill(new Rectangle2D.Double(xs + i * sw, top, sw, h));
            if (approxEnd) g.fill(new Rectangle2D.Double(xe - (i + 1) * sw, top, sw, h));
        }
        g.setComposite(old);
        double a = approxStart ? xs + f : xs;
        double b = approxEnd ? xe - f : xe;
        Gfx.stroke(g, Gfx.INK, 0.5);
        Gfx.line(g, a, top, b, top);
        Gfx.line(g, a, top + h, b, top + h);
        if (!approxStart) Gfx.line(g, xs, top, xs, top + h);
        if (!approxEnd) Gfx.line(g, xe, top, xe, top + h);
        Gfx.dashed(g, Gfx.INK, 0.5, 1.2, 1.0);
        if (approxStart) {
            Gfx.line(g, xs, top, a, top);
            Gfx.line(g, xs, top + h, a, top + h);
        }
        if (approxEnd) {
            Gfx.line(g, b, top, xe, top);
            Gfx.line(g, b, top + h, xe, top + h);
        }
    }
}
