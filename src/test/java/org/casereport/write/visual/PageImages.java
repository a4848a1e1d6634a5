package org.casereport.write.visual;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Pages as small grey images, and how far two such images differ: the visual regression test's tools. A page is
 * rendered by PDFBox at {@link #DPI} in 8-bit grey; two images differ at a pixel when their grey values are more
 * than {@link #PIXEL_THRESHOLD} apart (anti-aliasing noise stays below it, a moved word does not).
 */
final class PageImages {
    /** Rendering resolution: a 9 pt body line is about six pixels high, enough to see a line move or break. */
    static final float DPI = 50;
    /** Grey levels (of 255) two pixels may differ by and still count as the same. */
    static final int PIXEL_THRESHOLD = 48;

    private PageImages() {
    }

    /** Every page of the PDF as a grey image. */
    static List<BufferedImage> render(byte[] pdf) throws IOException {
        List<BufferedImage> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            PDFRenderer r = new PDFRenderer(doc);
            for (int i = 0; i < doc.getNumberOfPages(); i++) out.add(r.renderImageWithDPI(i, DPI, ImageType.GRAY));
        }
        return out;
    }

    /** The PNG bytes of an image (the same image gives the same bytes). */
    static byte[] png(BufferedImage img) throws IOException {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        if (!ImageIO.write(img, "png", b)) throw new IOException("no PNG writer");
        return b.toByteArray();
    }

    /** The share of pixels (0–1) whose grey values differ by more than the threshold; 1 when the sizes differ. */
    static double differing(BufferedImage expected, BufferedImage actual) {
        if (expected.getWidth() != actual.getWidth() || expected.getHeight() != actual.getHeight()) return 1;
        long n = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if (Math.abs(grey(expected, x, y) - grey(actual, x, y)) > PIXEL_THRESHOLD) n++;
            }
        }
        return (double) n / ((long) expected.getWidth() * expected.getHeight());
    }

    /**
     * What changed, to look at: the approved page faded, the pixels that differ in red where the new page is darker
     * (ink added) and in blue where it is lighter (ink gone). Sizes that differ: the larger of the two.
     */
    static BufferedImage diff(BufferedImage expected, BufferedImage actual) {
        int w = Math.max(expected.getWidth(), actual.getWidth());
        int h = Math.max(expected.getHeight(), actual.getHeight());
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int e = inside(expected, x, y) ? grey(expected, x, y) : 255;
                int a = inside(actual, x, y) ? grey(actual, x, y) : 255;
                int rgb;
                if (Math.abs(e - a) <= PIXEL_THRESHOLD) {
                    int faded = 255 - (255 - e) / 4;
                    rgb = faded << 16 | faded << 8 | faded;
                } else {
                    rgb = a < e ? 0xD00000 : 0x0040D0;
                }
                out.setRGB(x, y, rgb);
            }
        }
        return out;
    }

    private static boolean inside(BufferedImage img, int x, int y) {
        return x < img.getWidth() && y < img.getHeight();
    }

    private static int grey(BufferedImage img, int x, int y) {
        var r = img.getRaster();
        if (r.getNumBands() < 3) return r.getSample(x, y, 0);
        return (r.getSample(x, y, 0) + r.getSample(x, y, 1) + r.getSample(x, y, 2)) / 3;
    }
}
