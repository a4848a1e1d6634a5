package org.casereport.cite;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Reference;
import org.casereport.diag.SourcePos;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXParser;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXObject;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * BibTeX / BibLaTeX (as Zotero, Mendeley, JabRef export it) to CSL-JSON records, parsed by jbibtex. Field mapping
 * in docs/references.md: {@code number} → issue (not CSL {@code number}, which citeproc-java's own converter does),
 * {@code journal}/{@code journaltitle} → container-title, {@code shortjournal} → container-title-short,
 * {@code language}/{@code langid} → language, LaTeX escapes decoded, {@code pages} "--" → "-".
 */
final class BibTeXImport {
    private static final Pattern ENTRY = Pattern.compile("@\\s*([A-Za-z]+)\\s*[{(]\\s*([^,\\s{}()]+)\\s*,");
    private static final Pattern LEXICAL = Pattern.compile("line (\\d+), column (\\d+)");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("article", "article-journal"), Map.entry("book", "book"), Map.entry("mvbook", "book"),
            Map.entry("inbook", "chapter"), Map.entry("incollection", "chapter"), Map.entry("inproceedings", "paper-conference"),
            Map.entry("conference", "paper-conference"), Map.entry("proceedings", "book"), Map.entry("phdthesis", "thesis"),
            Map.entry("mastersthesis", "thesis"), Map.entry("thesis", "thesis"), Map.entry("techreport", "report"),
            Map.entry("report", "report"), Map.entry("manual", "report"), Map.entry("online", "webpage"),
            Map.entry("misc", "article"), Map.entry("unpublished", "manuscript"), Map.entry("patent", "patent"),
            Map.entry("legislation", "legislation"), Map.entry("legal", "legislation"), Map.entry("law", "legislation"),
            Map.entry("standard", "standard"), Map.entry("preprint", "article"));
    private static final Map<String, String> LANGUAGES = Map.of(
            "russian", "ru", "english", "en", "american", "en", "british", "en", "german", "de", "ngerman", "de", "french", "fr");

    private BibTeXImport() {
    }

    static List<Reference> read(String text, String displayName, Diagnostics diagnostics) {
        SourcePos file = SourcePos.file(displayName);
        Map<String, SourcePos> positions = new HashMap<>();
        Matcher m = ENTRY.matcher(text);
        while (m.find()) {
            String type = m.group(1).toLowerCase(Locale.ROOT);
            if (type.equals("string") || type.equals("comment") || type.equals("preamble")) continue;
            positions.putIfAbsent(m.group(2), position(text, m.start(), file));
        }
        if (!BibTeXLimits.check(text, file, diagnostics)) return List.of();
        BibTeXDatabase db;
        try {
            BibTeXParser parser = new BibTeXParser() {
                @Override
                public void checkStringResolution(Key key, BibTeXString string) {
                    // an undefined @string macro (e.g. a month name) is kept as its name
                }

                @Override
                public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
                }
            };
            db = parser.parse(new StringReader(text));
        } catch (ParseException e) {
            SourcePos pos = file;
            if (e.currentToken != null && e.currentToken.next != null) {
                pos = file.at(e.currentToken.next.beginLine, e.currentToken.next.beginColumn);
            }
            diagnostics.error("ref-syntax", pos, "broken BibTeX: " + firstLine(e.getMessage()));
            return List.of();
        } catch (TokenMgrException e) {
            Matcher lm = LEXICAL.matcher(String.valueOf(e.getMessage()));
            SourcePos pos = lm.find() ? file.at(Integer.parseInt(lm.group(1)), Integer.parseInt(lm.group(2))) : file;
            diagnostics.error("ref-syntax", pos, "broken BibTeX: " + firstLine(e.getMessage()));
            return List.of();
        } catch (RuntimeException e) {
            diagnostics.error("ref-syntax", file, "broken BibTeX: " + firstLine(e.getMessage()));
            return List.of();
        }
        List<Reference> out = new ArrayList<>();
        for (BibTeXEntry e : db.getEntries().values()) {
            String id = e.getKey().getValue();
            SourcePos pos = positions.getOrDefault(id, file);
            out.add(new Reference(id, toCsl(e, id), pos));
        }
        return out;
    }

    private static Map<String, Object> toCsl(BibTeXEntry e, String id) {
        Map<String, String> f = new LinkedHashMap<>();
        for (Map.Entry<Key, Value> x : e.getFields().entrySet()) {
            f.put(x.getKey().getValue().toLowerCase(Locale.ROOT), x.getValue().toUserString());
        }
        Map<String, Object> c = new LinkedHashMap<>();
        c.put("id", id);
        String type = e.getType().getValue().toLowerCase(Locale.ROOT);
        c.put("type", TYPES.getOrDefault(type, "article"));
        String lang = first(f, "langid", "language");
        if (lang != null) {
            String l = latex(lang).toLowerCase(Locale.ROOT).strip();
            c.put("language", LANGUAGES.getOrDefault(l, l));
        }
        boolean truncated = putNames(c, "author", f.get("author"));
        putNames(c, "editor", f.get("editor"));
        put(c, "title", latex(f.get("title")));
        String journal = first(f, "journal", "journaltitle");
        if (journal != null) put(c, "container-title", latex(journal));
        else put(c, "container-title", latex(f.get("booktitle")));
        String shortJournal = f.get("shortjournal");
        if (shortJournal == null && f.containsKey("journal") && f.containsKey("journaltitle")) shortJournal = f.get("journaltitle");
        put(c, "container-title-short", latex(shortJournal));
        put(c, "volume", latex(f.get("volume")));
        if ("standard".equals(c.get("type"))) put(c, "number", latex(f.get("number")));   // a standard's designation
        else put(c, "issue", latex(first(f, "number", "issue")));
        String pages = f.get("pages");
        if (pages != null) put(c, "page", latex(pages.replace("--", "-").replace("–", "-").replace("—", "-")));
        if (!c.containsKey("number")) put(c, "number", latex(first(f, "eid", "articleno", "article-number")));
        put(c, "DOI", latex(f.get("doi")));
        String pmid = f.get("pmid");
        if (pmid == null && "pubmed".equalsIgnoreCase(String.valueOf(f.get("eprinttype")))) pmid = f.get("eprint");
        put(c, "PMID", latex(pmid));
        put(c, "URL", f.get("url"));
        put(c, "publisher", latex(first(f, "publisher", "institution", "school")));
        put(c, "publisher-place", latex(first(f, "address", "location")));
        put(c, "edition", latex(f.get("edition")));
        put(c, "genre", latex(first(f, "type", "genre")));
        put(c, "number-of-pages", latex(first(f, "pagetotal", "numpages")));
        put(c, "status", latex(f.get("pubstate")));
        put(c, "event-title", latex(first(f, "eventtitle", "event")));   // BibLaTeX's meeting: name, dates, place
        Map<String, Object> eventDate = IsoDate.csl(f.get("eventdate"));
        if (eventDate != null) c.put("event-date", eventDate);
        put(c, "event-place", latex(f.get("venue")));
        String urldate = f.get("urldate");
        if (urldate != null) {
            Matcher d = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})").matcher(urldate);
            if (d.find()) c.put("accessed", Map.of("date-parts", List.of(List.of(Integer.parseInt(d.group(1)),
                    Integer.parseInt(d.group(2)), Integer.parseInt(d.group(3))))));
        }
        String year = first(f, "year", "date");
        if (year != null) {
            Matcher y = Pattern.compile("\\d{4}").matcher(year);
            if (y.find()) c.put("issued", Map.of("date-parts", List.of(List.of(Integer.parseInt(y.group())))));
            else c.put("issued", Map.of("literal", latex(year)));
        }
        Map<String, Object> custom = new LinkedHashMap<>();
        put(custom, "title-en", latex(first(f, "title-en", "title_en", "titleen", "entitle")));
        put(custom, "container-title-en", latex(first(f, "journal-en", "journal_en", "journaltitle-en", "container-title-en")));
        put(custom, "container-title-translit", latex(first(f, "journal-translit", "journaltitle-translit", "container-title-translit")));
        put(custom, "genre-en", latex(first(f, "type-en", "genre-en")));
        if (truncated) custom.put("authors-truncated", true);
        if (!custom.isEmpty()) c.put("custom", custom);
        return c;
    }

    /** "Kushner, Brian H. and {World Health Organization} and Nai-Kong V. Cheung" → CSL names. */
    private static boolean putNames(Map<String, Object> c, String key, String raw) {
        boolean truncated = false;
        if (raw == null || raw.isBlank()) return false;
        List<Object> names = new ArrayList<>();
        for (String part : splitTopLevel(raw.strip(), "and")) {
            String p = part.strip();
            if (p.isEmpty()) continue;
            Map<String, Object> n = new LinkedHashMap<>();
            if (p.startsWith("{") && p.endsWith("}") && balancedOuter(p)) {
                n.put("literal", latex(p.substring(1, p.length() - 1)));
            } else if (p.equalsIgnoreCase("others")) {
                truncated = true;   // "… and others": the source printed only the first authors
                continue;
            } else {
                List<String> commas = splitTopLevel(p, ",");
                if (commas.size() >= 2) {
                    n.put("family", latex(commas.get(0).strip()));
                    String given = commas.get(commas.size() - 1).strip();
                    if (!given.isEmpty()) n.put("given", latex(given));
                    if (commas.size() == 3) n.put("suffix", latex(commas.get(1).strip()));
                } else {
                    List<String> words = splitTopLevel(p, " ");
                    words.removeIf(String::isBlank);
                    n.put("family", latex(words.get(words.size() - 1)));
                    if (words.size() > 1) n.put("given", latex(String.join(" ", words.subList(0, words.size() - 1))));
                }
            }
            names.add(n);
        }
        if (!names.isEmpty()) c.put(key, names);
        return truncated;
    }

    private static boolean balancedOuter(String p) {
        int depth = 0;
        for (int i = 0; i < p.length(); i++) {
            char ch = p.charAt(i);
            if (ch == '{') depth++;
            else if (ch == '}') {
                depth--;
                if (depth == 0 && i < p.length() - 1) return false;
            }
        }
        return true;
    }

    /** Splits at a word ("and") or a character (",", " ") outside braces. */
    private static List<String> splitTopLevel(String s, String sep) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int start = 0;
        boolean word = sep.length() > 1;
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch == '{') depth++;
            else if (ch == '}') depth--;
            else if (depth == 0) {
                if (word) {
                    if (Character.isWhitespace(ch) && s.regionMatches(true, i + 1, sep, 0, sep.length())
                            && i + 1 + sep.length() < s.length() && Character.isWhitespace(s.charAt(i + 1 + sep.length()))) {
                        out.add(s.substring(start, i));
                        i += sep.length() + 1;
                        start = i + 1;
                    }
                } else if (s.startsWith(sep, i)) {
                    out.add(s.substring(start, i));
                    start = i + sep.length();
                }
            }
        }
        out.add(s.substring(start));
        return out;
    }

    /** LaTeX to plain Unicode text: accents ({@code {\"u}} → ü), braces, {@code ~}, {@code --} → –. */
    static String latex(String s) {
        if (s == null) return null;
        String t = s.strip();
        if (t.isEmpty()) return null;
        if (t.indexOf('\\') < 0 && t.indexOf('{') < 0 && t.indexOf('~') < 0 && !t.contains("--")) {
            return t.replaceAll("\\s+", " ");
        }
        t = t.replaceAll("\\\\([ij])(?![A-Za-z])", "$1");   // dotless \i, \j under an accent: {\'\i} → í
        t = accents(t);
        try {
            List<LaTeXObject> objects = new LaTeXParser().parse(t);
            t = new LaTeXPrinter().print(objects);
        } catch (ParseException | RuntimeException e) {
            t = t.replace("{", "").replace("}", "").replace("~", " ");
        }
        return t.replace('\u00A0', ' ').replaceAll("\\s+", " ").strip();
    }

    private static final Pattern SYMBOL_ACCENT = Pattern.compile("\\\\(['`^\"~=.])\\s*(?:\\{(\\p{L})\\}|(\\p{L}))");
    private static final Pattern LETTER_ACCENT = Pattern.compile("\\\\([uvHckrdb])(?:\\s*\\{(\\p{L})\\}|\\s+(\\p{L}))");
    private static final Pattern SPECIAL_LETTER = Pattern.compile("\\\\(aa|AA|ae|AE|oe|OE|ss|o|O|l|L)(?![A-Za-z]) ?");
    private static final Map<String, String> MARKS = Map.ofEntries(
            Map.entry("'", "\u0301"), Map.entry("`", "\u0300"), Map.entry("^", "\u0302"), Map.entry("\"", "\u0308"),
            Map.entry("~", "\u0303"), Map.entry("=", "\u0304"), Map.entry(".", "\u0307"), Map.entry("u", "\u0306"),
            Map.entry("v", "\u030C"), Map.entry("H", "\u030B"), Map.entry("c", "\u0327"), Map.entry("k", "\u0328"),
            Map.entry("r", "\u030A"), Map.entry("d", "\u0323"), Map.entry("b", "\u0331"));
    private static final Map<String, String> LETTERS = Map.ofEntries(
            Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"), Map.entry("oe", "œ"),
            Map.entry("OE", "Œ"), Map.entry("ss", "ß"), Map.entry("o", "ø"), Map.entry("O", "Ø"), Map.entry("l", "ł"), Map.entry("L", "Ł"));

    /**
     * LaTeX accents and letters as Unicode, before jbibtex's printer, which drops many of them silently
     * ("Gon{\\c{c}}alves" → "Goncalves", "Nik{\\v{s}}i{\\'c}" → "Nikšic", "{\\l}ód{\\'z}" → "ódz"): every accent command of
     * LaTeX's text mode (\\' \\` \\^ \\" \\~ \\= \\. \\u \\v \\H \\c \\k \\r \\d \\b) and \\aa, \\ae, \\oe, \\ss, \\o, \\l.
     */
    static String accents(String t) {
        t = replace(SYMBOL_ACCENT, t, m -> (m.group(2) != null ? m.group(2) : m.group(3)) + MARKS.get(m.group(1)));
        t = replace(LETTER_ACCENT, t, m -> (m.group(2) != null ? m.group(2) : m.group(3)) + MARKS.get(m.group(1)));
        t = replace(SPECIAL_LETTER, t, m -> LETTERS.get(m.group(1)));
        return java.text.Normalizer.normalize(t, java.text.Normalizer.Form.NFC);
    }

    private static String replace(Pattern p, String t, java.util.function.Function<Matcher, String> with) {
        Matcher m = p.matcher(t);
        StringBuilder sb = new StringBuilder();
        while (m.find()) m.appendReplacement(sb, Matcher.quoteReplacement(with.apply(m)));
        m.appendTail(sb);
        return sb.toString();
    }

    private static void put(Map<String, Object> c, String key, String value) {
        if (value != null && !value.isBlank()) c.put(key, value);
    }

    private static String first(Map<String, String> f, String... keys) {
        for (String k : keys) {
            String v = f.get(k);
            if (v != null && !v.isBlank()) return v;
        }
        return null;
    }

    static SourcePos position(String text, int offset, SourcePos file) {
        int line = 1;
        int col = 1;
        for (int i = 0; i < offset; i++) {
            if (text.charAt(i) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        return file.at(line, col);
    }

    private static String firstLine(String s) {
        return s == null ? "" : s.lines().findFirst().orElse("").strip();
    }
}
