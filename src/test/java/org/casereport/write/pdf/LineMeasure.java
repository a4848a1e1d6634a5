package org.casereport.write.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereport.write.pdf.PageGlyphs.Glyph;

/**
 * Measures how a PDF's body text is set, from the glyph boxes PDFBox reads back (the same numbers
 * {@code pdftotext -bbox-layout} gives): which lines are the body's (the font and size most glyphs are set in), which
 * of them are justified (every line of a paragraph but its last), and of those how many are <em>loose</em> — the
 * median space between their words wider than 0.4 of the line pitch (about twice a normal space). Also the lines that
 * end in a hyphen, and the most of them in a row (one under the other in a column). See docs/typesetting.md.
 */
final class LineMeasure {
    /** The text of glyphs left to right on one line, a space put where a gap wider than 0.2 em stands for one. */
    static String text(List<Glyph> glyphs) {
        StringBuilder b = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (prev != null && !g.space() && !prev.space() && g.x() - prev.end() > 0.2 * g.size()) b.append(' ');
            b.append(g.text());
            prev = g;
        }
        return b.toString();
    }

    /** A word space wider than this share of the line pitch makes a line loose. */
    static final double LOOSE = 0.4;

    /** One line of body text: its glyphs left to right (superscripts included), on one page and in one column. */
    record Line(int page, int column, float y, List<Glyph> glyphs) {
        float start() {
            return glyphs.get(0).x();
        }

        float end() {
            float e = 0;
            for (Glyph g : glyphs) if (!g.space()) e = Math.max(e, g.end());
            return e;
        }

        String text() {
            return LineMeasure.text(glyphs);
        }

        /** The spaces between words: from the end of a word's last glyph to the start of the next word. */
        List<Float> wordSpaces(float bodySize) {
            List<Float> out = new ArrayList<>();
            Glyph last = null;
            boolean sawSpace = false;
            for (Glyph g : glyphs) {
                if (g.space()) {
                    sawSpace = true;
                    continue;
                }
                if (last != null) {
                    float gap = g.x() - last.end();
                    if (sawSpace || gap > 0.2 * bodySize) out.add(gap);
                }
                last = g;
                sawSpace = false;
            }
            return out;
        }

        double medianSpace(float bodySize) {
            List<Float> s = wordSpaces(bodySize);
            if (s.isEmpty()) return 0;
            s.sort(null);
            int n = s.size();
            return n % 2 == 1 ? s.get(n / 2) : (s.get(n / 2 - 1) + s.get(n / 2)) / 2.0;
        }

        boolean endsWithHyphen() {
            for (int i = glyphs.size() - 1; i >= 0; i--) {
                Glyph g = glyphs.get(i);
                if (g.space()) continue;
                return g.text().equals("-") && i > 0 && glyphs.get(i - 1).letter();
            }
            return false;
        }
    }

    /** What one PDF measured. */
    record Result(int bodyLines, int justified, int loose, int hyphenated, int hyphenRun, float pitch,
                  List<Line> looseLines, List<Line> lines) {
        double looseShare() {
            return justified == 0 ? 0 : (double) loose / justified;
        }

        double hyphensPer100() {
            return bodyLines == 0 ? 0 : 100.0 * hyphenated / bodyLines;
        }

        @Override
        public String toString() {
            return String.format(java.util.Locale.ROOT,
                    "%d body lines, %d justified, %d loose (%.1f%%), %d ending in a hyphen (%.1f per 100 lines, "
                            + "at most %d in a row)",
                    bodyLines, justified, loose, 100 * looseShare(), hyphenated, hyphensPer100(), hyphenRun);
        }
    }

    private LineMeasure() {
    }

    static Result measure(byte[] pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            float width = doc.getPage(0).getMediaBox().getWidth();
            List<Glyph> glyphs = PageGlyphs.all(doc);
            return measure(glyphs, width);
        }
    }

    static Result measure(List<Glyph> all, float pageWidth) {
        // the body: the font and size most letters are set in
        Map<String, Integer> count = new HashMap<>();
        for (Glyph g : all) if (g.letter()) count.merge(key(g), 1, Integer::sum);
        String body = count.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse("");
        float bodySize = body.isEmpty() ? 9 : Float.parseFloat(body.substring(body.lastIndexOf(' ') + 1));
        String bodyFamily = family(body.substring(0, Math.max(0, body.lastIndexOf(' '))));

        // lines: body-size glyphs of one page and column on one baseline
        Map<String, List<Glyph>> rows = new HashMap<>();
        for (Glyph g : all) {
            if (Math.abs(g.size() - bodySize) > 0.3 || !family(g.font()).equals(bodyFamily)) continue;
            int col = g.x() + g.width() / 2 < pageWidth / 2 ? 0 : 1;
            rows.computeIfAbsent(g.page() + "/" + col + "/" + Math.round(g.y()), k -> new ArrayList<>()).add(g);
        }
        List<Line> lines = new ArrayList<>();
        for (List<Glyph> r : rows.values()) {
            Glyph f = r.get(0);
            int col = f.x() + f.width() / 2 < pageWidth / 2 ? 0 : 1;
            if (r.stream().noneMatch(Glyph::letter)) continue;
            lines.add(new Line(f.page(), col, f.y(), r));
        }
        // superscripts and subscripts join the line they stand on
        for (Glyph g : all) {
            if (g.size() >= bodySize - 0.3 || !family(g.font()).equals(bodyFamily)) continue;
            int col = g.x() + g.width() / 2 < pageWidth / 2 ? 0 : 1;
            for (Line l : lines) {
                if (l.page == g.page() && l.column == col && g.y() > l.y - bodySize * 0.8 && g.y() < l.y + bodySize * 0.4
                        && g.x() >= l.glyphs.get(0).x() - 1) {
                    l.glyphs.add(g);
                    break;
                }
            }
        }
        for (Line l : lines) l.glyphs.sort(Comparator.comparingDouble(Glyph::x));
        lines.sort(Comparator.comparingInt(Line::page).thenComparingInt(Line::column).thenComparingDouble(Line::y));

        // the pitch: the usual distance between two body lines of a column
        List<Float> steps = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            Line a = lines.get(i - 1), b = lines.get(i);
            if (a.page == b.page && a.column == b.column) steps.add(b.y - a.y);
        }
        steps.sort(null);
        float pitch = steps.isEmpty() ? bodySize * 1.3f : steps.get(steps.size() / 2);

        // each column's right edge: where most full lines end
        Map<String, Float> right = new HashMap<>();
        for (Line l : lines) right.merge(l.page + "/" + l.column, l.end(), Math::max);

        int justified = 0, loose = 0, hyphenated = 0, run = 0, longestRun = 0;
        List<Line> looseLines = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            Line next = i + 1 < lines.size() ? lines.get(i + 1) : null;
            // lines in a row: the next body line of the column, one pitch below
            boolean below = next != null && next.page == l.page && next.column == l.column && next.y - l.y < pitch * 1.5;
            if (l.endsWithHyphen()) {
                hyphenated++;
                longestRun = Math.max(longestRun, ++run);
            } else {
                run = 0;
            }
            if (!below) run = 0;
            boolean continues = below && next.start() <= l.start() + 1;
            boolean full = l.end() >= right.get(l.page + "/" + l.column) - 1.5;
            if (!continues && !full) continue; // a paragraph's last line is set ragged
            if (l.wordSpaces(bodySize).isEmpty()) continue;
            justified++;
            if (l.medianSpace(bodySize) > LOOSE * pitch) {
                loose++;
                looseLines.add(l);
            }
        }
        return new Result(lines.size(), justified, loose, hyphenated, longestRun, pitch, looseLines, lines);
    }

    private static String key(Glyph g) {
        return g.font() + " " + Math.round(g.size() * 2) / 2.0f;
    }

    /** "PTSerif-Bold" → "PTSerif": the body's italic and bold words belong to its lines. */
    private static String family(String font) {
        int dash = font.indexOf('-');
        return dash < 0 ? font : font.substring(0, dash);
    }
}
