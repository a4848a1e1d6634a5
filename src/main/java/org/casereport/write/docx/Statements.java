package org.casereport.write.docx;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.casereport.model.Statement;
import org.casereport.model.Journal;

/**
 * The closing notes: the statements (consent, conflict of interest, funding, …) in the journal's order, each in
 * every metadata language, then the received and accepted dates.
 */
final class Statements {
    private final DocxEnv env;
    private final DocxRuns out;
    private final InlineContent inlines;

    Statements(DocxEnv env, InlineContent inlines) {
        this.env = env;
        this.out = env.runs();
        this.inlines = inlines;
    }

    /** In the order the PDF prints them ({@link org.casereport.model.Metadata#statementOrder}); a statement without a label prints without one. */
    void write() {
        Map<String, Statement> all = env.m().meta().statements();
        if (all.isEmpty()) return;
        Journal journal = env.journal();
        for (String key : env.m().meta().statementOrder(journal)) {
            Statement st = all.get(key);
            for (String lang : env.metaLangs()) {
                if (st == null || !st.text().has(lang)) continue;
                XWPFParagraph p = out.paragraph(Styles.STATEMENT);
                String label = st.label(key, journal, lang);
                if (label != null) {
                    out.styled(p, label + ".", lang, Styles.META_LABEL);
                    out.text(p, " ", lang);
                }
                inlines.write(p, st.text().get(lang), lang, DocxRuns.Fmt.PLAIN);
            }
        }
    }

    /** "Поступила: 12.03.2024. Принята: 02.05.2024." in each metadata language. */
    void dates() {
        LocalDate received = env.m().meta().received();
        LocalDate accepted = env.m().meta().accepted();
        if (received == null && accepted == null) return;
        Journal journal = env.journal();
        String pattern = journal.string("date_format", "dd.MM.yyyy");
        for (String lang : env.metaLangs()) {
            DateTimeFormatter fmt;
            try {
                fmt = DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(DocxRuns.langTag(lang)));
            } catch (IllegalArgumentException e) {
                fmt = DateTimeFormatter.ISO_LOCAL_DATE;
            }
            StringBuilder s = new StringBuilder();
            if (received != null) s.append(journal.label("received", lang)).append(": ").append(fmt.format(received)).append('.');
            if (accepted != null) {
                if (s.length() > 0) s.append(' ');
                s.append(journal.label("accepted", lang)).append(": ").append(fmt.format(accepted)).append('.');
            }
            out.text(out.paragraph(Styles.DATES), s.toString(), lang);
        }
    }
}
