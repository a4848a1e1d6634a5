package org.casereport.figure;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How wide a figure prints, as its file says ({@code width:}): one column (the default), the page (the text width
 * of the page, across the columns of a two-column journal), a length ({@code 12cm}, {@code 90mm}, {@code 4in},
 * {@code 250pt}) or a share of the text width ({@code 60%}).
 *
 * @param kind  what was asked for
 * @param value the length in points ({@link Kind#LENGTH}) or the share, 0–1 ({@link Kind#SHARE}); 0 otherwise
 */
public record FigureWidth(Kind kind, double value) {
    public enum Kind { COLUMN, PAGE, LENGTH, SHARE }

    public static final FigureWidth COLUMN = new FigureWidth(Kind.COLUMN, 0);
    public static final FigureWidth PAGE = new FigureWidth(Kind.PAGE, 0);

    private static final Pattern LENGTH = Pattern.compile("(\\d+(?:[.,]\\d+)?)\\s*(cm|mm|in|pt|%)");

    /** The width as written, or null when it is none of the forms. */
    public static FigureWidth parse(String s) {
        String t = s.strip().toLowerCase(Locale.ROOT);
        if (t.equals("column")) return COLUMN;
        if (t.equals("page")) return PAGE;
        Matcher m = LENGTH.matcher(t);
        if (!m.matches()) return null;
        double v = Double.parseDouble(m.group(1).replace(',', '.'));
        if (!(v > 0)) return null;
        return switch (m.group(2)) {
            case "%" -> new FigureWidth(Kind.SHARE, v / 100);
            case "cm" -> new FigureWidth(Kind.LENGTH, v / 2.54 * 72);
            case "mm" -> new FigureWidth(Kind.LENGTH, v / 25.4 * 72);
            case "in" -> new FigureWidth(Kind.LENGTH, v * 72);
            default -> new FigureWidth(Kind.LENGTH, v);
        };
    }

    /** The width asked for, in points, on a page of this column and text width (not more than the text width). */
    public double pt(double columnPt, double textPt) {
        double w = switch (kind) {
            case COLUMN -> columnPt;
            case PAGE -> textPt;
            case LENGTH -> value;
            case SHARE -> value * textPt;
        };
        return Math.min(w, textPt);
    }

    /** More than the text width: a length or share that cannot be printed as asked. */
    public boolean tooWide(double textPt) {
        return (kind == Kind.LENGTH && value > textPt + 0.5) || (kind == Kind.SHARE && value > 1 + 1e-9);
    }
}
