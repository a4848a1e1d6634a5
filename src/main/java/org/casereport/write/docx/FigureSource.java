package org.casereport.write.docx;

import java.nio.file.Path;
import org.casereport.figure.FigureArt;
import org.casereport.model.Figure;

/** Where figure pictures come from: {@link FigureArt} in production; tests may draw their own. */
interface FigureSource {
    /** PNG bytes of the figure drawn {@code widthPt} wide at {@code dpi}. */
    byte[] png(Figure figure, double widthPt, int dpi, String lang, Path fontsDir);

    /** The size in points of the smallest text the drawing sets at its own width (0: none). */
    default double smallestTextPt(Figure figure) {
        return FigureArt.smallestTextPt(figure);
    }

    /** The same figure as an SVG document, or null. */
    String svg(Figure figure, double widthPt, String lang, Path fontsDir);

    FigureSource FIGURE_ART = new FigureSource() {
        @Override
        public byte[] png(Figure figure, double widthPt, int dpi, String lang, Path fontsDir) {
            return FigureArt.png(figure, widthPt, dpi, lang, fontsDir);
        }

        @Override
        public String svg(Figure figure, double widthPt, String lang, Path fontsDir) {
            return FigureArt.svg(figure, widthPt, lang, fontsDir);
        }
    };
}
