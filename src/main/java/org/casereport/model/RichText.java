package org.casereport.model;

import java.util.List;

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
}
