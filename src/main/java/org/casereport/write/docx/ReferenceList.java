package org.casereport.write.docx;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.casereport.model.Journal;
import org.casereport.write.docx.DocxRuns.Fmt;

/**
 * The reference list: one list under a heading in every metadata language, or (references.layout: two-lists)
 * the list as published and its Latin transliteration, each under its own heading.
 */
final class ReferenceList {
    private final DocxEnv env;
    private final DocxRuns out;

    ReferenceList(DocxEnv env) {
        this.env = env;
        this.out = env.runs();
    }

    void write() {
        List<FormattedReference> bib = env.m().bibliography();
        if (bib.isEmpty()) return;
        Journal journal = env.journal();
        Map<String, Reference> byId = new HashMap<>();
        for (Reference r : env.m().references()) byId.putIfAbsent(r.id(), r);
        if ("two-lists".equals(journal.string("references.layout", "combined"))) {
            out.text(out.paragraph(Styles.BIBLIOGRAPHY_HEADING), journal.label("references", "ru"), "ru");
            for (FormattedReference f : bib) entry(f, f.original() != null ? f.original() : f.text(), sourceLang(byId, f));
            out.text(out.paragraph(Styles.BIBLIOGRAPHY_HEADING), journal.label("references", "en"), "en");
            for (FormattedReference f : bib) entry(f, f.latin() != null ? f.latin() : f.text(), "en");
        } else {
            XWPFParagraph h = out.paragraph(Styles.BIBLIOGRAPHY_HEADING);
            List<String> langs = env.metaLangs();
            for (int i = 0; i < langs.size(); i++) {
                String lang = langs.get(i);
                if (i > 0) out.text(h, " / ", lang);
                out.text(h, journal.label("references", lang), lang);
            }
            for (FormattedReference f : bib) entry(f, f.text(), sourceLang(byId, f));
        }
    }

    private static String sourceLang(Map<String, Reference> byId, FormattedReference f) {
        Reference r = byId.get(f.id());
        return r != null && r.language() != null && r.language().toLowerCase(Locale.ROOT).startsWith("ru") ? "ru" : "en";
    }

    private void entry(FormattedReference f, String text, String lang) {
        XWPFParagraph p = out.paragraph(Styles.BIBLIOGRAPHY);
        XWPFRun number = out.run(p, f.number() + ".", lang, Fmt.PLAIN);
        number.addTab();
        out.text(p, text == null ? "" : text.strip(), lang);
    }
}
