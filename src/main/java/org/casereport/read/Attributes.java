package org.casereport.read;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A pandoc attribute block at the end of a caption, {@code {#tbl-id en="Caption" width=page}}: the id, classes and
 * key-value pairs (values quoted with {@code "…"} may hold spaces; {@code \"} is a quote inside them).
 *
 * @param id     the {@code #id}, or null
 * @param values the {@code key=value} pairs, in order
 * @param start  where the block starts in the text it was found in ({@code {})
 */
record Attributes(String id, Map<String, String> values, int start) {
    /** A trailing {@code {…}} block; quoted values may contain braces. */
    private static final Pattern BLOCK = Pattern.compile("\\{((?:[^{}\"]|\"(?:[^\"\\\\]|\\\\.)*\")*)}\\s*$");
    private static final Pattern ITEM = Pattern.compile(
            "\\s*(?:#([\\p{L}\\p{N}_:.-]+)|\\.([\\p{L}\\p{N}_-]+)|([\\p{L}\\p{N}_-]+)=(?:\"((?:[^\"\\\\]|\\\\.)*)\"|([^\\s\"]+)))");

    /** The attribute block that ends {@code text}, or null when there is none (or it is not one pandoc would read). */
    static Attributes trailing(String text) {
        Matcher m = BLOCK.matcher(text);
        if (!m.find()) return null;
        String inner = m.group(1);
        String id = null;
        Map<String, String> values = new LinkedHashMap<>();
        Matcher i = ITEM.matcher(inner);
        int at = 0;
        while (at < inner.length() && i.find(at) && i.start() == at) {
            if (i.group(1) != null) id = i.group(1);
            else if (i.group(3) != null) {
                values.put(i.group(3), i.group(4) != null ? i.group(4).replaceAll("\\\\(.)", "$1") : i.group(5));
            }
            at = i.end();
        }
        if (!inner.substring(at).isBlank()) return null;
        return new Attributes(id, values, m.start());
    }

    /** Where the value of {@code key} starts inside the block (for positions), or the block's start. */
    int valueOffset(String text, String key) {
        int k = text.indexOf(key + "=", start);
        if (k < 0) return start;
        int v = k + key.length() + 1;
        return v < text.length() && text.charAt(v) == '"' ? v + 1 : v;
    }
}
