package org.casereport.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@link EntryParser} found in one reference entry as written: each part with where it is in the entry text
 * ({@code [start, end)} char offsets), the kind of source, and the parts it looked for and did not find.
 */
public final class EntryParts {
    /** The kind of source the entry describes. */
    public enum Type { ARTICLE, BOOK, CHAPTER, THESIS, WEB, UNKNOWN }

    /** A part of the entry: its text and where it is. */
    public record Part(String text, int start, int end) {
    }

    public Type type = Type.UNKNOWN;
    /** "vancouver" (Authors. Title. Journal. 2017;4(2):1–9.), "gost" (… // Journal. – 2017. – Т. 4, № 2. – С. 1–9.), "latin" (References form). */
    public String layout = "vancouver";
    public final List<String[]> authors = new ArrayList<>();
    public Part authorsPart;
    public boolean etAl;
    /** A group author after the persons ("…, Coleman M.P., CONCORD Working Group."). */
    public String group;
    public Part title;
    public Part container;
    public Part year;
    public Part volume;
    public Part issue;
    public Part pages;
    /** The DOI itself (10.xxxx/…), without its label. */
    public Part doi;
    /** The DOI with its label or resolver ("doi: 10…", "https://doi.org/10…"). */
    public Part doiWithLabel;
    public Part pmid;
    public Part url;
    public Part accessed;
    public Part publisher;
    public Part place;
    /** "(In Russ.)" or a variant of it. */
    public Part inRussian;
    /** The Latin-script version of a Russian entry in a combined list, "[…]". */
    public Part latin;
    /** "Epub ahead of print": an article not yet in an issue (no volume, issue or pages to find). */
    public Part status;
    /** A legal act ("Приказ Минздрава России от …", "Order of the Ministry of Health …", "Federal Law …"): no journal or pages to find. */
    public boolean legal;
    /** A conference abstract cited by its number ("Abstract no. 4608", GOST's "abstract 4608"), read into {@link #pages}. */
    public boolean abstractNumber;
    /** A meeting's dates and place after its name (Citing Medicine: "; 2019 Mar 29–Apr 3; Atlanta, GA."). */
    public Part meetingDate;
    public Part meetingPlace;
    /** "medRxiv [Preprint]": a preprint, its server in {@link #container} (no volume, issue or pages to find). */
    public boolean preprint;
    /** The month and day after the year ("2017 Mar 1"), as NLM prints them. */
    public Part date;

    /** The parts the parser looked for and did not find, in the order of the entry. */
    public List<String> missing() {
        List<String> m = new ArrayList<>();
        if (legal) {
            if (year == null) m.add("year");
            return m;
        }
        if (authors.isEmpty() && !corporate()) m.add("authors");
        if (title == null) m.add("title");
        switch (type) {
            case ARTICLE -> {
                if (container == null) m.add("journal");
                if (year == null) m.add("year");
                if (preprint || status != null) break;
                // many Russian journals number issues only ("2019;(3):12–18", in Cyrillic or in the Latin version):
                // a missing volume is one where there is no issue
                if (volume == null && (issue == null || !russianSource())) m.add("volume");
                // an issue is missing where the pages run on through the volume (a range); an article number
                // (Front Oncol 2024;13:1324013) and a supplement have none
                // …nor a Russian journal's, in Cyrillic or in its Latin version ("2009;4:51–60. (In Russ.)"): the one
                // number may be the issue of a journal that numbers issues only
                else if (issue == null && pages != null && pages.text().matches(".*\\d\\s*[-–—]\\s*\\w*\\d.*")
                        && !volume.text().matches("(?i).*suppl.*") && !russianSource()) m.add("issue");
                if (pages == null) m.add("pages");
            }
            case BOOK -> {
                if (year == null) m.add("year");
                if (publisher == null) m.add("publisher");
            }
            case CHAPTER -> {
                if (container == null) m.add("book");
                if (year == null) m.add("year");
                if (pages == null) m.add("pages");
            }
            case THESIS -> {
                if (year == null) m.add("year");
            }
            case WEB -> {
                if (url == null) m.add("URL");
                if (accessed == null) m.add("access date");
            }
            case UNKNOWN -> {
                if (container == null) m.add("journal or publisher");
                if (year == null) m.add("year");
            }
        }
        return m;
    }

    /** A Russian source: its title in Cyrillic, or a language note "(In Russ.)", or a Latin version in brackets. */
    boolean russianSource() {
        return inRussian != null || latin != null || title != null && TextRules.script(title.text()).equals("ru");
    }

    /** An entry under the name of an organisation (a web page, a guideline) has no personal authors to find. */
    boolean corporate() {
        return type == Type.WEB || type == Type.BOOK && title != null;
    }

    /** The CSL-JSON record of an article (null when a part the style needs is missing). */
    public Map<String, Object> articleCsl() {
        // an article without authors (a group's, "Veterans Affairs … Study Group. Title", or unsigned) is formatted as well,
        // but not a legal act, nor an entry with a Latin version, whose English title the record would not have
        if (type != Type.ARTICLE || title == null || container == null || year == null) return null;
        if (authors.isEmpty() && (legal || latin != null)) return null;
        List<String[]> names = new ArrayList<>(authors);
        if (group != null) names.add(new String[] {group, null});
        Map<String, Object> csl = ArticleRecord.csl(names, etAl, title.text(), container.text(), year.text(), text(volume), text(issue),
                text(pages), text(doi), text(pmid), Map.of());
        if (status != null) csl.put("status", status.text());
        if (preprint) {
            csl.put("type", "article");
            csl.put("genre", "Preprint");
        }
        return csl;
    }

    @Override
    public String toString() {
        return type + " authors=" + authors.size() + (etAl ? "+et al." : "") + " title=" + text(title) + " container=" + text(container)
                + " year=" + text(year) + " vol=" + text(volume) + " issue=" + text(issue) + " pages=" + text(pages) + " doi=" + text(doi)
                + " pmid=" + text(pmid) + " url=" + text(url) + " accessed=" + text(accessed) + " publisher=" + text(publisher)
                + " missing=" + missing();
    }

    private static String text(Part p) {
        return p == null ? null : p.text();
    }
}
