package org.casereport.model;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A list of inline runs in Russian and in English: the paragraphs of an abstract, the keywords. Each run may hold
 * inline markup ({@code *KMT2A*}, {@code 10^9^}, {@code **Введение.**}). Either side may be empty.
 */
public record RichItems(List<List<Inline>> ru, List<List<Inline>> en) {
    public static final RichItems EMPTY = new RichItems(List.of(), List.of());

    public RichItems {
        ru = ru == null ? List.of() : ru.stream().map(List::copyOf).toList();
        en = en == null ? List.of() : en.stream().map(List::copyOf).toList();
    }

    /** Plain items, one text run each (what a test or an importer gives). */
    public static RichItems plain(List<String> ru, List<String> en) {
        return new RichItems(ru == null ? null : ru.stream().map(RichText::run).toList(),
                en == null ? null : en.stream().map(RichText::run).toList());
    }

    public List<List<Inline>> get(String lang) {
        return "en".equals(lang) ? en : ru;
    }

    public boolean has(String lang) {
        return get(lang).stream().anyMatch(i -> !Walk.text(i).isBlank());
    }

    /** The plain text of each item of one side. */
    public List<String> texts(String lang) {
        return get(lang).stream().map(Walk::text).toList();
    }

    /** The same items with every run rewritten by {@code f}. */
    public RichItems map(UnaryOperator<List<Inline>> f) {
        return new RichItems(ru.stream().map(f).toList(), en.stream().map(f).toList());
    }
}
