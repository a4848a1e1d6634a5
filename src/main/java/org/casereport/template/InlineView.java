package org.casereport.template;

import static org.casereport.template.ViewText.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.model.Footnote;
import org.casereport.model.Inline;

/**
 * Inline content as maps with a {@code t} key (text, emph, strong, sup, sub, code, link, br, cite, figref, noteref,
 * nobr), rendered by the template's recursive macros; what must not part at a line end is glued together here.
 */
final class InlineView {
    private InlineView() {
    }

    /** "37-е", "–1-й", "4-я": a number and its short ending after a hyphen never part at a line end. */
    private static final Pattern NUMBER_ENDING = Pattern.compile(
            "(?<![\\p{L}\\d])[+–−-]?\\d+(?:[.,]\\d+)?-[а-яё]{1,3}(?![\\p{L}\\d])");

    static List<Object> inlines(List<Inline> in, ViewContext ctx) {
        List<Object> out = new ArrayList<>();
        if (in == null) return out;
        for (Inline i : in) {
            Map<String, Object> o = new LinkedHashMap<>();
            if (i instanceof Inline.Text t) {
                // merge runs of plain text: fewer maps, same output
                if (!out.isEmpty() && out.get(out.size() - 1) instanceof Map<?, ?> prev && "text".equals(prev.get("t"))) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> p = (Map<String, Object>) prev;
                    p.put("text", p.get("text") + text(t.text()));
                    continue;
                }
                o.put("t", "text");
                o.put("text", text(t.text()));
            } else if (i instanceof Inline.Emph e) {
                nested(o, "emph", e.content(), ctx);
            } else if (i instanceof Inline.Strong s) {
                nested(o, "strong", s.content(), ctx);
            } else if (i instanceof Inline.Sup s) {
                nested(o, "sup", s.content(), ctx);
            } else if (i instanceof Inline.Sub s) {
                nested(o, "sub", s.content(), ctx);
            } else if (i instanceof Inline.Code c) {
                o.put("t", "code");
                o.put("text", text(c.text()));
            } else if (i instanceof Inline.Link l) {
                String url = text(l.url());
                String lower = url.toLowerCase(Locale.ROOT);
                boolean safe = lower.startsWith("http://") || lower.startsWith("https://") || lower.startsWith("mailto:");
                nested(o, "link", l.content(), ctx);
                o.put("url", safe ? url : "");
            } else if (i instanceof Inline.LineBreak) {
                o.put("t", "br");
            } else if (i instanceof Inline.Cite c) {
                if (c.author() != null && !c.author().isEmpty()) {
                    // a narrative citation: the author as text, then the mark
                    Map<String, Object> a = new LinkedHashMap<>();
                    a.put("t", "text");
                    a.put("text", text(c.author() + (ctx.superscriptCites ? "" : String.valueOf(Ties.NBSP))));
                    out.add(a);
                }
                if (ctx.superscriptCites) trimTrailingSpace(out); // "риска¹", not "риска ¹"
                o.put("t", "cite");
                String r = c.rendered();
                if (r == null || r.isBlank()) r = "[" + String.join("; ", c.keys()) + "]";
                o.put("text", text(r));
                o.put("sup", ctx.superscriptCites);
                List<String> targets = new ArrayList<>();
                for (Integer n : c.numbers()) targets.add("ref-" + n);
                o.put("targets", targets);
            } else if (i instanceof Inline.FigRef f) {
                o.put("t", "figref");
                String r = f.rendered();
                o.put("text", text(r == null || r.isBlank() ? f.id() : r));
                o.put("id", text(f.id()));
            } else if (i instanceof Inline.NoteRef n) {
                o.put("t", "noteref");
                o.put("number", n.number());
                boolean first = ctx.notesPlaced.add(n.number());
                o.put("first", first);
                List<Object> content = List.of();
                if (first) {
                    for (Footnote f : ctx.m.footnotes()) {
                        if (f.number() == n.number()) content = inlines(f.content(), ctx);
                    }
                }
                o.put("content", content);
            } else {
                continue;
            }
            out.add(o);
        }
        return glue(keepNumberEndings(out));
    }

    private static List<Object> keepNumberEndings(List<Object> nodes) {
        List<Object> out = new ArrayList<>();
        for (Object o : nodes) {
            if (!isText(o)) {
                out.add(o);
                continue;
            }
            String t = (String) ((Map<?, ?>) o).get("text");
            Matcher m = NUMBER_ENDING.matcher(t);
            int at = 0;
            while (m.find()) {
                if (m.start() > at) out.add(textNode(t.substring(at, m.start())));
                Map<String, Object> keep = new LinkedHashMap<>();
                keep.put("t", "nobr");
                keep.put("text", m.group());
                out.add(keep);
                at = m.end();
            }
            if (at == 0) {
                out.add(o);
            } else if (at < t.length()) {
                out.add(textNode(t.substring(at)));
            }
        }
        return out;
    }

    private static Map<String, Object> textNode(String text) {
        Map<String, Object> n = new LinkedHashMap<>();
        n.put("t", "text");
        n.put("text", text);
        return n;
    }

    /**
     * Keeps an inline element on the line with the characters that touch it: "(рис. 1).", "[1].", "г/м²,", "11q¹".
     * The touching characters of the neighbouring text move into the element's {@code before}/{@code after}, and
     * the template prints the three as one unbreakable group (openhtmltopdf would otherwise break a line between
     * "[2, 3, 6]" and its full stop).
     */
    private static List<Object> glue(List<Object> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            @SuppressWarnings("unchecked")
            Map<String, Object> n = (Map<String, Object>) nodes.get(i);
            if ("text".equals(n.get("t")) || "br".equals(n.get("t"))) continue;
            if (i > 0 && isText(nodes.get(i - 1))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> prev = (Map<String, Object>) nodes.get(i - 1);
                String t = (String) prev.get("text");
                int cut = t.length();
                while (cut > 0 && !Character.isWhitespace(t.charAt(cut - 1)) && t.length() - cut < 24) cut--;
                if (cut > 0 && cut < t.length() && Character.isWhitespace(t.charAt(cut - 1))) {
                    n.put("before", t.substring(cut));
                    prev.put("text", t.substring(0, cut));
                }
            }
            if (i + 1 < nodes.size() && isText(nodes.get(i + 1))) {
                @SuppressWarnings("unchecked")
                Map<String, Object> next = (Map<String, Object>) nodes.get(i + 1);
                String t = (String) next.get("text");
                int cut = 0;
                while (cut < t.length() && !Character.isWhitespace(t.charAt(cut)) && cut < 24) cut++;
                if (cut > 0 && (cut == t.length() || Character.isWhitespace(t.charAt(cut)))) {
                    n.put("after", t.substring(0, cut));
                    next.put("text", t.substring(cut));
                }
            }
        }
        nodes.removeIf(o -> isText(o) && ((String) ((Map<?, ?>) o).get("text")).isEmpty());
        return nodes;
    }

    private static boolean isText(Object o) {
        return o instanceof Map<?, ?> m && "text".equals(m.get("t"));
    }

    private static void trimTrailingSpace(List<Object> out) {
        if (!out.isEmpty() && out.get(out.size() - 1) instanceof Map<?, ?> prev && "text".equals(prev.get("t"))) {
            @SuppressWarnings("unchecked")
            Map<String, Object> p = (Map<String, Object>) prev;
            p.put("text", p.get("text").toString().replaceAll("[\\s\u00A0\u2060]+$", ""));
        }
    }

    private static void nested(Map<String, Object> o, String type, List<Inline> content, ViewContext ctx) {
        o.put("t", type);
        o.put("content", inlines(content, ctx));
    }
}
