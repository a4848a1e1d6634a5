package org.casereport.write.pdf;

import com.openhtmltopdf.extend.FontContext;
import com.openhtmltopdf.extend.TextRenderer;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver.FontDescription;
import com.openhtmltopdf.pdfboxout.PdfBoxTextRenderer;
import com.openhtmltopdf.render.FSFont;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * openhtmltopdf's text measuring with the widths it asked for kept, in the process, for the next layout. The line
 * breaker measures every piece of a line (a word, a syllable with its hyphen) with {@code PDFont.getStringWidth},
 * which encodes the text through the font's character map and adds up the glyphs' advances: the same pieces again in
 * every layout of a document (a PDF write lays its document out two to five times) and in every document of the
 * same text (a watch save, a rebuild). A piece's width in font units depends on the font file and the text alone, so
 * it is kept per font file ({@link FontSet.Key}) and text, and scaled to the size as openhtmltopdf scales it: the
 * same widths, so the same layout and the same bytes.
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

    /** A text in a font file: its width in font units (thousandths of the size) is the same in every document. */
    private record Piece(FontSet.Key font, String text) {
    }

    private static final Map<Piece, Float> KEPT = new ConcurrentHashMap<>();
    /** Widths asked for and widths found kept (tests). */
    static final AtomicLong ASKED = new AtomicLong(), FOUND = new AtomicLong();

    private final FontSet.Lease fonts;

    /** @param fonts the lease the document's fonts were embedded from */
    MeasuredWidths(FontSet.Lease fonts) {
        this.fonts = fonts;
    }

    @Override
    public int getWidth(FontContext context, FSFont font, String string) {
        PdfBoxFSFont f = (PdfBoxFSFont) font;
        List<FontDescription> descriptions = f.getFontDescriptions();
        String text = TextRenderer.getEffectivePrintableString(string);
        if (descriptions == null || descriptions.isEmpty() || text == null || text.length() > MAX_LENGTH) {
            return super.getWidth(context, font, string);
        }
        PDFont first = descriptions.get(0).getFont();   // embeds it, as openhtmltopdf's own measuring does
        FontSet.Key file = first == null ? null : fonts.fileOf(first);
        if (file == null) return super.getWidth(context, font, string);
        ASKED.incrementAndGet();
        Piece piece = new Piece(file, text);
        Float units = KEPT.get(piece);
        if (units != null) {
            FOUND.incrementAndGet();
        } else {
            try {
                units = first.getStringWidth(text);
            } catch (IllegalArgumentException | IOException e) {
                // a character the font lacks: openhtmltopdf measures the text font by font
                return super.getWidth(context, font, string);
            }
            if (KEPT.size() >= MAX_KEPT) KEPT.clear();
            KEPT.put(piece, units);
        }
        float result = units / 1000f * f.getSize2D();
        return result - Math.floor(result) < MEASURING_DELTA ? (int) result : (int) Math.ceil(result);
    }
}
