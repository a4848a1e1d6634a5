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
    private final boolean transliteratedTitle;
    private final String publisherSuffix;

    ItemPreparer(CslStyle style, Transliteration tr, String inRussian) {
        this(style, tr, inRussian, false, "");
    }

    /**
     * @param transliteratedTitle the Latin version's title is "transliterated [English]" (GOST References), else English
     * @param publisherSuffix     after a transliterated publisher's name in the Latin version (" Publ.")
     */
    ItemPreparer(CslStyle style, Transliteration tr, String inRussian, boolean transliteratedTitle, String publisherSuffix) {
        this.style = style;
        this.tr = tr;
        this.inRussian = inRussian;
        this.transliteratedTitle = transliteratedTitle;
        this.publisherSuffix = publisherSuffix == null ? "" : publisherSuffix;
    }

    /**
     * A numbered edition written out: "2-е изд." / "2nd ed.". citeproc-java 3.5.2 prints an ordinal number as the bare
     * number ("2 изд."), so the styles get the finished text.
     */
    private static void edition(Map<String, Object> m, boolean russian) {
        Object e = m.get("edition");
        if (e == null || !e.toString().strip().matches("\\d{1,3}")) return;
        int n = Integer.parseInt(e.toString().strip());
        if (russian) {
            m.put("edition", n + "-е изд.");
        } else {
            String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th" : switch (n % 10) {
                case 1 -> "st";
                case 2 -> "nd";
                case 3 -> "rd";
                default -> "th";
            };
            m.put("edition", n + suffix + " ed.");
        }
    }

    /** custom.&lt;key&gt; as a list (custom.authors-latin), or null. */
    static List<?> customList(Reference r, String key) {
        Object c = r.csl().get("custom");
        if (c instanceof Map<?, ?> m && m.get(key) instanceof List<?> l && !l.isEmpty()) return l;
        return null;
    }

    static boolean isRussian(Reference r) {
        String l = r.language().trim().toLowerCase(Locale.ROOT);
        return l.equals("ru") || l.startsWith("ru-") || l.startsWith("ru_") || l.equals("rus") || l.equals("russian");
    }

    /**
     * A Russian-language source that the record gives only in Latin script or in English (no Cyrillic in its authors,
     * title or container): printed once, as given, with "(In Russ.)".
     */
    static boolean russianInLatinOnly(Reference r) {
        if (!isRussian(r)) return false;
        for (String k : List.of("title", "container-title", "container-title-short", "publisher", "author", "editor")) {
            if (Transliteration.hasCyrillic(String.valueOf(r.csl().get(k)))) return false;
        }
        return true;
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

    /** A Latin-script source (also a Russian one known only in Latin script, which then gets the "(In Russ.)" note). */
    CSLItemData plain(Reference r, String key, int number) {
        Map<String, Object> m = base(r, key, number);
        edition(m, false);
        putNames(m, "author", withGroup(r, truncated(r, names(r.csl().get("author"), false, null), CslStyle.Locales.etAl(false)), false));
        if (r.csl().containsKey("editor")) m.put("editor", names(r.csl().get("editor"), false, null));
        if (russianInLatinOnly(r)) {
            // already transliterated by the source: its apostrophes (ь) stay ASCII, as for our own transliteration
            for (String k : List.of("title", "container-title", "container-title-short", "publisher", "genre", "publisher-place")) {
                if (m.get(k) != null) m.put(k, protect(m.get(k).toString()));
            }
            for (String k : List.of("author", "editor")) {
                if (m.get(k) instanceof List<?> names) {
                    List<Object> out = new ArrayList<>();
                    for (Object n : names) {
                        if (n instanceof Map<?, ?> nm) {
                            Map<String, Object> c = new LinkedHashMap<>();
                            nm.forEach((a, b) -> c.put(a.toString(), b instanceof String str ? protect(str) : b));
                            out.add(c);
                        } else {
                            out.add(n);
                        }
                    }
                    m.put(k, out);
                }
            }
            if (inRussian != null && !inRussian.isBlank() && style.printsNote) m.put("note", inRussian);
        }
        return CSLItemData.fromJson(m);
    }

    /** A Russian source as published, in Cyrillic. */
    CSLItemData original(Reference r, String key, int number) {
        Map<String, Object> m = base(r, key, number);
        edition(m, true);
        putNames(m, "author", withGroup(r, truncated(r, names(r.csl().get("author"), false, null), CslStyle.Locales.etAl(true)), false));
        if (r.csl().containsKey("editor")) {
            m.put("editor", style.editorsInGenitive ? genitiveEditors(r, null) : names(r.csl().get("editor"), false, null));
        }
        return CSLItemData.fromJson(m);
    }

    /**
     * "под ред. С. А. Фомичева": each Cyrillic editor in direct order, the surname in the genitive — the record's own
     * ({@code custom.editors-genitive}, a list parallel to {@code editor}) or the one its ending decides
     * ({@link RussianGenitive}); where neither, the nominative, and the surname goes to {@code unknown}.
     */
    List<Object> genitiveEditors(Reference r, List<String> unknown) {
        List<Object> out = names(r.csl().get("editor"), false, null);
        if (!(r.csl().get("editor") instanceof List<?> l)) return out;
        List<?> own = customList(r, "editors-genitive");
        List<Object> direct = new ArrayList<>();
        int i = -1;
        for (Object o : l) {
            i++;
            String family = o instanceof Map<?, ?> n ? str(n.get("family")) : null;
            String given = o instanceof Map<?, ?> n ? str(n.get("given")) : null;
            if (family == null || !Transliteration.hasCyrillic(family) || i >= out.size()) {
                if (i < out.size()) direct.add(out.get(i));
                continue;
            }
            String gen = own != null && i < own.size() && own.get(i) instanceof String g && !g.isBlank() ? g.strip() : RussianGenitive.surname(family);
            if (gen == null) {
                if (unknown != null) unknown.add(family);
                gen = family;
            }
            StringBuilder ini = new StringBuilder();
            for (String x : initials(given)) ini.append(x).append(style.initializeWith);
            String particle = o instanceof Map<?, ?> n ? str(n.get("non-dropping-particle")) : null;
            String name = (ini.toString().strip() + " " + (particle == null ? "" : particle + " ") + gen).strip();
            Map<String, Object> lit = new LinkedHashMap<>();
            lit.put("literal", name);
            direct.add(lit);
        }
        return direct;
    }

    /** A Russian source's Latin-script version. */
    CSLItemData latin(Reference r, String key, int number) {
        Map<String, Object> m = base(r, key, number);
        edition(m, false);
        if (custom(r, "edition-en") != null) m.put("edition", protect(custom(r, "edition-en")));
        else if (m.get("edition") != null && Transliteration.hasCyrillic(m.get("edition").toString())) m.put("edition", protect(tr.latin(m.get("edition").toString())));
        putNames(m, "author", withGroup(r, truncated(r, names(r.csl().get("author"), true, customList(r, "authors-latin")), CslStyle.Locales.etAl(false)), true));
        if (r.csl().containsKey("editor")) m.put("editor", names(r.csl().get("editor"), true, customList(r, "editors-latin")));
        String titleEn = protect(englishTitle(r));
        Object title = r.csl().get("title");
        String titleTr = title == null ? null : protect(tr.latin(title.toString()));
        if (transliteratedTitle && titleTr != null && titleEn != null && !titleTr.equals(titleEn)) {
            m.put("title", titleTr + " [" + titleEn + "]");   // "Transliterated title [English title]" (GOST References)
        } else {
            m.put("title", titleEn != null ? titleEn : titleTr);
        }
        String designation = standardDesignation(r);
        if (designation != null) {
            String latinDesignation = protect(tr.latin(designation));
            m.put("title", m.get("title") == null ? latinDesignation : latinDesignation + ". " + m.get("title"));
        }
        String journalEn = protect(custom(r, "container-title-en"));
        Object journal = r.csl().get("container-title");
        String journalLatin = protect(custom(r, "container-title-translit"));   // as the journal itself spells it, when given
        if (journalLatin == null) journalLatin = journal == null ? null : protect(tr.latin(journal.toString()));
        String shown;
        if (journalLatin != null && journalEn != null && !journalLatin.equals(journalEn)) shown = journalLatin + " = " + journalEn;
        else shown = journalLatin != null ? journalLatin : journalEn;
        if (shown != null && "article-journal".equals(m.getOrDefault("type", "article-journal"))) {
            m.put("container-title", shown);
            m.put("container-title-short", shown);
        }
        if (!"article-journal".equals(m.get("type"))) {
            // a book's or a proceedings' title: "transliterated = English" is for journals only
            Object c = r.csl().get("container-title");
            String en = custom(r, "container-title-en");
            if (c != null) m.put("container-title", protect(en != null ? en : tr.latin(c.toString())));
            m.remove("container-title-short");
        }
        String place = custom(r, "publisher-place-en");
        Object p = r.csl().get("publisher-place");
        if (place != null || p != null) m.put("publisher-place", protect(statePlace(place != null ? place : Places.english(p.toString(), tr))));
        String publisher = custom(r, "publisher-en");
        Object pub = r.csl().get("publisher");
        if (publisher != null || pub != null) m.put("publisher", protect(publisher != null ? publisher : tr.latin(pub.toString()) + publisherSuffix));
        String genre = custom(r, "genre-en");
        Object g = r.csl().get("genre");
        if (genre != null || g != null) m.put("genre", protect(genre != null ? genre : Genres.english(g.toString(), tr)));
        for (String k : List.of("collection-title", "event", "event-title", "event-place", "authority", "medium", "status")) {
            Object v = m.get(k);
            if (v != null) m.put(k, protect(tr.latin(v.toString())));
        }
        if (inRussian != null && !inRussian.isBlank() && style.printsNote) m.put("note", inRussian);
        m.values().removeIf(v -> v == null);
        return CSLItemData.fromJson(m);
    }

    /** A standard's designation ("ГОСТ Р 7.0.100–2018", "ISO 690:2021"), its {@code number}; else null. */
    static String standardDesignation(Reference r) {
        return "standard".equals(r.csl().get("type")) && !blank(r.csl().get("number")) ? str(r.csl().get("number")).strip() : null;
    }

    /** The place as the style writes a state after the city ("Bethesda (MD)" for Citing Medicine), else as given. */
    private String statePlace(String place) {
        return style.stateInParentheses ? Places.citingMedicine(place) : place;
    }

    private Map<String, Object> base(Reference r, String key, int number) {
        Map<String, Object> m = new LinkedHashMap<>(r.csl());
        m.remove("custom");
        m.remove("note");   // Zotero keeps "PMID: …" and other notes here; the style prints note only for "(In Russ.)"
        m.remove("citation-number");
        m.put("id", key);
        if (!m.containsKey("type")) m.put("type", "article-journal");
        if ("article-journal".equals(m.get("type")) && blank(m.get("page")) && !blank(m.get("number"))) {
            m.put("page", m.get("number"));   // an electronic article number stands where the pages go,
            m.remove("number");               // and only there (GOST prints "number" after the title too)
        }
        Object issue = m.get("issue");
        if (style.issueInParentheses && blank(m.get("volume")) && issue != null && issue.toString().strip().matches("\\d+\\s*\\(\\d+\\)")) {
            // a journal without volumes numbers its issues within the year and in total: "2019;5(12):10–15"
            m.put("volume", issue.toString().strip().replaceAll("\\s+", ""));
            m.remove("issue");
        }
        issue = m.get("issue");
        if (style.issueInParentheses && !blank(m.get("volume")) && issue != null && NUMBERED_SUPPLEMENT.matcher(issue.toString().strip()).matches()) {
            // a numbered issue's supplement or part stays in the issue's parentheses: "1996;23(1 Suppl 2):89–97",
            // "2015;33(15 Suppl):7000" (a style that prints a non-numeric issue after a space, as "6 Suppl 1", would give "23 1 Suppl 2")
            m.put("volume", m.get("volume").toString().strip() + "(" + issue.toString().strip() + ")");
            m.remove("issue");
        }
        String designation = standardDesignation(r);
        if (designation != null) {
            // a standard is headed by its designation, "ГОСТ Р 7.0.100–2018. Библиографическая запись…" (GOST 7.1,
            // Citing Medicine ch. 13); the styles have no place for it, and citeproc-java 3.5.2 prints only the digits of
            // a non-numeric number ("7.0.100–2018" of "ГОСТ Р 7.0.100–2018")
            m.put("title", designation + (blank(m.get("title")) ? "" : ". " + m.get("title")));
            m.remove("number");
        }
        if (blank(m.get("event")) && !blank(m.get("event-title"))) {
            m.put("event", m.get("event-title"));   // CSL 1.0.2's name of the meeting; citeproc-java 3.5.2 renders only 1.0.1's "event"
        }
        Object place = m.get("publisher-place");
        if (place != null) m.put("publisher-place", statePlace(place.toString()));
        if (style.stripJournalPeriods) {
            Object s = m.get("container-title-short");
            if (s != null) m.put("container-title-short", s.toString().replace(".", ""));
        }
        return m;
    }

    /**
     * Names as citeproc-java takes them. Written out here as finished names ("Иванов И.И.", "Ivanov T.Yu.", the
     * style's {@code initialize-with} and {@code sort-separator}), since citeproc-java cannot shorten them right:
     * Cyrillic names (it initializes only Latin ones), given names written as initials ("GM", "G.M.", "TYu", "Yu.A.":
     * it keeps one letter of "GM" and of "Yu"), and, in a Latin version, the author's own Latin spelling
     * ({@code custom.authors-latin}, parallel to {@code author}). Other Latin names go to citeproc-java as they are.
     */
    private List<Object> names(Object list, boolean toLatin, List<?> ownLatin) {
        List<Object> out = new ArrayList<>();
        if (!(list instanceof List<?> l)) return out;
        int index = -1;
        for (Object o : l) {
            index++;
            if (!(o instanceof Map<?, ?> n)) continue;
            Map<String, Object> name = new LinkedHashMap<>();
            for (Map.Entry<?, ?> e : n.entrySet()) name.put(e.getKey().toString(), e.getValue());
            if (toLatin && ownLatin != null && index < ownLatin.size() && ownLatin.get(index) instanceof Map<?, ?> own) {
                String fam = str(own.get("family"));
                String lit = str(own.get("literal"));
                if (fam != null) {
                    out.add(literal(protect(fam), latinInitials(str(own.get("given")))));
                    continue;
                }
                if (lit != null) {
                    out.add(Map.of("literal", protect(lit)));
                    continue;
                }
            }
            String family = str(name.get("family"));
            String given = str(name.get("given"));
            String literal = str(name.get("literal"));
            if (family == null && literal != null && Transliteration.hasCyrillic(literal) && !institution(name, literal)) {
                // "Иванов Иван Иванович" written as one string: surname first
                String[] parts = literal.strip().split("\\s+", 2);
                family = parts[0];
                given = parts.length > 1 ? parts[1] : null;
                literal = null;
            }
            String particle = str(name.get("non-dropping-particle"));
            String fam = family == null ? null : particle == null ? family : particle + " " + family;
            if (family != null && (Transliteration.hasCyrillic(family) || Transliteration.hasCyrillic(given))) {
                List<String> initials = new ArrayList<>();
                for (String i : initials(given)) initials.add(toLatin ? tr.initial(i) : i);
                out.add(literal(toLatin ? protect(tr.latin(fam)) : fam, initials));
                continue;
            }
            if (family != null && given != null && writtenAsInitials(given)) {
                out.add(literal(fam, style.hyphenatedInitials ? hyphenatedInitials(given) : latinInitials(given)));
                continue;
            }
            if (literal != null) {
                name.put("literal", toLatin ? protect(tr.latin(literal)) : literal);
            }
            if (given != null && !style.hyphenatedInitials && given.indexOf('-') >= 0) {
                name.put("given", given.replaceAll("(?<=\\p{L})-(?=\\p{L})", " "));
            }
            out.add(name);
        }
        return out;
    }

    private static final java.util.regex.Pattern PATRONYMIC = java.util.regex.Pattern.compile("(?iu).+(вич|вна|ична|инична|ич|оглы|кызы)");
    private static final java.util.regex.Pattern CYRILLIC_INITIALS = java.util.regex.Pattern.compile("(?:\\p{Lu}\\p{Ll}?\\.\\s*)+|\\p{Lu}{1,3}");

    /**
     * A corporate author written as one string ("Всемирная организация здравоохранения", "Минздрав России",
     * "Всемирная Организация Здравоохранения"), not a person: a person is written "Иванов Иван Иванович" (a patronymic
     * last) or "Иванов И.И." (initials after the surname); anything else is printed as written.
     */
    private static boolean institution(Map<String, Object> name, String literal) {
        if (Boolean.TRUE.equals(name.get("isInstitution")) || "true".equals(String.valueOf(name.get("is-institution")))) return true;
        String[] w = literal.strip().split("\\s+");
        if (w.length > 3 || w.length < 2) return true;
        for (String x : w) if (!Character.isUpperCase(x.codePointAt(0))) return true;
        String rest = String.join(" ", java.util.Arrays.copyOfRange(w, 1, w.length));
        if (CYRILLIC_INITIALS.matcher(rest).matches()) return false;
        return !(w.length == 3 && PATRONYMIC.matcher(w[2]).matches());
    }

    /** "Family I.I." with the style's sort separator and initials form. */
    private Map<String, Object> literal(String family, List<String> initials) {
        StringBuilder sb = new StringBuilder(family);
        if (!initials.isEmpty()) {
            sb.append(style.sortSeparator);
            StringBuilder ini = new StringBuilder();
            for (String i : initials) {
                if (i.startsWith("-")) {
                    // the second initial of a hyphenated name ("J.-B."), joined to the one before without a space
                    int n = ini.length();
                    while (n > 0 && ini.charAt(n - 1) == ' ') n--;
                    ini.setLength(n);
                }
                ini.append(i).append(style.initializeWith);
            }
            sb.append(ini.toString().strip());
        }
        Map<String, Object> lit = new LinkedHashMap<>();
        lit.put("literal", sb.toString());
        return lit;
    }

    private static final java.util.regex.Pattern SEPARATORS = java.util.regex.Pattern.compile("[\\s.\\-‐–]+");
    private static final java.util.regex.Pattern INITIALS_ONLY = java.util.regex.Pattern.compile(
            "(?:\\p{Lu}(?:hch|h|u|a|e|o|s|z)?\\.?[\\s\\-]*)+");
    private static final java.util.regex.Pattern CAPITAL_BOUNDARY = java.util.regex.Pattern.compile("(?<=\\p{Ll}|\\p{Lu})(?=\\p{Lu})");
    private static final java.util.regex.Pattern LATIN_DIGRAPH = java.util.regex.Pattern.compile("^(Shch|Yu|Ya|Ye|Yo|Zh|Kh|Ts|Ch|Sh|Iu|Ia)");

    /** "GM", "G.M.", "G. M.", "TYu", "Yu.A.", "Kh." — a given name written as initials (not "Yu", a name). */
    static boolean writtenAsInitials(String given) {
        String g = given.strip();
        if (!INITIALS_ONLY.matcher(g).matches()) return false;
        long upper = g.codePoints().filter(Character::isUpperCase).count();
        return g.contains(".") || upper >= 2;
    }

    /**
     * The initials of a Latin-script given name, Russian digraphs kept: "TYu" → [T, Yu]; "Yu.A." → [Yu, A];
     * "G. M." → [G, M]; "Yury Aleksandrovich" → [Yu, A]; "Zhanna" → [Zh]; "Ju.P." (Ю in the older
     * transliteration some journals print) → [Ju, P].
     */
    static List<String> latinInitials(String given) {
        List<String> out = new ArrayList<>();
        if (given == null) return out;
        String spaced = CAPITAL_BOUNDARY.matcher(given).replaceAll(" ");   // "TYu" → "T Yu", "GM" → "G M"
        for (String part : SEPARATORS.split(spaced)) {
            if (part.isEmpty() || !Character.isLetter(part.codePointAt(0))) continue;
            java.util.regex.Matcher d = LATIN_DIGRAPH.matcher(part);
            if (part.equals("Ju") || part.equals("Ja")) out.add(part);   // an initial, not "Juan", "Jane"
            else if (d.find()) out.add(d.group(1));
            else out.add(new String(Character.toChars(Character.toUpperCase(part.codePointAt(0)))));
        }
        return out;
    }

    /**
     * The initials of a hyphenated given name written as initials, its hyphen kept where the style keeps it
     * (initialize-with-hyphen, CSL's default): "J.-B." → [J, -B] ("Bouillon-Minoisa J.-B.", as GOST prints Jean-Baptiste),
     * "Y.-W." → [Y, -W]; "G.M." → [G, M].
     */
    static List<String> hyphenatedInitials(String given) {
        List<String> out = new ArrayList<>();
        String[] parts = HYPHEN_BETWEEN_INITIALS.split(given.strip());
        for (int k = 0; k < parts.length; k++) {
            List<String> ini = latinInitials(parts[k]);
            for (int j = 0; j < ini.size(); j++) out.add(k > 0 && j == 0 ? "-" + ini.get(j) : ini.get(j));
        }
        return out;
    }

    /** An issue number with its supplement or part: "1 Suppl 2", "15 Suppl", "7 Suppl. 1", "986 Pt 1". */
    private static final java.util.regex.Pattern NUMBERED_SUPPLEMENT = java.util.regex.Pattern.compile("\\d+[A-Za-z]?\\s+(?:Suppl\\.?|Pt)(?:\\s*\\d+)?");

    private static final java.util.regex.Pattern HYPHEN_BETWEEN_INITIALS = java.util.regex.Pattern.compile("(?<=[\\p{L}.])\\s*[-‐]\\s*(?=\\p{Lu})");

    /**
     * {@code custom.authors-truncated: true} — the source printed only the first authors: the list ends with
     * " и др." / " et al." after the last one (after a comma where the style's delimiter-precedes-et-al asks for it),
     * the term of the entry's language from the CSL locales.
     */
    private List<Object> truncated(Reference r, List<Object> names, String etAl) {
        if (!authorsTruncated(r) || names.isEmpty()) return names;
        String text = asWritten(names.get(names.size() - 1));
        if (text == null) return names;
        Map<String, Object> lit = new LinkedHashMap<>();
        lit.put("literal", text + (commaBeforeEtAl(names.size()) ? ", " : " ") + etAl);
        names.set(names.size() - 1, lit);
        return names;
    }

    /**
     * {@code custom.group-author}: a group the source names after its persons (and after their "et al."), as
     * Citing Medicine writes it: "Sabatine MS, Giugliano RP, Keech AC, et al.; FOURIER Steering Committee and
     * Investigators". CSL has no place for it (a group in {@code author} would stand before "et al."), so it is
     * joined to the last printed name with "; ". The Latin version takes {@code custom.group-author-en}, else the
     * group transliterated.
     */
    private List<Object> withGroup(Reference r, List<Object> names, boolean latin) {
        String group = custom(r, "group-author");
        if (group == null || group.isBlank() || names.isEmpty()) return names;
        group = group.strip();
        if (latin) {
            String en = custom(r, "group-author-en");
            group = en != null && !en.isBlank() ? en.strip() : Transliteration.hasCyrillic(group) ? tr.latin(group) : group;
        }
        String text = asWritten(names.get(names.size() - 1));
        if (text == null) return names;
        Map<String, Object> lit = new LinkedHashMap<>();
        lit.put("literal", protect(text + "; " + group));
        names.set(names.size() - 1, lit);
        return names;
    }

    /** A prepared name as the style prints it ("Keech A.C."), for joining text to it; null for a name of no known form. */
    private String asWritten(Object name) {
        if (name instanceof Map<?, ?> n && n.get("literal") != null) return n.get("literal").toString();
        if (name instanceof Map<?, ?> n && n.get("family") != null) {
            String family = str(n.get("family"));
            String particle = str(n.get("non-dropping-particle"));
            Object given = n.get("given");
            return literal(particle == null ? family : particle + " " + family, latinInitials(given == null ? null : given.toString()))
                    .get("literal").toString();
        }
        return null;
    }

    /**
     * Whether the style puts its name delimiter before "et al." (CSL delimiter-precedes-et-al): NLM's default
     * (contextual: with two or more names) gives "Keech AC, et al."; the house and GOST styles say never.
     */
    private boolean commaBeforeEtAl(int shown) {
        return switch (style.delimiterPrecedesEtAl) {
            case "always", "after-inverted-name" -> true;   // every shipped style inverts its names
            case "never" -> false;
            default -> shown >= 2;
        };
    }

    /** Names under key, or no key at all when there are none (an empty list would satisfy a style's variable test). */
    private static void putNames(Map<String, Object> m, String key, List<Object> names) {
        if (names.isEmpty()) m.remove(key);
        else m.put(key, names);
    }

    static boolean authorsTruncated(Reference r) {
        Object c = r.csl().get("custom");
        return c instanceof Map<?, ?> m && "true".equalsIgnoreCase(String.valueOf(m.get("authors-truncated")));
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

    /** The initials of a given name: "Иван Иванович" → [И, И]; "Е.В." → [Е, В]; "ГМ" → [Г, М]; "Анна-Мария" → [А, М]. */
    static List<String> initials(String given) {
        List<String> out = new ArrayList<>();
        if (given == null) return out;
        for (String part : SEPARATORS.split(given)) {
            if (part.isEmpty()) continue;
            int cp = part.codePointAt(0);
            if (!Character.isLetter(cp)) continue;
            if (part.length() <= 3 && part.codePoints().allMatch(Character::isUpperCase)) {
                part.codePoints().forEach(x -> out.add(new String(Character.toChars(x))));   // "ГМ" → [Г, М]
                continue;
            }
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
