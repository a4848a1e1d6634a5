package org.casereport.hyphen;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * One language's TeX hyphenation patterns (the {@code \patterns{…}} and {@code \hyphenation{…}} of a hyph-utf8
 * file), applied with Liang's algorithm: every pattern that matches a part of {@code .word.} sets its digits between
 * the letters, the highest digit wins, and an odd digit is a place the word may break.
 */
final class Patterns {
    /** Letters of a pattern (without digits, with '.' for the word's edges) → its digits, one per gap. */
    private final Map<String, byte[]> patterns = new HashMap<>();
    /** Words with their breaks spelt out ("as-so-ciate"): the word → the break offsets. */
    private final Map<String, int[]> exceptions = new HashMap<>();
    private int longest;

    private Patterns() {
    }

    /** The patterns of a hyph-utf8 file on the class path, next to this class. */
    static Patterns load(String resource) {
        try (InputStream in = Patterns.class.getResourceAsStream(resource)) {
            if (in == null) throw new IllegalStateException("hyphenation patterns missing from the build: " + resource);
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Patterns parse(String tex) {
        Patterns p = new Patterns();
        StringBuilder clean = new StringBuilder();
        for (String line : tex.split("\n")) {
            int pct = line.indexOf('%');
            clean.append(pct >= 0 ? line.substring(0, pct) : line).append('\n');
        }
        String s = clean.toString();
        String pats = group(s, "\\patterns{");
        if (pats == null) throw new IllegalArgumentException("no \\patterns{} in the hyphenation file");
        for (String pat : pats.trim().split("\\s+")) if (!pat.isEmpty()) p.addPattern(pat);
        String exc = group(s, "\\hyphenation{");
        if (exc != null) for (String w : exc.trim().split("\\s+")) if (!w.isEmpty()) p.addException(w);
        return p;
    }

    private static String group(String s, String opener) {
        int at = s.indexOf(opener);
        if (at < 0) return null;
        int end = s.indexOf('}', at);
        return s.substring(at + opener.length(), end < 0 ? s.length() : end);
    }

    private void addPattern(String pat) {
        StringBuilder letters = new StringBuilder();
        byte[] digits = new byte[pat.length() + 1];
        int n = 0;
        for (int i = 0; i < pat.length(); ) {
            int cp = pat.codePointAt(i);
            i += Character.charCount(cp);
            if (cp >= '0' && cp <= '9') {
                digits[n] = (byte) (cp - '0');
            } else {
                letters.appendCodePoint(cp);
                n++;
            }
        }
        byte[] d = new byte[n + 1];
        System.arraycopy(digits, 0, d, 0, n + 1);
        String key = letters.toString();
        patterns.put(key, d);
        longest = Math.max(longest, key.length());
    }

    private void addException(String w) {
        StringBuilder word = new StringBuilder();
        int[] breaks = new int[w.length()];
        int n = 0;
        for (int i = 0; i < w.length(); i++) {
            char c = w.charAt(i);
            if (c == '-') breaks[n++] = word.length();
            else word.append(c);
        }
        int[] b = new int[n];
        System.arraycopy(breaks, 0, b, 0, n);
        exceptions.put(word.toString(), b);
    }

    /**
     * Where a lower-case word may break: offsets {@code i} (a hyphen goes between {@code word[i-1]} and
     * {@code word[i]}), at least {@code left} letters before and {@code right} after.
     */
    int[] breaks(String word, int left, int right) {
        String w = word.toLowerCase(Locale.ROOT);
        int len = w.length();
        if (len < left + right) return new int[0];
        int[] exc = exceptions.get(w);
        if (exc != null) return java.util.Arrays.stream(exc).filter(i -> i >= left && i <= len - right).toArray();
        String dotted = "." + w + ".";
        byte[] points = new byte[dotted.length() + 1];
        for (int i = 0; i < dotted.length(); i++) {
            int max = Math.min(longest, dotted.length() - i);
            for (int l = 1; l <= max; l++) {
                byte[] d = patterns.get(dotted.substring(i, i + l));
                if (d == null) continue;
                for (int k = 0; k < d.length; k++) if (d[k] > points[i + k]) points[i + k] = d[k];
            }
        }
        // points[j] is the gap before dotted[j]; word offset i is dotted offset i + 1
        int[] out = new int[len];
        int n = 0;
        for (int i = left; i <= len - right; i++) if ((points[i + 1] & 1) == 1) out[n++] = i;
        int[] r = new int[n];
        System.arraycopy(out, 0, r, 0, n);
        return r;
    }
}
