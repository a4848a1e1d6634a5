package org.casereport.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and numbers of a printed reference, for comparing what a journal printed with what a style prints. Left
 * out, as each journal's punctuation and spacing: full stops, commas, colons, semicolons, brackets, dashes and the
 * spaces around them. Kept: every word and number in order, "//" and "№". Made equal before comparing: a page range
 * written in full or shortened (1261–8 = 1261–1268), a DOI written as a resolver link or with "doi:"/"DOI:"
 * (both → "doi" and the DOI), the list number a published line begins with.
 */
final class PrintedWords {
    private static final Pattern TOKEN = Pattern.compile("//|№|[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    private static final Pattern RANGE = Pattern.compile("\\b(\\d+)\\s*[-–—]\\s*(\\d+)\\b");
    private static final Pattern DOI_LINK = Pattern.compile("(?i)(?:doi:?\\s*)?https?://(?:dx\\.)?doi\\.org/");
    private static final Pattern LIST_NUMBER = Pattern.compile("^\\s*\\d{1,3}\\.\\s+");

    private PrintedWords() {
    }

    static List<String> words(String line) {
        String s = LIST_NUMBER.matcher(line).replaceFirst("");
        s = DOI_LINK.matcher(s).replaceAll("doi ");
        s = expandRanges(s);
        List<String> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(s);
        while (m.find()) {
            String w = m.group().replace('’', '\'');
            out.add(w.equalsIgnoreCase("doi") ? "doi" : w);
        }
        return out;
    }

    /** 1261–8 → 1261–1268; a range written in full stays. Only where the end is shorter than the start. */
    private static String expandRanges(String s) {
        Matcher m = RANGE.matcher(s);
        StringBuilder sb = new StringBuilder();
        while (m.find()) {
            String a = m.group(1);
            String b = m.group(2);
            String end = b.length() < a.length() ? a.substring(0, a.length() - b.length()) + b : b;
            m.appendReplacement(sb, a + "–" + end);
        }
        m.appendTail(sb);
        return sb.toString();
    }

    /**
     * "" when both lines have the same words in the same order; else what only the published line has and what only
     * ours has, in the longest-common-subsequence sense: "published only: [Jan] · ours only: [doi, 10.1/x]".
     */
    static String diff(String published, String ours) {
        List<String> a = words(published);
        List<String> b = words(ours);
        int[][] l = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                l[i][j] = a.get(i).equals(b.get(j)) ? l[i + 1][j + 1] + 1 : Math.max(l[i + 1][j], l[i][j + 1]);
            }
        }
        List<String> onlyA = new ArrayList<>();
        List<String> onlyB = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < a.size() && j < b.size()) {
            if (a.get(i).equals(b.get(j))) {
                i++;
                j++;
            } else if (l[i + 1][j] >= l[i][j + 1]) {
                onlyA.add(a.get(i++));
            } else {
                onlyB.add(b.get(j++));
            }
        }
        while (i < a.size()) onlyA.add(a.get(i++));
        while (j < b.size()) onlyB.add(b.get(j++));
        if (onlyA.isEmpty() && onlyB.isEmpty()) return "";
        return String.format(Locale.ROOT, "published only: %s · ours only: %s", onlyA, onlyB);
    }
}
