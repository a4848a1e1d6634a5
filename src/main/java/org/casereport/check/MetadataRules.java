package org.casereport.check;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.casereport.diag.SourcePos;
import org.casereport.source.YamlTree;
import org.casereport.model.Journal;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * The front matter a journal needs: bilingual metadata, affiliations, a corresponding author, dates, keywords. The
 * ORCID iDs and e-mail addresses are checked where the case is read ({@code read/MetadataReader}), so that
 * {@code render} reports them as {@code check} does.
 */
public final class MetadataRules {
    private static final List<String> LANGS = List.of("ru", "en");

    /** The metadata languages the case names ({@code metadata_languages}: ru, en, both or a list), else both. */
    static List<String> langs(YamlTree fm) {
        Object v = fm.get("metadata_languages");
        if (v == null) return LANGS;
        List<String> out = new java.util.ArrayList<>();
        for (Object o : v instanceof List<?> l ? l : List.of(v)) {
            String s = String.valueOf(o).strip();
            if (s.equals("both")) return LANGS;
            if (LANGS.contains(s) && !out.contains(s)) out.add(s);
        }
        return out.isEmpty() ? LANGS : out;
    }

    private MetadataRules() {
    }

    public static void check(YamlTree fm, Journal journal, Findings out) {
        if (fm.root() == null) return;
        for (String key : List.of("title", "abstract")) {
            for (String lang : langs(fm)) {
                if (YamlTree.blank(fm.at(key + "." + lang))) {
                    out.report("meta-bilingual", fm.pos(key), key + " has no " + name(lang) + " version (" + key + "." + lang + ")");
                }
            }
        }
        for (String lang : langs(fm)) {
            if (YamlTree.items(fm.at("keywords." + lang)).isEmpty()) {
                out.report("meta-bilingual", fm.pos("keywords"), "no " + name(lang) + " keywords (keywords." + lang + ")");
            }
        }
        affiliations(fm, out);
        authors(fm, out);
        dates(fm, out);
        keywordCount(fm, journal, out);
    }

    private static String name(String lang) {
        return lang.equals("ru") ? "Russian" : "English";
    }

    private static void affiliations(YamlTree fm, Findings out) {
        List<Node> affs = YamlTree.items(fm.at("affiliations"));
        if (affs.isEmpty()) {
            out.report("meta-affiliation", fm.pos("affiliations"), "no affiliations: list each institution with its Russian and English name");
            return;
        }
        for (Node a : affs) {
            String key = YamlTree.str(YamlTree.child(a, "key"));
            for (String lang : langs(fm)) {
                if (YamlTree.blank(YamlTree.child(a, lang))) {
                    out.report("meta-affiliation", fm.pos(a), "affiliation " + (key == null ? "" : "'" + key + "' ")
                            + "has no " + name(lang) + " name");
                }
            }
        }
    }

    private static void authors(YamlTree fm, Findings out) {
        List<Node> authors = YamlTree.items(fm.at("authors"));
        Set<String> affKeys = new HashSet<>();
        for (Node a : YamlTree.items(fm.at("affiliations"))) {
            String k = YamlTree.str(YamlTree.child(a, "key"));
            if (k != null) affKeys.add(k);
        }
        Node corresponding = null;
        for (Node a : authors) {
            String who = YamlTree.str(YamlTree.child(YamlTree.child(a, "surname"), "en"));
            if (who == null) who = YamlTree.str(YamlTree.child(YamlTree.child(a, "surname"), "ru"));
            who = who == null ? "an author" : who;
            for (String part : List.of("surname", "initials")) {
                for (String lang : langs(fm)) {
                    if (YamlTree.blank(YamlTree.child(YamlTree.child(a, part), lang))) {
                        out.report("meta-bilingual", fm.pos(a), "author " + who + " has no " + name(lang) + " " + part);
                    }
                }
            }
            if (YamlTree.items(YamlTree.child(a, "affiliations")).isEmpty()) {
                out.report("meta-affiliation", fm.pos(a), "author " + who + " has no affiliation");
            }
            // the ORCID iD and the e-mail are checked by the reader (meta-orcid, meta-email): render says them too
            String e = YamlTree.str(YamlTree.child(a, "email"));
            if ("true".equalsIgnoreCase(YamlTree.str(YamlTree.child(a, "corresponding")))) {
                if (corresponding == null) corresponding = a;
                if (e == null || e.isBlank()) {
                    out.report("meta-corresponding", fm.pos(a), "the corresponding author " + who + " has no e-mail");
                }
            }
        }
        if (!authors.isEmpty() && corresponding == null) {
            out.report("meta-corresponding", fm.pos("authors"),
                    "no corresponding author: mark one author 'corresponding: true' and give an e-mail");
        }
    }

    private static LocalDate date(YamlTree fm, String key, Findings out) {
        Node n = fm.at(key);
        String v = YamlTree.str(n);
        if (v == null || v.isBlank()) {
            out.report("meta-dates", fm.pos(key), "no " + key + " date (YYYY-MM-DD)");
            return null;
        }
        try {
            return LocalDate.parse(v.strip());
        } catch (DateTimeParseException e) {
            out.report("meta-dates", fm.pos(n), key + " date \"" + v + "\" is not a date of the form YYYY-MM-DD");
            return null;
        }
    }

    private static void dates(YamlTree fm, Findings out) {
        if ("true".equals(String.valueOf(fm.get("draft")))) return; // a draft has no dates yet
        LocalDate received = date(fm, "received", out);
        LocalDate accepted = date(fm, "accepted", out);
        if (received != null && accepted != null && received.isAfter(accepted)) {
            out.report("meta-dates", fm.pos("accepted"), "accepted " + accepted + " is before received " + received);
        }
    }

    private static void keywordCount(YamlTree fm, Journal journal, Findings out) {
        if (journal == null) return;
        int min = journal.integer("keywords.min", 0);
        int max = journal.integer("keywords.max", Integer.MAX_VALUE);
        for (String lang : langs(fm)) {
            Node n = fm.at("keywords." + lang);
            int count = YamlTree.items(n).size();
            if (count == 0) continue;
            SourcePos pos = fm.pos(n);
            if (count < min) {
                out.report("meta-keywords-count", pos, count + " " + name(lang) + " keywords; the journal " + journal.name() + " asks for at least " + min);
            } else if (count > max) {
                out.report("meta-keywords-count", pos, count + " " + name(lang) + " keywords; the journal " + journal.name() + " allows at most " + max);
            }
        }
    }
}
