package org.casereport.figure;

import org.casereport.diag.Limits.Limit;
import org.casereport.source.CaseFiles;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;

import javax.imageio.stream.ImageInputStream;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a {@code kind: image} figure and checks the file: inside the case, present, a real image, sharp enough. */
final class ImageFigureReader {
    private final YamlNodes y;
    private final Path caseDir;
    private final double columnWidthPt;
    private final double pageWidthPt;

    ImageFigureReader(YamlNodes y, Path caseDir, double columnWidthPt, double pageWidthPt) {
        this.y = y;
        this.caseDir = caseDir;
        this.columnWidthPt = columnWidthPt;
        this.pageWidthPt = pageWidthPt;
    }

    ImageSpec read(Node root, Map<String, Node> top, Set<String> common) {
        Map<String, Node> m = top;
        y.allowOnly(m, "an image figure", FigureReader.with(common, "file", "width"));
        FigureWidth width = FigureReader.width(y, m.get("width"));
        if (width == null) return null;
        Node fileN = y.required(m, root, "file", "an image figure");
        if (fileN == null) return null;
        String rel = y.text(fileN, "file");
        if (rel == null) return null;

        if (rel.contains("\\") || rel.contains(":")) {
            y.error("figure-path-outside-case", fileN, "the image '" + rel
                    + "' must be given as a path inside the case folder, with '/' (figures/scan.png)");
            return null;
        }
        Path file = CaseFiles.inside(caseDir, rel, y.pos(fileN), y.diagnostics(), "figure-");
        if (file == null) return null;
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        double printPt = width.pt(columnWidthPt, pageWidthPt);
        if (name.endsWith(".svg")) return svg(file, rel, fileN, width);
        String format = name.endsWith(".png") ? "png" : name.endsWith(".jpg") || name.endsWith(".jpeg") ? "jpeg" : null;
        if (format == null) {
            y.error("figure-bad-image", fileN, "the image '" + rel + "' must be PNG, JPEG or SVG");
            return null;
        }
        long bytes;
        try {
            bytes = Files.size(file);
        } catch (IOException e) {
            bytes = 0;
        }
        if (Limit.IMAGE_FILE_BYTES.exceeded(bytes)) {
            y.diagnostics().add(Limit.IMAGE_FILE_BYTES.refuse(y.pos(fileN), "the image '" + rel + "' is " + bytes + " bytes"));
            return null;
        }
        int[] size = rasterSize(file, format);
        if (size == null) {
            y.error("figure-bad-image", fileN, "'" + rel + "' is not a readable " + format.toUpperCase(Locale.ROOT) + " image");
            return null;
        }
        // the size comes from the header: the pixels are decoded only later, and only within the limit
        long pixels = (long) size[0] * size[1];
        if (Limit.IMAGE_PIXELS.exceeded(pixels)) {
            y.diagnostics().add(Limit.IMAGE_PIXELS.refuse(y.pos(fileN), "the image '" + rel + "' is " + size[0] + " × " + size[1]
                    + " = " + pixels + " pixels"));
            return null;
        }
        double dpi = size[0] / (printPt / 72.0);
        if (dpi + 1e-9 < FigureReader.MIN_DPI) {
            int need = (int) Math.ceil(FigureReader.MIN_DPI * printPt / 72.0);
            y.error("figure-low-resolution", fileN, String.format(Locale.ROOT,
                    "the image '%s' is %d × %d px: %.0f dpi at the print width of %.0f mm; at least %d dpi"
                            + " (%d px wide) is needed, or give a vector SVG", rel, size[0], size[1], dpi,
                    printPt / 72 * 25.4, FigureReader.MIN_DPI, need));
            return null;
        }
        return new ImageSpec(file, rel, format, size[0], size[1], width);
    }

    private static int[] rasterSize(Path file, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) return null;
            Iterator<javax.imageio.ImageReader> readers = ImageIO.getImageReaders(in);
            while (readers.hasNext()) {
                javax.imageio.ImageReader r = readers.next();
                String fn = r.getFormatName().toLowerCase(Locale.ROOT);
                if (!fn.equals(format) && !(format.equals("jpeg") && fn.equals("jpg"))) continue;
                try {
                    r.setInput(in, true, true);
                    return new int[] {r.getWidth(0), r.getHeight(0)};
                } finally {
                    r.dispose();
                }
            }
            return null;
        } catch (IOException | RuntimeException e) {
            return null;
        }
    }

    /** An SVG: parsed without DTDs or external entities; its size from width/height or the view box. */
    private ImageSpec svg(Path file, String rel, Node fileN, FigureWidth width) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        try {
            f.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        } catch (IllegalArgumentException ignored) {
            // not every StAX implementation knows it; DTDs are off anyway
        }
        try (InputStream in = Files.newInputStream(file)) {
            XMLStreamReader r = f.createXMLStreamReader(in);
            try {
                while (r.hasNext()) {
                    int ev = r.next();
                    if (ev == XMLStreamConstants.DTD && !plainSvgDoctype(r.getText())) {
                        y.error("figure-bad-image", fileN, "the SVG '" + rel + "' has a DOCTYPE with entities or an"
                                + " external DTD; remove the DOCTYPE line (an SVG needs none)");
                        return null;
                    }
                    if (ev == XMLStreamConstants.START_ELEMENT) {
                        if (!"svg".equals(r.getLocalName())) break;
                        double w = length(r.getAttributeValue(null, "width"));
                        double h = length(r.getAttributeValue(null, "height"));
                        String vb = r.getAttributeValue(null, "viewBox");
                        if ((w <= 0 || h <= 0) && vb != null) {
                            String[] p = vb.trim().split("[\\s,]+");
                            if (p.length == 4) {
                                w = Double.parseDouble(p[2]);
                                h = Double.parseDouble(p[3]);
                            }
                        }
                        if (w <= 0 || h <= 0) {
                            y.error("figure-bad-image", fileN, "the SVG '" + rel + "' gives neither width and height nor a viewBox");
                            return null;
                        }
                        org.casereport.diag.Diagnostic unsafe = SvgSafety.check(file, file.toString());
                        if (unsafe != null) {
                            y.diagnostics().add(unsafe);
                            return null;
                        }
                        try {
                            ImageArt.buildSvg(file, w, h).ctx().dispose();
                        } catch (RuntimeException e) {
                            y.error("figure-bad-image", fileN, "the SVG '" + rel + "' cannot be drawn: "
                                    + firstLine(e.getMessage()) + " (an SVG figure must hold everything itself:"
                                    + " no links to other files, no scripts)");
                            return null;
                        }
                        return new ImageSpec(file, rel, "svg", w, h, width);
                    }
                }
            } finally {
                r.close();
            }
        } catch (IOException | XMLStreamException | NumberFormatException e) {
            y.error("figure-bad-image", fileN, "the SVG '" + rel + "' cannot be read: " + firstLine(String.valueOf(e.getMessage()).replaceAll("\\s+", " ")));
            return null;
        }
        y.error("figure-bad-image", fileN, "'" + rel + "' is not an SVG image (no <svg> root element)");
        return null;
    }

    /** Only the standard SVG 1.0/1.1 doctypes, without an internal subset, pass. */
    static boolean plainSvgDoctype(String doctype) {
        if (doctype == null) return true;
        String d = doctype.replaceAll("\\s+", " ").trim();
        if (d.contains("[") || d.contains("<!ENTITY")) return false;
        if (!d.contains("SYSTEM") && !d.contains("PUBLIC")) return true;
        return d.matches("(?i)<!DOCTYPE svg PUBLIC ['\"]-//W3C//DTD SVG 1\\.[01](?: (?:Basic|Tiny))?//EN['\"]"
                + " ['\"]http://www\\.w3\\.org/(?:TR/2001/REC-SVG-20010904/DTD/svg10\\.dtd|Graphics/SVG/1\\.1/DTD/svg11(?:-basic|-tiny)?\\.dtd)['\"]>");
    }

    private static String firstLine(String s) {
        if (s == null) return "error";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).strip();
    }

    private static double length(String v) {
        if (v == null) return -1;
        String s = v.trim();
        double scale = 1;
        if (s.endsWith("%")) return -1;
        if (s.endsWith("pt")) s = s.substring(0, s.length() - 2);
        else if (s.endsWith("px")) {
            s = s.substring(0, s.length() - 2);
            scale = 0.75;
        } else if (s.endsWith("mm")) {
            s = s.substring(0, s.length() - 2);
            scale = 72 / 25.4;
        } else if (s.endsWith("cm")) {
            s = s.substring(0, s.length() - 2);
            scale = 72 / 2.54;
        } else if (s.endsWith("in")) {
            s = s.substring(0, s.length() - 2);
            scale = 72;
        } else {
            scale = 0.75;
        }
        try {
            return Double.parseDouble(s.trim()) * scale;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
