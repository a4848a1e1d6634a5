package org.casereport.model;

/**
 * Text of the model as XML 1.0 can carry it, for every writer (the PDF's XHTML and the DOCX's runs): null becomes
 * "", and control characters other than tab and line breaks, lone surrogates and U+FFFE/U+FFFF are dropped.
 */
public final class XmlText {
    private XmlText() {
    }

    public static String clean(String s) {
        if (s == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (out != null) out.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            if (ok && out != null) out.append(c);
        }
        return out == null ? s : out.toString();
    }
}
