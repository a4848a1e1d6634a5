package org.casereport.figure;

import com.openhtmltopdf.extend.FSObjectDrawer;
import com.openhtmltopdf.extend.FSObjectDrawerFactory;
import com.openhtmltopdf.extend.OutputDevice;
import com.openhtmltopdf.render.RenderingContext;
import com.openhtmltopdf.css.constants.IdentValue;
import com.openhtmltopdf.css.value.FontSpecification;
import com.openhtmltopdf.pdfboxout.PdfBoxFSFont;
import com.openhtmltopdf.pdfboxout.PdfBoxFontResolver;
import de.rototor.pdfbox.graphics2d.PdfBoxGraphics2D;
import org.apache.pdfbox.pdmodel.font.PDFont;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.util.Map;
import org.casereport.model.Figure;
import org.casereport.model.Manuscript;
import org.w3c.dom.Element;

/**
 * The openhtmltopdf object drawers for a manuscript's figures:
 * {@code <object type="application/x-casereport-figure" data="fig-id" style="width:…;height:…"/>} is painted
 * through openhtmltopdf's Graphics2D bridge (pdfbox-graphics2d) as vector paths with real text.
 */
final class PdfFigureDrawers implements FSObjectDrawerFactory {
    static final String TYPE = "application/x-casereport-figure";

    private final Manuscript manuscript;
    private final String lang;
    private final FigureFonts fonts;
    private final PdfFontDrawer fontDrawer;

    PdfFigureDrawers(Manuscript manuscript, String lang, FigureFonts fonts) {
        this.manuscript = manuscript;
        this.lang = lang;
        this.fonts = fonts;
        this.fontDrawer = new PdfFontDrawer(fonts);
    }

    private Figure figureOf(Element e) {
        if (!TYPE.equals(e.getAttribute("type"))) return null;
        return manuscript.figure(e.getAttribute("data"));
    }

    @Override
    public boolean isReplacedObject(Element e) {
        return figureOf(e) != null;
    }

    @Override
    public FSObjectDrawer createDrawer(Element e) {
        Figure f = figureOf(e);
        return f == null ? null : new Drawer(f);
    }

    /**
     * The PT Sans the document already embeds (registered by the template as family "PT Sans"), when it is
     * really that font; null otherwise, and the figure embeds its own copy.
     */
    private static PDFont documentFont(RenderingContext ctx, boolean bold) {
        try {
            FontSpecification spec = new FontSpecification();
            spec.size = 10;
            spec.families = new String[] {"PT Sans"};
            spec.fontWeight = bold ? IdentValue.FONT_WEIGHT_700 : IdentValue.NORMAL;
            spec.fontStyle = IdentValue.NORMAL;
            spec.variant = IdentValue.NORMAL;
            String want = bold ? "PTSans-Bold" : "PTSans-Regular";
            if (ctx.getFont(spec) instanceof PdfBoxFSFont f) {
                for (PdfBoxFontResolver.FontDescription d : f.getFontDescriptions()) {
                    PDFont pd = d.getFont();
                    if (pd instanceof org.apache.pdfbox.pdmodel.font.PDType0Font && pd.getName() != null
                            && pd.getName().endsWith(want)) {
                        return pd;
                    }
                }
            }
        } catch (RuntimeException e) {
            // the template has no PT Sans of its own: the figure embeds it
        }
        return null;
    }

    private final class Drawer implements FSObjectDrawer {
        private final Figure figure;

        Drawer(Figure figure) {
            this.figure = figure;
        }

        @Override
        public Map<Shape, String> drawObject(Element e, double x, double y, double width, double height,
                                             OutputDevice outputDevice, RenderingContext ctx, int dotsPerPixel) {
            // the Graphics2D works in CSS pixels (0.75 pt); the figure is laid out in points
            float wPx = (float) (width / dotsPerPixel);
            float hPx = (float) (height / dotsPerPixel);
            // the form's box is whole pixels (pdfbox-graphics2d truncates): lay out inside it, nothing is cut off
            double wPt = Math.floor(wPx) * 0.75;
            double hPt = Math.floor(hPx) * 0.75;
            outputDevice.drawWithGraphics((float) x, (float) y, wPx, hPx, g -> paint(g, wPt, hPt, ctx));
            return null;
        }

        private void paint(Graphics2D g, double wPt, double hPt, RenderingContext ctx) {
            if (g instanceof PdfBoxGraphics2D pg) {
                fontDrawer.offer(documentFont(ctx, false), documentFont(ctx, true));
                pg.setFontTextDrawer(fontDrawer);
            }
            g.scale(1 / 0.75, 1 / 0.75);
            FigureArt.paintInto(g, figure, wPt, hPt, lang, fonts);
        }
    }
}
