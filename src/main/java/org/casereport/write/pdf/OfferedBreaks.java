package org.casereport.write.pdf;

/**
 * Where the hyphenation of one PDF write offered the typesetter a break: what {@link HyphenMarks} asks to tell a
 * hyphen printed at such a break from a hyphen of the text itself. Both engines' hyphenation keeps one
 * (openhtmltopdf's {@link SoftHyphens}, the FO engine's word record).
 */
public interface OfferedBreaks {
    /** True when a break of {@code word} (without soft hyphens) after its first {@code at} characters was offered. */
    boolean offered(String word, int at);

    /** True when any break was offered at all. */
    boolean any();
}
