package org.casereport.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The CSL-JSON record of a journal article split from a printed entry, for the journal's style to format again. */
final class ArticleRecord {
    private ArticleRecord() {
    }

    /**
     * @param authors {family, given} pairs, in order; a group author is {name, null}
     * @param etAl    whether the printed list was cut ("et al.", "и др."): kept as {@code custom.authors-truncated}
     * @param custom  further {@code custom} fields (the English title of a Russian entry …)
     */
    static Map<String, Object> csl(List<String[]> authors, boolean etAl, String title, String journal, String year,
                                   String volume, String issue, String pages, String doi, String pmid,
                                   Map<String, Object> custom) {
        Map<String, Object> c = new LinkedHashMap<>(custom);
        // a group after a cut list ("Keech AC, et al.; FOURIER … Investigators") is the record's group author, which
        // the styles print after "et al."; after a whole list it stays the last author
        int last = authors.size() - 1;
        if (etAl && last > 0 && authors.get(last)[1] == null) {
            c.put("group-author", authors.get(last)[0]);
            authors = authors.subList(0, last);
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("type", "article-journal");
        List<Map<String, Object>> as = new ArrayList<>();
        for (String[] a : authors) {
            Map<String, Object> am = new LinkedHashMap<>();
            if (a[1] == null) {
                am.put("literal", a[0]);   // a group author
            } else {
                am.put("family", a[0]);
                am.put("given", a[1]);
            }
            as.add(am);
        }
        if (!as.isEmpty()) m.put("author", as);
        m.put("title", title);
        m.put("container-title", journal);
        m.put("issued", Map.of("date-parts", List.of(List.of(Integer.parseInt(year)))));
        if (volume != null) m.put("volume", volume);
        if (issue != null) m.put("issue", issue);
        if (pages != null) m.put("page", pages);
        if (doi != null) m.put("DOI", doi);
        if (pmid != null) m.put("PMID", pmid);
        if (TextRules.script(title).equals("ru")) m.put("language", "ru");
        if (etAl) c.put("authors-truncated", true);
        if (!c.isEmpty()) m.put("custom", c);
        return m;
    }
}
