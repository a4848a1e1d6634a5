package org.casereport.cite;

import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.casereport.diag.Diagnostics;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.casereport.diag.SourcePos;
import org.casereport.model.Journal;

/**
 * Formats the reference list in the journal's CSL style (citeproc-java), Russian sources with their Latin-script
 * version. See docs/references.md.
 */
public final class Bibliography {
    private Bibliography() {
    }

    /**
     * The cited references, formatted by the journal's CSL file ({@code references.csl}, looked up like every
     * template file). Never throws for bad input: problems go to {@code diagnostics}.
     *
     * @param inCitationOrder the cited references, numbered 1.. in this order
     */
    public static List<FormattedReference> format(Journal journal, List<Reference> inCitationOrder, Diagnostics diagnostics) {
        String cslName = journal.string("references.csl", "style.csl");
        Path file = journal.find(cslName);
        SourcePos where = SourcePos.file("templates/" + journal.name() + "/journal.yaml");
        if (file == null) {
            diagnostics.error("ref-style-file", where, "the journal's citation style \"" + cslName + "\" was not found in " + journal.dirs());
            return List.of();
        }
        CslStyle style = style(journal, cslName, file, diagnostics);
        if (style == null) return List.of();
        CslStyle latinStyle = style;
        String latinName = journal.string("references.csl_latin", null);
        if (latinName != null) {
            Path latinFile = journal.find(latinName);
            if (latinFile == null) {
                diagnostics.error("ref-style-file", where, "the journal's Latin-script citation style \"" + latinName + "\" was not found in " + journal.dirs());
                return List.of();
            }
            latinStyle = style(journal, latinName, latinFile, diagnostics);
            if (latinStyle == null) return List.of();
        }
        Transliteration tr;
        try {
            tr = Transliteration.of(journal.string("references.transliteration", "bgn"));
        } catch (IllegalArgumentException e) {
            diagnostics.error("ref-style-file", where, "references.transliteration: " + e.getMessage());
            tr = Transliteration.of("bgn");
        }
        String inRussian = journal.string("references.in_russian", "(In Russ.)");
        boolean translitTitle = "transliterated-and-english".equals(journal.string("references.latin_title", "english"));
        String publisherSuffix = journal.string("references.latin_publisher_suffix", "");
        ItemPreparer prep = new ItemPreparer(style, tr, inRussian, translitTitle, publisherSuffix);
        ItemPreparer latinPrep = latinStyle == style ? prep : new ItemPreparer(latinStyle, tr, inRussian, translitTitle, publisherSuffix);

        // Phase 1: every record's prepared items (original, Latin version), rendered in one citeproc-java run per
        // engine where the run can be matched back item by item (CslStyle.formatBatch); phase 2 takes each entry from
        // its own item, checks it, and renders the item alone when the batch gave nothing usable for it.
        int n = inCitationOrder.size();
        CSLItemData[] first = new CSLItemData[n];
        CSLItemData[] second = new CSLItemData[n];
        boolean[] bilingual = new boolean[n];
        List<CSLItemData> mainRu = new ArrayList<>();
        List<CSLItemData> mainEn = new ArrayList<>();
        List<CSLItemData> latinEn = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Reference r = inCitationOrder.get(i);
            String key = "ref" + (i + 1);
            try {
                bilingual[i] = ItemPreparer.isRussian(r) && !ItemPreparer.russianInLatinOnly(r);
                if (bilingual[i]) {
                    first[i] = prep.original(r, key, i + 1);
                    second[i] = latinPrep.latin(r, key, i + 1);
                    mainRu.add(first[i]);
                } else {
                    first[i] = prep.plain(r, key, i + 1);
                    second[i] = latinStyle == style ? null : latinPrep.plain(r, key, i + 1);
                    mainEn.add(first[i]);
                }
                if (second[i] != null) {
                    if (latinStyle == style) mainEn.add(second[i]);
                    else latinEn.add(second[i]);
                }
            } catch (RuntimeException e) {
                diagnostics.error("ref-format", r.pos(), "reference " + (i + 1) + " \"" + r.id() + "\" cannot be formatted: " + e.getMessage());
            }
        }
        Map<CSLItemData, String> pre = new java.util.IdentityHashMap<>();
        style.formatBatch(mainRu, true, pre);
        style.formatBatch(mainEn, false, pre);
        latinStyle.formatBatch(latinEn, false, pre);

        List<FormattedReference> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Reference r = inCitationOrder.get(i);
            int number = i + 1;
            if (first[i] == null) continue;
            try {
                if (bilingual[i]) {
                    if (ItemPreparer.englishTitle(r) == null) {
                        diagnostics.warning("ref-ru-no-english-title", r.pos(), "the Russian-language reference \"" + r.id()
                                + "\" has no English title (custom.title-en); its Latin-script version prints the title transliterated");
                    }
                    if (style.editorsInGenitive && r.csl().containsKey("editor")) {
                        List<String> unknown = new ArrayList<>();
                        prep.genitiveEditors(r, unknown);
                        if (!unknown.isEmpty()) {
                            diagnostics.warning("ref-editor-genitive", r.pos(), "reference \"" + r.id() + "\": the style prints \"под ред.\" with the "
                                    + "editor's surname in the genitive, which for " + String.join(", ", unknown) + " depends on the bearer's sex "
                                    + "(Лесняк: a man's \"Лесняка\", a woman's \"Лесняк\"); printed in the nominative — give the genitive in "
                                    + "custom.editors-genitive (a list parallel to editor)");
                        }
                    }
                    String orig = entry(style, first[i], true, pre, r, number, "original", diagnostics);
                    if (orig == null) continue;   // one error a record
                    String lat = entry(latinStyle, second[i], false, pre, r, number, "Latin-script version", diagnostics);
                    if (lat == null) continue;
                    if (!latinStyle.printsNote && !inRussian.isBlank()) lat = lat + " " + inRussian;
                    out.add(new FormattedReference(number, r.id(), orig + " [" + lat + "]", orig, lat));
                } else {
                    // a Latin-script source, or a Russian one known only in Latin script or English: printed once
                    boolean inRuss = ItemPreparer.russianInLatinOnly(r) && !inRussian.isBlank();
                    String orig = entry(style, first[i], false, pre, r, number, "entry", diagnostics);
                    if (orig == null) continue;
                    if (inRuss && !style.printsNote) orig = orig + " " + inRussian;
                    String lat = orig;
                    if (second[i] != null) {
                        lat = entry(latinStyle, second[i], false, pre, r, number, "Latin-script entry", diagnostics);
                        if (lat == null) continue;
                        if (inRuss && !latinStyle.printsNote) lat = lat + " " + inRussian;
                    }
                    out.add(new FormattedReference(number, r.id(), orig, orig, lat));
                }
            } catch (RuntimeException e) {
                diagnostics.error("ref-format", r.pos(), "reference " + number + " \"" + r.id() + "\" cannot be formatted: " + e.getMessage());
            }
        }
        return out;
    }

    private static CslStyle style(Journal journal, String name, Path file, Diagnostics diagnostics) {
        try {
            return CslStyle.load(file);
        } catch (IOException | RuntimeException e) {
            diagnostics.error("ref-style-file", SourcePos.file(file.toString()), "cannot read the citation style " + name + ": " + e.getMessage());
            return null;
        }
    }

    /**
     * One entry, rendered from its own prepared item alone and checked against it ({@link EntryCheck}); null, with an
     * error at the record's position, when the style renders it empty, prints "null" or leaves out what it must show.
     */
    private static String entry(CslStyle style, CSLItemData item, boolean russianTerms, Map<CSLItemData, String> pre,
                                Reference r, int number, String what, Diagnostics diagnostics) {
        String batch = pre.get(item);
        String text = batch == null ? null : clean(batch, style);
        String problem = text == null ? "not rendered" : EntryCheck.problem(text, item);
        if (problem != null) {
            // not in the batch, or not right there: the item alone decides
            text = clean(style.format(item, russianTerms), style);
            problem = EntryCheck.problem(text, item);
        }
        if (problem != null) {
            diagnostics.error("ref-format", r.pos(), "reference " + number + " \"" + r.id() + "\": its " + what + " " + problem
                    + " — give the record the fields its type needs (docs/references.md)");
            return null;
        }
        return withAheadOfPrintDoi(style, r.csl(), ItemPreparer.unprotect(text));
    }

    /**
     * An article ahead of print (status, no volume, issue, pages or number), like a preprint, has its DOI as its only locator: a style
     * that prints no DOI at all (NLM's official one) gets it after the entry, "… Blood. 2024 [Epub ahead of print].
     * doi: 10.1182/…". Added here rather than in the style so that the style still says, to the editor's check, that it
     * prints no DOI for any other article.
     */
    static String withAheadOfPrintDoi(CslStyle style, Map<String, Object> csl, String entry) {
        if (style.printsDoi) return entry;
        Object doi = csl.get("DOI");
        boolean aheadOfPrint = "article-journal".equals(csl.get("type")) && !blank(csl.get("status"));
        boolean preprint = "article".equals(csl.get("type")) && String.valueOf(csl.get("genre")).toLowerCase(java.util.Locale.ROOT).contains("preprint");
        if (!(aheadOfPrint || preprint) || blank(doi)) return entry;
        for (String locator : List.of("volume", "issue", "page", "number")) if (!blank(csl.get(locator))) return entry;
        return entry + (entry.endsWith(".") ? " " : ". ") + "doi: " + doi.toString().strip() + ".";
    }

    private static boolean blank(Object o) {
        return o == null || o.toString().isBlank();
    }

    /** An entry as citeproc-java's text output gives it, without the line end and without the style's own number. */
    private static String clean(String entry, CslStyle style) {
        if (entry == null) return "";
        String s = entry.strip();
        if (style.numbered) {
            // citeproc-java numbers the entries it formats (1, 2, … per run), not ours: drop the number that leads
            s = LEADING_NUMBER.matcher(s).replaceFirst("");
        }
        return SPACES.matcher(s).replaceAll(" ");
    }

    private static final java.util.regex.Pattern LEADING_NUMBER = java.util.regex.Pattern.compile("^\\[?\\d+\\]?\\.?\\s*");
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    /** Checks of the records themselves (missing fields, malformed DOI/PMID, duplicates, dates, page ranges), against the current year. */
    public static void check(List<Reference> references, Diagnostics diagnostics) {
        check(references, Year.now().getValue(), diagnostics);
    }

    /** The same, with the year "now" given (so that tests do not depend on the clock). */
    public static void check(List<Reference> references, int currentYear, Diagnostics diagnostics) {
        ReferenceChecks.check(references, currentYear, diagnostics);
    }

    /** A warning (rule {@code ref-uncited}) for every reference of the file that the text never cites. */
    public static void checkUncited(List<Reference> all, Set<String> cited, Diagnostics diagnostics) {
        for (Reference r : all) {
            if (!cited.contains(r.id())) {
                diagnostics.warning("ref-uncited", r.pos(), "reference \"" + r.id() + "\" is never cited in the text");
            }
        }
    }

    /**
     * The citation mark for a list of numbers, as the journal prints it: "[2, 3, 6–8]" or superscript "2,3,6–8".
     * Numbers are sorted, repeated ones dropped; runs of {@code citations.collapse} (3) or more consecutive numbers
     * become a range. The marks come from {@code citations.prefix/suffix/delimiter/range} in journal.yaml.
     */
    public static String citationMark(Journal journal, List<Integer> numbers) {
        boolean sup = superscript(journal);
        String prefix = journal.string("citations.prefix", sup ? "" : "[");
        String suffix = journal.string("citations.suffix", sup ? "" : "]");
        String delimiter = journal.string("citations.delimiter", sup ? "," : ", ");
        String range = journal.string("citations.range", "–");
        int collapse = Math.max(2, journal.integer("citations.collapse", 3));
        List<Integer> sorted = new ArrayList<>(new TreeSet<>(numbers));
        StringBuilder sb = new StringBuilder(prefix);
        int i = 0;
        boolean first = true;
        while (i < sorted.size()) {
            int j = i;
            while (j + 1 < sorted.size() && sorted.get(j + 1) == sorted.get(j) + 1) j++;
            int run = j - i + 1;
            if (run >= collapse) {
                if (!first) sb.append(delimiter);
                sb.append(sorted.get(i)).append(range).append(sorted.get(j));
                first = false;
            } else {
                for (int k = i; k <= j; k++) {
                    if (!first) sb.append(delimiter);
                    sb.append(sorted.get(k));
                    first = false;
                }
            }
            i = j + 1;
        }
        return sb.append(suffix).toString();
    }

    /** A citation mark of numbers with locators, written as given: "[3, с. 235; 5]" (no ranges are made). */
    public static String citationMark(Journal journal, java.util.Collection<String> parts) {
        boolean sup = superscript(journal);
        String prefix = journal.string("citations.prefix", sup ? "" : "[");
        String suffix = journal.string("citations.suffix", sup ? "" : "]");
        String delimiter = parts.stream().anyMatch(p -> p.contains(",")) ? "; " : journal.string("citations.delimiter", sup ? "," : ", ");
        return prefix + String.join(delimiter, parts) + suffix;
    }

    /**
     * Whether the journal prints two reference lists ({@code references.layout: two-lists}): "Литература" with
     * {@link FormattedReference#original()} of every entry, then "References" with {@link FormattedReference#latin()};
     * else one list of {@link FormattedReference#text()} ({@code combined}, the default).
     */
    public static boolean twoLists(Journal journal) {
        return "two-lists".equals(journal.string("references.layout", "combined"));
    }

    /** Whether the journal prints citation marks as superscript (else in brackets on the line). */
    public static boolean superscript(Journal journal) {
        return "superscript".equals(journal.string("citations.style", "brackets"));
    }
}
