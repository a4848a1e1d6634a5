package org.casereport.model;
import org.casereport.diag.SourcePos;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * The front matter of a case, after reading: everything the journal prints around the body.
 *
 * @param journal    template folder name under {@code templates/}
 * @param language   language of the body ("ru" or "en")
 * @param abstractText paragraphs separated by blank lines, per language
 * @param keywords   per language ("ru", "en")
 * @param statements conflict of interest, funding, consent… keyed by the name used in the case file
 * @param positions  where each front-matter key was written (dotted path, e.g. "title.en"), for diagnostics
 */
public record Metadata(String journal, String language, LocalizedText title, List<Author> authors,
                       List<Affiliation> affiliations, LocalizedText abstractText,
                       Map<String, List<String>> keywords, LocalDate received, LocalDate accepted,
                       Map<String, LocalizedText> statements, Map<String, SourcePos> positions) {
    public Metadata {
        authors = List.copyOf(authors);
        affiliations = List.copyOf(affiliations);
        keywords = Map.copyOf(keywords);
        statements = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(statements));
        positions = Map.copyOf(positions);
    }

    public List<String> keywords(String lang) {
        return keywords.getOrDefault(lang, List.of());
    }

    /** Where a front-matter key was written, or the front matter's start when it is absent. */
    public SourcePos position(String path, SourcePos fallback) {
        return positions.getOrDefault(path, fallback);
    }
}
