package org.casereport.figure;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javax.imageio.ImageIO;
import org.casereport.model.Figure;
import org.junit.jupiter.api.Test;

class FigureArtTest {
    /** The pHYs chunk of a PNG: {x pixels a metre, y pixels a metre, unit}; null when absent. */
    static long[] phys(byte[] png) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        in.skipNBytes(8);
        while (in.available() > 0) {
            int len = in.readInt();
            byte[] type = new byte[4];
            in.readFully(type);
            String t = new String(type, StandardCharsets.US_ASCII);
            if (t.equals("pHYs")) {
                long x = in.readInt() & 0xffffffffL;
                long y = in.readInt() & 0xffffffffL;
                int unit = in.readUnsignedByte();
                return new long[] {x, y, unit};
            }
            if (t.equals("tIME") || t.equals("tEXt") || t.equals("iTXt")) throw new AssertionError("PNG has a " + t + " chunk");
            in.skipNBytes(len + 4L);
        }
        return null;
    }

    @Test
    void pngAt300DpiSaysSo() throws IOException {
        for (String name : new String[] {"timeline", "regimen"}) {
            Figure f = Examples.read(name);
            byte[] png = FigureArt.png(f, Examples.COLUMN, 300, "ru", Examples.FONTS);
            BufferedImage img = ImageIO.read(new ByteArrayInputStream(png));
            assertNotNull(img);
            // 8 cm at 300 dpi
            assertEquals(Math.ceil(Examples.COLUMN * 300 / 72), img.getWidth());
            double hPt = FigureArt.heightFor(f, Examples.COLUMN, "ru", Examples.FONTS);
            assertEquals(Math.ceil(hPt * 300 / 72), img.getHeight());
            long[] p = phys(png);
            assertNotNull(p, "no pHYs chunk");
            assertEquals(1, p[2], "unit: metre");
            double dpi = p[0] * 0.0254;
            assertTrue(dpi >= 299.9 && dpi <= 300.1, "pHYs says " + dpi + " dpi");
            // there is a drawing: dark pixels and white ones
            int dark = 0;
            for (int y = 0; y < img.getHeight(); y += 3) {
                for (int x = 0; x < img.getWidth(); x += 3) if ((img.getRGB(x, y) & 0xff) < 80) dark++;
            }
            assertTrue(dark > 500, "too little ink: " + dark);
        }
    }

    @Test
    void sameInputSameBytes() {
        Figure f = Examples.read("timeline");
        byte[] a = FigureArt.png(f, Examples.COLUMN, 300, "en", Examples.FONTS);
        byte[] b = FigureArt.png(Examples.read("timeline"), Examples.COLUMN, 300, "en", Examples.FONTS);
        assertArrayEquals(a, b);
        String s1 = FigureArt.svg(f, Examples.COLUMN, "en", Examples.FONTS);
        String s2 = FigureArt.svg(Examples.read("timeline"), Examples.COLUMN, "en", Examples.FONTS);
        assertEquals(s1, s2);
    }

    @Test
    void svgIsSizedInPointsWithTextAsOutlines() {
        Figure f = Examples.read("regimen");
        String svg = FigureArt.svg(f, Examples.COLUMN, "ru", Examples.FONTS);
        assertTrue(svg.startsWith("<?xml"));
        assertFalse(svg.contains("<!DOCTYPE"), "nothing to fetch");
        assertTrue(svg.contains("<svg"));
        assertTrue(svg.contains("width=\"226.77pt\""), svg.substring(0, Math.min(400, svg.length())));
        assertTrue(svg.contains("viewBox=\"0 0 226.77 "));
        assertFalse(svg.contains("<text"), "text is drawn as PT Sans outlines, so Word needs no font");
        assertTrue(svg.contains("<path"));
        assertFalse(svg.contains("<image"), "a generated figure has no raster image inside");
    }

    @Test
    void heightGrowsWhenNarrowAndLanguagesDiffer() {
        Figure f = Examples.read("timeline");
        double narrow = FigureArt.heightFor(f, 180, Examples.FONTS);
        double wide = FigureArt.heightFor(f, 480, Examples.FONTS);
        assertTrue(narrow > wide, narrow + " vs " + wide);
        double both = FigureArt.heightFor(f, Examples.COLUMN, Examples.FONTS);
        assertEquals(Math.max(FigureArt.heightFor(f, Examples.COLUMN, "ru", Examples.FONTS),
                FigureArt.heightFor(f, Examples.COLUMN, "en", Examples.FONTS)), both);
    }

    @Test
    void imageFigures() throws IOException {
        Figure png = FigureReaderTest.good("scan");
        assertEquals(Examples.COLUMN * 0.6, FigureArt.heightFor(png, Examples.COLUMN, Examples.FONTS), 1e-9);
        assertNull(FigureArt.svg(png, Examples.COLUMN, "ru", Examples.FONTS));
        Figure svg = FigureReaderTest.good("drawing");
        assertTrue(FigureArt.svg(svg, 400, "ru", Examples.FONTS).contains("<circle"));
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(FigureArt.png(svg, 200, 300, "ru", Examples.FONTS)));
        assertEquals(834, img.getWidth());
        // the circle in the middle is dark
        assertTrue((img.getRGB(img.getWidth() / 2, img.getHeight() / 2) >> 16 & 0xff) < 100);
    }
}
