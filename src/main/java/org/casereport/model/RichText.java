package org.casereport.model;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * A text with inline markup (emphasis, sub/superscript, code, links) in Russian and in English, as a caption or
 * a metadata field is printed. Either side may be empty where the case gives none.
 */
public record RichText(List<Inline> ru, List<Inline> en) {
    public static final RichText EMPTY = new RichText(List.of(), List.of());

    public RichText {
        ru = ru == null ? List.of() : List.copyOf(ru);
        en = en == null ? List.of() : List.copyOf(en);
    }

    /** Plain texts without markup, one text run a side (null or blank: none). */
    public static RichText plain(LocalizedText t) {
        return t == null ? EMPTY : new RichText(run(t.ru()), run(t.en()));
    }

    /** One text run, or none for null or blank. */
    static List<Inline> run(String s) {
        return s == null || s.isBlank() ? List.of() : List.of(new Inline.Text(s, null));
    }

    public List<Inline> get(String lang) {
        return "en".equals(lang) ? en : ru;
    }

    public boolean has(String lang) {
        return !Walk.text(get(lang)).isBlank();
    }

    public boolean isEmpty() {
        return !has("ru") && !has("en");
    }

    /** The plain text of one side (for PDF and DOCX metadata, checks and bookmarks). */
    public String text(String lang) {
        return Walk.text(get(lang));
    }

    /** The plain texts of both sides. */
    public LocalizedText plain() {
        return new LocalizedText(has("ru") ? text("ru") : null, has("en") ? text("en") : null);
    }

    /** The same text with both runs rewritten by {@code f}. */
    public RichText map(UnaryOperator<List<Inline>> f) {
        return new RichText(f.apply(ru), f.apply(en));
    }
}
