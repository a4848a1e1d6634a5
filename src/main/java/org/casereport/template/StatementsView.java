package org.casereport.template;

import org.casereport.model.Journal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casereport.model.PlainText;
import org.casereport.model.Statement;
import org.casereport.model.Metadata;

/** The closing notes: the statements in the journal's order, each per language, and the received/accepted dates. */
final class StatementsView {
    private StatementsView() {
    }

    /**
     * The statements in the journal's order (the order of {@code labels.statements}), then the case's others in
     * its order; each in every metadata language it has, with its label and its text ({@code text} plain,
     * {@code content} inline nodes). A statement with no label prints without one.
     */
    static List<Object> statements(Metadata meta, Journal j, List<String> langs, ViewContext ctx) {
        List<Object> out = new ArrayList<>();
        for (String key : meta.statementOrder(j)) {
            Statement st = meta.statements().get(key);
            if (st == null || st.text().isEmpty()) continue;
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("key", key);
            List<Object> per = new ArrayList<>();
            for (String lang : langs) {
                if (!st.text().has(lang)) continue;
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("lang", lang);
                String label = st.label(key, j, lang);
                one.put("label", label == null ? "" : ViewText.text(label));
                one.put("text", ViewText.text(PlainText.of(st.text().get(lang))));
                one.put("content", InlineView.inlines(st.text().get(lang), ctx));
                per.add(one);
            }
            s.put("languages", per);
            out.add(s);
        }
        return out;
    }

    static List<Object> dates(Metadata meta, Journal j, List<String> langs) {
        List<Object> out = new ArrayList<>();
        if (meta.received() == null && meta.accepted() == null) return out;
        DateTimeFormatter f = dateFormat(j);
        for (String lang : langs) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("lang", lang);
            d.put("receivedLabel", j.label("received", lang));
            d.put("received", format(meta.received(), f));
            d.put("acceptedLabel", j.label("accepted", lang));
            d.put("accepted", format(meta.accepted(), f));
            out.add(d);
        }
        return out;
    }
    private static String format(LocalDate d, DateTimeFormatter f) {
        return d == null ? "" : f.format(d);
    }

    private static DateTimeFormatter dateFormat(Journal j) {
        try {
            return DateTimeFormatter.ofPattern(j.string("date_format", "dd.MM.yyyy"), Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
        }
    }
}
