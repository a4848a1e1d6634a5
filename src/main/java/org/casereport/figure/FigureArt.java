package org.casereport.figure;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.casereport.model.Figure;
import org.w3c.dom.DOMImplementation;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/**
 * Draws figures: vector for the PDF, PNG (and SVG) for the DOCX, the same picture in both. There is one
 * drawing code path (a {@link Drawing} painting on a Graphics2D in points); the outputs differ only in the
 * Graphics2D they hand it: pdfbox-graphics2d for the PDF, a BufferedImage for PNG, Batik's SVGGraphics2D.
 */
public final class FigureArt {
    private FigureArt() {
    }

    static Drawing drawing(Figure figure, double widthPt, String lang, FigureFonts fonts) {
        if (figure.spec() instanceof TimelineSpec t) return new TimelineArt(t, widthPt, lang, fonts);
        if (figure.spec() instanceof RegimenSpec r) return new RegimenArt(r, widthPt, lang, fonts);
        if (figure.spec() instanceof ImageSpec i) return new ImageArt(i, widthPt);
        throw new IllegalArgumentException("no drawing for a figure of kind " + figure.spec().kind());
    }

    /**
     * The size in points of the smallest text the figure's drawing sets when laid out at its own width (0 for an
     * image figure, whose text is the image's): a writer that prints the figure at another size scales this with it.
     */
    public static double smallestTextPt(Figure figure) {
        if (figure.spec() instanceof TimelineSpec) return Math.min(TimelineArt.FONT, TimelineArt.SMALL);
        if (figure.spec() instanceof RegimenSpec) return Math.min(RegimenArt.FONT, RegimenArt.SMALL);
        return 0;
    }

    /** Height in points at {@code widthPt}, the taller of the two languages, measured with the fonts of {@code fontsDir}. */
    public static double heightFor(Figure figure, double widthPt, Path fontsDir) {
        if (figure.spec() instanceof ImageSpec i) return widthPt * i.aspect();
        FigureFonts fonts = FigureFonts.load(fontsDir);
        return Math.max(drawing(figure, widthPt, "ru", fonts).height(), drawing(figure, widthPt, "en", fonts).height());
    }

    /** Height in points at {@code widthPt} in one language. */
    public static double heightFor(Figure figure, double widthPt, String lang, Path fontsDir) {
        if (figure.spec() instanceof ImageSpec i) return widthPt * i.aspect();
        return drawing(figure, widthPt, lang, FigureFonts.load(fontsDir)).height();
    }

    /**
     * Paints the figure into a box {@code wPt} × {@code hPt} (points, origin top left): laid out at the box width,
     * at the top of the box; shrunk to fit when the box is lower than the figure.
     */
    static void paintInto(Graphics2D g, Figure figure, double wPt, double hPt, String lang, FigureFonts fonts) {
        Drawing d = drawing(figure, wPt, lang, fonts);
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            if (hPt > 0 && d.height() > hPt + 0.5) {
                double s = hPt / d.height();
                g2.translate((wPt - wPt * s) / 2, 0);
                g2.scale(s, s);
            }
            d.paint(g2);
        } finally {
            g2.dispose();
        }
    }

    private static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
    }

    /** PNG bytes of the figure at {@code widthPt} and {@code dpi}, labels in {@code lang}, fonts from {@code fontsDir}. */
    public static byte[] png(Figure figure, double widthPt, int dpi, String lang, Path fontsDir) {
        if (dpi < 1) throw new IllegalArgumentException("dpi must be positive");
        byte[] png = (byte[]) ArtCache.get(figure, "png", widthPt + "/" + dpi + "/" + lang + "/" + fontsDir,
                () -> drawPng(figure, widthPt, dpi, lang, fontsDir));
        return png.clone();
    }

    private static byte[] drawPng(Figure figure, double widthPt, int dpi, String lang, Path fontsDir) {
        FigureFonts fonts = FigureFonts.load(fontsDir);
        Drawing d = drawing(figure, widthPt, lang, fonts);
        double scale = dpi / 72.0;
        int w = (int) Math.ceil(d.width() * scale);
        int h = (int) Math.ceil(d.height() * scale);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        try {
            hints(g);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(scale, scale);
            d.paint(g);
        } finally {
            g.dispose();
        }
        return PngEncoder.encode(img, dpi);
    }

    /**
     * SVG document of the figure (null for a raster image figure; the file itself for an SVG image). Text is
     * drawn as glyph outlines of the same PT Sans, so Word shows the same picture without the font installed.
     */
    public static String svg(Figure figure, double widthPt, String lang, Path fontsDir) {
        if (figure.spec() instanceof ImageSpec i) {
            if (!i.vector()) return null;
            try {
                return Files.readString(i.file(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return (String) ArtCache.get(figure, "svg", widthPt + "/" + lang + "/" + fontsDir,
                () -> drawSvg(figure, widthPt, lang, fontsDir));
    }

    private static String drawSvg(Figure figure, double widthPt, String lang, Path fontsDir) {
        FigureFonts fonts = FigureFonts.load(fontsDir);
        Drawing d = drawing(figure, widthPt, lang, fonts);
        DOMImplementation impl = GenericDOMImplementation.getDOMImplementation();
        Document doc = impl.createDocument("http://www.w3.org/2000/svg", "svg", null);
        SVGGeneratorContext ctx = SvgContext.create(doc);
        SVGGraphics2D g = new SVGGraphics2D(ctx, true);
        g.setSVGCanvasSize(new Dimension((int) Math.ceil(d.width()), (int) Math.ceil(d.height())));
        hints(g);
        d.paint(g);
        Element root = g.getRoot();
        String w = fmt(d.width());
        String h = fmt(d.height());
        root.setAttributeNS(null, "width", w + "pt");
        root.setAttributeNS(null, "height", h + "pt");
        root.setAttributeNS(null, "viewBox", "0 0 " + w + " " + h);
        StringWriter out = new StringWriter();
        try {
            g.stream(root, out, true, false);
        } catch (org.apache.batik.svggen.SVGGraphics2DIOException e) {
            throw new UncheckedIOException(new IOException(e.getMessage(), e));
        } finally {
            g.dispose();
        }
        // no DOCTYPE: nothing for a reader to fetch
        return out.toString().replaceFirst("<!DOCTYPE[^>]*>\\s*", "");
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.2f", v).replaceAll("0+$", "").replaceAll("\\.$", "");
    }

    /**
     * The openhtmltopdf object drawers for the manuscript's figures: the PDF template writes
     * {@code <object type="application/x-casereport-figure" data="fig-id" style="width:…pt;height:…pt"></object>}
     * and the drawer paints the figure there as vector graphics with real text.
     */
    public static com.openhtmltopdf.extend.FSObjectDrawerFactory pdfDrawers(org.casereport.model.Manuscript manuscript,
                                                                          String lang, Path fontsDir) {
        return new PdfFigureDrawers(manuscript, lang, FigureFonts.load(fontsDir));
    }

    /** How wide the figure asks to print ({@code width:} of its file). */
    public static FigureWidth width(Figure figure) {
        FigureWidth w = null;
        if (figure.spec() instanceof TimelineSpec t) w = t.width();
        if (figure.spec() instanceof RegimenSpec r) w = r.width();
        if (figure.spec() instanceof ImageSpec i) w = i.width();
        return w == null ? FigureWidth.COLUMN : w;
    }

    /**
     * The width the figure prints at on a page of this column and text width (points): what its file asks for, at
     * most the text width, and an image never enlarged beyond its own size (an SVG's width and height, a PNG or JPEG
     * at 300 dpi).
     */
    public static double printWidthPt(Figure figure, double columnPt, double textPt) {
        double w = width(figure).pt(columnPt, textPt);
        if (figure.spec() instanceof ImageSpec i && i.pixelWidth() > 0) {
            double natural = i.vector() ? i.pixelWidth() : i.pixelWidth() * 72.0 / FigureReader.MIN_DPI;
            w = Math.min(w, natural);
        }
        return w;
    }

    /** True when the figure is set across the page, between the columns: it asks for the page, or is wider than a column. */
    public static boolean wide(Figure figure, double columnPt, double textPt) {
        return width(figure).kind() == FigureWidth.Kind.PAGE || printWidthPt(figure, columnPt, textPt) > columnPt + 0.5;
    }

    /** The {@code type} of the {@code <object>} element the PDF drawers paint. */
    public static String objectType() {
        return PdfFigureDrawers.TYPE;
    }

    /**
     * Forgets the PNG and SVG drawings kept for repeated renders in this process (benchmarks measure drawing with
     * it; a long-running process can take the memory back).
     */
    public static void forgetDrawings() {
        ArtCache.clear();
    }
}
