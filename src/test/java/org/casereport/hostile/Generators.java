package org.casereport.hostile;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;

/**
 * Large or deep inputs made by the test (never committed): {@code generate PATH NAME N} in an {@code expected.txt}.
 * The case generators take the base case's {@code case.md} (already in place) and add to it.
 */
final class Generators {
    private Generators() {
    }

    static void write(String name, long n, Path file) throws IOException {
        switch (name) {
            case "deep-yaml" -> front(file, "extra: " + "[".repeat((int) n) + "]".repeat((int) n) + "\n");
            case "deep-yaml-block" -> {
                StringBuilder sb = new StringBuilder("extra:\n");
                for (int i = 1; i <= n; i++) sb.append("  ".repeat(i)).append("k:\n");
                front(file, sb.toString());
            }
            case "big-front-matter" -> front(file, "extra: \"" + "а".repeat((int) (n / 2)) + "\"\n");
            case "nested-quotes" -> body(file, "\n" + "> ".repeat((int) n) + "text\n");
            case "nested-list" -> {
                StringBuilder sb = new StringBuilder("\n");
                for (int i = 0; i < n; i++) sb.append("  ".repeat(i)).append("- item\n");
                body(file, sb.toString());
            }
            case "table-columns" -> {
                String head = "|" + " c |".repeat((int) n) + "\n";
                String rule = "|" + "---|".repeat((int) n) + "\n";
                body(file, "\n" + head + rule + head);
            }
            case "long-paragraph" -> {
                StringBuilder sb = new StringBuilder("\n");
                while (sb.length() < n) sb.append("слово ");
                body(file, sb.append('\n').toString());
            }
            case "citations" -> {
                StringBuilder sb = new StringBuilder("\n");
                for (long i = 0; i < n; i++) sb.append("Текст [@smith2020].\n\n");
                body(file, sb.append('\n').toString());
            }
            case "bibtex-doubling" -> {
                StringBuilder sb = new StringBuilder("@string{s0 = \"xxxxxxxx\"}\n");
                for (int i = 1; i <= n; i++) sb.append("@string{s").append(i).append(" = s").append(i - 1).append(" # s").append(i - 1).append("}\n");
                sb.append("@article{smith2020, author = {Smith, John}, title = s").append(n)
                        .append(", journal = {J}, year = {2020}}\n");
                Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
            }
            case "svg-nested-groups" -> Files.writeString(file, "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"100\" height=\"50\">"
                    + "<g>".repeat((int) n) + "<rect width=\"10\" height=\"10\"/>" + "</g>".repeat((int) n) + "</svg>\n");
            case "png-bomb" -> png(file, (int) n, (int) n);
            case "not-utf8" -> {
                byte[] text = Files.readAllBytes(file);
                byte[] tail = "\nТекст \u0000.\n".getBytes(StandardCharsets.UTF_8);
                for (int i = 0; i < tail.length; i++) if (tail[i] == 0) tail[i] = (byte) 0xff;
                byte[] all = java.util.Arrays.copyOf(text, text.length + tail.length);
                System.arraycopy(tail, 0, all, text.length, tail.length);
                Files.write(file, all);
            }
            case "pdf-pages" -> pdfPages(file, n);
            default -> throw new IllegalArgumentException("unknown generator " + name);
        }
    }

    /** Adds lines at the end of the front matter of case.md. */
    static void front(Path caseMd, String lines) throws IOException {
        String text = Files.readString(caseMd, StandardCharsets.UTF_8);
        int close = text.indexOf("\n---\n", 4);
        Files.writeString(caseMd, text.substring(0, close + 1) + lines + text.substring(close + 1), StandardCharsets.UTF_8);
    }

    private static void body(Path caseMd, String text) throws IOException {
        Files.writeString(caseMd, Files.readString(caseMd, StandardCharsets.UTF_8) + text, StandardCharsets.UTF_8);
    }

    /** A real PNG of w × h black pixels (1 bit, grey): a few hundred KB on disk, w·h bytes and more once decoded. */
    private static void png(Path file, int w, int h) throws IOException {
        try (OutputStream out = Files.newOutputStream(file)) {
            out.write(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'});
            ByteArrayOutputStream ihdr = new ByteArrayOutputStream();
            DataOutputStream d = new DataOutputStream(ihdr);
            d.writeInt(w);
            d.writeInt(h);
            d.write(new byte[] {1, 0, 0, 0, 0});
            chunk(out, "IHDR", ihdr.toByteArray());
            ByteArrayOutputStream idat = new ByteArrayOutputStream();
            try (DeflaterOutputStream z = new DeflaterOutputStream(idat, new Deflater(9))) {
                byte[] row = new byte[1 + (w + 7) / 8];
                for (int y = 0; y < h; y++) z.write(row);
            }
            chunk(out, "IDAT", idat.toByteArray());
            chunk(out, "IEND", new byte[0]);
        }
    }

    private static void chunk(OutputStream out, String type, byte[] data) throws IOException {
        DataOutputStream d = new DataOutputStream(out);
        d.writeInt(data.length);
        byte[] t = type.getBytes(StandardCharsets.US_ASCII);
        d.write(t);
        d.write(data);
        CRC32 crc = new CRC32();
        crc.update(t);
        crc.update(data);
        d.writeInt((int) crc.getValue());
    }

    /** A few hundred bytes of PDF whose page tree claims {@code pages} pages. */
    private static void pdfPages(Path file, long pages) throws IOException {
        String[] objs = {
            "<< /Type /Catalog /Pages 2 0 R >>",
            "<< /Type /Pages /Count " + pages + " /Kids [3 0 R] >>",
            "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
        };
        StringBuilder sb = new StringBuilder("%PDF-1.4\n");
        long[] offs = new long[objs.length];
        for (int i = 0; i < objs.length; i++) {
            offs[i] = sb.length();
            sb.append(i + 1).append(" 0 obj\n").append(objs[i]).append("\nendobj\n");
        }
        long xref = sb.length();
        sb.append("xref\n0 ").append(objs.length + 1).append("\n0000000000 65535 f \n");
        for (long o : offs) sb.append(String.format("%010d 00000 n \n", o));
        sb.append("trailer\n<< /Size ").append(objs.length + 1).append(" /Root 1 0 R >>\nstartxref\n").append(xref).append("\n%%EOF\n");
        Files.writeString(file, sb.toString(), StandardCharsets.US_ASCII);
    }
}
