package org.casereport.figure;

import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2DFontTextDrawer;
import java.awt.Font;
import java.io.IOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * Maps the figure's AWT fonts (PT Sans from the template fonts folder) to the same TrueType files embedded in
 * the PDF as subset Type 0 fonts, so figure labels stay real, extractable text in every language. Each
 * document gets its own font objects; within a document they are loaded once and shared by all figures.
 */
final class PdfFontDrawer extends PdfBoxGraphics2DFontTextDrawer {
    private final FigureFonts fonts;
    private PDDocument document;
    private PDFont regular;
    private PDFont bold;

    PdfFontDrawer(FigureFonts fonts) {
        this.fonts = fonts;
    }

    /**
     * The document's own PT Sans (as the PDF template registered it), to draw with instead of embedding the
     * font a second time; either may be null.
     */
    void offer(PDFont docRegular, PDFont docBold) {
        offeredRegular = docRegular;
        offeredBold = docBold;
    }

    private PDFont offeredRegular;
    private PDFont offeredBold;

    @Override
    protected PDFont mapFont(Font font, IFontTextDrawerEnv env) throws IOException {
        PDDocument doc = env.getDocument();
        if (doc != document) {
            document = doc;
            regular = null;
            bold = null;
        }
        boolean isBold = font.getFontName().equals(fonts.bold.getFontName()) || font.isBold();
        if (isBold) {
            if (offeredBold != null) return offeredBold;
            if (bold == null) bold = PDType0Font.load(doc, fonts.boldFile.toFile());
            return bold;
        }
        if (!font.getFontName().equals(fonts.regular.getFontName())) return null;   // not ours: drawn as shapes
        if (offeredRegular != null) return offeredRegular;
        if (regular == null) regular = PDType0Font.load(doc, fonts.regularFile.toFile());
        return regular;
    }
}
