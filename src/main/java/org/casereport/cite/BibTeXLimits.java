package org.casereport.cite;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.Limits.Limit;
import org.casereport.diag.SourcePos;

/**
 * Measures every BibTeX value once its {@code @string} macros are expanded, without expanding them: a chain of
 * {@code @string{b = a # a}} doubles at each step, so forty lines would ask for terabytes. A value longer than
 * the limit ({@code bibtex-value-chars}) is refused at its place before the BibTeX parser runs. The scan is
 * lenient: what it cannot follow it skips, and the parser reports it.
 */
final class BibTeXLimits {
    private final String text;
    private final Map<String, Long> strings = new HashMap<>();
    private int i;

    private BibTeXLimits(String text) {
        this.text = text;
    }

    /** False (with the error reported) when a value is over the limit. */
    static boolean check(String text, SourcePos file, Diagnostics diagnostics) {
        BibTeXLimits b = new BibTeXLimits(text);
        int at = b.scan();
        if (at < 0) return true;
        int line = 1;
        int col = 1;
        for (int k = 0; k < at; k++) {
            if (text.charAt(k) == '\n') {
                line++;
                col = 1;
            } else {
                col++;
            }
        }
        diagnostics.add(Limit.BIBTEX_VALUE_CHARS.refuse(file.at(line, col), "this value would be " + (b.found == Long.MAX_VALUE
                ? "longer than any file" : b.found + " characters") + " once its @string macros are expanded"));
        return false;
    }

    private long found;

    /** The offset of the first value over the limit, or -1. */
    private int scan() {
        long limit = Limit.BIBTEX_VALUE_CHARS.get();
        while ((i = text.indexOf('@', i)) >= 0) {
            int entry = i;
            i++;
            String type = ident().toLowerCase(Locale.ROOT);
            ws();
            if (i >= text.length() || text.charAt(i) != '{' && text.charAt(i) != '(') continue;
            i++;
            if (type.equals("comment") || type.equals("preamble")) continue;
            if (type.equals("string")) {
                ws();
                String name = ident().toLowerCase(Locale.ROOT);
                ws();
                if (name.isEmpty() || !eat('=')) continue;
                int start = i;
                long len = value();
                if (len > limit) return fail(start, len);
                strings.put(name, len);
                continue;
            }
            // an entry: key, then name = value pairs
            while (i < text.length() && text.charAt(i) != ',' && text.charAt(i) != '}' && text.charAt(i) != '@') i++;
            while (eat(',')) {
                ws();
                String name = ident();
                ws();
                if (name.isEmpty() || !eat('=')) break;
                int start = i;
                long len = value();
                if (len > limit) return fail(start, len);
                ws();
            }
            if (i <= entry) i = entry + 1;
        }
        return -1;
    }

    private int fail(int at, long len) {
        found = len;
        return at;
    }

    /** The expanded length of {@code part # part # …}, saturating. */
    private long value() {
        long total = 0;
        do {
            ws();
            if (i >= text.length()) break;
            char c = text.charAt(i);
            long part;
            if (c == '"') {
                int start = ++i;
                int depth = 0;
                while (i < text.length() && (text.charAt(i) != '"' || depth > 0)) {
                    if (text.charAt(i) == '{') depth++;
                    else if (text.charAt(i) == '}') depth--;
                    i++;
                }
                part = i - start;
                i++;
            } else if (c == '{') {
                int start = ++i;
                int depth = 1;
                while (i < text.length() && depth > 0) {
                    if (text.charAt(i) == '{') depth++;
                    else if (text.charAt(i) == '}') depth--;
                    i++;
                }
                part = i - start - 1;
            } else {
                String name = ident();
                if (name.isEmpty()) break;
                part = strings.getOrDefault(name.toLowerCase(Locale.ROOT), (long) name.length());
            }
            total = total > Long.MAX_VALUE - part ? Long.MAX_VALUE : total + part;
            ws();
        } while (eat('#'));
        return total;
    }

    private String ident() {
        int start = i;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || "{}(),=#\"@%".indexOf(c) >= 0) break;
            i++;
        }
        return text.substring(start, i);
    }

    private void ws() {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
    }

    private boolean eat(char c) {
        if (i < text.length() && text.charAt(i) == c) {
            i++;
            return true;
        }
        return false;
    }
}
