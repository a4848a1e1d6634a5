package org.casereport.cite;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Reference;

/**
 * Checks of the reference records themselves, each with its rule id:
 * {@code ref-missing-field}, {@code ref-doi-malformed}, {@code ref-pmid-malformed}, {@code ref-duplicate},
 * {@code ref-year-future}, {@code ref-page-range}. Positions are the record's first line.
 */
final class ReferenceChecks {
    /** A DOI as printed after "doi: ": "10." + registrant + "/" + suffix, no spaces, no resolver prefix. */
    private static final Pattern DOI = Pattern.compile("10\\.\\d{4,9}(\\.\\d+)*/\\S+");
    private static final Pattern PMID = Pattern.compile("[1-9]\\d{0,8}");
    private static final Pattern PAGE = Pattern.compile("([A-Za-z]*)(\\d+)([A-Za-z]*)");

    private ReferenceChecks() {
    }

    static void check(List<Reference> references, int currentYear, Diagnostics d) {
        Map<String, Reference> dois = new HashMap<>();
        Map<String, Reference> pmids = new HashMap<>();
        for (Reference r : references) {
            Map<String, Object> c = r.csl();
            String doi = str(c.get("DOI"));
            if (doi != null) {
                if (!DOI.matcher(doi).matches()) {
                    d.error("ref-doi-malformed", r.pos(), "reference \"" + r.id() + "\": \"" + doi + "\" is not a DOI"
                            + (doi.toLowerCase(Locale.ROOT).contains("doi.org/") || doi.toLowerCase(Locale.ROOT).startsWith("doi:")
                            ? " (write it bare, as 10.xxxx/…, without the resolver address or the \"doi:\" label)"
                            : " (a DOI reads 10.xxxx/…)"));
                } else {
                    Reference before = dois.putIfAbsent(doi.toLowerCase(Locale.ROOT), r);
                    if (before != null) {
                        d.warning("ref-duplicate", r.pos(), "references \"" + before.id() + "\" and \"" + r.id() + "\" have the same DOI " + doi
                                + " (first at " + before.pos() + ")");
                    }
                }
            }
            String pmid = str(c.get("PMID"));
            if (pmid != null) {
                if (!PMID.matcher(pmid).matches()) {
                    d.error("ref-pmid-malformed", r.pos(), "reference \"" + r.id() + "\": \"" + pmid + "\" is not a PubMed number (digits only)");
                } else {
                    Reference before = pmids.putIfAbsent(pmid, r);
                    if (before != null && !sameDoi(before, r)) {
                        d.warning("ref-duplicate", r.pos(), "references \"" + before.id() + "\" and \"" + r.id() + "\" have the same PMID " + pmid
                                + " (first at " + before.pos() + ")");
                    }
                }
            }
            if ("article-journal".equals(r.type())) missingFields(r, d);
            Integer year = year(c.get("issued"));
            if (year != null && year > currentYear) {
                d.error("ref-year-future", r.pos(), "reference \"" + r.id() + "\": the year " + year + " is in the future (it is " + currentYear + ")");
            }
            String page = str(c.get("page"));
            if (page != null) pageRange(r, page, d);
        }
    }

    private static boolean sameDoi(Reference a, Reference b) {
        String x = str(a.csl().get("DOI"));
        String y = str(b.csl().get("DOI"));
        return x != null && x.equalsIgnoreCase(y);   // already reported once for the DOI
    }

    private static void missingFields(Reference r, Diagnostics d) {
        Map<String, Object> c = r.csl();
        List<String> missing = new ArrayList<>();
        // an unsigned article (no author, no editor) is valid: every shipped style prints it title first, as journals
        // print such a record ("Скелетно-мышечные … боли … Терапия. 2023;9(4S):212–26"); only its title is needed
        if (str(c.get("title")) == null) missing.add("title");
        if (str(c.get("container-title")) == null && str(c.get("container-title-short")) == null) missing.add("container-title (journal)");
        if (year(c.get("issued")) == null) missing.add("issued (year)");
        // a journal without volumes gives the issue ("2019;(3):88–97", "2019;5(12):10–15"); an article ahead of print
        // (CSL "status": "Epub ahead of print") has neither volume nor pages yet
        boolean aheadOfPrint = str(c.get("status")) != null;
        if (str(c.get("volume")) == null && str(c.get("issue")) == null && !aheadOfPrint) missing.add("volume (or issue)");
        if (str(c.get("page")) == null && str(c.get("number")) == null && !aheadOfPrint) missing.add("page (or article number)");
        if (!missing.isEmpty()) {
            d.error("ref-missing-field", r.pos(), "journal article \"" + r.id() + "\" lacks " + String.join(", ", missing));
        }
    }

    /** "577-593", "577–93", "e486-e488", "S39-44": the last page must not come before the first. */
    private static void pageRange(Reference r, String page, Diagnostics d) {
        for (String part : page.split("[,;]")) {
            String[] ends = part.strip().split("\\s*[-–—]+\\s*");
            if (ends.length != 2) continue;
            Matcher a = PAGE.matcher(ends[0]);
            Matcher b = PAGE.matcher(ends[1]);
            if (!a.matches() || !b.matches()) continue;
            String first = a.group(2);
            String last = b.group(2);
            if (last.length() < first.length()) last = first.substring(0, first.length() - last.length()) + last; // 577–93 → 593
            if (first.length() > 12 || last.length() > 12) continue;
            if (Long.parseLong(last) < Long.parseLong(first)) {
                d.error("ref-page-range", r.pos(), "reference \"" + r.id() + "\": the page range " + part.strip() + " ends before it begins");
            }
        }
    }

    static Integer year(Object issued) {
        if (issued instanceof Map<?, ?> m) {
            Object dp = m.get("date-parts");
            if (dp instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof List<?> first && !first.isEmpty()) {
                return toInt(first.get(0));
            }
            Object raw = m.containsKey("raw") ? m.get("raw") : m.get("literal");
            if (raw != null) {
                Matcher y = Pattern.compile("\\b(\\d{4})\\b").matcher(raw.toString());
                if (y.find()) return Integer.parseInt(y.group(1));
            }
            return null;
        }
        if (issued != null) return toInt(issued);
        return null;
    }

    private static Integer toInt(Object o) {
        if (o instanceof Number n) return n.intValue();
        if (o == null) return null;
        try {
            return Integer.parseInt(o.toString().strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String str(Object o) {
        if (o == null) return null;
        String s = o.toString().strip();
        return s.isEmpty() ? null : s;
    }
}
