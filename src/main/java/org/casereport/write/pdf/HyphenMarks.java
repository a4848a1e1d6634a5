package org.casereport.write.pdf;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.pdfwriter.ContentStreamWriter;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.casereport.write.pdf.PageGlyphs.Glyph;

/**
 * Makes the text layer read whole words where the renderer broke a word at a line end. openhtmltopdf (and FOP, for the FO engine) prints such a
 * break as the word's first part and a plain hyphen ("гема-"), and the rest on the next line ("тологии"); text
 * extraction (PDFBox, pdftotext, a screen reader, a search) would give "гема-" and "тологии". Here the first part with
 * its hyphen is marked as content with an empty actual text, and the rest as content whose actual text is the whole
 * word ({@code /Span <</ActualText (гематологии)>> BDC … EMC}), so every reader that honours ActualText (PDF 32000-1,
 * 14.9.4) gets "гематологии" back, on the line of its last part and with the punctuation that follows it. Only breaks the engine's hyphenation offered ({@link OfferedBreaks}) are marked; a hyphen of the text itself
 * ("гематологии-онкологии" broken after its hyphen) is left as it is.
 */
final class HyphenMarks {
    /** Punctuation that closes a word and is read with it. */
    private static final String CLOSING = ".,;:!?)»]\u201D";
    private static final int LOOK_AHEAD = 200; // text operators searched for the next line (a column or page later)

    /** A run of glyphs of one text operator to mark with an ActualText. */
    private record Mark(int page, int op, int from, int to, String actual) {
    }

    private HyphenMarks() {
    }

    /**
     * The PDF with its hyphenation breaks marked and its hidden text dropped; {@code pdf} itself when there is nothing
     * to do. Hidden text: text operators every glyph of which the clipping path hides. The renderer leaves such
     * text where it moved a block that keeps together (a reference entry) to the next column or page: the block's
     * first line stays painted below the foot of the column, clipped, and a reader of the text layer would get it
     * twice.
     */
    static byte[] mark(byte[] pdf, OfferedBreaks hyphens) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return mark(doc, pdf, hyphens);
        }
    }

    /** {@link #mark(byte[], OfferedBreaks)} on {@code doc}, the PDF {@code pdf} already loaded (changed, left open). */
    static byte[] mark(PDDocument doc, byte[] pdf, OfferedBreaks hyphens) throws IOException {
        List<Glyph> all = PageGlyphs.all(doc);
        List<Mark> marks = hyphens.any() ? find(all, hyphens) : new ArrayList<>();
        marks.addAll(ligatures(all, marks));
        marks.addAll(hidden(all));
        if (marks.isEmpty()) return pdf;
        Map<Integer, List<Mark>> byPage = new HashMap<>();
        for (Mark m : marks) byPage.computeIfAbsent(m.page, k -> new ArrayList<>()).add(m);
        for (Map.Entry<Integer, List<Mark>> e : byPage.entrySet()) rewrite(doc, doc.getPage(e.getKey()), e.getValue());
        ByteArrayOutputStream out = new ByteArrayOutputStream(pdf.length + 4096);
        doc.save(out);
        return out.toByteArray();
    }

    /**
     * The runs of each break: the first part with its hyphen, and the rest of the word on the next line. A part may
     * be painted by several text operators (FOP sets a glyph at a time where it adjusts the spacing of a line): the
     * rest's first operator carries the whole word, every other operator of the two parts an empty actual text.
     */
    static List<Mark> find(List<Glyph> all, OfferedBreaks hyphens) {
        List<Mark> marks = new ArrayList<>();
        for (int i = 0; i < all.size(); i++) {
            Glyph h = all.get(i);
            if (!h.text().equals("-") || i == 0) continue;
            if (i + 1 < all.size() && touches(all.get(i), all.get(i + 1))) continue;
            // the word's first part: the letters before the hyphen, touching each other on its line
            int s = i;
            while (s > 0 && all.get(s - 1).letter() && touches(all.get(s - 1), all.get(s))) s--;
            if (s == i) continue;
            String head = text(all, s, i);
            // the rest: the letters that open the next line of text in the same size (the next line of the column,
            // or the first of the next column or page; running heads and page numbers are set smaller)
            for (int j = i + 1, seen = 0; j < all.size() && seen < LOOK_AHEAD; j++) {
                Glyph g = all.get(j);
                if (g.index() != 0) continue;
                seen++;
                boolean sameLine = g.page() == h.page() && Math.abs(g.y() - h.y()) < 0.5 * h.size();
                if (sameLine || Math.abs(g.size() - h.size()) > 0.5 || g.clipped()) continue;
                int e = j;
                while (e < all.size() && all.get(e).letter() && (e == j || touches(all.get(e - 1), all.get(e)))) e++;
                String tail = text(all, j, e);
                if (!tail.isEmpty() && hyphens.offered(head + tail, head.length())) {
                    // the punctuation that closes the word goes into its mark: FOP paints it by an operator of its
                    // own, and a reader would otherwise put it on a line of its own ("кроветворения⏎. Болезнь")
                    int p = e;
                    while (p < all.size() && CLOSING.indexOf(all.get(p).text()) >= 0 && all.get(p).text().length() == 1
                            && touches(all.get(p - 1), all.get(p))) p++;
                    byOperator(all, s, i + 1, "", "", marks);
                    byOperator(all, j, p, head + tail + text(all, e, p), "", marks);
                }
                break; // only the first line after the break can hold the word's rest
            }
        }
        return marks;
    }

    /** Two glyphs one after the other in one word: on one line, the second where the first ends. */
    private static boolean touches(Glyph a, Glyph b) {
        if (a.page() != b.page() || b.space() || a.space()) return false;
        if (a.op() == b.op()) return true;
        return Math.abs(a.y() - b.y()) < 0.1 * a.size() && Math.abs(b.x() - a.end()) < 0.15 * a.size();
    }

    /** The glyphs [from, to) as one mark for each text operator: the first gets {@code first}, the others {@code rest}. */
    private static void byOperator(List<Glyph> all, int from, int to, String first, String rest, List<Mark> marks) {
        int k = from;
        while (k < to) {
            int e = k;
            while (e < to && all.get(e).op() == all.get(k).op()) e++;
            marks.add(new Mark(all.get(k).page(), all.get(k).op(), all.get(k).index(), all.get(e - 1).index() + 1,
                    k == from ? first : rest));
            k = e;
        }
    }

    /**
     * Each ligature glyph (the font's "fl", whose own Unicode is U+FB02) as content whose actual text is its letters,
     * so the text layer reads "reflux", not "reﬂux"; a glyph inside a word already marked for a hyphen break is left
     * to that mark (its actual text has the letters).
     */
    static List<Mark> ligatures(List<Glyph> all, List<Mark> breaks) {
        List<Mark> out = new ArrayList<>();
        for (Glyph g : all) {
            if (!ligature(g.text())) continue;
            boolean inBreak = false;
            for (Mark m : breaks) {
                if (m.page == g.page() && m.op == g.op() && g.index() >= m.from && g.index() < m.to) inBreak = true;
            }
            if (!inBreak) out.add(new Mark(g.page(), g.op(), g.index(), g.index() + 1, letters(g.text())));
        }
        return out;
    }

    private static boolean ligature(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '\uFB00' && c <= '\uFB06') return true;
        }
        return false;
    }

    /** The letters of a ligature code point (U+FB02 → "fl"); other text as it is. */
    private static String letters(String text) {
        return ligature(text) ? java.text.Normalizer.normalize(text, java.text.Normalizer.Form.NFKC) : text;
    }

    /** Text operators all of whose glyphs are clipped away: a mark with a null actual text (drop them). */
    static List<Mark> hidden(List<Glyph> all) {
        List<Mark> out = new ArrayList<>();
        int i = 0;
        while (i < all.size()) {
            int j = i;
            boolean clipped = true;
            while (j < all.size() && all.get(j).op() == all.get(i).op() && all.get(j).page() == all.get(i).page()) {
                clipped &= all.get(j).clipped();
                j++;
            }
            if (clipped) out.add(new Mark(all.get(i).page(), all.get(i).op(), -1, -1, null));
            i = j;
        }
        return out;
    }

    private static String text(List<Glyph> all, int from, int to) {
        StringBuilder b = new StringBuilder();
        for (int k = from; k < to; k++) b.append(letters(all.get(k).text()));
        return b.toString();
    }

    /** Splits the marked text operators of a page into runs, the marked ones inside their ActualText span. */
    private static void rewrite(PDDocument doc, PDPage page, List<Mark> marks) throws IOException {
        Map<Integer, List<Mark>> byOp = new HashMap<>();
        for (Mark m : marks) byOp.computeIfAbsent(m.op, k -> new ArrayList<>()).add(m);
        PDFStreamParser parser = new PDFStreamParser(page);
        List<Object> tokens = parser.parse();
        List<Object> out = new ArrayList<>(tokens.size() + marks.size() * 8);
        List<COSBase> operands = new ArrayList<>();
        PDFont font = null;
        int op = -1;
        for (Object t : tokens) {
            if (!(t instanceof Operator o)) {
                operands.add((COSBase) t);
                continue;
            }
            op++;
            String name = o.getName();
            if (name.equals("Tf") && !operands.isEmpty() && operands.get(0) instanceof COSName fn) {
                font = page.getResources().getFont(fn);
            }
            List<Mark> here = byOp.get(op);
            if (here != null && here.get(0).from < 0 && (name.equals("TJ") || name.equals("Tj"))) {
                operands.clear(); // hidden text: dropped
                continue;
            }
            if (here != null && font != null && (name.equals("TJ") || name.equals("Tj")) && !operands.isEmpty()) {
                here.sort(Comparator.comparingInt(Mark::from));
                split(out, name, operands.get(operands.size() - 1), font, here);
            } else {
                out.addAll(operands);
                out.add(o);
            }
            operands.clear();
        }
        out.addAll(operands);
        PDStream stream = new PDStream(doc);
        try (OutputStream os = stream.createOutputStream(COSName.FLATE_DECODE)) {
            new ContentStreamWriter(os).writeTokens(out);
        }
        page.setContents(stream);
    }

    /** One part of a text operator: its elements (strings of whole glyphs and spacing numbers), marked or not. */
    private static final class Run {
        final COSArray items = new COSArray();
        final String actual;

        Run(String actual) {
            this.actual = actual;
        }
    }

    private static void split(List<Object> out, String opName, COSBase operand, PDFont font, List<Mark> marks)
            throws IOException {
        List<COSBase> items = new ArrayList<>();
        if (operand instanceof COSArray a) for (COSBase b : a) items.add(b);
        else items.add(operand);
        List<Run> runs = new ArrayList<>();
        Run current = null;
        List<COSBase> pendingNumbers = new ArrayList<>();
        int glyph = 0;
        for (COSBase item : items) {
            if (!(item instanceof COSString s)) {
                pendingNumbers.add(item);
                continue;
            }
            ByteArrayInputStream in = new ByteArrayInputStream(s.getBytes());
            ByteArrayOutputStream part = new ByteArrayOutputStream();
            while (in.available() > 0) {
                int before = in.available();
                byte[] all = s.getBytes();
                int offset = all.length - before;
                font.readCode(in);
                int len = before - in.available();
                Mark m = markAt(marks, glyph);
                String actual = m == null ? null : m.actual;
                if (current == null || !same(current.actual, actual) || (m != null && glyph == m.from && current.actual != null)) {
                    if (current != null && part.size() > 0) current.items.add(new COSString(part.toByteArray()));
                    part.reset();
                    current = new Run(actual);
                    runs.add(current);
                }
                for (COSBase n : pendingNumbers) current.items.add(n);
                pendingNumbers.clear();
                part.write(all, offset, len);
                glyph++;
            }
            if (current != null && part.size() > 0) current.items.add(new COSString(part.toByteArray()));
        }
        if (current != null) for (COSBase n : pendingNumbers) current.items.add(n);
        for (Run r : runs) {
            if (r.actual != null) {
                COSDictionary props = new COSDictionary();
                props.setItem(COSName.ACTUAL_TEXT, new COSString(r.actual));
                out.add(COSName.getPDFName("Span"));
                out.add(props);
                out.add(Operator.getOperator("BDC"));
            }
            if (opName.equals("TJ")) {
                out.add(r.items);
                out.add(Operator.getOperator("TJ"));
            } else {
                for (COSBase b : r.items) {
                    out.add(b);
                    out.add(Operator.getOperator("Tj"));
                }
            }
            if (r.actual != null) out.add(Operator.getOperator("EMC"));
        }
    }

    private static boolean same(String a, String b) {
        return a == null ? b == null : a.equals(b);
    }

    private static Mark markAt(List<Mark> marks, int glyph) {
        for (Mark m : marks) if (glyph >= m.from && glyph < m.to) return m;
        return null;
    }
}
