package org.casereport.figure;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/**
 * A small PNG encoder for the figures: 8-bit RGB, one filter for every row ("Sub"), and only the chunks
 * IHDR, pHYs (the resolution), IDAT and IEND, so that equal pictures give equal bytes. Much faster than the
 * ImageIO writer for these flat, mostly white pictures.
 */
final class PngEncoder {
    private PngEncoder() {
    }

    /** @param img an image of type {@link BufferedImage#TYPE_INT_RGB} */
    static byte[] encode(BufferedImage img, int dpi) {
        if (img.getType() != BufferedImage.TYPE_INT_RGB) throw new IllegalArgumentException("expects TYPE_INT_RGB");
        int w = img.getWidth();
        int h = img.getHeight();
        int[] px = ((DataBufferInt) img.getRaster().getDataBuffer()).getData();
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream(w * h / 4 + 1024);
            DataOutputStream data = new DataOutputStream(out);
            data.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});

            byte[] ihdr = new byte[13];
            putInt(ihdr, 0, w);
            putInt(ihdr, 4, h);
            ihdr[8] = 8;      // bit depth
            ihdr[9] = 2;      // colour type: RGB
            chunk(data, "IHDR", ihdr, ihdr.length);

            byte[] phys = new byte[9];
            int ppm = (int) Math.round(dpi / 0.0254);
            putInt(phys, 0, ppm);
            putInt(phys, 4, ppm);
            phys[8] = 1;      // unit: metre
            chunk(data, "pHYs", phys, phys.length);

            Deflater deflater = new Deflater(6);
            byte[] row = new byte[1 + w * 3];
            byte[] buf = new byte[1 << 16];
            ByteArrayOutputStream idat = new ByteArrayOutputStream(w * h / 4 + 1024);
            for (int y = 0; y < h; y++) {
                row[0] = 1;   // filter: Sub
                int prevR = 0;
                int prevG = 0;
                int prevB = 0;
                int o = 1;
                int base = y * w;
                for (int x = 0; x < w; x++) {
                    int p = px[base + x];
                    int r = (p >> 16) & 0xff;
                    int g = (p >> 8) & 0xff;
                    int b = p & 0xff;
                    row[o++] = (byte) (r - prevR);
                    row[o++] = (byte) (g - prevG);
                    row[o++] = (byte) (b - prevB);
                    prevR = r;
                    prevG = g;
                    prevB = b;
                }
                deflater.setInput(row);
                while (!deflater.needsInput()) {
                    int n = deflater.deflate(buf);
                    idat.write(buf, 0, n);
                }
            }
            deflater.finish();
            while (!deflater.finished()) {
                int n = deflater.deflate(buf);
                idat.write(buf, 0, n);
            }
            deflater.end();
            byte[] z = idat.toByteArray();
            chunk(data, "IDAT", z, z.length);
            chunk(data, "IEND", new byte[0], 0);
            data.flush();
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void putInt(byte[] b, int at, int v) {
        b[at] = (byte) (v >>> 24);
        b[at + 1] = (byte) (v >>> 16);
        b[at + 2] = (byte) (v >>> 8);
        b[at + 3] = (byte) v;
    }

    private static void chunk(DataOutputStream out, String type, byte[] body, int len) throws IOException {
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        out.writeInt(len);
        out.write(t);
        out.write(body, 0, len);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(body, 0, len);
        out.writeInt((int) crc.getValue());
    }
}
