package org.casereport.template;

import org.casereport.model.Journal;
import static org.casereport.template.ViewText.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.model.FormattedReference;
import org.casereport.model.Manuscript;
import org.casereport.model.Reference;

/**
 * The reference lists: one combined list with a title per metadata language, or (references.layout: two-lists)
 * the list as published and its Latin transliteration. Each entry comes as runs, the unbreakable ones marked.
 */
final class ReferencesView {
    private ReferencesView() {
    }

    /**
     * DOIs, URLs and page ranges with the locator they end ("2011;118(15):4577–84.") that a line must not break
     * inside: openhtmltopdf breaks at any boundary between two runs, so a run starts at a space.
     */
    private static final Pattern KEEP_TOGETHER = Pattern.compile(
            "(?i)doi:\\s*\\S+|https?://\\S+|(?<!\\S)\\S*\\d+[–-]\\d+\\.?");

    static Map<String, Object> references(Manuscript m, Journal j, String bodyLang) {
        Map<String, Object> r = new LinkedHashMap<>();
        String layout = j.string("references.layout", "combined");
        r.put("layout", layout);
        List<Object> lists = new ArrayList<>();
        if (!m.bibliography().isEmpty()) {
            if ("two-lists".equals(layout)) {
                lists.add(refList(m, j, "ru", true));
                lists.add(refList(m, j, "en", false));
            } else {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("lang", bodyLang);
                List<String> titles = new ArrayList<>();
                for (String lang : m.meta().languages(j)) titles.add(j.label("references", lang));
                one.put("titles", titles);
                List<Object> entries = new ArrayList<>();
                for (FormattedReference f : m.bibliography()) {
                    Map<String, Object> e = entry(f.number(), f.id(), f.text());
                    e.put("lang", sourceLanguage(m, f.id(), bodyLang));
                    entries.add(e);
                }
                one.put("entries", entries);
                lists.add(one);
            }
        }
        r.put("lists", lists);
        return r;
    }

    /** "ru" for a Russian-language source, else "en": the language the entry is read in. */
    private static String sourceLanguage(Manuscript m, String id, String fallback) {
        for (Reference r : m.references()) {
            if (r.id().equals(id)) return r.language().toLowerCase(Locale.ROOT).startsWith("ru") ? "ru" : "en";
        }
        return fallback;
    }

    private static Map<String, Object> refList(Manuscript m, Journal j, String lang, boolean original) {
        List<FormattedReference> refs = m.bibliography();
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("lang", lang);
        one.put("titles", List.of(j.label("references", lang)));
        List<Object> entries = new ArrayList<>();
        for (FormattedReference f : refs) {
            String t = original ? f.original() : f.latin();
            if (t == null || t.isBlank()) t = f.text();
            Map<String, Object> e = entry(f.number(), f.id(), t);
            e.put("lang", original ? sourceLanguage(m, f.id(), lang) : "en");
            entries.add(e);
        }
        one.put("entries", entries);
        return one;
    }

    private static Map<String, Object> entry(int number, String id, String text) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("number", number);
        e.put("id", text(id));
        String t = text(text).strip();
        e.put("text", t);
        e.put("parts", unbreakable(t));
        return e;
    }

    /** The entry as runs of text, {@code nobr} for the runs to keep on one line. */
    private static List<Object> unbreakable(String t) {
        List<Object> parts = new ArrayList<>();
        Matcher m = KEEP_TOGETHER.matcher(t);
        int at = 0;
        while (m.find()) {
            if (m.end() - m.start() > 60) continue; // longer than a column: let it break
            if (m.start() > at) parts.add(Map.of("text", t.substring(at, m.start()), "nobr", false));
            parts.add(Map.of("text", m.group(), "nobr", true));
            at = m.end();
        }
        if (at < t.length()) parts.add(Map.of("text", t.substring(at), "nobr", false));
        return parts;
    }
}
