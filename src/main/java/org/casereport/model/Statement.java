package org.casereport.model;

import org.casereport.diag.SourcePos;

/**
 * One closing statement of the article (conflict of interest, funding, consent, ethics approval…).
 *
 * @param label the label the case gives it ({@code label: {ru, en}}), or empty: the journal's label is used
 * @param text  what it says, with inline markup
 * @param pos   where its key was written
 */
public record Statement(LocalizedText label, RichText text, SourcePos pos) {
    public Statement {
        if (label == null) label = LocalizedText.EMPTY;
        if (text == null) text = RichText.EMPTY;
    }

    /** The same statement with its label and text rewritten (the label by {@code text}, the text by {@code inlines}). */
    public Statement mapText(java.util.function.UnaryOperator<String> text,
                             java.util.function.UnaryOperator<java.util.List<Inline>> inlines) {
        return new Statement(Author.map(label, text), this.text.map(inlines), pos);
    }

    /**
     * The label printed before the statement in {@code lang}: the case's own ({@code label}), else the journal's
     * ({@code labels.statements.<key>}); null when neither gives one (a warning, {@code statement-label}: a raw
     * YAML key is never printed).
     */
    public String label(String key, Journal j, String lang) {
        if (label.has(lang)) return label.get(lang).strip();
        String l = j == null ? null : j.string("labels.statements." + key + "." + lang, null);
        return l == null || l.isBlank() ? null : l.strip();
    }

    /** A statement without a label of its own. */
    public static Statement of(LocalizedText text) {
        return new Statement(LocalizedText.EMPTY, RichText.plain(text), null);
    }
}
