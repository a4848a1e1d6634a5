package org.casereport.write.docx;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.casereport.template.AuthorLines;
import org.casereport.template.Ties;
import org.casereport.model.Affiliation;
import org.casereport.model.Author;
import org.casereport.model.Inline;
import org.casereport.model.Walk;
import org.casereport.model.Metadata;
import org.casereport.model.Journal;

/**
 * One language's metadata block: title, subtitle, authors with affiliation marks, affiliations, correspondence, ORCID,
 * abstract and keywords, the texts with their inline markup; and before the blocks, the draft mark, UDC, article
 * type and DOI.
 */
final class MetadataBlock {
    private final DocxEnv env;
    private final DocxRuns out;
    private final InlineContent inlines;

    MetadataBlock(DocxEnv env, InlineContent inlines) {
        this.env = env;
        this.out = env.runs();
        this.inlines = inlines;
    }

    /** What comes before the blocks: the draft mark, UDC, the article type and the DOI (body language). */
    void front() {
        Metadata meta = env.m().meta();
        Journal journal = env.journal();
        String lang = env.bodyLang();
        String info = env.style(Styles.ARTICLE_INFO, Styles.CORRESPONDENCE);
        if (meta.draft()) {
            List<String> marks = new ArrayList<>();
            for (String l : env.metaLangs()) {
                String mark = journal.label("draft", l);
                if (!marks.contains(mark)) marks.add(mark);
            }
            XWPFParagraph p = out.paragraph(info);
            out.run(p, String.join(" / ", marks), lang, new DocxRuns.Fmt(true, false, null));
        }
        if (meta.publication().udc() != null) {
            labelled(info, journal.label("udc", lang), meta.publication().udc(), lang);
        }
        String type = meta.articleType(journal, lang);
        if (!type.isBlank()) out.run(out.paragraph(info), type, lang, new DocxRuns.Fmt(true, false, null));
        if (meta.publication().doi() != null) labelled(info, "DOI:", meta.publication().doi(), lang);
    }

    /** The «Для цитирования» / "For citation" lines, after the metadata blocks. */
    void citation() {
        Journal journal = env.journal();
        for (String lang : env.metaLangs()) {
            String line = env.m().meta().publication().citation().get(lang);
            if (line != null && !line.isBlank()) {
                labelled(env.style(Styles.FOR_CITATION, Styles.CORRESPONDENCE), journal.label("for_citation", lang) + ":", line, lang);
            }
        }
    }

    void write(String lang) {
        Metadata meta = env.m().meta();
        Journal journal = env.journal();
        if (meta.title().has(lang)) {
            XWPFParagraph p = out.paragraph(Styles.TITLE);
            inlines.write(p, meta.title().get(lang), lang, DocxRuns.Fmt.PLAIN);
        }
        if (meta.subtitle().has(lang)) {
            XWPFParagraph p = out.paragraph(SubtitleStyle.ensure(env.doc()));
            inlines.write(p, meta.subtitle().get(lang), lang, DocxRuns.Fmt.PLAIN);
        }
        List<Affiliation> affiliations = orderedAffiliations(meta);
        boolean marks = affiliations.size() > 1;
        if (!meta.authors().isEmpty()) {
            XWPFParagraph p = out.paragraph(Styles.AUTHORS);
            for (int i = 0; i < meta.authors().size(); i++) {
                Author a = meta.authors().get(i);
                if (i > 0) out.text(p, ", ", lang);
                out.text(p, Ties.name(a.initials().get(lang), a.surname().get(lang)), lang);
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
            inlines.write(p, af.name().get(lang), lang, DocxRuns.Fmt.PLAIN);
        }
        for (Author a : meta.authors()) {
            if (a.corresponding() && a.email() != null && !a.email().isBlank()) { // as the PDF prints it
                StringBuilder c = new StringBuilder(AuthorLines.fullName(a, lang));
                if (a.address().has(lang)) c.append("; ").append(a.address().get(lang).strip());
                c.append("; E-mail: ").append(a.email().strip());
                if (a.phone() != null) c.append("; ").append(journal.label("phone", lang)).append(": ").append(a.phone());
                labelled(Styles.CORRESPONDENCE, journal.label("correspondence", lang) + ":", c.toString(), lang);
            }
        }
        List<String> details = AuthorLines.details(meta, lang);
        if (!details.isEmpty()) {  // as the PDF prints it
            labelled(Styles.CORRESPONDENCE, journal.label("authors_info", lang) + ":", String.join("; ", details), lang);
        }
        List<String> orcids = new ArrayList<>();
        for (Author a : meta.authors()) {
            if (a.orcid() != null && !a.orcid().isBlank()) orcids.add(a.displayName(lang) + " https://orcid.org/" + a.orcid().strip());
        }
        if (!orcids.isEmpty()) labelled(Styles.CORRESPONDENCE, "ORCID:", String.join("; ", orcids), lang); // as the PDF prints it
        for (List<Inline> para : meta.abstractText().get(lang)) {
            if (!Walk.text(para).isBlank()) inlines.write(out.paragraph(Styles.ABSTRACT), para, lang, DocxRuns.Fmt.PLAIN);
        }
        List<List<Inline>> keywords = meta.keywords().get(lang).stream().filter(k -> !Walk.text(k).isBlank()).toList();
        if (!keywords.isEmpty()) {
            XWPFParagraph p = out.paragraph(Styles.KEYWORDS);
            out.styled(p, journal.label("keywords", lang) + ":", lang, Styles.META_LABEL);
            out.text(p, " ", lang);
            for (int i = 0; i < keywords.size(); i++) {
                if (i > 0) out.text(p, ", ", lang);
                inlines.write(p, keywords.get(i), lang, DocxRuns.Fmt.PLAIN);
            }
        }
    }

    /** A paragraph that starts with a label in the label style: "Ключевые слова: …". */
    private void labelled(String style, String label, String text, String lang) {
        XWPFParagraph p = out.paragraph(style);
        out.styled(p, label, lang, Styles.META_LABEL);
        out.text(p, " " + text, lang);
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
