package org.casereport.figure;

import java.nio.file.Path;
import org.casereport.model.Figure;

/** Draws figures: vector for the PDF, PNG (and SVG) for the DOCX, the same picture in both. */
public final class FigureArt {
    private FigureArt() {
    }

    /** Height in points of the figure drawn at {@code widthPt}. */
    public static double heightFor(Figure figure, double widthPt) {
        throw new UnsupportedOperationException("FigureArt: not written yet");
    }

    /** PNG bytes of the figure at {@code widthPt} and {@code dpi}, labels in {@code lang}, fonts from {@code fontsDir}. */
    public static byte[] png(Figure figure, double widthPt, int dpi, String lang, Path fontsDir) {
        throw new UnsupportedOperationException("FigureArt: not written yet");
    }

    /** SVG document of the figure (null for a raster image figure). */
    public static String svg(Figure figure, double widthPt, String lang, Path fontsDir) {
        throw new UnsupportedOperationException("FigureArt: not written yet");
    }

    /**
     * The openhtmltopdf object drawers for the manuscript's figures: the PDF template writes
     * {@code <object type="application/x-casereport-figure" data="fig-id" style="width:…pt;height:…pt"></object>}
     * and the drawer paints the figure there as vector graphics with real text.
     */
    public static com.openhtmltopdf.extend.FSObjectDrawerFactory pdfDrawers(org.casereport.model.Manuscript manuscript,
                                                                          String lang, Path fontsDir) {
        throw new UnsupportedOperationException("FigureArt: not written yet");
    }
}
