package org.casereport.diag;

/**
 * Text from the input made safe to print on one terminal line: control characters (C0, DEL, C1), line and
 * paragraph separators and the bidirectional overrides are shown escaped ({@code \x1b}, {@code \u202e}) so that
 * an input cannot clear the screen, set a window title, colour the output, break the one-line form or reorder
 * what is shown. Everything else is kept as it is, Cyrillic included.
 */
public final class Printable {
    private Printable() {
    }

    public static String of(String s) {
        if (s == null) return null;
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            String esc = escape(c);
            if (esc == null) {
                if (sb != null) sb.append(c);
                continue;
            }
            if (sb == null) sb = new StringBuilder(s.length() + 16).append(s, 0, i);
            sb.append(esc);
        }
        return sb == null ? s : sb.toString();
    }

    private static String escape(char c) {
        if (c == '\n') return "\\n";
        if (c == '\r') return "\\r";
        if (c == '\t') return "\\t";
        if (c < 0x20 || c == 0x7f || c >= 0x80 && c < 0xa0) return String.format("\\x%02x", (int) c);
        if (c == '\u2028' || c == '\u2029' || c >= '\u202a' && c <= '\u202e' || c >= '\u2066' && c <= '\u2069'
                || c == '\u200e' || c == '\u200f' || c == '\u061c') {
            return String.format("\\u%04x", (int) c);
        }
        return null;
    }
}
