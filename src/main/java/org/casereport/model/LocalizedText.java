package org.casereport.model;

/** A text the journal prints in Russian and in English. Either side may be null where the case gives none. */
public record LocalizedText(String ru, String en) {
    public static final LocalizedText EMPTY = new LocalizedText(null, null);

    public String get(String lang) {
        return "en".equals(lang) ? en : ru;
    }

    public boolean has(String lang) {
        String s = get(lang);
        return s != null && !s.isBlank();
    }

    public boolean isEmpty() {
        return !has("ru") && !has("en");
    }
}
