package org.casereport.write.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.io.IOException;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * openhtmltopdf's text measuring with the widths it asked for kept, in the process, for the next layout. The line
 * breaker measures every piece of a line (a word, a syllable with its hyphen) with {@code PDFont.getStringWidth},
 * which encodes the text through the font's character map and adds up the glyphs' advances: the same pieces again in
 * every layout of a document (a PDF write lays its document out two to five times) and in every document of the
 * same text (a watch save, a rebuild). A piece's width in font units depends on the font file and the text alone, so
 * it is kept per font file ({@link FontSet.Key}) and text, and scaled to the size as openhtmltopdf scales it: the
 * same widths, so the same layout and the same bytes. Each document's fonts find their file's widths once (by the
 * font object), and a text is looked up as it was asked for (its printable characters, which are what is measured,
 * follow from it). Texts longer than {@value #MAX_LENGTH} characters are not kept: keeping them bought nothing
 * measurable (the example: 380 against 368 ms a PDF write, paired).
 *
 * <p>Kept only where the answer is openhtmltopdf's quick one: the first font of the list is one of the journal's
 * fonts ({@link FontSet.Lease#fileOf}) and has every character of the text. Any other case (a character the first
 * font lacks, measured font by font; a font of the style sheets' own) is measured by openhtmltopdf as before. The
 * first font is asked for as openhtmltopdf asks for it (which embeds it in the document), kept width or not.
 */
final class MeasuredWidths extends PdfBoxTextRenderer {
    /** Widths kept at most (then all are dropped and kept anew): a few megabytes. */
    private static final int MAX_KEPT = 60_000;
    /** Longer texts (the rest of a paragraph, measured once where a line may end) are not kept. */
    private static final int MAX_LENGTH = 80;
    /** openhtmltopdf's rounding of a width to layout units (its {@code TEXT_MEASURING_DELTA}). */
    private static final float MEASURING_DELTA = 0.01f;

    /** Each font file's texts and their widths in font units (thousandths of the size): the same in every document. */
    private static final Map<FontSet.Key, Map<String, Float>> KEPT = new ConcurrentHashMap<>();
    private static final AtomicInteger SIZE = new AtomicInteger();
    /** Widths asked for and widths found kept (tests). */
    static final AtomicLong ASKED = new AtomicLong(), FOUND = new AtomicLong();

    private final FontSet.Lease fonts;
    /** This document's fonts and the kept widths of their files (null: a font the lease did not make). */
    private final Map<PDFont, Map<String, Float>> byFont = new IdentityHashMap<>();

    /** @param fonts the lease the document's fonts were embedded from */
    MeasuredWidths(FontSet.Lease fonts) {
        this.fonts = fonts;
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        PdfBoxFSFont f = (PdfBoxFSFont) font;
        List<FontDescription> descriptions = f.getFontDescriptions();
        if (descriptions == null || descriptions.isEmpty() || string == null || string.length() > MAX_LENGTH) {
            return super.getWidth(context, font, string);
        }
        PDFont first = descriptions.get(0).getFont();   // embeds it, as openhtmltopdf's own measuring does
        Map<String, Float> kept = first == null ? null : keptFor(first);
        if (kept == null) return super.getWidth(context, font, string);
        ASKED.incrementAndGet();
        // kept by the text as asked for: what is measured of it (its printable characters) follows from it
        Float units = kept.get(string);
        if (units != null) {
            FOUND.incrementAndGet();
        } else {
            try {
                units = first.getStringWidth(TextRenderer.getEffectivePrintableString(string));
            } catch (IllegalArgumentException | IOException e) {
                // a character the font lacks: openhtmltopdf measures the text font by font
                return super.getWidth(context, font, string);
            }
            if (SIZE.incrementAndGet() > MAX_KEPT) {
                KEPT.values().forEach(Map::clear);
                SIZE.set(0);
            }
            kept.put(string, units);
        }
        float result = units / 1000f * f.getSize2D();
        return result - Math.floor(result) < MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
    }

    /**
     * The kept widths of the file {@code font} was embedded from, or null; found once per font of the document (a
     * null too: {@code computeIfAbsent} would not keep it and would look the font up again on every measure).
     */
    private Map<String, Float> keptFor(PDFont font) {
        if (byFont.containsKey(font)) return byFont.get(font);
        FontSet.Key file = fonts.fileOf(font);
        Map<String, Float> kept = file == null ? null : KEPT.computeIfAbsent(file, k -> new ConcurrentHashMap<>());
        byFont.put(font, kept);
        return kept;
    }
}
