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
import org.casereport.model.Inline;
import org.casereport.model.Metadata;
import org.casereport.model.RichItems;
import org.casereport.model.RichText;
import org.casereport.model.Statement;
import org.casereport.diag.SourcePos;

/** Front matter (as a {@link YamlTree}) → {@link Metadata}; every missing or malformed field is a diagnostic. */
final class MetadataReader {
    static final Set<String> LANGUAGES = Set.of("ru", "en");
    private static final Set<String> KNOWN_KEYS = Set.of("journal", "language", "title", "subtitle", "authors", "affiliations",
            "abstract", "keywords", "received", "accepted", "statements", "references", "figures", "checks",
            "draft", "metadata_languages", "running_title", "article_type", "doi", "udc", "published");
    private static final Set<String> AUTHOR_KEYS = Set.of("surname", "initials", "affiliations", "orcid", "email",
            "corresponding", "full_name", "degrees", "address", "phone");
    /** An e-mail address: name@domain.tld. */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile(
            "[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}");
    private static final java.util.regex.Pattern DOI = java.util.regex.Pattern.compile("10\\.\\d{4,9}/\\S+");
    private static final java.util.regex.Pattern UDC = java.util.regex.Pattern.compile("[0-9][0-9.:()\\[\\]+/\\-=\"' ]*");

    private final YamlTree yaml;
    private final Diagnostics diagnostics;
    private final InlineMarkdown markdown;
    /** The metadata languages: those the case names in {@code metadata_languages}, else both. */
    private List<String> langs = List.of("ru", "en");
    private final java.time.LocalDate today;

    /** @param today the date a date "in the future" is measured against */
    MetadataReader(YamlTree yaml, Diagnostics diagnostics, java.time.LocalDate today) {
        this.yaml = yaml;
        this.diagnostics = diagnostics;
        this.markdown = new InlineMarkdown(diagnostics);
        this.today = today;
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
        knownKeys("checks", Set.of("disable"), "'checks'");
        String journal = requiredString("journal");
        String language = requiredString("language");
        if (language != null && !LANGUAGES.contains(language)) {
            diagnostics.error("front-matter", yaml.pos("language"), "language must be 'ru' or 'en', not '" + language + "'");
        }
        List<String> declared = metadataLanguages(language);
        boolean draft = bool("draft");
        RichText title = rich("title", true);
        // optional, but once given, in every metadata language as the title is: a block without it would differ silently
        RichText subtitle = yaml.get("subtitle") == null ? RichText.EMPTY : rich("subtitle", true);
        List<Affiliation> affiliations = affiliations();
        List<Author> authors = authors(affiliations);
        RichItems abstractText = abstractText();
        RichItems keywords = keywords();
        LocalDate received = date("received", !draft);
        LocalDate accepted = date("accepted", !draft);
        Map<String, Statement> statements = statements();
        Metadata.Publication publication = new Metadata.Publication(draft, declared,
                plainLocalized("running_title"), plainLocalized("article_type"), doi(), udc(), issue(), null);
        Map<String, SourcePos> positions = new LinkedHashMap<>(yaml.positions());
        return new Metadata(journal, language, title, subtitle, authors, affiliations, abstractText, keywords, received,
                accepted, statements, positions, publication);
    }

    /**
     * {@code metadata_languages}: "ru", "en", "both" or a list of them. The body's language must be one of them.
     * Returns what the case names (empty: not named, the journal's); the languages required of every
     * metadata field are set from it.
     */
    private List<String> metadataLanguages(String language) {
        Object v = yaml.get("metadata_languages");
        if (v == null) return List.of();
        List<String> out = new ArrayList<>();
        List<?> items = v instanceof List<?> l ? l : List.of(v);
        for (int i = 0; i < items.size(); i++) {
            String s = String.valueOf(items.get(i)).strip();
            SourcePos at = v instanceof List<?> ? yaml.pos("metadata_languages." + i) : yaml.pos("metadata_languages");
            if (s.equals("both")) {
                // "both" names no order: the body's language first
                for (String l : "en".equals(language) ? List.of("en", "ru") : List.of("ru", "en")) {
                    if (!out.contains(l)) out.add(l);
                }
            } else if (LANGUAGES.contains(s)) {
                if (!out.contains(s)) out.add(s);
            } else {
                diagnostics.error("front-matter", at, "metadata_languages are 'ru', 'en' or 'both', not '" + s + "'");
            }
        }
        if (out.isEmpty()) return List.of();
        if (language != null && LANGUAGES.contains(language) && !out.contains(language)) {
            diagnostics.error("front-matter", yaml.pos("metadata_languages"), "the body is in '" + language
                    + "', so its metadata must be too: add '" + language + "' to metadata_languages");
        }
        langs = List.copyOf(out);
        return langs;
    }

    private boolean bool(String path) {
        Object v = yaml.get(path);
        if (v == null) return false;
        String s = String.valueOf(v).strip();
        if (s.equals("true")) return true;
        if (!s.equals("false")) diagnostics.error("front-matter", yaml.pos(path), "'" + path + "' is true or false, not '" + s + "'");
        return false;
    }

    /** {ru: …, en: …} of plain text, both optional (a running title, an article type). */
    private LocalizedText plainLocalized(String path) {
        Object v = yaml.get(path);
        if (v == null) return LocalizedText.EMPTY;
        if (!(v instanceof Map<?, ?>)) {
            diagnostics.error("front-matter", yaml.pos(path), "'" + path + "' must have a 'ru' and/or an 'en' text");
            return LocalizedText.EMPTY;
        }
        knownKeys(path, LANG_KEYS, "'" + path + "'");
        return new LocalizedText(optionalString(path + ".ru"), optionalString(path + ".en"));
    }

    private String doi() {
        String s = optionalString("doi");
        if (s == null) return null;
        String bare = s.replaceFirst("(?i)^(?:https?://(?:dx\\.)?doi\\.org/|doi:\\s*)", "");
        if (!DOI.matcher(bare).matches()) {
            diagnostics.error("front-matter", yaml.pos("doi"), "'doi' must be a DOI such as 10.21682/2311-1267-2025-12-2-45-52, not '" + s + "'");
            return null;
        }
        return bare;
    }

    /** {@code published: {year, volume, issue, pages}}: where the article is (to be) printed. */
    private Metadata.Issue issue() {
        Object v = yaml.get("published");
        if (v == null) return null;
        if (!(v instanceof Map<?, ?> m)) {
            diagnostics.error("front-matter", yaml.pos("published"), "'published' is {year, volume, issue, pages}");
            return null;
        }
        knownKeys("published", Set.of("year", "volume", "issue", "pages"), "'published'");
        String year = scalar("published.year");
        if (year != null && !year.matches("\\d{4}")) {
            diagnostics.error("front-matter", yaml.pos("published.year"), "'published.year' is a year such as 2025, not '" + year + "'");
            year = null;
        }
        return new Metadata.Issue(year, scalar("published.volume"), scalar("published.issue"), scalar("published.pages"));
    }

    /** A number or a text ({@code volume: 12}, {@code pages: 45–52}), as text. */
    private String scalar(String path) {
        Object v = yaml.get(path);
        if (v == null) return null;
        if (v instanceof Map<?, ?> || v instanceof List<?>) {
            diagnostics.error("front-matter", yaml.pos(path), "'" + path + "' must be a number or a text");
            return null;
        }
        String s = String.valueOf(v).strip();
        return s.isEmpty() ? null : s;
    }

    private String udc() {
        String s = optionalString("udc");
        if (s == null) return null;
        String bare = s.replaceFirst("(?i)^(?:УДК|UDC)\\s*", "");
        if (!UDC.matcher(bare).matches()) {
            diagnostics.error("front-matter", yaml.pos("udc"), "'udc' must be a UDC index such as 616.155.392-053.2, not '" + s + "'");
            return null;
        }
        return bare.strip();
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
        if (!path.startsWith("statements.")) knownKeys(path, LANG_KEYS, "'" + path + "'");
        String ru = optionalString(path + ".ru");
        String en = optionalString(path + ".en");
        if (required) {
            if (langs.contains("ru") && (ru == null || ru.isBlank())) diagnostics.error("front-matter-missing", yaml.pos(path), "missing '" + path + ".ru'");
            if (langs.contains("en") && (en == null || en.isBlank())) diagnostics.error("front-matter-missing", yaml.pos(path), "missing '" + path + ".en'");
        }
        return new LocalizedText(ru, en);
    }

    /** {ru: …, en: …} with inline Markdown, as {@link #localized}. */
    private RichText rich(String path, boolean required) {
        LocalizedText t = localized(path, required);
        return new RichText(markdown.run(t.ru(), yaml.pos(path + ".ru"), path + ".ru"),
                markdown.run(t.en(), yaml.pos(path + ".en"), path + ".en"));
    }

    private RichItems abstractText() {
        LocalizedText t = localized("abstract", true);
        return new RichItems(markdown.paragraphs(t.ru(), yaml.pos("abstract.ru"), "abstract.ru"),
                markdown.paragraphs(t.en(), yaml.pos("abstract.en"), "abstract.en"));
    }

    private List<Affiliation> affiliations() {
        List<Affiliation> out = new ArrayList<>();
        for (int i : indexes("affiliations")) {
            String p = "affiliations." + i;
            knownKeys(p, Set.of("key", "ru", "en"), "an affiliation");
            String key = requiredString(p + ".key");
            LocalizedText name = new LocalizedText(optionalString(p + ".ru"), optionalString(p + ".en"));
            List<String> missing = langs.stream().filter(l -> !name.has(l)).toList();
            if (!missing.isEmpty()) {
                diagnostics.error("front-matter-missing", yaml.pos(p), "an affiliation needs "
                        + String.join(" and ", missing.stream().map(l -> "'" + l + "'").toList()) + (missing.size() > 1 ? " names" : " name"));
            }
            RichText rich = new RichText(markdown.run(name.ru(), yaml.pos(p + ".ru"), p + ".ru"),
                    markdown.run(name.en(), yaml.pos(p + ".en"), p + ".en"));
            if (key != null) out.add(new Affiliation(key, rich, yaml.pos(p)));
        }
        return out;
    }

    private List<Author> authors(List<Affiliation> affiliations) {
        List<Author> out = new ArrayList<>();
        Set<String> keys = new java.util.HashSet<>();
        affiliations.forEach(a -> keys.add(a.key()));
        for (int i : indexes("authors")) {
            String p = "authors." + i;
            knownKeys(p, AUTHOR_KEYS, "an author");
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
            String who = surname.en() != null ? surname.en() : surname.ru() != null ? surname.ru() : "an author";
            if (orcid != null && !orcid.isBlank()) {
                String problem = Orcid.problem(orcid);
                if (problem != null) diagnostics.error("meta-orcid", yaml.pos(p + ".orcid"), problem);
            }
            if (email != null && !email.isBlank() && !EMAIL.matcher(email.strip()).matches()) {
                diagnostics.error("meta-email", yaml.pos(p + ".email"), "e-mail \"" + email + "\" of " + who
                        + " is not well formed: write it as name@example.org");
            }
            boolean corresponding = "true".equalsIgnoreCase(String.valueOf(yaml.get(p + ".corresponding")));
            LocalizedText fullName = localized(p + ".full_name", false);
            LocalizedText degrees = localized(p + ".degrees", false);
            LocalizedText address = localized(p + ".address", false);
            String phone = optionalString(p + ".phone");
            if (phone != null && !phone.matches("\\+?[0-9 ()\\-–.]{5,30}")) {
                diagnostics.warning("front-matter", yaml.pos(p + ".phone"), "'phone' should be digits, spaces, brackets and dashes"
                        + " (such as +7 (495) 936-90-45), not '" + phone + "'");
            }
            out.add(new Author(surname, initials, affs, orcid, email, corresponding, yaml.pos(p), fullName, degrees,
                    address, phone));
        }
        return out;
    }

    private RichItems keywords() {
        Map<String, List<List<Inline>>> out = new LinkedHashMap<>();
        if (yaml.get("keywords") == null) {
            diagnostics.error("front-matter-missing", yaml.pos("keywords"), "missing required key 'keywords' (with "
                    + String.join(" and ", langs.stream().map(l -> "'" + l + "'").toList()) + " lists)");
            return RichItems.EMPTY;
        }
        knownKeys("keywords", LANG_KEYS, "'keywords'");
        for (String lang : List.of("ru", "en")) {
            String p = "keywords." + lang;
            Object v = yaml.get(p);
            List<List<Inline>> words = new ArrayList<>();
            if (v instanceof List<?> l) {
                for (int i = 0; i < l.size(); i++) {
                    Object o = l.get(i);
                    if (o != null && !o.toString().isBlank()) {
                        words.add(markdown.run(o.toString().trim(), yaml.pos(p + "." + i), p + "." + i));
                    }
                }
            } else if (v instanceof String s) {
                for (String w : s.split("[,;]")) {
                    if (!w.isBlank()) words.add(markdown.run(w.trim(), yaml.pos(p), p));
                }
            } else if (langs.contains(lang)) {
                diagnostics.error("front-matter-missing", yaml.pos("keywords"), "missing '" + p + "' (a list of keywords)");
            }
            out.put(lang, words);
        }
        return new RichItems(out.get("ru"), out.get("en"));
    }

    /** A date YYYY-MM-DD; required unless the case is a draft; one after today is a warning. */
    private LocalDate date(String path, boolean required) {
        String s = required ? requiredString(path) : optionalString(path);
        if (s == null) {
            return null;
        }
        try {
            LocalDate d = LocalDate.parse(s);
            if (today != null && d.isAfter(today)) {
                diagnostics.warning("front-matter-date-future", yaml.pos(path), "'" + path + "' is " + d
                        + ", a date in the future (today is " + today + "); write the date it happened, or leave it"
                        + " out with 'draft: true'");
            }
            return d;
        } catch (DateTimeParseException e) {
            diagnostics.error("front-matter-date", yaml.pos(path), "'" + path + "' must be a date YYYY-MM-DD, not '" + s + "'");
            return null;
        }
    }

    /**
     * {@code statements}: name → {@code {ru, en}} texts, or {@code {label: {ru, en}, ru, en}} for a statement
     * whose label the case sets itself.
     */
    private Map<String, Statement> statements() {
        Map<String, Statement> out = new LinkedHashMap<>();
        Object v = yaml.get("statements");
        if (v == null) return out;
        if (!(v instanceof Map<?, ?> m)) {
            diagnostics.error("front-matter", yaml.pos("statements"), "'statements' must map a name to {ru, en} texts");
            return out;
        }
        for (Object k : m.keySet()) {
            String p = "statements." + k;
            knownKeys(p, Set.of("ru", "en", "label"), "a statement");
            LocalizedText label = plainLocalized(p + ".label");
            out.put(k.toString(), new Statement(label, rich(p, true), yaml.pos(p + "#key")));
        }
        return out;
    }

    /** A warning for each key of the mapping at {@code path} that is not one of {@code known}: nothing is dropped silently. */
    private void knownKeys(String path, Set<String> known, String what) {
        if (!(yaml.get(path) instanceof Map<?, ?> m)) return;
        for (Object k : m.keySet()) {
            if (!known.contains(k.toString())) {
                diagnostics.warning("front-matter-unknown-key", yaml.pos(path + "." + k + "#key"), "unknown key '" + k
                        + "' of " + what + " (known: " + String.join(", ", new java.util.TreeSet<>(known)) + "); it is not printed");
            }
        }
    }

    private static final Set<String> LANG_KEYS = Set.of("ru", "en");

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
