package org.casereport.model;
import org.casereport.diag.SourcePos;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;

/**
 * The front matter of a case, after reading: everything the journal prints around the body.
 *
 * @param journal      template folder name under {@code templates/}
 * @param language     language of the body ("ru" or "en")
 * @param title        the title, with inline markup ({@code *KMT2A*})
 * @param subtitle     the subtitle printed under the title ({@code subtitle}), with inline markup, or empty
 * @param abstractText the abstract's paragraphs, per language, with inline markup ({@code **Введение.**})
 * @param keywords     the keywords, per language, with inline markup
 * @param statements   conflict of interest, funding, consent… keyed by the name used in the case file, in its order
 * @param positions    where each front-matter key was written (dotted path, e.g. "title.en"), for diagnostics
 * @param publication  what the journal's page prints beside: article type, DOI, UDC, running title; draft; languages
 */
public record Metadata(String journal, String language, RichText title, RichText subtitle, List<Author> authors,
                       List<Affiliation> affiliations, RichItems abstractText, RichItems keywords,
                       LocalDate received, LocalDate accepted, Map<String, Statement> statements,
                       Map<String, SourcePos> positions, Publication publication) {
    public Metadata {
        if (title == null) title = RichText.EMPTY;
        if (subtitle == null) subtitle = RichText.EMPTY;
        if (abstractText == null) abstractText = RichItems.EMPTY;
        if (keywords == null) keywords = RichItems.EMPTY;
        if (publication == null) publication = Publication.NONE;
        authors = List.copyOf(authors);
        affiliations = List.copyOf(affiliations);
        statements = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(statements));
        positions = Map.copyOf(positions);
    }

    /**
     * The front matter a journal prints around the body besides the title, authors and abstract.
     *
     * @param draft        {@code draft: true}: not submitted yet; no dates needed, the PDF is marked as a draft
     * @param languages    the metadata languages the case gives ({@code metadata_languages}), or empty: the journal's
     * @param runningTitle the short title of the running head ({@code running_title}), or empty: the title, shortened
     * @param articleType  «Клиническое наблюдение» / "Case report" ({@code article_type}), or empty: the journal's
     * @param doi          the article's DOI ("10.21682/2311-1267-2025-12-2-45-52"), or null
     * @param udc          the UDC index ("616.155.392-053.2"), or null
     * @param issue        where the article is published ({@code published: {year, volume, issue, pages}}), or null
     * @param citation     the «Для цитирования» / "For citation" line, the article's own entry in the journal's
     *                     reference style (made by the pipeline from the rest), or empty
     */
    public record Publication(boolean draft, List<String> languages, LocalizedText runningTitle,
                              LocalizedText articleType, String doi, String udc, Issue issue, LocalizedText citation) {
        public static final Publication NONE = new Publication(false, List.of(), null, null, null, null, null, null);

        public Publication {
            languages = languages == null ? List.of() : List.copyOf(languages);
            if (runningTitle == null) runningTitle = LocalizedText.EMPTY;
            if (articleType == null) articleType = LocalizedText.EMPTY;
            if (citation == null) citation = LocalizedText.EMPTY;
        }

        /** The same with its «Для цитирования» line. */
        public Publication withCitation(LocalizedText line) {
            return new Publication(draft, languages, runningTitle, articleType, doi, udc, issue, line);
        }
    }

    /** The journal issue an article is in: "2025;12(2):45–52". Any part may be null. */
    public record Issue(String year, String volume, String number, String pages) {
    }

    /** Front matter without a subtitle. */
    public Metadata(String journal, String language, RichText title, List<Author> authors,
                    List<Affiliation> affiliations, RichItems abstractText, RichItems keywords,
                    LocalDate received, LocalDate accepted, Map<String, Statement> statements,
                    Map<String, SourcePos> positions, Publication publication) {
        this(journal, language, title, RichText.EMPTY, authors, affiliations, abstractText, keywords, received, accepted,
                statements, positions, publication);
    }

    /** The same front matter with another {@link Publication}. */
    public Metadata withPublication(Publication p) {
        return new Metadata(journal, language, title, subtitle, authors, affiliations, abstractText, keywords, received, accepted,
                statements, positions, p);
    }

    /** Front matter with plain texts (abstract paragraphs split at blank lines), as tests and importers give it. */
    public Metadata(String journal, String language, LocalizedText title, List<Author> authors,
                    List<Affiliation> affiliations, LocalizedText abstractText, Map<String, List<String>> keywords,
                    LocalDate received, LocalDate accepted, Map<String, LocalizedText> statements,
                    Map<String, SourcePos> positions) {
        this(journal, language, RichText.plain(title), authors, affiliations,
                RichItems.plain(paragraphs(abstractText == null ? null : abstractText.ru()),
                        paragraphs(abstractText == null ? null : abstractText.en())),
                RichItems.plain(keywords.get("ru"), keywords.get("en")), received, accepted, plain(statements),
                positions, Publication.NONE);
    }

    private static List<String> paragraphs(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String p : s.strip().split("\\n\\s*\\n")) {
            String t = p.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static Map<String, Statement> plain(Map<String, LocalizedText> in) {
        Map<String, Statement> out = new LinkedHashMap<>();
        in.forEach((k, v) -> out.put(k, Statement.of(v)));
        return out;
    }

    /** The keywords of one language as plain text. */
    public List<String> keywords(String lang) {
        return keywords.get(lang).stream().map(PlainText::of).filter(s -> !s.isEmpty()).toList();
    }

    /** Where a front-matter key was written, or the front matter's start when it is absent. */
    public SourcePos position(String path, SourcePos fallback) {
        return positions.getOrDefault(path, fallback);
    }

    /**
     * The languages of the metadata blocks, in print order: those the case names ({@code metadata_languages}), else
     * the journal's ({@code metadata_languages} of journal.yaml) with the body's language first — an English article
     * of a Russian journal opens with its English title and abstract — unless the journal keeps its own order
     * ({@code metadata_body_first: false}); else the body's language and then the other.
     */
    public List<String> languages(Journal j) {
        List<String> out = new ArrayList<>(publication.languages());
        if (out.isEmpty() && j != null) {
            for (Object o : j.list("metadata_languages")) {
                String s = String.valueOf(o);
                if ((s.equals("ru") || s.equals("en")) && !out.contains(s)) out.add(s);
            }
            if (out.contains(language) && !"false".equals(j.string("metadata_body_first", "true"))) {
                out.remove(language);
                out.add(0, language);
            }
        }
        if (out.isEmpty()) {
            String body = "en".equals(language) ? "en" : "ru";
            out.add(body);
            out.add(body.equals("ru") ? "en" : "ru");
        }
        return List.copyOf(out);
    }

    /** The statements' keys in print order: the journal's known ones ({@code labels.statements}) in its order, then the case's others. */
    public List<String> statementOrder(Journal j) {
        List<String> order = new ArrayList<>();
        if (j != null) for (String k : j.map("labels.statements").keySet()) if (statements.containsKey(k)) order.add(k);
        for (String k : statements.keySet()) if (!order.contains(k)) order.add(k);
        return order;
    }

    /** The body's language: "en" for an English-body article, else "ru" (the reader accepts only these two). */
    public String bodyLanguage() {
        return "en".equals(language) ? "en" : "ru";
    }

    /** «Клиническое наблюдение» / "Case report": the case's {@code article_type}, else the journal's label, else "". */
    public String articleType(Journal j, String lang) {
        LocalizedText own = publication.articleType();
        return own.has(lang) ? own.get(lang).strip() : j.string("labels.article_type." + lang, "");
    }

    /** True when the case is a draft ({@code draft: true}). */
    public boolean draft() {
        return publication.draft();
    }

    /**
     * The same front matter with every printed text rewritten: plain texts by {@code text}, texts with markup by
     * {@code inlines}. The one place that knows which fields are text, so that a pass over the texts (the ties)
     * keeps every other field as it was.
     */
    public Metadata mapText(UnaryOperator<String> text, UnaryOperator<List<Inline>> inlines) {
        Map<String, Statement> st = new LinkedHashMap<>();
        statements.forEach((k, s) -> st.put(k, s.mapText(text, inlines)));
        Publication p = new Publication(publication.draft(), publication.languages(),
                Author.map(publication.runningTitle(), text), Author.map(publication.articleType(), text),
                publication.doi(), publication.udc(), publication.issue(), Author.map(publication.citation(), text));
        return new Metadata(journal, language, title.map(inlines), subtitle.map(inlines), authors.stream().map(a -> a.mapText(text)).toList(),
                affiliations.stream().map(a -> a.mapText(inlines)).toList(), abstractText.map(inlines),
                keywords.map(inlines), received, accepted, st, positions, p);
    }
}
