package org.casereport.template;

import org.casereport.model.Journal;
import static org.casereport.template.ViewText.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.model.Affiliation;
import org.casereport.model.Author;
import org.casereport.model.Metadata;
import org.casereport.model.PlainText;

/** The metadata blocks, one per language (title, authors, affiliations, abstract, keywords, correspondence), and the labels. */
final class MetadataView {
    private MetadataView() {
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

    /**
     * One language's block. Every text that may hold inline markup comes twice: as plain text ({@code title}, {@code subtitle},
     * {@code abstract}, {@code keywords}, an affiliation's {@code name}) and as inline nodes ({@code titleContent}, {@code subtitleContent},
     * {@code abstractContent}, {@code keywordsContent}, {@code content}), which the default templates print.
     */
    static Map<String, Object> metaBlock(Metadata meta, Journal j, String lang, Map<String, Integer> marks, ViewContext ctx) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("lang", lang);
        b.put("title", text(PlainText.of(meta.title().get(lang))));
        b.put("titleContent", InlineView.inlines(meta.title().get(lang), ctx));
        b.put("subtitle", text(PlainText.of(meta.subtitle().get(lang))));
        b.put("subtitleContent", InlineView.inlines(meta.subtitle().get(lang), ctx));
        b.put("articleType", text(meta.articleType(j, lang)));
        List<Object> authors = new ArrayList<>();
        for (Author a : meta.authors()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("name", text(Ties.name(a.initials().get(lang), a.surname().get(lang))));
            List<String> ms = new ArrayList<>();
            for (String k : a.affiliations()) if (marks.containsKey(k)) ms.add(String.valueOf(marks.get(k)));
            am.put("marks", String.join(",", ms));
            am.put("corresponding", a.corresponding());
            am.put("orcid", text(a.orcid()));
            am.put("email", text(a.email()));
            am.put("fullName", text(fullName(a, lang)));
            am.put("degrees", text(nz(a.degrees().get(lang))));
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
            am.put("name", text(PlainText.of(af.name().get(lang))));
            am.put("content", InlineView.inlines(af.name().get(lang), ctx));
            affs.add(am);
        }
        b.put("affiliations", affs);
        b.put("abstract", meta.abstractText().get(lang).stream().map(p -> text(PlainText.of(p))).toList());
        b.put("abstractContent", meta.abstractText().get(lang).stream().map(p -> (Object) InlineView.inlines(p, ctx)).toList());
        b.put("keywords", String.join(", ", meta.keywords(lang)));
        b.put("keywordList", List.copyOf(meta.keywords(lang)));
        b.put("keywordsContent", keywordsContent(meta, lang, ctx));
        List<Object> contacts = new ArrayList<>();
        for (Author a : meta.authors()) {
            if (a.corresponding() && a.email() != null && !a.email().isBlank()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("name", text(Ties.name(a.surname().get(lang), a.initials().get(lang))));
                c.put("fullName", text(fullName(a, lang)));
                c.put("address", text(nz(a.address().get(lang))));
                c.put("email", a.email());
                c.put("phone", text(nz(a.phone())));
                contacts.add(c);
            }
        }
        b.put("correspondence", contacts);
        b.put("authorsInfo", AuthorLines.details(meta, lang).stream().map(ViewText::text).toList());
        b.put("labels", labelsFor(j, lang));
        return b;
    }

    /**
     * What the first page prints beside the metadata blocks: {@code draft} and its mark, {@code doi}, {@code udc},
     * the article type in the body's language.
     */
    static Map<String, Object> front(Metadata meta, Journal j, String bodyLang) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("draft", meta.draft());
        List<String> marks = new ArrayList<>();
        for (String lang : meta.languages(j)) {
            String l = j.label("draft", lang);
            if (l != null && !l.isBlank() && !marks.contains(l)) marks.add(l);
        }
        f.put("draftMark", text(String.join(" / ", marks)));
        f.put("doi", text(nz(meta.publication().doi())));
        f.put("udc", text(nz(meta.publication().udc())));
        f.put("articleType", text(meta.articleType(j, bodyLang)));
        List<Object> cite = new ArrayList<>();
        for (String lang : meta.languages(j)) {
            String line = meta.publication().citation().get(lang);
            if (line == null || line.isBlank()) continue;
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("lang", lang);
            c.put("label", text(j.label("for_citation", lang)));
            c.put("text", text(line));
            cite.add(c);
        }
        f.put("citation", cite);
        return f;
    }

    private static String fullName(Author a, String lang) {
        return AuthorLines.fullName(a, lang);
    }

    /** The keywords as one run of inline nodes, joined by ", ". */
    private static List<Object> keywordsContent(Metadata meta, String lang, ViewContext ctx) {
        List<org.casereport.model.Inline> all = new ArrayList<>();
        for (List<org.casereport.model.Inline> k : meta.keywords().get(lang)) {
            if (org.casereport.model.Walk.text(k).isBlank()) continue;
            if (!all.isEmpty()) all.add(new org.casereport.model.Inline.Text(", ", null));
            all.addAll(k);
        }
        return InlineView.inlines(all, ctx);
    }

    private static String nz(String s) {
        return s == null ? "" : s.strip();
    }

    /** The running head's authors: the first author, "et al." when there are more. */
    static String runningAuthors(Metadata meta, Journal j, String lang) {
        List<Author> as = meta.authors();
        if (as.isEmpty()) return "";
        Author first = as.get(0);
        String s = text(Ties.name(first.initials().get(lang), first.surname().get(lang)));
        if (as.size() > 1) s += " " + Ties.text(j.label("et_al", lang));
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
