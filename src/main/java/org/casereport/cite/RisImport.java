package org.casereport.cite;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Reference;
import org.casereport.diag.SourcePos;

/**
 * RIS (as Zotero, Mendeley, EndNote export it) to CSL-JSON records. Tags read: TY, AU/A1, A2/ED, TI/T1, TT, JF/T2/JO,
 * J2/JA, PY/Y1/DA, VL, IS, SP/EP (SP alone: a book's, thesis's or report's number of pages), M1 (an article number),
 * M3 (the kind of work; "Epub ahead of print" on an article: its status), DO, AN (a PubMed number), LA, ID, UR, PB, CY,
 * ET, Y2; the rest is ignored. The record's
 * {@code ID} is its key, else the first author's surname (in Latin letters) and the year ("berthold2017",
 * "berthold2017a", "ivanov2019", …).
 */
final class RisImport {
    private static final Pattern LINE = Pattern.compile("^([A-Z][A-Z0-9])  -(?: (.*))?$");
    private static final Map<String, String> TYPES = Map.ofEntries(
            Map.entry("JOUR", "article-journal"), Map.entry("JFULL", "article-journal"), Map.entry("EJOUR", "article-journal"),
            Map.entry("ABST", "article-journal"), Map.entry("MGZN", "article-magazine"), Map.entry("NEWS", "article-newspaper"),
            Map.entry("BOOK", "book"), Map.entry("EBOOK", "book"), Map.entry("EDBOOK", "book"), Map.entry("CHAP", "chapter"),
            Map.entry("ECHAP", "chapter"), Map.entry("CONF", "paper-conference"), Map.entry("CPAPER", "paper-conference"),
            Map.entry("RPRT", "report"), Map.entry("THES", "thesis"), Map.entry("ELEC", "webpage"), Map.entry("WEB", "webpage"),
            Map.entry("PAT", "patent"), Map.entry("STAT", "legislation"), Map.entry("BILL", "bill"), Map.entry("GOVDOC", "report"),
            Map.entry("CASE", "legal_case"), Map.entry("STAND", "standard"), Map.entry("GEN", "article"), Map.entry("INPR", "article-journal"));

    /** M3 ("type of work") of a journal article that says it is published ahead of print: the record's status. */
    private static final Pattern AHEAD_OF_PRINT = Pattern.compile("(?i)((online|e-?pub(lished)?) )?ahead of print|in press");
    /** A given name written as initials after the surname, without a comma ("Berthold F", "Berthold F.B.", "Иванов И.И."). */
    private static final Pattern INITIALS = Pattern.compile("(?:\\p{Lu}\\p{Ll}?\\.?[\\s-]*)+");

    private RisImport() {
    }

    static List<Reference> read(String text, String displayName, Diagnostics diagnostics) {
        SourcePos file = SourcePos.file(displayName);
        List<Reference> out = new ArrayList<>();
        Map<String, Integer> autoKeys = new LinkedHashMap<>();
        String[] lines = text.split("\r\n|\r|\n", -1);
        Map<String, List<String>> rec = null;
        SourcePos recPos = null;
        String lastTag = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].replace("\uFEFF", "");
            if (line.isBlank()) continue;
            Matcher m = LINE.matcher(line.stripTrailing().length() == 5 ? line.stripTrailing() + " " : line);
            if (!m.matches()) m = LINE.matcher(line.stripTrailing());
            if (!m.matches()) {
                if (rec != null && lastTag != null) {      // a value continued on the next line
                    List<String> vs = rec.get(lastTag);
                    vs.set(vs.size() - 1, vs.get(vs.size() - 1) + " " + line.strip());
                    continue;
                }
                diagnostics.error("ref-syntax", file.at(i + 1, 1), "not a RIS line (expected \"XX  - value\"): " + abbreviate(line));
                continue;
            }
            String tag = m.group(1);
            String value = m.group(2) == null ? "" : m.group(2).strip();
            if (tag.equals("TY")) {
                if (rec != null) {
                    diagnostics.error("ref-syntax", recPos, "RIS record without its end line \"ER  - \"");
                    out.add(toReference(rec, recPos, autoKeys));
                }
                rec = new LinkedHashMap<>();
                recPos = file.at(i + 1, 1);
                rec.computeIfAbsent(tag, k -> new ArrayList<>()).add(value);
                lastTag = tag;
                continue;
            }
            if (rec == null) {
                diagnostics.error("ref-syntax", file.at(i + 1, 1), "RIS tag " + tag + " outside a record (a record starts with \"TY  - \")");
                continue;
            }
            if (tag.equals("ER")) {
                out.add(toReference(rec, recPos, autoKeys));
                rec = null;
                lastTag = null;
                continue;
            }
            rec.computeIfAbsent(tag, k -> new ArrayList<>()).add(value);
            lastTag = tag;
        }
        if (rec != null) {
            diagnostics.error("ref-syntax", recPos, "RIS record without its end line \"ER  - \"");
            out.add(toReference(rec, recPos, autoKeys));
        }
        return out;
    }

    private static Reference toReference(Map<String, List<String>> r, SourcePos pos, Map<String, Integer> autoKeys) {
        Map<String, Object> c = new LinkedHashMap<>();
        String ty = one(r, "TY");
        c.put("type", TYPES.getOrDefault(ty == null ? "" : ty.toUpperCase(Locale.ROOT), "article"));
        List<String> au = new ArrayList<>(all(r, "AU", "A1"));
        boolean truncated = au.removeIf(v -> v.strip().matches("(?iu)et\\.? ?al\\.?|и др\\.?|others"));
        List<Object> authors = names(au);
        if (!authors.isEmpty()) c.put("author", authors);
        List<Object> editors = names(all(r, "A2", "ED"));
        if (!editors.isEmpty() && !"article-journal".equals(c.get("type"))) c.put("editor", editors);
        put(c, "title", one(r, "TI", "T1"));
        boolean meeting = "paper-conference".equals(c.get("type"));
        String full = one(r, "JF", "T2", "JO");
        if (meeting && (r.containsKey("C3") || r.containsKey("JF"))) {
            // a conference paper as Zotero writes it: T2 the meeting, C3 the proceedings (or JF the journal that printed them)
            full = one(r, "JF", "C3");
            put(c, "event-title", one(r, "T2"));
        }
        put(c, "container-title", full);
        if (meeting) put(c, "event-place", one(r, "C1"));
        String abbr = one(r, "J2", "JA");
        if (abbr == null && r.containsKey("JO") && (r.containsKey("JF") || r.containsKey("T2"))) abbr = one(r, "JO");
        if (abbr != null && !abbr.equals(full)) put(c, "container-title-short", abbr);
        put(c, "volume", one(r, "VL"));
        put(c, "issue", one(r, "IS"));
        String sp = one(r, "SP");
        String ep = one(r, "EP");
        boolean wholeWork = List.of("book", "thesis", "report").contains(c.get("type"));
        if (sp != null && ep == null && wholeWork && sp.strip().matches("\\d+")) put(c, "number-of-pages", sp);   // Zotero's numPages
        else if (sp != null) put(c, "page", ep == null || sp.contains("-") ? sp : sp + "-" + ep);
        if ("article-journal".equals(c.get("type")) || meeting || "standard".equals(c.get("type"))) {
            put(c, "number", one(r, "M1"));   // an article's or abstract's number, a standard's designation
        }
        put(c, "DOI", one(r, "DO"));
        String an = one(r, "AN");
        if (an != null && an.matches("(?i)(PMID:?\\s*)?\\d{1,9}")) put(c, "PMID", an.replaceAll("\\D", ""));
        put(c, "URL", one(r, "UR"));
        put(c, "publisher", one(r, "PB"));
        put(c, "publisher-place", one(r, "CY"));
        String la = one(r, "LA");
        if (la != null) c.put("language", language(la));
        String year = one(r, "PY", "Y1", "DA");
        Integer y = null;
        if (year != null) {
            Matcher ym = Pattern.compile("\\d{4}").matcher(year);
            if (ym.find()) {
                y = Integer.parseInt(ym.group());
                c.put("issued", Map.of("date-parts", List.of(List.of(y))));
            }
        }
        String m3 = one(r, "M3");
        if (m3 != null && "article-journal".equals(c.get("type")) && AHEAD_OF_PRINT.matcher(m3.strip()).matches()) put(c, "status", m3.strip());
        else put(c, "genre", m3);
        put(c, "edition", one(r, "ET"));
        String y2 = one(r, "Y2");
        if (y2 != null) {
            Matcher dm = Pattern.compile("(\\d{4})[/-](\\d{1,2})[/-](\\d{1,2})").matcher(y2);
            if (dm.find()) c.put("accessed", Map.of("date-parts", List.of(List.of(Integer.parseInt(dm.group(1)),
                    Integer.parseInt(dm.group(2)), Integer.parseInt(dm.group(3))))));
        }
        for (String note : all(r, "N1", "M2")) {
            // CSL variables that RIS has no tag for, one "name: value" a line as Zotero keeps them in Extra
            Matcher nv = Pattern.compile("(?m)^\\s*event-date:\\s*(\\S.*?)\\s*$").matcher(note);
            if (nv.find() && IsoDate.csl(nv.group(1)) != null) c.put("event-date", IsoDate.csl(nv.group(1)));
        }
        Map<String, Object> custom = new LinkedHashMap<>();
        String tt = one(r, "TT");
        if (tt != null) custom.put("title-en", tt);
        if (truncated) custom.put("authors-truncated", true);
        if (!custom.isEmpty()) c.put("custom", custom);
        String id = one(r, "ID");
        if (id == null) {
            String base = authors.isEmpty() ? "ref" : String.valueOf(((Map<?, ?>) authors.get(0)).get("family"));
            // an ASCII key, as citation keys are typed: "Иванов" → "ivanov2019"
            base = Transliteration.of("bgn").latin(base).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "") + (y == null ? "" : y);
            if (base.isEmpty()) base = "ref";
            int n = autoKeys.merge(base, 1, Integer::sum);
            id = n == 1 ? base : base + (char) ('a' + n - 2);
        }
        c.put("id", id);
        return new Reference(id, c, pos);
    }

    private static String language(String la) {
        String l = la.strip().toLowerCase(Locale.ROOT);
        if (l.startsWith("ru") || l.equals("русский")) return "ru";
        if (l.startsWith("en") || l.equals("eng")) return "en";
        return l;
    }

    /**
     * "Berthold, Frank" / "Berthold, F." / "Berthold F" → CSL names; "World Health Organization" (no comma, no initials)
     * → a literal name, printed as written.
     */
    private static List<Object> names(List<String> values) {
        List<Object> out = new ArrayList<>();
        for (String v : values) {
            if (v.isBlank()) continue;
            Map<String, Object> n = new LinkedHashMap<>();
            int comma = v.indexOf(',');
            if (comma >= 0) {
                n.put("family", v.substring(0, comma).strip());
                String[] rest = v.substring(comma + 1).split(",");
                if (!rest[0].isBlank()) n.put("given", rest[0].strip());
                if (rest.length > 1 && !rest[1].isBlank()) n.put("suffix", rest[1].strip());
            } else {
                String[] w = v.strip().split("\\s+", 2);
                if (w.length > 1 && !INITIALS.matcher(w[1]).matches()) {
                    // no comma, and no initials after the first word: one name as written, a corporate author
                    // ("World Health Organization", "Российское общество детских онкологов") or a full Russian name
                    n.put("literal", v.strip());
                } else {
                    n.put("family", w[0]);
                    if (w.length > 1) n.put("given", w[1]);
                }
            }
            out.add(n);
        }
        return out;
    }

    private static List<String> all(Map<String, List<String>> r, String... tags) {
        List<String> out = new ArrayList<>();
        for (String t : tags) out.addAll(r.getOrDefault(t, List.of()));
        return out;
    }

    private static String one(Map<String, List<String>> r, String... tags) {
        for (String t : tags) {
            for (String v : r.getOrDefault(t, List.of())) {
                if (!v.isBlank()) return v;
            }
        }
        return null;
    }

    private static void put(Map<String, Object> c, String key, String value) {
        if (value != null && !value.isBlank()) c.put(key, value);
    }

    private static String abbreviate(String s) {
        return s.length() > 40 ? s.substring(0, 40) + "…" : s;
    }
}
