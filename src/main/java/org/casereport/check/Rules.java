package org.casereport.check;
import org.casereport.diag.Severity;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every rule the checker reports, with its severity and what it finds. docs/rules.md lists the same ids;
 * SARIF output publishes them as {@code runs[].tool.driver.rules}.
 */
public final class Rules {
    /** One rule: a stable id, its default severity, a one-line summary, and whether {@code --fix} repairs it. */
    public record Rule(String id, Severity severity, String summary, boolean fixable) {
    }

    private static final Map<String, Rule> ALL = new LinkedHashMap<>();

    private static void r(String id, Severity s, String summary) {
        ALL.put(id, new Rule(id, s, summary, false));
    }

    private static void fix(String id, Severity s, String summary) {
        ALL.put(id, new Rule(id, s, summary, true));
    }

    static {
        // running the check
        r("case-missing", Severity.ERROR, "The case folder or its case.md is missing");
        r("path-outside-case", Severity.ERROR, "A file of the case (case.md, the reference file, figures/) links outside the case folder");
        r("front-matter", Severity.ERROR, "The front matter of case.md is missing or not valid YAML");
        r("manuscript-unreadable", Severity.ERROR, "A manuscript given to check is damaged or not the kind of file its name says");
        r("pipeline-failed", Severity.ERROR, "Reading and transforming the case failed unexpectedly");
        r("check-disable", Severity.WARNING, "A checks.disable entry has no reason or is malformed");
        // metadata
        r("meta-journal", Severity.ERROR, "The journal named in the front matter has no template");
        r("meta-bilingual", Severity.ERROR, "Title, abstract or keywords missing in Russian or English");
        r("meta-affiliation", Severity.ERROR, "No affiliations, an affiliation without both languages, or an author without one");
        r("meta-corresponding", Severity.WARNING, "No corresponding author, or the corresponding author has no e-mail");
        r("meta-email", Severity.ERROR, "An e-mail address that is not well formed");
        r("meta-orcid", Severity.ERROR, "An ORCID iD that is not well formed or fails its ISO 7064 11,2 check digit");
        r("meta-dates", Severity.ERROR, "Received/accepted dates missing, unreadable, or received after accepted");
        r("meta-keywords-count", Severity.WARNING, "Number of keywords outside the journal's keywords.min/max");
        // CARE
        r("care-title", Severity.WARNING, "CARE 1: the title does not name the article a case report");
        r("care-keywords", Severity.WARNING, "CARE 2: no keywords");
        r("care-abstract", Severity.WARNING, "CARE 3: no abstract");
        r("care-introduction", Severity.WARNING, "CARE 4: no introduction");
        r("care-patient", Severity.WARNING, "CARE 5: no patient information");
        r("care-findings", Severity.WARNING, "CARE 6: no clinical findings");
        r("care-timeline", Severity.WARNING, "CARE 7: no timeline");
        r("care-diagnosis", Severity.WARNING, "CARE 8: no diagnostic assessment");
        r("care-therapy", Severity.WARNING, "CARE 9: no therapeutic intervention");
        r("care-followup", Severity.WARNING, "CARE 10: no follow-up and outcomes");
        r("care-discussion", Severity.WARNING, "CARE 11: no discussion");
        r("care-perspective", Severity.WARNING, "CARE 12: no patient perspective");
        r("care-consent", Severity.WARNING, "CARE 13: no informed consent statement");
        // damaged text
        r("text-mojibake", Severity.ERROR, "Cyrillic text decoded with the wrong code page (Windows-1251 as Latin-1, UTF-8 as Windows-1251)");
        r("text-replacement-char", Severity.ERROR, "U+FFFD replacement characters: text was decoded with the wrong encoding");
        r("text-ligature", Severity.WARNING, "A ligature (fi, fl, ff, ffi, ffl) broken by a space when copying from PDF");
        r("text-split-word", Severity.WARNING, "A word split by a hyphen and a space or line break when copying from PDF");
        fix("text-homoglyph", Severity.WARNING, "A Latin letter inside a Cyrillic word, or a Cyrillic letter inside a Latin word, that looks the same");
        r("text-mixed-script", Severity.WARNING, "A word mixing Latin and Cyrillic letters");
        r("text-stray-mark", Severity.WARNING, "A combining mark that belongs to no letter (damaged apostrophe or accent)");
        r("text-spelling-variant", Severity.WARNING, "The same term spelled two ways in one manuscript (N-MYC/NMYC, BCL-2/BLC-2)");
        // Russian typography
        fix("typo-nbsp-short-word", Severity.WARNING, "No non-breaking space after a one-letter preposition or conjunction (в, к, с, у, о, и, а)");
        fix("typo-nbsp-dash", Severity.WARNING, "No non-breaking space before a dash");
        fix("typo-hyphen-dash", Severity.WARNING, "A hyphen between spaces used as a dash");
        fix("typo-quotes", Severity.WARNING, "Straight or English quotes in Russian text instead of «ёлочки»");
        fix("typo-range-dash", Severity.WARNING, "A hyphen in a number range instead of an en dash (8–10)");
        fix("typo-percent", Severity.WARNING, "No non-breaking space before %");
        fix("typo-times", Severity.WARNING, "The letter x instead of the multiplication sign × (6,2 × 10^8^)");
        // submitted manuscripts
        r("ref-list-missing", Severity.WARNING, "No reference list found");
        r("ref-numbering", Severity.WARNING, "Reference list entries not numbered 1, 2, 3…");
        r("ref-unparsed", Severity.WARNING, "A reference entry that could not be split into authors, title, journal, year…");
        r("ref-style", Severity.WARNING, "A reference entry that differs from the journal style");
        r("ref-doi-label", Severity.WARNING, "A DOI label the style does not print: doubled (\"DOI: DOI:\"), damaged (\"001:\"), a legacy dx.doi.org resolver, a URL label");
        r("ref-doi-malformed", Severity.ERROR, "A DOI with a dash for a hyphen, a space, a comma for the full stop or Cyrillic letters in it");
        r("ref-doi-missing", Severity.WARNING, "A journal article without DOI or PMID where the style prints the DOI");
        r("ref-in-russian", Severity.WARNING, "A language note (\"(in Russian)\") other than the journal's \"(In Russ.)\"");
        r("ref-junk", Severity.WARNING, "A fragment that is not part of a reference (page furniture, \"Читать ещё\"), doubled punctuation");
        r("ref-spacing", Severity.WARNING, "A space before a full stop or comma, or no space after a comma");
        r("ref-locator-spacing", Severity.WARNING, "Spaces inside year;volume(issue):pages where the style prints none");
        r("ref-author-script", Severity.WARNING, "An author name mixing Cyrillic and Latin letters (a Cyrillic letter in Latin initials)");
        r("ref-year-future", Severity.ERROR, "A publication year after the current year");
        r("ref-pages-reversed", Severity.ERROR, "A page range that ends before it begins");
        r("ref-journal-abbrev", Severity.WARNING, "A dotted journal abbreviation or a full journal name where the style prints the NLM abbreviation");
        r("ref-missing-part", Severity.WARNING, "A part the source type needs is missing: volume, issue or pages of an article, publisher of a book, access date of a web page");
        r("ref-duplicate", Severity.WARNING, "The same source listed twice (same DOI, PMID, or title and year)");
        r("ref-style-unavailable", Severity.INFO, "The journal style could not format references; entries were not compared");
        r("cite-missing-entry", Severity.ERROR, "A citation number with no entry in the reference list");
        r("cite-uncited", Severity.WARNING, "A reference list entry never cited in the text");
        r("cite-order", Severity.WARNING, "References not numbered in order of first citation");
    }

    private Rules() {
    }

    public static Map<String, Rule> all() {
        return java.util.Collections.unmodifiableMap(ALL);
    }

    public static Rule get(String id) {
        return ALL.get(id);
    }

    public static boolean known(String id) {
        return ALL.containsKey(id);
    }

    /** The rule's default severity (warning for ids this checker does not define, e.g. pipeline rules). */
    public static Severity severity(String id) {
        Rule r = ALL.get(id);
        return r == null ? Severity.WARNING : r.severity();
    }
}
