package org.casereport.diag;

import java.util.EnumMap;
import java.util.Map;

/**
 * The bounds on the work one input may ask for, each checked before the expensive step it protects; a refusal
 * is an error {@code limit-<name>} at the place in the input, naming the limit. Every limit can be changed
 * for a run ({@code --limit name=value}, or the system property {@code casereport.limit.<name>}). The table
 * is in docs/limits.md.
 */
public final class Limits {
    /** One limit: its name on the command line, its default and what it counts. */
    public enum Limit {
        CASE_BYTES("case-bytes", 10_000_000, "bytes", "size of case.md"),
        FRONT_MATTER_BYTES("front-matter-bytes", 1_000_000, "bytes", "size of the front matter"),
        PARAGRAPH_CHARS("paragraph-chars", 100_000, "characters", "length of one paragraph (or table cell, list item, quote)"),
        NESTING_DEPTH("nesting-depth", 64, "levels", "nesting of YAML, of quotes and lists in the body, of SVG elements"),
        TABLE_COLUMNS("table-columns", 64, "columns", "columns of a table"),
        CITATIONS("citations", 5_000, "citations", "citations in the body"),
        REFERENCE_FILE_BYTES("reference-file-bytes", 10_000_000, "bytes", "size of the reference file"),
        REFERENCES("references", 5_000, "records", "records in the reference file"),
        BIBTEX_VALUE_CHARS("bibtex-value-chars", 100_000, "characters", "a BibTeX value once its @string macros are expanded"),
        FIGURE_FILE_BYTES("figure-file-bytes", 1_000_000, "bytes", "size of a figure file (YAML)"),
        FIGURE_PHASES("figure-phases", 500, "items", "phases, events, drugs or courses of one figure"),
        IMAGE_FILE_BYTES("image-file-bytes", 50_000_000, "bytes", "size of an image file"),
        IMAGE_PIXELS("image-pixels", 50_000_000, "pixels", "pixels of a PNG or JPEG (width × height), read from its header before decoding"),
        SVG_ELEMENTS("svg-elements", 200_000, "elements", "elements of an SVG image"),
        PDF_PAGES("pdf-pages", 2_000, "pages", "pages of a PDF manuscript read by check"),
        PDF_OBJECTS("pdf-objects", 500_000, "objects", "objects of a PDF manuscript read by check"),
        MANUSCRIPT_BYTES("manuscript-bytes", 200_000_000, "bytes", "size of a manuscript read by check, and of any one part of a DOCX once unpacked"),
        TEMPLATE_OUTPUT_BYTES("template-output-bytes", 50_000_000, "bytes", "what one template writes"),
        TEMPLATE_SECONDS("template-seconds", 30, "seconds", "time one template may run"),
        CASE_SECONDS("case-seconds", 300, "seconds", "time one case (reading, checking and rendering it) may run"),
        CASE_MEMORY_MB("case-memory-mb", 2_048, "MB", "heap one case may hold (checked after each garbage collection)");

        private final String id;
        private final long fallback;
        private final String unit;
        private final String what;

        Limit(String id, long fallback, String unit, String what) {
            this.id = id;
            this.fallback = fallback;
            this.unit = unit;
            this.what = what;
        }

        /** The name on the command line and in the rule id ({@code limit-<name>}). */
        public String id() {
            return id;
        }

        public long defaultValue() {
            return fallback;
        }

        public String unit() {
            return unit;
        }

        public String what() {
            return what;
        }

        /** The limit in force for this run. */
        public long get() {
            Long v = OVERRIDES.get(this);
            if (v != null) return v;
            String p = System.getProperty("casereport.limit." + id);
            if (p != null) {
                try {
                    return Long.parseLong(p.trim());
                } catch (NumberFormatException e) {
                    return fallback;
                }
            }
            return fallback;
        }

        /** {@link #get} as an int, for limits compared with sizes of Java arrays and strings. */
        public int intValue() {
            return (int) Math.min(Integer.MAX_VALUE, get());
        }

        /** The rule id of a refusal. */
        public String rule() {
            return "limit-" + id;
        }

        /** The refusal: what was found, the limit, and how to raise it. */
        public Diagnostic refuse(SourcePos pos, String found) {
            return Diagnostic.error(rule(), pos, found + "; the limit is " + format(get()) + " " + unit + " (" + what
                    + "; --limit " + id + "=N raises it, see docs/limits.md)");
        }

        /** Whether {@code n} is over the limit. */
        public boolean exceeded(long n) {
            return n > get();
        }
    }

    private static final Map<Limit, Long> OVERRIDES = new EnumMap<>(Limit.class);

    private Limits() {
    }

    /** Sets a limit for this run from {@code name=value}; throws IllegalArgumentException with what is wrong. */
    public static synchronized void set(String assignment) {
        int eq = assignment.indexOf('=');
        String name = eq < 0 ? assignment : assignment.substring(0, eq).trim();
        Limit l = byName(name);
        if (l == null) {
            throw new IllegalArgumentException("unknown limit '" + Printable.of(name) + "' (known: " + names() + ")");
        }
        try {
            long v = Long.parseLong(eq < 0 ? "" : assignment.substring(eq + 1).trim().replace("_", ""));
            if (v <= 0) throw new NumberFormatException();
            OVERRIDES.put(l, v);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--limit " + name + "= needs a positive whole number");
        }
    }

    /** Back to the defaults (tests). */
    public static synchronized void reset() {
        OVERRIDES.clear();
    }

    public static Limit byName(String name) {
        for (Limit l : Limit.values()) if (l.id.equals(name)) return l;
        return null;
    }

    static String names() {
        StringBuilder sb = new StringBuilder();
        for (Limit l : Limit.values()) sb.append(sb.length() == 0 ? "" : ", ").append(l.id);
        return sb.toString();
    }

    static String format(long n) {
        return Long.toString(n);
    }
}
