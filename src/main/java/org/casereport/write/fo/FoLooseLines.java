package org.casereport.write.fo;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The body paragraphs FOP could set only loosely. FOP breaks a hyphenated paragraph's lines within its word spaces'
 * stretch (an adjustment ratio of 1) and, when it cannot, at a ratio of 20, with no try between
 * ({@code LineLayoutManager.findOptimalBreakingPoints}, FOP 2.10): such a paragraph comes out with lines whose spaces
 * are twice a space wide. After a typeset, a justified body line (PT Serif 9 pt, reaching its column's right edge)
 * whose median word space is wider than 0.4 of the line pitch is looked up by its letters in the FO's justified
 * paragraphs; the writer gives those paragraphs the shrink of {@link #SHRINK} and typesets again (once), keeping the
 * new pages only when they have fewer loose lines. The same measure as {@code typeset-report.sh}.
 */
final class FoLooseLines {
    /** The body text's size and line pitch (9 pt × 1.3). */
    static final double BODY = 9, PITCH = 11.7;
    /** A median word space wider than this share of the pitch makes a line loose. */
    static final double LOOSE = 0.4;
    /** Word spaces in a paragraph that came out loose may shrink this much (0.243 em less this is the least). */
    static final String SHRINK = "-0.16em";
    /** Letters of a line looked up in the paragraphs (from its middle, away from a broken word's ends). */
    private static final int PROBE = 14;

    private FoLooseLines() {
    }

    /** The loose lines of the PDF, each as its letters (no spaces), page by page. */
    static List<String> lines(byte[] pdf, FoFigures.Area area) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 1; p <= doc.getNumberOfPages(); p++) {
                Map<String, List<TextPosition>> rows = new TreeMap<>();
                PDFTextStripper s = new PDFTextStripper() {
                    @Override
                    protected void writeString(String text, List<TextPosition> positions) {
                        for (TextPosition t : positions) {
                            if (Math.abs(t.getFontSizeInPt() - BODY) > 0.3 || !t.getFont().getName().contains("PTSerif-Regular")) continue;
                            int col = area.column(t.getXDirAdj() + t.getWidthDirAdj() / 2);
                            rows.computeIfAbsent(col + ":" + Math.round(t.getYDirAdj() * 2), k -> new ArrayList<>()).add(t);
                        }
                    }
                };
                s.setStartPage(p);
                s.setEndPage(p);
                s.getText(doc);
                for (var e : rows.entrySet()) {
                    List<TextPosition> row = e.getValue();
                    row.sort(Comparator.comparingDouble(TextPosition::getXDirAdj));
                    int col = Integer.parseInt(e.getKey().substring(0, e.getKey().indexOf(':')));
                    double edge = area.left() + col * (area.column() + area.gap()) + area.column();
                    TextPosition last = row.get(row.size() - 1);
                    if (last.getXDirAdj() + last.getWidthDirAdj() < edge - 1.5) continue; // a paragraph's last line
                    if (median(row) > LOOSE * PITCH) out.add(letters(row));
                }
            }
        }
        return out;
    }

    /** The justified paragraphs of the FO that hold one of the lines. */
    static Set<Element> paragraphs(Document dom, List<String> lines) {
        Set<Element> out = new LinkedHashSet<>();
        NodeList blocks = dom.getElementsByTagNameNS(FoHyphens.FO_NS, "block");
        List<Element> paras = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        for (int i = 0; i < blocks.getLength(); i++) {
            Element b = (Element) blocks.item(i);
            if (!"justify".equals(b.getAttribute("text-align")) || !b.hasAttribute("word-spacing.minimum")) continue;
            paras.add(b);
            texts.add(FoFigures.squeezed(b.getTextContent()));
        }
        for (String line : lines) {
            if (line.length() < PROBE) continue;
            int from = (line.length() - PROBE) / 2;
            String probe = line.substring(from, from + PROBE);
            for (int i = 0; i < paras.size(); i++) {
                if (texts.get(i).contains(probe)) {
                    out.add(paras.get(i));
                    break;
                }
            }
        }
        return out;
    }

    /** The median space between the words of a row of glyphs (spaces and no-break spaces stand between words). */
    private static double median(List<TextPosition> row) {
        List<Double> gaps = new ArrayList<>();
        TextPosition prev = null;
        boolean space = false;
        for (TextPosition t : row) {
            String u = t.getUnicode();
            if (u.isBlank() || Character.isSpaceChar(u.codePointAt(0))) {
                space = true;
                continue;
            }
            if (prev != null && space) gaps.add((double) (t.getXDirAdj() - prev.getXDirAdj() - prev.getWidthDirAdj()));
            prev = t;
            space = false;
        }
        if (gaps.isEmpty()) return 0;
        gaps.sort(null);
        int n = gaps.size();
        return n % 2 == 1 ? gaps.get(n / 2) : (gaps.get(n / 2 - 1) + gaps.get(n / 2)) / 2;
    }

    private static String letters(List<TextPosition> row) {
        StringBuilder b = new StringBuilder();
        for (TextPosition t : row) b.append(t.getUnicode());
        String s = b.toString();
        if (s.endsWith("-")) s = s.substring(0, s.length() - 1);
        return FoFigures.squeezed(s);
    }
}
