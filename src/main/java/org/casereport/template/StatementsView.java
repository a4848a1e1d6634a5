package org.casereport.template;

import org.casereport.model.Journal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casereport.model.LocalizedText;
import org.casereport.model.Metadata;

/** The closing notes: the statements in the journal's order, each per language, and the received/accepted dates. */
final class StatementsView {
    private StatementsView() {
    }

    static List<Object> statements(Metadata meta, Journal j, List<String> langs) {
        List<String> order = new ArrayList<>(j.map("labels.statements").keySet());
        for (String k : meta.statements().keySet()) if (!order.contains(k)) order.add(k);
        List<Object> out = new ArrayList<>();
        for (String key : order) {
            LocalizedText t = meta.statements().get(key);
            if (t == null || t.isEmpty()) continue;
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("key", key);
            List<Object> per = new ArrayList<>();
            for (String lang : langs) {
                if (!t.has(lang)) continue;
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("lang", lang);
                one.put("label", j.string("labels.statements." + key + "." + lang, key));
                one.put("text", t.get(lang).strip());
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
