package org.casereport.check;

import org.casereport.diag.SourcePos;

/**
 * A run of text on one source line that the text rules read: a front-matter value, a line of the body,
 * a reference title, a line of a submitted manuscript.
 *
 * @param line    1-based line of {@code text[0]}
 * @param col     1-based column of {@code text[0]}
 * @param masked  {@code text} with code spans, URLs, DOIs, e-mails and citation keys replaced by NUL
 *                (same length), so that rules neither read nor repair them
 * @param lang    "ru" or "en": the language of the text (decides the typography rules)
 * @param offset  the char offset of {@code text[0]} in its file, or -1 when it cannot be repaired in place
 * @param quoted  inside a double-quoted YAML string (straight quotes there are escapes, not text)
 */
public record Segment(String file, int line, int col, String text, String masked, String lang, int offset,
                      Kind kind, boolean quoted) {
    /** Where the text comes from. */
    public enum Kind { FRONT, BODY, REFERENCES, FIGURE, MANUSCRIPT }

    public SourcePos pos(int index) {
        return new SourcePos(file, line, col + index);
    }

    public boolean fixable() {
        return offset >= 0;
    }

    public Fix fix(int start, int end, String replacement) {
        return new Fix(file, offset + start, offset + end, replacement);
    }

    /** True when none of {@code [start, end)} is masked. */
    public boolean clear(int start, int end) {
        for (int i = start; i < end; i++) if (masked.charAt(i) == Mask.MASK) return false;
        return true;
    }
}
