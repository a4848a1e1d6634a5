package org.casereport.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.cite.Bibliography;
import org.casereport.model.Author;
import org.casereport.model.FormattedReference;
import org.casereport.model.LocalizedText;
import org.casereport.model.PlainText;
import org.casereport.model.Reference;
import org.casereport.template.Ties;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.SourcePos;
import org.casereport.model.Journal;
import org.casereport.model.Manuscript;
import org.casereport.model.Metadata;
import org.casereport.model.Statement;

/**
 * What the front matter must be for its journal: the metadata languages the journal requires
 * ({@code metadata_required} of journal.yaml) and a label for every statement.
 */
final class MetadataTransform {
    private MetadataTransform() {
    }

    static Manuscript apply(Manuscript m, Journal j, Diagnostics diagnostics) {
        Metadata meta = m.meta();
        if (meta == null) return m;
        SourcePos top = new SourcePos(m.caseDir().resolve("case.md").toString(), 2, 1);
        List<String> langs = meta.languages(j);
        for (Object o : j.list("metadata_required")) {
            String lang = String.valueOf(o);
            if (!langs.contains(lang)) {
                diagnostics.error("front-matter-languages", meta.position("metadata_languages", top), "the journal "
                        + j.name() + " prints its metadata in " + j.list("metadata_required") + " (metadata_required);"
                        + " add '" + lang + "' to metadata_languages and give the title, abstract, keywords and"
                        + " affiliations in it");
            }
        }
        for (String key : meta.statementOrder(j)) {
            Statement st = meta.statements().get(key);
            for (String lang : langs) {
                if (!st.text().has(lang) || st.label(key, j, lang) != null) continue;
                diagnostics.warning("statement-label", st.pos() == null ? top : st.pos(), "the statement '" + key
                        + "' has no " + lang + " label: the journal " + j.name() + " has none for it (its statements: "
                        + String.join(", ", j.map("labels.statements").keySet()) + "); give it one in the case,"
                        + " label: {ru: …, en: …}; it is printed without a label");
            }
        }
        return m.withMeta(meta.withPublication(meta.publication().withCitation(citation(m, j, langs, diagnostics, top))));
    }

    /**
     * The «Для цитирования» / "For citation" line: the article itself as an entry of its journal's reference list,
     * formatted by the same style as the references (original script, and the Latin-script version for the
     * English line). Made when the case says where it is published ({@code published}) or gives its DOI; empty for
     * a draft.
     */
    static LocalizedText citation(Manuscript m, Journal j, List<String> langs, Diagnostics diagnostics, SourcePos top) {
        Metadata meta = m.meta();
        Metadata.Publication pub = meta.publication();
        if (meta.draft() || (pub.issue() == null && pub.doi() == null)) return LocalizedText.EMPTY;
        boolean russian = langs.contains("ru") && meta.title().has("ru");
        String lang = russian ? "ru" : "en";
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("id", m.id());
        csl.put("type", "article-journal");
        csl.put("language", lang);
        csl.put("title", Ties.plain(PlainText.of(meta.title().get(lang))));
        List<Object> authors = new ArrayList<>();
        for (Author a : meta.authors()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("family", Ties.plain(a.surname().get(lang)));
            String given = a.initials().get(lang);
            if (given != null && !given.isBlank()) n.put("given", Ties.plain(given));
            authors.add(n);
        }
        csl.put("author", authors);
        csl.put("container-title", j.string("name." + lang, j.name()));
        Map<String, Object> custom = new LinkedHashMap<>();
        if (russian && meta.title().has("en")) custom.put("title-en", Ties.plain(PlainText.of(meta.title().get("en"))));
        if (russian) custom.put("container-title-en", j.string("name.en", j.name()));
        if (!custom.isEmpty()) csl.put("custom", custom);
        Metadata.Issue issue = pub.issue();
        String year = issue != null && issue.year() != null ? issue.year()
                : meta.accepted() != null ? String.valueOf(meta.accepted().getYear()) : null;
        if (year != null) csl.put("issued", Map.of("date-parts", List.of(List.of(Integer.parseInt(year)))));
        if (issue != null && issue.volume() != null) csl.put("volume", issue.volume());
        if (issue != null && issue.number() != null) csl.put("issue", issue.number());
        if (issue != null && issue.pages() != null) csl.put("page", issue.pages());
        if (pub.doi() != null) csl.put("DOI", pub.doi());
        SourcePos at = meta.position(issue != null ? "published" : "doi", top);
        Diagnostics quiet = new Diagnostics(); // the reference checks speak of a reference list, not of this line
        List<FormattedReference> f = Bibliography.format(j, List.of(new Reference(m.id(), csl, at)), quiet);
        if (f.isEmpty() || f.get(0).original() == null || f.get(0).original().isBlank()) {
            diagnostics.warning("front-matter-citation", at, "the «For citation» line could not be made in the journal's"
                    + " reference style; it is left out");
            return LocalizedText.EMPTY;
        }
        String original = f.get(0).original().strip();
        String latin = f.get(0).latin() == null || f.get(0).latin().isBlank() ? original : f.get(0).latin().strip();
        return new LocalizedText(russian ? original : null, russian ? latin : original);
    }
}
