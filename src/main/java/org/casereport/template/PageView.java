package org.casereport.template;

import org.casereport.model.Journal;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** The page of journal.yaml as the template sees it: size, margins, columns, and the column width in points. */
final class PageView {
    private PageView() {
    }

    /** Page sizes by name, in millimetres (width, height). */
    private static final Map<String, double[]> PAGE_SIZES = Map.of(
            "A4", new double[] {210, 297}, "A5", new double[] {148, 210},
            "LETTER", new double[] {215.9, 279.4}, "B5", new double[] {176, 250});

    static Map<String, Object> page(Journal j) {
        Map<String, Object> p = new LinkedHashMap<>();
        String size = j.string("page.size", "A4").trim();
        double[] wh = PAGE_SIZES.getOrDefault(size.toUpperCase(Locale.ROOT), PAGE_SIZES.get("A4"));
        int columns = Math.max(1, Math.min(4, j.integer("page.columns", 1)));
        double top = mm(j, "page.margin.top", 20);
        double bottom = mm(j, "page.margin.bottom", 20);
        double left = mm(j, "page.margin.left", 18);
        double right = mm(j, "page.margin.right", 18);
        double gap = mm(j, "page.column_gap", 7);
        double textWidth = wh[0] - left - right;
        double colWidth = (textWidth - (columns - 1) * gap) / columns;
        p.put("size", PAGE_SIZES.containsKey(size.toUpperCase(Locale.ROOT)) ? size : "A4");
        p.put("widthMm", fmt(wh[0]));
        p.put("heightMm", fmt(wh[1]));
        p.put("columns", columns);
        p.put("marginTop", fmt(top) + "mm");
        p.put("marginBottom", fmt(bottom) + "mm");
        p.put("marginLeft", fmt(left) + "mm");
        p.put("marginRight", fmt(right) + "mm");
        p.put("columnGap", fmt(gap) + "mm");
        p.put("columnWidthPt", Math.floor(colWidth * 72 / 25.4));
        p.put("textWidthPt", Math.floor(textWidth * 72 / 25.4));
        return p;
    }

    /** The page margins of journal.yaml in points: top, right, bottom, left. */
    static double[] marginsPt(Journal j) {
        double k = 72 / 25.4;
        return new double[] {mm(j, "page.margin.top", 20) * k, mm(j, "page.margin.right", 18) * k,
                mm(j, "page.margin.bottom", 20) * k, mm(j, "page.margin.left", 18) * k};
    }

    private static double mm(Journal j, String key, double fallback) {
        String s = j.string(key, null);
        if (s == null) return fallback;
        s = s.trim().toLowerCase(Locale.ROOT);
        if (s.endsWith("mm")) s = s.substring(0, s.length() - 2).trim();
        try {
            double d = Double.parseDouble(s);
            return d >= 0 && d < 200 ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    /** A measure as CSS wants it: "20", "18.50". */
    static String fmt(double d) {
        if (d == Math.rint(d)) return Long.toString((long) d);
        return String.format(Locale.ROOT, "%.2f", d);
    }
}
