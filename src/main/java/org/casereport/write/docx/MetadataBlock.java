package org.casereport.write.docx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.casereport.model.Affiliation;
import org.casereport.model.Author;
import org.casereport.model.Metadata;
import org.casereport.model.Journal;

/**
 * One language's metadata block: title, authors with affiliation marks, affiliations, correspondence, ORCID,
 * abstract and keywords.
 */
final class MetadataBlock {
    private final DocxEnv env;
    private final DocxRuns out;

    MetadataBlock(DocxEnv env) {
        this.env = env;
        this.out = env.runs();
    }

    void write(String lang) {
        Metadata meta = env.m().meta();
        Journal journal = env.journal();
        if (meta.title().has(lang)) {
            XWPFParagraph p = out.paragraph(Styles.TITLE);
            out.text(p, meta.title().get(lang), lang);
        }
        List<Affiliation> affiliations = orderedAffiliations(meta);
        boolean marks = affiliations.size() > 1;
        if (!meta.authors().isEmpty()) {
            XWPFParagraph p = out.paragraph(Styles.AUTHORS);
            for (int i = 0; i < meta.authors().size(); i++) {
                Author a = meta.authors().get(i);
                if (i > 0) out.text(p, ", ", lang);
                out.text(p, a.displayName(lang), lang);
                if (marks) {
                    List<String> numbers = new ArrayList<>();
                    for (String key : a.affiliations()) {
                        int n = indexOf(affiliations, key);
                        if (n > 0) numbers.add(String.valueOf(n));
                    }
                    if (!numbers.isEmpty()) out.styled(p, String.join(",", numbers), lang, Styles.AFFILIATION_MARK);
                }
            }
        }
        for (int i = 0; i < affiliations.size(); i++) {
            Affiliation af = affiliations.get(i);
            if (!af.name().has(lang)) continue;
            XWPFParagraph p = out.paragraph(Styles.AFFILIATION);
            if (marks) out.styled(p, String.valueOf(i + 1), lang, Styles.AFFILIATION_MARK);
            out.text(p, af.name().get(lang), lang);
        }
        List<String> contacts = new ArrayList<>();
        for (Author a : meta.authors()) {
            if (a.corresponding() && a.email() != null && !a.email().isBlank()) { // as the PDF prints it
                String name = (nz(a.surname().get(lang)) + " " + nz(a.initials().get(lang))).strip();
                contacts.add(name + ", " + a.email().strip());
            }
        }
        if (!contacts.isEmpty()) labelled(Styles.CORRESPONDENCE, journal.label("correspondence", lang) + ":",
                String.join("; ", contacts), lang);
        List<String> orcids = new ArrayList<>();
        for (Author a : meta.authors()) {
            if (a.orcid() != null && !a.orcid().isBlank()) orcids.add(a.displayName(lang) + " https://orcid.org/" + a.orcid().strip());
        }
        if (!orcids.isEmpty()) labelled(Styles.CORRESPONDENCE, "ORCID:", String.join("; ", orcids), lang); // as the PDF prints it
        if (meta.abstractText().has(lang)) {
            for (String para : meta.abstractText().get(lang).strip().split("\\n\\s*\\n")) {
                String t = para.strip().replaceAll("\\s*\\n\\s*", " ");
                if (!t.isEmpty()) out.text(out.paragraph(Styles.ABSTRACT), t, lang);
            }
        }
        List<String> keywords = meta.keywords(lang);
        if (!keywords.isEmpty()) labelled(Styles.KEYWORDS, journal.label("keywords", lang) + ":",
                String.join(", ", keywords), lang);
    }

    /** A paragraph that starts with a label in the label style: "Ключевые слова: …". */
    private void labelled(String style, String label, String text, String lang) {
        XWPFParagraph p = out.paragraph(style);
        out.styled(p, label, lang, Styles.META_LABEL);
        out.text(p, " " + text, lang);
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Affiliations in order of first mention by the authors, then any the authors do not name. */
    private static List<Affiliation> orderedAffiliations(Metadata meta) {
        Map<String, Affiliation> byKey = new LinkedHashMap<>();
        for (Affiliation a : meta.affiliations()) byKey.putIfAbsent(a.key(), a);
        Map<String, Affiliation> ordered = new LinkedHashMap<>();
        for (Author author : meta.authors()) {
            for (String key : author.affiliations()) {
                Affiliation a = byKey.get(key);
                if (a != null) ordered.putIfAbsent(key, a);
            }
        }
        byKey.forEach(ordered::putIfAbsent);
        return new ArrayList<>(ordered.values());
    }

    private static int indexOf(List<Affiliation> list, String key) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).key().equals(key)) return i + 1;
        }
        return 0;
    }
}
