package org.casereport.template;

import java.util.ArrayList;
import java.util.List;
import org.casereport.model.XmlText;

/** Text as the view model carries it: null-safe, without what XML 1.0 cannot carry, paragraphs split. */
final class ViewText {
    private ViewText() {
    }

    /** Null-safe text without what XML 1.0 cannot carry ({@link XmlText}). */
    static String text(String s) {
        return XmlText.clean(s);
    }

    /** The paragraphs of a text (split at blank lines), each on one line. */
    static List<String> paragraphs(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String p : text(s).split("\\n\\s*\\n")) {
            String t = p.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    static String firstParagraph(String s) {
        List<String> ps = paragraphs(s);
        return ps.isEmpty() ? "" : ps.get(0);
    }

    /** At most {@code max} characters, cut at a space, with an ellipsis. */
    static String shorten(String s, int max) {
        if (s.length() <= max) return s;
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        return s.substring(0, cut).replaceAll("[\\s,:;.–-]+$", "") + "…";
    }
}
