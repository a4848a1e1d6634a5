package org.casereport.write.docx;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/**
 * Re-packs a DOCX (any OOXML package) so that the same content gives the same bytes: every entry carries
 * one fixed time (no extended-timestamp fields), entries come in a fixed order —
 * {@code [Content_Types].xml}, {@code _rels/.rels}, then the rest by name — and XML is deflated at the default level while
 * PNG/JPEG pictures are stored as they are.
 */
public final class DocxZip {
    private static final LocalDateTime DOS_EPOCH = LocalDateTime.of(1980, 1, 1, 0, 0);
    private static final LocalDateTime DOS_END = LocalDateTime.of(2107, 12, 31, 23, 59, 58);

    private DocxZip() {
    }

    private static boolean compressed(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".png") || n.endsWith(".jpg") || n.endsWith(".jpeg") || n.endsWith(".gif");
    }

    /** The package's entries by name, in the order they were stored. */
    public static Map<String, byte[]> entries(byte[] zip) throws IOException {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                if (e.isDirectory()) continue;
                if (entries.put(e.getName(), in.readAllBytes()) != null) {
                    throw new IOException("duplicate zip entry " + e.getName());
                }
            }
        }
        return entries;
    }

    /** The package re-zipped with every entry dated {@code timestamp} (UTC, clamped to the DOS date range). */
    public static byte[] normalize(byte[] zip, Instant timestamp) throws IOException {
        Map<String, byte[]> sorted = new TreeMap<>(entries(zip));
        List<String> order = new ArrayList<>();
        for (String first : List.of("[Content_Types].xml", "_rels/.rels")) {
            if (sorted.containsKey(first)) order.add(first);
        }
        for (String name : sorted.keySet()) {
            if (!order.contains(name)) order.add(name);
        }
        LocalDateTime time = LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC).withNano(0);
        if (time.isBefore(DOS_EPOCH)) time = DOS_EPOCH;
        if (time.isAfter(DOS_END)) time = DOS_END;
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(zip.length + 1024);
        try (ZipOutputStream out = new ZipOutputStream(bytes)) {
            out.setMethod(ZipOutputStream.DEFLATED);
            out.setLevel(java.util.zip.Deflater.DEFAULT_COMPRESSION);
            for (String name : order) {
                byte[] data = sorted.get(name);
                ZipEntry e = new ZipEntry(name);
                e.setTimeLocal(time);
                if (compressed(name)) { // PNG/JPEG gain nothing from deflating again: stored as they are
                    CRC32 crc = new CRC32();
                    crc.update(data);
                    e.setMethod(ZipEntry.STORED);
                    e.setSize(data.length);
                    e.setCompressedSize(data.length);
                    e.setCrc(crc.getValue());
                }
                out.putNextEntry(e);
                out.write(data);
                out.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
