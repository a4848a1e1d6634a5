package org.casereport.hyphen;

import java.util.Locale;

/**
 * Where the words of a text may break at a line end, by the journal's rules, marked with soft hyphens (U+00AD):
 * Russian words by the Russian TeX patterns, Latin-script words by the American English ones (the script of the word
 * chooses, since the renderer does not say the language), and never
 * <ul>
 *   <li>within the first two or the last two letters of a word (three for English, as its patterns ask);</li>
 *   <li>in a word with a capital letter (names, abbreviations such as "НБ", "CD"), in a word of mixed scripts;</li>
 *   <li>anywhere in a run of text with a digit ("10-летняя", "CD34+", "5,9") or that looks like an address, DOI or
 *       e-mail (a slash, "://", "www.", "@", "doi");</li>
 *   <li>in an abbreviation: a word closed by a full stop that does not end the sentence ("просп.", "табл.");</li>
 *   <li>in a run that already has soft hyphens (the author's own).</li>
 * </ul>
 * The patterns are hyph-utf8's {@code hyph-ru.tex} (LPPL 1.2 or later) and {@code hyph-en-us.tex} (free to copy with
 * its notice), shipped unmodified beside this class with their licences.
 */
public final class Hyphenation {
    public static final char SHY = '\u00AD';
    /** The fewest letters the journal leaves before and after a break. */
    public static final int MIN_LEFT = 2;
    public static final int MIN_RIGHT = 2;

    private static final class Holder {
        static final Patterns RU = Patterns.load("hyph-ru.tex");
        static final Patterns EN = Patterns.load("hyph-en-us.tex");
    }

    private Hyphenation() {
    }

    /** The text with a soft hyphen at every place a word of it may break. */
    public static String hyphenate(String text) {
        return hyphenate(text, null);
    }

    /** Told of every word that was given soft hyphens, as it reads with them ("гема\u00ADто\u00ADло\u00ADгии"). */
    public interface Listener {
        void hyphenated(String word);
    }

    public static String hyphenate(String text, Listener listener) {
        if (text == null || text.isEmpty()) return text;
        StringBuilder out = null;
        int copied = 0; // text[0, copied) is in out
        int n = text.length();
        int i = 0;
        while (i < n) {
            // a chunk: a run of characters between spaces (no-break spaces included)
            int start = i;
            while (i < n && !isSpace(text.charAt(i))) i++;
            int end = i;
            while (i < n && isSpace(text.charAt(i))) i++;
            if (end - start < MIN_LEFT + MIN_RIGHT) continue;
            String chunk = text.substring(start, end);
            if (!hyphenatable(chunk)) continue;
            String done = hyphenateChunk(chunk, i < n ? text.charAt(i) : 0, i >= n, listener);
            if (!done.equals(chunk)) {
                if (out == null) out = new StringBuilder(text.length() + 16);
                out.append(text, copied, start).append(done);
                copied = end;
            }
        }
        if (out == null) return text;
        return out.append(text, copied, n).toString();
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /** A run with a digit, an address or DOI, or soft hyphens of its own is left as it is. */
    private static boolean hyphenatable(String chunk) {
        String lower = chunk.toLowerCase(Locale.ROOT);
        if (lower.contains("://") || lower.contains("www.") || lower.contains("doi")) return false;
        for (int k = 0; k < chunk.length(); k++) {
            char c = chunk.charAt(k);
            if (Character.isDigit(c) || c == SHY || c == '/' || c == '\\' || c == '@' || c == '_' || c == '='
                    || c == '#' || c == '&' || c == '%' || c == '+' || c == '|') return false;
        }
        return true;
    }

    private static String hyphenateChunk(String chunk, char next, boolean textEnds, Listener listener) {
        StringBuilder b = null;
        int n = chunk.length();
        int k = 0;
        int copiedTo = 0;
        while (k < n) {
            if (!Character.isLetter(chunk.charAt(k))) {
                k++;
                continue;
            }
            int ws = k;
            while (k < n && (Character.isLetter(chunk.charAt(k)) || Character.getType(chunk.charAt(k)) == Character.NON_SPACING_MARK)) k++;
            String word = chunk.substring(ws, k);
            if (k < n && chunk.charAt(k) == '.' && abbreviation(word, chunk, k, next, textEnds)) continue;
            if (ws > 0 && chunk.charAt(ws - 1) == '.') continue; // "т.е", "N.I"
            int[] br = breaks(word);
            if (br.length == 0) continue;
            if (b == null) b = new StringBuilder(n + br.length);
            b.append(chunk, copiedTo, ws);
            int from = 0;
            for (int at : br) {
                b.append(word, from, at).append(SHY);
                from = at;
            }
            b.append(word, from, word.length());
            copiedTo = k;
            if (listener != null) listener.hyphenated(b.substring(b.length() - word.length() - br.length));
        }
        if (b == null) return chunk;
        b.append(chunk, copiedTo, n);
        return b.toString();
    }

    /**
     * A word closed by a full stop is an abbreviation unless the stop ends a sentence: the text goes on with a capital
     * letter, or ends there. A short word before a stop (up to five letters: "просп.", "табл.") is taken for an abbreviation always.
     */
    private static boolean abbreviation(String word, String chunk, int dot, char next, boolean textEnds) {
        if (word.length() <= 5) return true;
        if (dot + 1 < chunk.length()) return true; // "т.е.", "N.I." — more after the stop in the same run
        if (textEnds) return false;
        return !Character.isUpperCase(next);
    }

    /**
     * Where one word may break, by its script's patterns and the rules above (no capitals, one script, at least two
     * letters each side); empty when it must not.
     */
    public static int[] breaks(String word) {
        boolean cyr = false, lat = false;
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            if (Character.getType(c) == Character.NON_SPACING_MARK) return new int[0]; // stress marks: leave the word
            if (!Character.isLetter(c) || Character.isUpperCase(c) || Character.isTitleCase(c)) return new int[0];
            Character.UnicodeScript s = Character.UnicodeScript.of(c);
            if (s == Character.UnicodeScript.CYRILLIC) cyr = true;
            else if (s == Character.UnicodeScript.LATIN) lat = true;
            else return new int[0];
        }
        if (cyr == lat) return new int[0];
        return cyr ? Holder.RU.breaks(word, MIN_LEFT, MIN_RIGHT) : Holder.EN.breaks(word, MIN_LEFT, 3);
    }
}
