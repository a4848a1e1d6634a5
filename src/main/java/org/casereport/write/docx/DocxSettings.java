package org.casereport.write.docx;

import java.io.IOException;
import java.util.Locale;
import org.casereport.model.Journal;

/**
 * The {@code docx:} settings of journal.yaml: the body font, its size and line spacing (each overrides the
 * reference document where given) and the smallest size figure text may print at.
 *
 * @param font            the body font's name, or null to keep the reference document's
 * @param sizePt          the Normal style's size in points, or 0 to keep the reference document's
 * @param lineSpacing     the Normal style's line spacing in lines, or 0 to keep the reference document's
 * @param figureTextMinPt figures are drawn so that their smallest text prints at least this size
 */
record DocxSettings(String font, double sizePt, double lineSpacing, double figureTextMinPt) {
    static final double DEFAULT_FIGURE_TEXT_MIN_PT = 8;

    /** The settings of a journal; a value that is not what the key takes is an error naming journal.yaml and the key. */
    static DocxSettings of(Journal journal) throws IOException {
        String font = journal.string("docx.font", null);
        if (font != null) {
            font = font.strip();
            if (font.isEmpty() || font.length() > 31 || !font.matches("[\\p{L}\\p{N} ._-]+")) {
                throw bad(journal, "docx.font", font, "a font name of at most 31 letters, digits and spaces, e.g. Times New Roman");
            }
        }
        double size = number(journal, "docx.size", 0, 6, 72, "a size in points from 6 to 72, e.g. 12");
        double line = number(journal, "docx.line_spacing", 0, 1, 3, "a line spacing in lines from 1 to 3, e.g. 1.5");
        double figMin = number(journal, "docx.figure_text_min", DEFAULT_FIGURE_TEXT_MIN_PT, 5, 14,
                "a size in points from 5 to 14, e.g. 8");
        return new DocxSettings(font, size, line, figMin);
    }

    private static double number(Journal journal, String key, double fallback, double min, double max, String what)
            throws IOException {
        String s = journal.string(key, null);
        if (s == null) return fallback;
        String t = s.strip().toLowerCase(Locale.ROOT).replace(',', '.');
        if (t.endsWith("pt")) t = t.substring(0, t.length() - 2).strip();
        try {
            double d = Double.parseDouble(t);
            if (d >= min && d <= max) return d;
        } catch (NumberFormatException e) {
            // reported below
        }
        throw bad(journal, key, s, what);
    }

    private static IOException bad(Journal journal, String key, String value, String what) {
        java.nio.file.Path file = journal.find("journal.yaml");
        String where = file != null ? file.toString() : "journal template '" + journal.name() + "', journal.yaml";
        return new IOException(where + ": " + key + ": '" + value + "' is not " + what);
    }
}
