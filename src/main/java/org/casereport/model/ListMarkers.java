package org.casereport.model;

/**
 * The marker of a list item per nesting level, the same in the PDF and the DOCX: a numbered list counts "1." at
 * level 0, "a)" at level 1, "i." at level 2, and again from level 3; a bulleted one marks "–", "•", "·". These are
 * the levels of the default reference document's list definitions (templates/default/reference.docx); the DOCX
 * writer fills the levels a reference document lacks from here, and the page's view prints them.
 */
public final class ListMarkers {
    /** Word's numbering formats, level by level (they repeat every three levels). */
    public enum Format { DECIMAL, LOWER_LETTER, LOWER_ROMAN, BULLET }

    private static final String[] BULLETS = {"\u2013", "\u2022", "\u00B7"};

    private ListMarkers() {
    }

    /** The numbering format of {@code level} (0-based). */
    public static Format format(boolean ordered, int level) {
        if (!ordered) return Format.BULLET;
        return switch (level % 3) {
            case 0 -> Format.DECIMAL;
            case 1 -> Format.LOWER_LETTER;
            default -> Format.LOWER_ROMAN;
        };
    }

    /** Word's level text for {@code level} ({@code %2)}: the level's number and a parenthesis), or the bullet. */
    public static String levelText(boolean ordered, int level) {
        if (!ordered) return BULLETS[level % 3];
        return "%" + (level + 1) + (format(true, level) == Format.LOWER_LETTER ? ")" : ".");
    }

    /** The printed marker of the item numbered {@code number} (from 1; ignored for bullets) at {@code level}. */
    public static String marker(boolean ordered, int level, int number) {
        if (!ordered) return BULLETS[level % 3];
        String n = switch (format(true, level)) {
            case LOWER_LETTER -> letters(number);
            case LOWER_ROMAN -> roman(number);
            default -> Integer.toString(number);
        };
        return levelText(true, level).replace("%" + (level + 1), n);
    }

    /** Word's lowerLetter: a … z, then aa … zz, aaa … (the letter repeated); 0 and below as the number. */
    static String letters(int n) {
        if (n < 1) return Integer.toString(n);
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    /** Lower-case Roman numerals; 0, below and above 3999 as the number. */
    static String roman(int n) {
        if (n < 1 || n > 3999) return Integer.toString(n);
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] digits = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                out.append(digits[i]);
                n -= values[i];
            }
        }
        return out.toString();
    }
}
