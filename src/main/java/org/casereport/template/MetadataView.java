package org.casereport.template;

import org.casereport.model.Journal;
import static org.casereport.template.ViewText.paragraphs;
import static org.casereport.template.ViewText.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.model.Affiliation;
import org.casereport.model.Author;
import org.casereport.model.Metadata;

/** The metadata blocks, one per language (title, authors, affiliations, abstract, keywords, correspondence), and the labels. */
final class MetadataView {
    private MetadataView() {
    }

    static List<String> metadataLanguages(Journal j, String bodyLang) {
        List<String> langs = new ArrayList<>();
        for (Object o : j.list("metadata_languages")) {
            String s = String.valueOf(o);
            if ((s.equals("ru") || s.equals("en")) && !langs.contains(s)) langs.add(s);
        }
        if (langs.isEmpty()) {
            langs.add(bodyLang);
            langs.add(bodyLang.equals("ru") ? "en" : "ru");
        }
        return langs;
    }

    static Map<String, Integer> affiliationMarks(Metadata meta) {
        Map<String, Integer> marks = new LinkedHashMap<>();
        if (meta.affiliations().size() < 2) return marks;
        // numbered in order of first use by the authors, then any left over
        for (Author a : meta.authors()) {
            for (String k : a.affiliations()) marks.putIfAbsent(k, marks.size() + 1);
        }
        for (Affiliation af : meta.affiliations()) marks.putIfAbsent(af.key(), marks.size() + 1);
        return marks;
    }

    static Map<String, Object> metaBlock(Metadata meta, Journal j, String lang, Map<String, Integer> marks) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("lang", lang);
        b.put("title", text(meta.title().get(lang)));
        List<Object> authors = new ArrayList<>();
        for (Author a : meta.authors()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("name", text(a.displayName(lang)));
            List<String> ms = new ArrayList<>();
            for (String k : a.affiliations()) if (marks.containsKey(k)) ms.add(String.valueOf(marks.get(k)));
            am.put("marks", String.join(",", ms));
            am.put("corresponding", a.corresponding());
            am.put("orcid", text(a.orcid()));
            am.put("email", text(a.email()));
            authors.add(am);
        }
        b.put("authors", authors);
        List<Object> affs = new ArrayList<>();
        List<Affiliation> ordered = new ArrayList<>(meta.affiliations());
        if (!marks.isEmpty()) ordered.sort((x, y) -> Integer.compare(marks.getOrDefault(x.key(), 999),
                marks.getOrDefault(y.key(), 999)));
        for (Affiliation af : ordered) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("mark", marks.containsKey(af.key()) ? String.valueOf(marks.get(af.key())) : "");
            am.put("name", text(af.name().get(lang)));
            affs.add(am);
        }
        b.put("affiliations", affs);
        b.put("abstract", paragraphs(meta.abstractText().get(lang)));
        b.put("keywords", String.join(", ", meta.keywords(lang)));
        b.put("keywordList", List.copyOf(meta.keywords(lang)));
        List<Object> contacts = new ArrayList<>();
        for (Author a : meta.authors()) {
            if (a.corresponding() && a.email() != null && !a.email().isBlank()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("name", text(a.surname().get(lang) + " " + text(a.initials().get(lang))).strip());
                c.put("email", a.email());
                contacts.add(c);
            }
        }
        b.put("correspondence", contacts);
        b.put("labels", labelsFor(j, lang));
        return b;
    }

    /** The running head's authors: the first author, "et al." when there are more. */
    static String runningAuthors(Metadata meta, Journal j, String lang) {
        List<Author> as = meta.authors();
        if (as.isEmpty()) return "";
        Author first = as.get(0);
        String s = text(first.displayName(lang));
        if (as.size() > 1) s += " " + j.label("et_al", lang);
        return s;
    }

    /** Every label of journal.yaml, per language: {@code labels.ru.figure} = "Рис.". */
    static Map<String, Object> labels(Journal j) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String lang : List.of("ru", "en")) out.put(lang, labelsFor(j, lang));
        return out;
    }

    private static Map<String, Object> labelsFor(Journal j, String lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : j.map("labels").entrySet()) {
            if (e.getValue() instanceof Map<?, ?> mm && (mm.containsKey("ru") || mm.containsKey("en"))) {
                out.put(e.getKey(), j.label(e.getKey(), lang));
            }
        }
        return out;
    }

    static Map<String, Object> localized(Journal j, String key) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ru", j.string(key + ".ru", ""));
        out.put("en", j.string(key + ".en", ""));
        return out;
    }
}
