package org.casereport.write.pdf;

import com.openhtmltopdf.outputdevice.helper.BaseRendererBuilder.FontStyle;
import com.openhtmltopdf.pdfboxout.PDFontSupplier;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.apache.fontbox.ttf.CmapLookup;
import org.apache.fontbox.ttf.OS2WindowsMetricsTable;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.fontbox.ttf.model.GsubData;
import org.apache.fontbox.ttf.model.Language;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.SourcePos;

/**
 * The TrueType fonts of a journal's fonts folder, read once per process and shared by every PDF the process
 * renders. Each font file is read and its naming and OS/2 tables looked at once (kept while the file's size and
 * modification time stay the same); its parsed {@link TrueTypeFont} is lent to one document at a time
 * ({@link Lease}) — PDFBox's font objects read their tables lazily from one buffer, so two documents being laid out
 * on two threads each get their own — and given back when the document is closed, for the next document to
 * embed its subset from. What a document embeds is the same subset of the same font data as when each document
 * parsed the file itself ({@code PDType0Font.load(doc, ttf, true)}): the bytes of the PDF do not change.
 */
final class FontSet {
    /** Parsed fonts kept idle per font file: about the number of PDFs laid out at once. */
    private static final int IDLE_PER_FONT = 8;

    /** A font file as it was read: its place, size and time (a changed file is a new key). */
    record Key(Path path, long size, long modified) {
    }

    /** What the CSS names a font by: its family, weight and style, from its own tables. */
    record Face(Key key, String family, int weight, boolean italic) {
        String label() {
            return family + " " + weight + (italic ? " italic" : "");
        }
    }

    /**
     * A font file's bytes, its face, and the character sequences its ligatures replace ({@code null}: it may
     * substitute glyphs in ways not known here, so PDFBox's substitution step always runs for it).
     */
    private record Loaded(byte[] bytes, Face face, List<String> ligatures, java.util.BitSet chars) {
    }

    /** The features PDFBox's substitution step applies to a font whose default script is Latin (GsubWorkerForLatin). */
    private static final List<String> LATIN_FEATURES = List.of("ccmp", "liga", "clig");

    private static final Map<Key, Loaded> FILES = new ConcurrentHashMap<>();
    private static final Map<Key, Deque<TrueTypeFont>> IDLE = new ConcurrentHashMap<>();

    private FontSet() {
    }

    /** The faces of the folder's {@code .ttf} files, by file name; files without a family name are left out. */
    static List<Face> faces(Path fontsDir) {
        List<Face> out = new ArrayList<>();
        if (fontsDir == null || !Files.isDirectory(fontsDir)) return out;
        List<Path> files;
        try (Stream<Path> s = Files.list(fontsDir)) {
            files = s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf")).sorted().toList();
        } catch (IOException e) {
            throw new CaseException(Diagnostic.error("font-folder", SourcePos.file(fontsDir.toString()),
                    "cannot list fonts: " + e.getMessage()));
        }
        for (Path p : files) {
            Face f = load(p).face();
            if (f != null) out.add(f);
        }
        return out;
    }

    private static Loaded load(Path p) {
        Key key;
        try {
            BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class);
            key = new Key(p.toAbsolutePath().normalize(), a.size(), a.lastModifiedTime().toMillis());
        } catch (IOException e) {
            throw new CaseException(Diagnostic.error("font-read", SourcePos.file(p.toString()), "cannot read font: " + e.getMessage()));
        }
        Loaded known = FILES.get(key);
        if (known != null) return known;
        try {
            byte[] bytes = Files.readAllBytes(p);
            if (bytes.length != key.size()) throw new IOException("the file changed while it was read");
            Face face;
            List<String> ligatures;
            java.util.BitSet chars;
            try (TrueTypeFont ttf = parse(bytes)) {
                chars = chars(ttf);
                String family = ttf.getNaming() == null ? null : ttf.getNaming().getFontFamily();
                OS2WindowsMetricsTable os2 = ttf.getOS2Windows();
                int weight = os2 == null ? 400 : os2.getWeightClass();
                boolean italic = os2 != null ? (os2.getFsSelection() & 1) != 0
                        : ttf.getHeader() != null && (ttf.getHeader().getMacStyle() & 2) != 0;
                face = family == null || family.isBlank() ? null : new Face(key, family, weight, italic);
                ligatures = ligatures(ttf);
            }
            Loaded l = new Loaded(bytes, face, ligatures, chars);
            FILES.keySet().removeIf(k -> k.path().equals(key.path()) && !k.equals(key));   // an older version of the file
            IDLE.keySet().removeIf(k -> k.path().equals(key.path()) && !k.equals(key));
            FILES.put(key, l);
            return l;
        } catch (IOException e) {
            throw new CaseException(Diagnostic.error("font-read", SourcePos.file(p.toString()), "cannot read font: " + e.getMessage()));
        }
    }

    /** The characters the font's Unicode character map gives a glyph for. */
    private static java.util.BitSet chars(TrueTypeFont ttf) throws IOException {
        java.util.BitSet out = new java.util.BitSet();
        CmapLookup cmap = ttf.getUnicodeCmapLookup(false);
        if (cmap == null) return out;
        for (int gid = 1; gid < ttf.getNumberOfGlyphs(); gid++) {
            List<Integer> codes = cmap.getCharCodes(gid);
            if (codes != null) codes.forEach(out::set);
        }
        return out;
    }

    /**
     * The characters some font of the folder has a glyph for. A character none has is printed by openhtmltopdf as
     * "#" ({@link MissingGlyphs}).
     */
    static java.util.BitSet covered(Path fontsDir) {
        return covered(fontsDir, family -> true);
    }

    /**
     * The characters some font of the folder whose family the test accepts has a glyph for: a face of the folder
     * that no {@code font-family} of the style sheets names is never asked for a glyph.
     */
    static java.util.BitSet covered(Path fontsDir, java.util.function.Predicate<String> family) {
        java.util.BitSet out = new java.util.BitSet();
        for (Face f : faces(fontsDir)) {
            Loaded l = FILES.get(f.key());
            if (l != null && family.test(f.family())) out.or(l.chars());
        }
        return out;
    }

    /**
     * The character sequences the font's glyph substitutions replace, as PDFBox applies them when it sets text: for a
     * font whose default script is Latin, the features ccmp, liga and clig (PT Serif and PT Sans: "fl" only). Null
     * when PDFBox would apply other features (another script) or a sequence has a glyph no character maps to.
     */
    private static List<String> ligatures(TrueTypeFont ttf) throws IOException {
        GsubData gsub = ttf.getGsubData();
        if (gsub == GsubData.NO_DATA_FOUND) return List.of();
        if (gsub.getLanguage() != Language.LATIN) return null;
        CmapLookup cmap = ttf.getUnicodeCmapLookup();
        if (cmap == null) return null;
        java.util.Set<String> out = new java.util.TreeSet<>();
        for (String feature : LATIN_FEATURES) {
            if (!gsub.isFeatureSupported(feature)) continue;
            for (List<Integer> glyphs : gsub.getFeature(feature).getAllGlyphIdsForSubstitution()) {
                StringBuilder chars = new StringBuilder();
                for (int gid : glyphs) {
                    List<Integer> codes = cmap.getCharCodes(gid);
                    if (codes == null || codes.size() != 1) return null;
                    chars.appendCodePoint(codes.get(0));
                }
                out.add(chars.toString());
            }
        }
        return List.copyOf(out);
    }

    /**
     * True when PDFBox's glyph substitution may change how {@code text} is set in this font: some ligature's
     * characters stand in the text ({@link PaintedText} adds the text in lower case when CSS may set it so). Without a
     * substitution to make, the step only costs time (it compiles a regular expression for every word it sets),
     * and leaving it out gives the same glyphs.
     */
    static boolean substitutes(Key key, String text) {
        Loaded l = FILES.get(key);
        if (text == null || l == null || l.ligatures() == null) return true;
        if (l.ligatures().isEmpty()) return false;
        for (String seq : l.ligatures()) {
            if (text.contains(seq)) return true;
        }
        return false;
    }

    /** Font files parsed so far in this process (tests: a cached font is not parsed again). */
    static final java.util.concurrent.atomic.AtomicInteger PARSED = new java.util.concurrent.atomic.AtomicInteger();

    private static TrueTypeFont parse(byte[] bytes) throws IOException {
        PARSED.incrementAndGet();
        return new TTFParser().parse(new RandomAccessReadBuffer(bytes));
    }

    /** The parsed fonts one document uses, given back to the process's pool by {@link #close()}. */
    static final class Lease implements Closeable {
        private final List<Map.Entry<Key, TrueTypeFont>> borrowed = new ArrayList<>();
        /** The font file each font this lease embedded was made from. */
        private final Map<PDFont, Key> embedded = new java.util.IdentityHashMap<>();
        private final String text;
        private boolean closed;

        /**
         * @param text all the text the document may set (see {@link PaintedText}): a font's glyph substitution
         *             runs only when some ligature of the font stands in it ({@link #substitutes}); null: always
         */
        Lease(String text) {
            this.text = text;
        }

        /**
         * Registers every face of {@code fontsDir} with the builder, embedded as a subset; the document a font is
         * embedded in is {@code document}'s (asked for when the layout first uses the font).
         *
         * @return the faces registered ("PT Serif 700 italic"), in file-name order
         */
        List<String> register(PdfRendererBuilder b, Path fontsDir, Supplier<PDDocument> document) {
            List<String> registered = new ArrayList<>();
            for (Face f : faces(fontsDir)) {
                b.useFont(new PDFontSupplier(null) {
                    private PDFont font;

                    @Override
                    public PDFont supply() {
                        if (font == null) font = embed(f.key(), document.get());
                        return font;
                    }
                }, f.family(), f.weight(), f.italic() ? FontStyle.ITALIC : FontStyle.NORMAL, true);
                registered.add(f.label());
            }
            return registered;
        }

        synchronized PDFont embed(Key key, PDDocument doc) {
            if (closed) throw new IllegalStateException("font lease used after its document was closed");
            TrueTypeFont ttf = borrow(key);
            borrowed.add(Map.entry(key, ttf));
            ttf.setEnableGsub(substitutes(key, text));   // read once, by PDType0Font.load below
            try {
                PDFont font = PDType0Font.load(doc, ttf, true);
                embedded.put(font, key);
                return font;
            } catch (IOException e) {
                throw new UncheckedIOException("cannot embed the font " + key.path(), e);
            }
        }

        /** The font file {@code font} was embedded from by this lease, or null (a font it did not make). */
        synchronized Key fileOf(PDFont font) {
            return embedded.get(font);
        }

        @Override
        public synchronized void close() {
            if (closed) return;
            closed = true;
            for (Map.Entry<Key, TrueTypeFont> e : borrowed) giveBack(e.getKey(), e.getValue());
            borrowed.clear();
            embedded.clear();
        }
    }

    private static TrueTypeFont borrow(Key key) {
        Deque<TrueTypeFont> idle = IDLE.computeIfAbsent(key, k -> new ArrayDeque<>());
        synchronized (idle) {
            TrueTypeFont t = idle.pollFirst();
            if (t != null) return t;
        }
        Loaded l = FILES.get(key);
        try {
            return parse(l != null ? l.bytes() : Files.readAllBytes(key.path()));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the font " + key.path(), e);
        }
    }

    private static void giveBack(Key key, TrueTypeFont ttf) {
        Deque<TrueTypeFont> idle = IDLE.get(key);
        boolean kept = false;
        if (idle != null && FILES.containsKey(key)) {
            synchronized (idle) {
                if (idle.size() < IDLE_PER_FONT) {
                    idle.addFirst(ttf);
                    kept = true;
                }
            }
        }
        if (!kept) {
            try {
                ttf.close();
            } catch (IOException ignored) {
                // an in-memory buffer: nothing to release
            }
        }
    }
}
