package org.casereport.read;

import org.casereport.source.YamlTree;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Affiliation;
import org.casereport.model.Author;
import org.casereport.model.LocalizedText;
import org.casereport.model.Metadata;
import org.casereport.diag.SourcePos;

/** Front matter (as a {@link YamlTree}) → {@link Metadata}; every missing or malformed field is a diagnostic. */
final class MetadataReader {
    static final Set<String> LANGUAGES = Set.of("ru", "en");
    private static final Set<String> KNOWN_KEYS = Set.of("journal", "language", "title", "authors", "affiliations",
            "abstract", "keywords", "received", "accepted", "statements", "references", "figures", "checks");

    private final YamlTree yaml;
    private final Diagnostics diagnostics;

    MetadataReader(YamlTree yaml, Diagnostics diagnostics) {
        this.yaml = yaml;
        this.diagnostics = diagnostics;
    }

    Metadata read() {
        if (!(yaml.value() instanceof Map<?, ?> top)) {
            diagnostics.error("front-matter", yaml.pos(""), "the front matter must be a YAML mapping of keys to values");
            return null;
        }
        for (Object k : top.keySet()) {
            if (!KNOWN_KEYS.contains(k.toString())) {
                diagnostics.warning("front-matter-unknown-key", yaml.pos(k + "#key"),
                        "unknown front-matter key '" + k + "' (known: " + String.join(", ", new java.util.TreeSet<>(KNOWN_KEYS)) + ")");
            }
        }
        String journal = requiredString("journal");
        String language = requiredString("language");
        if (language != null && !LANGUAGES.contains(language)) {
            diagnostics.error("front-matter", yaml.pos("language"), "language must be 'ru' or 'en', not '" + language + "'");
        }
        LocalizedText title = localized("title", true);
        List<Affiliation> affiliations = affiliations();
        List<Author> authors = authors(affiliations);
        LocalizedText abstractText = localized("abstract", true);
        Map<String, List<String>> keywords = keywords();
        LocalDate received = date("received");
        LocalDate accepted = date("accepted");
        Map<String, LocalizedText> statements = statements();
        Map<String, SourcePos> positions = new LinkedHashMap<>(yaml.positions());
        return new Metadata(journal, language, title, authors, affiliations, abstractText, keywords, received,
                accepted, statements, positions);
    }

    private String requiredString(String path) {
        Object v = yaml.get(path);
        if (v == null) {
            diagnostics.error("front-matter-missing", yaml.pos(path), "missing required key '" + path + "'");
            return null;
        }
        if (!(v instanceof String s) || s.isBlank()) {
            diagnostics.error("front-matter", yaml.pos(path), "'" + path + "' must be a text");
            return null;
        }
        return s.trim();
    }

    private String optionalString(String path) {
        Object v = yaml.get(path);
        if (v == null) return null;
        if (!(v instanceof String s)) {
            diagnostics.error("front-matter", yaml.pos(path), "'" + path + "' must be a text");
            return null;
        }
        return s.trim();
    }

    /** {ru: …, en: …}; both languages required when {@code required}. */
    private LocalizedText localized(String path, boolean required) {
        Object v = yaml.get(path);
        if (v == null) {
            if (required) diagnostics.error("front-matter-missing", yaml.pos(path), "missing required key '" + path + "' (with 'ru' and 'en')");
            return LocalizedText.EMPTY;
        }
        if (!(v instanceof Map<?, ?>)) {
            diagnostics.error("front-matter", yaml.pos(path), "'" + path + "' must have a 'ru' and an 'en' text");
            return LocalizedText.EMPTY;
        }
        String ru = optionalString(path + ".ru");
        String en = optionalString(path + ".en");
        if (required) {
            if (ru == null || ru.isBlank()) diagnostics.error("front-matter-missing", yaml.pos(path), "missing '" + path + ".ru'");
            if (en == null || en.isBlank()) diagnostics.error("front-matter-missing", yaml.pos(path), "missing '" + path + ".en'");
        }
        return new LocalizedText(ru, en);
    }

    private List<Affiliation> affiliations() {
        List<Affiliation> out = new ArrayList<>();
        for (int i : indexes("affiliations")) {
            String p = "affiliations." + i;
            String key = requiredString(p + ".key");
            LocalizedText name = new LocalizedText(optionalString(p + ".ru"), optionalString(p + ".en"));
            if (!name.has("ru") || !name.has("en")) {
                diagnostics.error("front-matter-missing", yaml.pos(p), "an affiliation needs 'ru' and 'en' names");
            }
            if (key != null) out.add(new Affiliation(key, name, yaml.pos(p)));
        }
        return out;
    }

    private List<Author> authors(List<Affiliation> affiliations) {
        List<Author> out = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        affiliations.forEach(a -> keys.add(a.key()));
        for (int i : indexes("authors")) {
            String p = "authors." + i;
            LocalizedText surname = localized(p + ".surname", true);
            LocalizedText initials = localized(p + ".initials", false);
            List<String> affs = new ArrayList<>();
            Object a = yaml.get(p + ".affiliations");
            if (a instanceof List<?> l) {
                for (int j = 0; j < l.size(); j++) {
                    String k = String.valueOf(l.get(j));
                    if (!keys.contains(k)) {
                        diagnostics.error("front-matter-affiliation", yaml.pos(p + ".affiliations." + j),
                                "unknown affiliation key '" + k + "' (known: " + String.join(", ", keys) + ")");
                    }
                    affs.add(k);
                }
            } else if (a != null) {
                diagnostics.error("front-matter", yaml.pos(p + ".affiliations"), "'affiliations' of an author must be a list of keys");
            }
            String orcid = optionalString(p + ".orcid");
            String email = optionalString(p + ".email");
            boolean corresponding = "true".equalsIgnoreCase(String.valueOf(yaml.get(p + ".corresponding")));
            out.add(new Author(surname, initials, affs, orcid, email, corresponding, yaml.pos(p)));
        }
        return out;
    }

    private Map<String, List<String>> keywords() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (yaml.get("keywords") == null) {
            diagnostics.error("front-matter-missing", yaml.pos("keywords"), "missing required key 'keywords' (with 'ru' and 'en' lists)");
            return out;
        }
        for (String lang : List.of("ru", "en")) {
            String p = "keywords." + lang;
            Object v = yaml.get(p);
            if (v instanceof List<?> l) {
                List<String> words = new ArrayList<>();
                for (Object o : l) {
                    if (o != null && !o.toString().isBlank()) words.add(o.toString().trim());
                }
                out.put(lang, words);
            } else if (v instanceof String s) {
                out.put(lang, java.util.Arrays.stream(s.split("[,;]")).map(String::trim).filter(w -> !w.isEmpty()).toList());
            } else {
                diagnostics.error("front-matter-missing", yaml.pos("keywords"), "missing '" + p + "' (a list of keywords)");
            }
        }
        return out;
    }

    private LocalDate date(String path) {
        String s = requiredString(path);
        if (s == null) return null;
        try {
            return LocalDate.parse(s);
        } catch (DateTimeParseException e) {
            diagnostics.error("front-matter-date", yaml.pos(path), "'" + path + "' must be a date YYYY-MM-DD, not '" + s + "'");
            return null;
        }
    }

    private Map<String, LocalizedText> statements() {
        Map<String, LocalizedText> out = new LinkedHashMap<>();
        Object v = yaml.get("statements");
        if (v == null) return out;
        if (!(v instanceof Map<?, ?> m)) {
            diagnostics.error("front-matter", yaml.pos("statements"), "'statements' must map a name to {ru, en} texts");
            return out;
        }
        for (Object k : m.keySet()) {
            out.put(k.toString(), localized("statements." + k, true));
        }
        return out;
    }

    private List<Integer> indexes(String path) {
        Object v = yaml.get(path);
        if (v == null) {
            diagnostics.error("front-matter-missing", yaml.pos(path), "missing required key '" + path + "'");
            return List.of();
        }
        if (!(v instanceof List<?> l) || l.isEmpty()) {
            diagnostics.error("front-matter", yaml.pos(path), "'" + path + "' must be a non-empty list");
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < l.size(); i++) out.add(i);
        return out;
    }
}
