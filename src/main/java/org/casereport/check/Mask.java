package org.casereport.check;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Hides the parts of a line no text rule may read or repair: code, URLs, DOIs, e-mails, citation keys. */
public final class Mask {
    public static final char MASK = '\u0000';

    private static final Pattern URL = Pattern.compile("(?i)\\b(?:https?|ftp)://[^\\s<>\"«»]+|\\bwww\\.[^\\s<>\"«»]+|<[a-z]+:[^>\\s]*>");
    private static final Pattern DOI = Pattern.compile("(?i)\\b10\\.\\d{4,9}/[^\\s\"<>]+");
    private static final Pattern EMAIL = Pattern.compile("[\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+");
    private static final Pattern CITE = Pattern.compile("\\[-?@[^\\]]*\\]|(?<![\\w@])@[\\p{L}\\p{N}_][\\p{L}\\p{N}_:.#$%&+?<>~/-]*[\\p{L}\\p{N}_]|\\[\\^[^\\]]+\\]");
    private static final Pattern LINK_TARGET = Pattern.compile("\\]\\([^)\\s]*(?:\\s+\"[^\"]*\")?\\)");

    private Mask() {
    }

    /** Masks URLs, DOIs and e-mails. */
    public static String plain(String s) {
        char[] c = s.toCharArray();
        apply(URL, s, c);
        apply(DOI, s, c);
        apply(EMAIL, s, c);
        return new String(c);
    }

    /** Masks what {@link #plain} does plus code spans, citation keys, footnote labels and link targets of a Markdown line. */
    public static String markdown(String s) {
        char[] c = s.toCharArray();
        // code spans: a run of n backticks up to the next run of exactly n
        int i = 0;
        while (i < s.length()) {
            if (s.charAt(i) == '`') {
                int n = 0;
                while (i + n < s.length() && s.charAt(i + n) == '`') n++;
                int j = i + n;
                int close = -1;
                while (j < s.length()) {
                    if (s.charAt(j) == '`') {
                        int m = 0;
                        while (j + m < s.length() && s.charAt(j + m) == '`') m++;
                        if (m == n) {
                            close = j;
                            break;
                        }
                        j += m;
                    } else {
                        j++;
                    }
                }
                if (close < 0) {
                    i += n;
                    continue;
                }
                for (int k = i; k < close + n; k++) c[k] = MASK;
                i = close + n;
            } else {
                i++;
            }
        }
        apply(URL, s, c);
        apply(DOI, s, c);
        apply(EMAIL, s, c);
        apply(CITE, s, c);
        apply(LINK_TARGET, s, c);
        return new String(c);
    }

    /** Masks the whole string. */
    public static String all(String s) {
        return String.valueOf(MASK).repeat(s.length());
    }

    private static void apply(Pattern p, String s, char[] c) {
        Matcher m = p.matcher(s);
        while (m.find()) {
            int end = m.end();
            // a URL or DOI does not take the sentence's closing punctuation
            while (end > m.start() + 1 && ".,;:)]".indexOf(s.charAt(end - 1)) >= 0) end--;
            for (int k = m.start(); k < end; k++) c[k] = MASK;
        }
    }
}
