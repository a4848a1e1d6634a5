package org.casereport.diag;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every rule casereport reports — the reader's, the transforms', the writers' and the checker's — declared once:
 * its id, default severity, where it applies, whether {@code --fix} repairs it, whether {@code checks.disable} may
 * switch it off, and one line saying what it finds. {@code render}, {@code check} and {@code build} apply the same
 * table; docs/rules.md carries its index (generated from it, checked by a test); SARIF output publishes it.
 */
public final class Rules {
    /** Where a rule applies: to a case folder, to a submitted manuscript, or to both. */
    public enum Scope { CASE, MANUSCRIPT, BOTH }

    /**
     * @param switchable whether {@code checks.disable} may switch the rule off. Errors after which the outputs
     *                   would be wrong or could not be written (a broken front matter, an unknown citation key, a
     *                   missing file) may not: a disable of one is refused with an error naming the rule
     */
    public record Rule(String id, Severity severity, Scope scope, boolean fixable, boolean switchable, String summary) {
    }

    private static final Map<String, Rule> ALL = new LinkedHashMap<>();

    /** A rule that may be switched off. */
    private static void r(String id, Severity s, Scope scope, String summary) {
        ALL.put(id, new Rule(id, s, scope, false, true, summary));
    }

    /** A rule {@code --fix} repairs (all may be switched off). */
    private static void fix(String id, Severity s, String summary) {
        ALL.put(id, new Rule(id, s, Scope.CASE, true, true, summary));
    }

    /** An error that stops the render and may not be switched off. */
    private static void stop(String id, Scope scope, String summary) {
        ALL.put(id, new Rule(id, Severity.ERROR, scope, false, false, summary));
    }

    private static final Severity E = Severity.ERROR;
    private static final Severity W = Severity.WARNING;
    private static final Severity I = Severity.INFO;
    private static final Scope C = Scope.CASE;
    private static final Scope M = Scope.MANUSCRIPT;
    private static final Scope B = Scope.BOTH;

    static {
        // reading a case
        stop("case-missing", B, "The case folder or its case.md (or the manuscript file) is missing or unreadable");
        stop("encoding", C, "A file of the case is not UTF-8 text");
        stop("io", C, "A file of the case cannot be read");
        stop("yaml-syntax", C, "The front matter (or another YAML file) is not valid YAML");
        stop("yaml-duplicate-key", C, "A key written twice in one YAML mapping");
        stop("front-matter", C, "The front matter is missing, not closed, not a mapping, or a value has the wrong shape");
        stop("front-matter-missing", C, "A required front-matter key (or its ru/en side) is missing");
        r("front-matter-unknown-key", W, C, "A front-matter key the case format does not know (top level, an author's, a statement's)");
        stop("front-matter-date", C, "received/accepted is not a date YYYY-MM-DD");
        r("front-matter-date-future", W, C, "received/accepted is after today (a draft leaves the dates out)");
        r("front-matter-markdown", W, C, "A metadata text or a figure caption holds block Markdown (a heading, a list…), printed as a paragraph of text");
        stop("front-matter-languages", C, "The journal requires metadata in a language the case leaves out (metadata_required)");
        r("front-matter-citation", W, C, "The «For citation» line could not be made in the journal's reference style");
        r("statement-label", W, C, "A statement has no label: neither the case (label: {ru, en}) nor the journal gives one");
        stop("front-matter-affiliation", C, "An author names an affiliation key that is not in affiliations");
        stop("path-invalid", C, "A file named in the front matter is not a valid file name");
        stop("path-outside-case", C, "A file of the case lies outside the case folder (.., an absolute path, a link out)");
        stop("file-missing", C, "A file named in the front matter does not exist");
        stop("journal-unknown", C, "No templates/<journal>/journal.yaml for the journal the case names");
        stop("footnote-missing", C, "A footnote mark [^x] with no footnote text");
        r("footnote-unused", W, C, "A footnote text no mark refers to");
        r("markdown-image", W, C, "A Markdown image in the body: figures are declared in figures/*.yaml");
        r("markdown-unsupported", W, C, "Markdown the writers cannot print as written (strikethrough, a thematic break, a task box, a definition list, a heading deeper than ###)");
        r("markdown-link", W, C, "A link to an address that is not http(s) or mailto (javascript:, file:, a bare name): its text prints without the link");
        r("markdown-html", W, C, "Raw HTML or an HTML comment in the text: printed as the text it is, never as markup");
        // references of a case
        stop("ref-syntax", C, "The reference file is broken JSON/BibTeX/RIS, not UTF-8, or not an array");
        stop("ref-duplicate-id", C, "Two reference records with the same id");
        stop("ref-missing-field", C, "A reference record without a field its type needs (author, title, journal, year…)");
        r("ref-doi-malformed", E, C, "A DOI that is not 10.xxxx/…");
        r("ref-pmid-malformed", E, C, "A PMID that is not 1–9 digits");
        r("ref-year-future", E, C, "A reference year after the current one");
        r("ref-page-range", E, C, "A page range that ends before it begins");
        r("ref-duplicate", W, C, "Two reference records with the same DOI or PMID");
        r("ref-uncited", W, C, "A reference record the text never cites");
        r("ref-editor-genitive", W, C, "A Russian editor after \"под ред.\" (GOST) whose genitive the surname alone does not tell: printed in the nominative until the record gives custom.editors-genitive");
        r("ref-ru-no-english-title", W, C, "A Russian source without an English title (it is transliterated)");
        stop("ref-style-file", C, "The journal's CSL style file is missing or broken");
        stop("ref-format", C, "A reference the citation style cannot format, or whose entry renders empty or loses a field");
        // transforms
        stop("cite-unknown-key", C, "A citation names a key the reference file does not have");
        r("cite-unresolved", W, C, "Text that looks like a citation (@word) but names no reference of the case");
        r("table-caption", W, C, "A table without a caption, or with an empty one");
        r("table-caption-language", W, C, "A table caption in one language only");
        r("table-caption-alone", W, C, "A paragraph that reads as a table caption with no table next to it");
        r("table-attribute", W, C, "An unknown or malformed attribute in a table caption (width, tbl-colwidths), or a caption language attribute that repeats the body's language");
        r("table-id", W, C, "A table id that does not start with tbl- (nothing can refer to it)");
        stop("table-unknown", C, "@tbl-x names a table the case does not have");
        r("table-unreferenced", W, C, "A table the text never refers to");
        stop("table-duplicate-id", C, "Two tables with the same id");
        r("pdf-engine-own-page", W, C, "A case's own template/ folder changes the html engine's page (article.ftlh, article.css, …) and not the FO page: its PDF is made by openhtmltopdf, not by the journal's FO engine");
        r("pdf-fo-layout", W, C, "The FO engine could not set something as asked (a line or table wider than its column, a glyph the font lacks, a front-matter line its template does not print)");
        r("pdf-figure-caption-apart", W, C, "A figure printed at the foot of a column with its caption in the next one, which a column break before it could not mend");
        r("pdf-glyph-missing", W, C, "A character of the text that no font of the journal has a glyph for: the PDF would print \"#\"");
        r("table-too-wide", W, C, "A table too wide for its PDF column, set across the page or in a smaller type");
        r("ref-range-order", W, C, "A range of figures or tables (@fig-a–@fig-b) that runs backwards");
        stop("figure-unknown", C, "@fig-x names a figure the case does not have");
        r("figure-unreferenced", W, C, "A figure the text never refers to (it is placed at the end)");
        stop("figure-duplicate-id", C, "Two figure files with the same id");
        // figure files
        stop("figure-yaml", C, "A figure file that is not valid YAML or UTF-8, has a duplicate key, or a value of the wrong shape");
        stop("figure-missing-field", C, "A figure file without a key it needs (kind, caption.en, a phase's end…)");
        stop("figure-unknown-field", C, "A key the figure kind does not know");
        stop("figure-unknown-kind", C, "A figure kind that is not timeline, regimen or image");
        stop("figure-bad-id", C, "A figure id (or file name) that is not a usable id");
        stop("figure-bad-date", C, "A date or day in a figure that cannot be read");
        stop("figure-mixed-scale", C, "Dates and day offsets mixed in one timeline");
        stop("figure-end-before-start", C, "A phase or day range that ends before it starts");
        stop("figure-unknown-category", C, "A phase names a category that is not declared");
        stop("figure-unknown-unit", C, "A dose unit casereport does not know");
        stop("figure-unknown-route", C, "A route of administration casereport does not know");
        stop("figure-bad-days", C, "Days outside the course, or not day numbers");
        stop("figure-bad-value", C, "A number, flag or choice in a figure that is out of range");
        r("figure-anchor-unused", W, C, "A timeline anchor no point refers to");
        stop("figure-file-missing", C, "The image file of a figure does not exist");
        stop("figure-path-outside-case", C, "The image path of a figure leads out of the case folder");
        stop("figure-path-invalid", C, "The image path of a figure is not a valid file name");
        stop("figure-bad-image", C, "An image that is not a readable PNG, JPEG or SVG, or an SVG reaching outside itself");
        r("figure-low-resolution", E, C, "A raster image under 300 dpi at its print width");
        r("figure-too-wide", W, C, "A figure width (length or share) wider than the text: printed at the text width");
        // templates and writers
        stop("template-outside", C, "A journal template file links outside its template folder");
        stop("template-folder", C, "A template folder that cannot be used");
        stop("template-missing", C, "The page template is missing");
        stop("template-syntax", C, "The page template has a syntax error");
        stop("template-read", C, "A template file cannot be read");
        stop("template-escaping", C, "A template that turns off escaping or reaches outside its view model");
        stop("template-error", C, "The page template failed while rendering");
        stop("template-xhtml", C, "The page template did not produce well-formed XHTML");
        stop("template-fo", C, "The FO engine (pdf.engine: fo) cannot typeset what the journal's article.fo.ftlh made");
        stop("journal-pdf-engine", C, "journal.yaml names a PDF engine that is not html or fo");
        stop("template-unreproducible", C, "A template reads the clock or builds FTL at run time");
        stop("template-recursion", C, "A template macro or include calls itself without end");
        stop("template-memory", C, "A template builds a value too large for memory");
        stop("template-reference-docx", C, "The journal's reference.docx cannot be read as a Word document");
        stop("figure-svg-unsafe", C, "An SVG image with a script, an event handler, a foreignObject or a reference outside itself");
        stop("font-folder", C, "The fonts folder is missing");
        stop("font-read", C, "A font file cannot be read");
        // running the check
        stop("manuscript-unreadable", M, "A manuscript given to check is damaged or not the kind of file its name says");
        r("manuscript-hyphen-unsure", W, M, "A reference entry of a PDF broken at a hyphen that may be the word's or the typesetter's: not compared with the style");
        r("manuscript-glyphs-unmapped", W, M, "Characters of a PDF's text that its fonts give no Unicode for (bitmap Type 3 fonts): dashes and ligatures missing");
        stop("fix-write", C, "check --fix could not write case.md (the file is unchanged)");
        // limits on input (diag/Limits, docs/limits.md)
        for (Limits.Limit l : Limits.Limit.values()) {
            stop(l.rule(), B, "Past the limit on the " + l.what() + " (" + l.defaultValue() + " " + l.unit() + " unless --limit " + l.id() + "=N)");
        }
        // the build of a folder of cases (build/Build)
        stop("case-read", C, "The build cannot read a case folder");
        stop("case-unreadable", C, "A case without errors that could not be read, so it was not rendered");
        stop("internal-error", C, "Building a case failed unexpectedly (a bug: please report it)");
        stop("output-write", C, "The outputs of a case cannot be written");
        r("build-state", W, C, "The build's record of what it built last time cannot be read or written (everything is rebuilt)");
        stop("pipeline-failed", B, "Reading and transforming the case failed unexpectedly (a bug: please report it)");
        ALL.put("check-disable", new Rule("check-disable", W, B, false, false,
                "A checks.disable entry without a reason or a rule id, naming an unknown rule, with a key other than rule and reason, or not a list; an error when it switches off a rule that may not be"));
        // metadata
        r("meta-journal", E, C, "The journal named in the front matter has no template");
        r("meta-bilingual", E, C, "Title, abstract or keywords missing in Russian or English");
        r("meta-affiliation", E, C, "No affiliations, an affiliation without both languages, or an author without one");
        r("meta-corresponding", W, C, "No corresponding author, or the corresponding author has no e-mail");
        r("meta-email", E, C, "An e-mail address that is not well formed");
        r("meta-orcid", E, C, "An ORCID iD that is not well formed or fails its ISO 7064 11,2 check digit");
        r("meta-dates", E, C, "Received/accepted dates missing, unreadable, or received after accepted");
        r("meta-keywords-count", W, C, "Number of keywords outside the journal's keywords.min/max");
        // CARE
        r("care-title", W, C, "CARE 1: the title does not name the article a case report");
        r("care-keywords", W, C, "CARE 2: no keywords");
        r("care-abstract", W, C, "CARE 3: no abstract");
        r("care-introduction", W, C, "CARE 4: no introduction");
        r("care-patient", W, C, "CARE 5: no patient information");
        r("care-findings", W, C, "CARE 6: no clinical findings");
        r("care-timeline", W, C, "CARE 7: no timeline");
        r("care-diagnosis", W, C, "CARE 8: no diagnostic assessment");
        r("care-therapy", W, C, "CARE 9: no therapeutic intervention");
        r("care-followup", W, C, "CARE 10: no follow-up and outcomes");
        r("care-discussion", W, C, "CARE 11: no discussion");
        r("care-perspective", W, C, "CARE 12: no patient perspective");
        r("care-consent", W, C, "CARE 13: no informed consent statement");
        // damaged text
        r("text-mojibake", E, B, "Cyrillic text decoded with the wrong code page (Windows-1251 as Latin-1, UTF-8 as Windows-1251)");
        r("text-replacement-char", E, B, "U+FFFD replacement characters: text was decoded with the wrong encoding");
        r("text-ligature", W, B, "A ligature (fi, fl, ff, ffi, ffl) broken by a space when copying from PDF");
        r("text-split-word", W, B, "A word split by a hyphen and a space or line break when copying from PDF");
        ALL.put("text-homoglyph", new Rule("text-homoglyph", W, B, true, true,
                "A Latin letter inside a Cyrillic word, or a Cyrillic letter inside a Latin word, that looks the same"));
        r("text-mixed-script", W, B, "A word mixing Latin and Cyrillic letters");
        r("text-stray-mark", W, B, "A combining mark that belongs to no letter (damaged apostrophe or accent)");
        r("text-spelling-variant", W, B, "The same term spelled two ways in one manuscript (N-MYC/NMYC, BCL-2/BLC-2)");
        // Russian typography
        fix("typo-nbsp-short-word", W, "No non-breaking space after a one-letter preposition or conjunction (в, к, с, у, о, и, а)");
        fix("typo-nbsp-dash", W, "No non-breaking space before a dash");
        fix("typo-hyphen-dash", W, "A hyphen between spaces used as a dash");
        fix("typo-quotes", W, "Straight or English quotes in Russian text instead of «ёлочки»");
        fix("typo-range-dash", W, "A hyphen in a number range instead of an en dash (8–10)");
        fix("typo-percent", W, "No non-breaking space before %");
        fix("typo-times", W, "The letter x instead of the multiplication sign × (6,2 × 10^8^)");
        // submitted manuscripts
        r("ref-list-missing", W, M, "No reference list found");
        r("ref-numbering", W, M, "Reference list entries not numbered 1, 2, 3…");
        r("ref-unparsed", W, M, "A reference entry that could not be split into authors, title, journal, year…");
        r("ref-style", W, M, "A reference entry that differs from the journal style");
        r("ref-doi-label", W, M, "A DOI label the style does not print: doubled (\"DOI: DOI:\"), damaged (\"001:\"), a legacy dx.doi.org resolver, a URL label");
        r("ref-doi-malformed", E, M, "A DOI with a dash for a hyphen, a space, a comma for the full stop or Cyrillic letters in it");
        r("ref-doi-missing", W, M, "A journal article without DOI or PMID where the style prints the DOI");
        r("ref-in-russian", W, M, "A language note (\"(in Russian)\") other than the journal's \"(In Russ.)\"");
        r("ref-junk", W, M, "A fragment that is not part of a reference (page furniture, \"Читать ещё\"), doubled punctuation");
        r("ref-spacing", W, M, "A space before a full stop or comma, or no space after a comma");
        r("ref-locator-spacing", W, M, "Spaces inside year;volume(issue):pages where the style prints none");
        r("ref-author-script", W, M, "An author name or a title compound mixing Cyrillic and Latin letters (a Cyrillic letter in Latin initials, \"В-cell\")");
        r("ref-year-future", E, M, "A publication year after the current year");
        r("ref-pages-reversed", E, M, "A page range that ends before it begins");
        r("ref-pages-joined", W, M, "A page range read as one page, its dash lost (\"1218\" where the entry's DOI names pages 12-18)");
        r("ref-journal-abbrev", W, M, "A dotted journal abbreviation or a full journal name where the style prints the NLM abbreviation");
        r("ref-missing-part", W, M, "A part the source type needs is missing: volume, issue or pages of an article, publisher of a book, access date of a web page");
        r("ref-supplement-doubled", W, M, "The supplement written twice in the locator (\"63 Suppl 4(Suppl 4)\", \"Suppl. Suppl\")");
        r("ref-author-separator", W, M, "A wrong separator between authors: a semicolon, \"and\" or \"&\", or a comma lost (two sets of initials in one name)");
        r("ref-duplicate", W, M, "The same source listed twice (same DOI, PMID, or title and year)");
        r("ref-style-unavailable", I, M, "The journal style could not format references; entries were not compared");
        r("cite-missing-entry", E, M, "A citation number with no entry in the reference list");
        r("cite-uncited", W, M, "A reference list entry never cited in the text");
        r("cite-order", W, M, "References not numbered in order of first citation");
    }

    private Rules() {
    }

    public static Map<String, Rule> all() {
        return Collections.unmodifiableMap(ALL);
    }

    public static Rule get(String id) {
        return ALL.get(id);
    }

    public static boolean known(String id) {
        return ALL.containsKey(id);
    }

    /** The rule's default severity (warning for an id the table does not know). */
    public static Severity severity(String id) {
        Rule r = ALL.get(id);
        return r == null ? Severity.WARNING : r.severity();
    }

    /** The index of docs/rules.md: one row a rule, in the table's order. */
    public static String markdownIndex() {
        StringBuilder sb = new StringBuilder();
        sb.append("| rule | severity | applies to | fix | can be switched off | what it finds |\n");
        sb.append("| --- | --- | --- | --- | --- | --- |\n");
        for (Rule r : ALL.values()) {
            sb.append("| `").append(r.id()).append("` | ").append(r.severity().name().toLowerCase(java.util.Locale.ROOT))
                    .append(" | ").append(switch (r.scope()) { case CASE -> "case"; case MANUSCRIPT -> "manuscript"; case BOTH -> "both"; })
                    .append(" | ").append(r.fixable() ? "yes" : "").append(" | ").append(r.switchable() ? "yes" : "no")
                    .append(" | ").append(r.summary().replace("|", "\\|")).append(" |\n");
        }
        return sb.toString();
    }
}
