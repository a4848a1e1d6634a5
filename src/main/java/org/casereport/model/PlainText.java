package org.casereport.model;

import java.util.List;

/**
 * Inline content as one line of plain text, where there is no markup: the PDF's document information and XMP,
 * the DOCX core properties, bookmarks. Emphasis is dropped; a super- or subscript of digits and signs becomes the
 * Unicode characters for them ("10⁹/л", "H₂O", "CD34⁺"), so "10^9^" never reads as "109"; one that has no such
 * characters is kept with pandoc's marks ("10^a^").
 */
public final class PlainText {
    private static final String NORMAL = "0123456789+-−=()n";
    private static final String SUPER = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿ";
    private static final String SUB = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₙ";

    private PlainText() {
    }

    public static String of(List<Inline> content) {
        StringBuilder sb = new StringBuilder();
        append(content, sb);
        return sb.toString().replaceAll("\\s+", " ").strip();
    }

    /**
     * A title and its subtitle as the one title a document's metadata holds ("Title: Subtitle", as library
     * catalogues and Dublin Core write them); after a title that ends in its own mark ("?", "!", ".", ":", ";",
     * "…") only a space. Without a subtitle, the title.
     */
    public static String titled(String title, String subtitle) {
        if (subtitle == null || subtitle.isBlank()) return title;
        if (title == null || title.isBlank()) return subtitle;
        return title + (title.matches("(?s).*[.?!:;…]$") ? " " : ": ") + subtitle;
    }

    private static void append(List<Inline> content, StringBuilder sb) {
        for (Inline i : content) {
            if (i instanceof Inline.Sup s) {
                script(Walk.text(s.content()), SUPER, "^", sb);
            } else if (i instanceof Inline.Sub s) {
                script(Walk.text(s.content()), SUB, "~", sb);
            } else if (i instanceof Inline.Emph e) {
                append(e.content(), sb);
            } else if (i instanceof Inline.Strong s) {
                append(s.content(), sb);
            } else if (i instanceof Inline.Link l) {
                append(l.content(), sb);
            } else if (i instanceof Inline.LineBreak) {
                sb.append(' ');
            } else {
                sb.append(Walk.text(List.of(i)));
            }
        }
    }

    private static void script(String s, String chars, String mark, StringBuilder sb) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            int k = NORMAL.indexOf(c);
            if (k < 0) {
                sb.append(mark).append(s).append(mark);
                return;
            }
            out.append(chars.charAt(k));
        }
        sb.append(out);
    }
}
