package org.casereport.pipeline;

import java.util.List;
import java.util.Map;
import org.casereport.model.Inline;
import org.casereport.model.Manuscript;
import org.casereport.model.Reference;
import org.casereport.model.Walk;
import org.casereport.model.Journal;

/**
 * The author part of a narrative citation {@code @key}: "Berthold", "Berthold and Spix", "Berthold et al." — in a
 * Russian text "Berthold и Spix", "Бертольд и соавт." (the surname as the record writes it; the words from
 * {@code citations.narrative_and} and {@code citations.narrative_et_al} in journal.yaml, by the language of the body).
 */
final class NarrativeAuthor {
    private NarrativeAuthor() {
    }

    /** Whether the body is mostly Cyrillic text. */
    static boolean russianText(Manuscript m) {
        int[] count = new int[2];
        Walk.inlines(m, i -> {
            if (i instanceof Inline.Text t) {
                t.text().codePoints().filter(Character::isLetter).forEach(c -> {
                    if (Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC) count[0]++;
                    else count[1]++;
                });
            }
        });
        return count[0] >= count[1];
    }

    static String of(Reference r, Journal journal, boolean russian) {
        String lang = russian ? "ru" : "en";
        String and = journal.string("citations.narrative_and." + lang, russian ? "и" : "and");
        String etAl = journal.string("citations.narrative_et_al." + lang, russian ? "и соавт." : "et al.");
        Object authors = r.csl().get("author");
        if (!(authors instanceof List<?> list) || list.isEmpty()) authors = r.csl().get("editor");
        if (!(authors instanceof List<?> names) || names.isEmpty()) {
            Object title = r.csl().get("title");
            return title == null ? "" : title.toString();
        }
        boolean truncated = r.csl().get("custom") instanceof Map<?, ?> c && "true".equalsIgnoreCase(String.valueOf(c.get("authors-truncated")));
        String first = surname(names.get(0));
        if (names.size() == 1 && !truncated) return first;
        if (names.size() == 2 && !truncated) return first + " " + and + " " + surname(names.get(1));
        return first + " " + etAl;
    }

    private static String surname(Object name) {
        if (!(name instanceof Map<?, ?> n)) return "";
        Object family = n.get("family");
        if (family != null) {
            Object particle = n.get("non-dropping-particle");
            return particle == null ? family.toString() : particle + " " + family;
        }
        Object literal = n.get("literal");
        return literal == null ? "" : literal.toString();
    }
}
