package org.casereport.figure;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import javax.imageio.ImageIO;
import org.apache.batik.anim.dom.SAXSVGDocumentFactory;
import org.apache.batik.bridge.BridgeContext;
import org.apache.batik.bridge.DocumentLoader;
import org.apache.batik.bridge.ExternalResourceSecurity;
import org.apache.batik.bridge.GVTBuilder;
import org.apache.batik.bridge.NoLoadExternalResourceSecurity;
import org.apache.batik.bridge.NoLoadScriptSecurity;
import org.apache.batik.bridge.ScriptSecurity;
import org.apache.batik.bridge.UserAgentAdapter;
import org.apache.batik.gvt.GraphicsNode;
import org.apache.batik.util.ParsedURL;
import org.apache.batik.util.XMLResourceDescriptor;
import org.w3c.dom.svg.SVGDocument;

/** Paints an image figure: a raster file scaled to the box, an SVG file as vector graphics (through Batik). */
final class ImageArt implements Drawing {
    private final ImageSpec spec;
    private final double width;
    private final double height;

    ImageArt(ImageSpec spec, double width) {
        this.spec = spec;
        this.width = width;
        this.height = width * spec.aspect();
    }

    @Override
    public double width() {
        return width;
    }

    @Override
    public double height() {
        return height;
    }

    @Override
    public void paint(Graphics2D g) {
        try {
            if (spec.vector()) paintSvg(g);
            else paintRaster(g);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot draw the image " + spec.relative(), e);
        }
    }

    private void paintRaster(Graphics2D g) throws IOException {
        BufferedImage img = ImageIO.read(spec.file().toFile());
        if (img == null) throw new IOException("not a readable image");
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        AffineTransform at = AffineTransform.getScaleInstance(width / img.getWidth(), height / img.getHeight());
        g.drawImage(img, at, null);
    }

    /** External resources and scripts are refused: the SVG draws only what it holds itself. */
    private static final class Agent extends UserAgentAdapter {
        @Override
        public ScriptSecurity getScriptSecurity(String type, ParsedURL scriptURL, ParsedURL docURL) {
            return new NoLoadScriptSecurity(type);
        }

        @Override
        public ExternalResourceSecurity getExternalResourceSecurity(ParsedURL resourceURL, ParsedURL docURL) {
            return new NoLoadExternalResourceSecurity();
        }
    }

    /** A built SVG: its graphics tree, its view box, and the bridge context to dispose after painting. */
    record Svg(GraphicsNode node, Rectangle2D viewBox, BridgeContext ctx) { }

    /**
     * Parses and builds an SVG file with scripts and external resources refused. Batik throws a runtime
     * exception for an SVG it cannot draw (or one that reaches outside itself).
     */
    static Svg buildSvg(java.nio.file.Path file, double widthPt, double heightPt) throws IOException {
        SAXSVGDocumentFactory f = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        SVGDocument doc;
        try (var in = Files.newInputStream(file)) {
            doc = (SVGDocument) f.createDocument(file.toUri().toString(), in);
        }
        Agent agent = new Agent();
        BridgeContext ctx = new BridgeContext(agent, new DocumentLoader(agent));
        ctx.setDynamicState(BridgeContext.STATIC);
        GraphicsNode node;
        try {
            node = new GVTBuilder().build(ctx, doc);
        } catch (RuntimeException e) {
            ctx.dispose();
            throw e;
        }
        Rectangle2D b;
        String vb = doc.getRootElement().getAttribute("viewBox");
        if (vb != null && !vb.isBlank() && vb.trim().split("[\\s,]+").length == 4) {
            String[] p = vb.trim().split("[\\s,]+");
            b = new Rectangle2D.Double(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]), Double.parseDouble(p[3]));
        } else {
            // no view box: the user space is in CSS pixels
            b = new Rectangle2D.Double(0, 0, widthPt / 0.75, heightPt / 0.75);
        }
        return new Svg(node, b, ctx);
    }

    private void paintSvg(Graphics2D g) throws IOException {
        Svg svg = buildSvg(spec.file(), spec.pixelWidth(), spec.pixelHeight());
        Rectangle2D b = svg.viewBox();
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.scale(width / b.getWidth(), height / b.getHeight());
            g2.translate(-b.getX(), -b.getY());
            svg.node().paint(g2);
        } finally {
            g2.dispose();
            svg.ctx().dispose();
        }
    }
}
