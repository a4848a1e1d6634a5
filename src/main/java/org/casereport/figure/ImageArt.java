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

    private void paintSvg(Graphics2D g) throws IOException {
        SAXSVGDocumentFactory f = new SAXSVGDocumentFactory(XMLResourceDescriptor.getXMLParserClassName());
        SVGDocument doc;
        try (var in = Files.newInputStream(spec.file())) {
            doc = (SVGDocument) f.createDocument(spec.file().toUri().toString(), in);
        }
        Agent agent = new Agent();
        BridgeContext ctx = new BridgeContext(agent, new DocumentLoader(agent));
        ctx.setDynamicState(BridgeContext.STATIC);
        GraphicsNode node = new GVTBuilder().build(ctx, doc);
        Rectangle2D b = new Rectangle2D.Double(0, 0, spec.pixelWidth(), spec.pixelHeight());
        String vb = doc.getRootElement().getAttribute("viewBox");
        if (vb != null && !vb.isBlank()) {
            String[] p = vb.trim().split("[\\s,]+");
            if (p.length == 4) b = new Rectangle2D.Double(Double.parseDouble(p[0]), Double.parseDouble(p[1]),
                    Double.parseDouble(p[2]), Double.parseDouble(p[3]));
        } else {
            // no view box: the user space is in CSS pixels
            b = new Rectangle2D.Double(0, 0, spec.pixelWidth() / 0.75, spec.pixelHeight() / 0.75);
        }
        Graphics2D g2 = (Graphics2D) g.create();
        try {
            g2.scale(width / b.getWidth(), height / b.getHeight());
            g2.translate(-b.getX(), -b.getY());
            node.paint(g2);
        } finally {
            g2.dispose();
            ctx.dispose();
        }
    }
}
