package org.casereport.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casereport.model.Reference;

/**
 * Turns a reference's CSL-JSON record into the {@link CSLItemData} citeproc-java formats: the record as it is,
 * with what the style asks and citeproc-java does not do (see {@link CslStyle}) done beforehand, and for a
 * Russian-language source its two versions — the original (Cyrillic names shortened to initials) and the Latin-script
 * one (names transliterated, English title, "transliterated journal = English journal", the "(In Russ.)" note).
 */
final class ItemPreparer {
    private final CslStyle style;
    private final Transliteration tr;
    private final String inRussian;

    ItemPreparer(CslStyle style, Transliteration tr, String inRussian) {
        this.style = style;
        this.tr = tr;
        this.inRussian = inRussian;
    }

    static boolean isRussian(Reference r) {
        String l = r.language().trim().toLowerCase(Locale.ROOT);
        return l.equals("ru") || l.startsWith("ru-") || l.startsWith("ru_") || l.equals("rus") || l.equals("russian");
    }

    static String englishTitle(Reference r) {
        return custom(r, "title-en");
    }

    static String custom(Reference r, String key) {
        Object c = r.csl().get("custom");
        if (c instanceof Map<?, ?> m) {
            Object v = m.get(key);
            if (v != null && !v.toString().isBlank()) return v.toString().strip();
        }
        return null;
    }

    /** A Latin-script source. */
    CSLItemData plain(Reference r, String key, int number) {
        Map<String, Object> m = base(r, key, number);
        m.put("author", names(r.csl().get("author"), false));
        if (r.csl().containsKey("editor")) m.put("editor", names(r.csl().get("editor"), false));
        return CSLItemData.fromJson(m);
    }

    /** A Russian source as published, in Cyrillic. */
    CSLItemData original(Reference r, String key, int number) {
        Map<String, Object> m = base(r, key, number);
        m.put("author", truncated(r, names(r.csl().get("author"), false), CslStyle.Locales.etAl(true)));
        if (r.csl().containsKey("editor")) m.put("editor", names(r.csl().get("editor"), false));
        return CSLItemData.fromJson(m);
    }

    /** A Russian source's Latin-script version. */
    CSLItemData latin(Reference r, String key, int number) {
        Map<String, Object> m = base(r, key, number);
        m.put("author", truncated(r, names(r.csl().get("author"), true), CslStyle.Locales.etAl(false)));
        if (r.csl().containsKey("editor")) m.put("editor", names(r.csl().get("editor"), true));
        String titleEn = protect(englishTitle(r));
        Object title = r.csl().get("title");
        m.put("title", titleEn != null ? titleEn : title == null ? null : protect(tr.latin(title.toString())));
        String journalEn = protect(custom(r, "container-title-en"));
        Object journal = r.csl().get("container-title");
        String journalLatin = protect(custom(r, "container-title-translit"));   // as the journal itself spells it, when given
        if (journalLatin == null) journalLatin = journal == null ? null : protect(tr.latin(journal.toString()));
        String shown;
        if (journalLatin != null && journalEn != null && !journalLatin.equals(journalEn)) shown = journalLatin + " = " + journalEn;
        else shown = journalLatin != null ? journalLatin : journalEn;
        if (shown != null) {
            m.put("container-title", shown);
            m.put("container-title-short", shown);
        }
        for (String k : List.of("publisher", "publisher-place", "collection-title", "event", "event-place")) {
            Object v = m.get(k);
            if (v != null) m.put(k, protect(tr.latin(v.toString())));
        }
        if (inRussian != null && !inRussian.isBlank() && style.printsNote) m.put("note", inRussian);
        m.values().removeIf(v -> v == null);
        return CSLItemData.fromJson(m);
    }

    private Map<String, Object> base(Reference r, String key, int number) {
        Map<String, Object> m = new LinkedHashMap<>(r.csl());
        m.remove("custom");
        m.remove("note");   // Zotero keeps "PMID: …" and other notes here; the style prints note only for "(In Russ.)"
        m.remove("citation-number");
        m.put("id", key);
        if (!m.containsKey("type")) m.put("type", "article-journal");
        if ("article-journal".equals(m.get("type")) && blank(m.get("page")) && !blank(m.get("number"))) {
            m.put("page", m.get("number"));   // an electronic article number stands where the pages go
        }
        if (style.stripJournalPeriods) {
            Object s = m.get("container-title-short");
            if (s != null) m.put("container-title-short", s.toString().replace(".", ""));
        }
        return m;
    }

    /** Names as citeproc-java takes them; Cyrillic ones written out here ("Иванов И.И."), since it cannot shorten them. */
    private List<Object> names(Object list, boolean toLatin) {
        List<Object> out = new ArrayList<>();
        if (!(list instanceof List<?> l)) return out;
        for (Object o : l) {
            if (!(o instanceof Map<?, ?> n)) continue;
            Map<String, Object> name = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : n.entrySet()) name.put(e.getKey().toString(), e.getValue());
            String family = str(name.get("family"));
            String given = str(name.get("given"));
            String literal = str(name.get("literal"));
            if (family == null && literal != null && Transliteration.hasCyrillic(literal)) {
                // "Иванов Иван Иванович" written as one string: surname first
                String[] parts = literal.strip().split("\\s+", 2);
                family = parts[0];
                given = parts.length > 1 ? parts[1] : null;
                literal = null;
            }
            if (family != null && (Transliteration.hasCyrillic(family) || Transliteration.hasCyrillic(given))) {
                String particle = str(name.get("non-dropping-particle"));
                String fam = particle == null ? family : particle + " " + family;
                List<String> initials = initials(given);
                StringBuilder sb = new StringBuilder(toLatin ? protect(tr.latin(fam)) : fam);
                if (!initials.isEmpty()) {
                    sb.append(style.sortSeparator);
                    StringBuilder ini = new StringBuilder();
                    for (String i : initials) {
                        ini.append(toLatin ? tr.initial(i) : i).append(style.initializeWith);
                    }
                    sb.append(ini.toString().strip());
                }
                Map<String, Object> lit = new LinkedHashMap<>();
                lit.put("literal", sb.toString());
                out.add(lit);
                continue;
            }
            if (literal != null && toLatin) {
                name.put("literal", tr.latin(literal));
            }
            if (given != null && !style.hyphenatedInitials) {
                name.put("given", given.replaceAll("(?<=\\p{L})-(?=\\p{L})", " "));
            }
            out.add(name);
        }
        return out;
    }

    /**
     * {@code custom.authors-truncated: true} — the source printed only the first authors: the list ends with
     * " и др." / " et al." after the last one (no comma), the term of the entry's language from the CSL locales.
     */
    private static List<Object> truncated(Reference r, List<Object> names, String etAl) {
        Object c = r.csl().get("custom");
        if (!(c instanceof Map<?, ?> m) || !"true".equalsIgnoreCase(String.valueOf(m.get("authors-truncated"))) || names.isEmpty()) {
            return names;
        }
        Object last = names.get(names.size() - 1);
        if (last instanceof Map<?, ?> n && n.get("literal") != null) {
            Map<String, Object> lit = new LinkedHashMap<>();
            lit.put("literal", n.get("literal") + " " + etAl);
            names.set(names.size() - 1, lit);
        }
        return names;
    }

    /**
     * Transliteration writes ь and ъ as the ASCII ' and " (BSI), and the Latin part of a Russian source keeps the words
     * as the source printed them; citeproc-java would turn ' and " into typographic quotes, so in the Latin version they
     * pass through it as modifier letters and come back in {@link #unprotect}.
     */
    static String protect(String s) {
        return s == null ? null : s.replace('\'', '\u02BC').replace('"', '\u02EE');
    }

    static String unprotect(String s) {
        return s == null ? null : s.replace('\u02BC', '\'').replace('\u02EE', '"');
    }

    /** The initials of a given name: "Иван Иванович" → [И, И]; "Е.В." → [Е, В]; "Анна-Мария" → [А, М]. */
    static List<String> initials(String given) {
        List<String> out = new ArrayList<>();
        if (given == null) return out;
        for (String part : given.split("[\\s.\\-‐–]+")) {
            if (part.isEmpty()) continue;
            int cp = part.codePointAt(0);
            if (!Character.isLetter(cp)) continue;
            out.add(new String(Character.toChars(Character.toUpperCase(cp))));
        }
        return out;
    }

    private static boolean blank(Object o) {
        return o == null || o.toString().isBlank();
    }

    private static String str(Object o) {
        if (o == null) return null;
        String s = o.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
