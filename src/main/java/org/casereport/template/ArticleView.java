package org.casereport.template;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import org.casereport.model.Affiliation;
import org.casereport.model.Author;
import org.casereport.model.Block;
import org.casereport.model.Figure;
import org.casereport.model.Footnote;
import org.casereport.model.FormattedReference;
import org.casereport.model.Inline;
import org.casereport.model.LocalizedText;
import org.casereport.model.Manuscript;
import org.casereport.model.Metadata;

/**
 * The plain view model a journal template sees: nested {@code Map}s, {@code List}s, {@code String}s, numbers and
 * booleans built from a {@link Manuscript} and the journal's settings — never a model object a template could
 * call into. Text stays text: the template escapes it (auto-escaping), so Markdown cannot inject markup.
 * Inline structure comes as maps with a {@code t} (type) key, rendered by the template's recursive macros.
 * The fields are listed in {@code docs/templates.md}.
 */
public final class ArticleView {
    private ArticleView() {
    }

    /** Page sizes by name, in millimetres (width, height). */
    private static final Map<String, double[]> PAGE_SIZES = Map.of(
            "A4", new double[] {210, 297}, "A5", new double[] {148, 210},
            "LETTER", new double[] {215.9, 279.4}, "B5", new double[] {176, 250});

    /**
     * Builds the view model.
     *
     * @param figureHeight height in points of a figure drawn at a width in points (the PDF writer passes
     *                     {@code FigureArt::heightFor}, guarded); the DOCX writer does not use this model
     */
    public static Map<String, Object> build(Manuscript m, Journal j, ToDoubleBiFunction<Figure, Double> figureHeight) {
        Metadata meta = m.meta();
        String bodyLang = meta.language() == null ? "ru" : meta.language();
        List<String> langs = metadataLanguages(j, bodyLang);
        boolean superscriptCites = org.casereport.cite.Bibliography.superscript(j);
        DateTimeFormatter dates = dateFormat(j);

        Map<String, Object> v = new LinkedHashMap<>();
        v.put("lang", bodyLang);
        v.put("languages", langs);
        v.put("id", m.id());

        Map<String, Object> journal = new LinkedHashMap<>();
        journal.put("name", text(j.string("name." + bodyLang, j.name())));
        journal.put("names", localized(j, "name"));
        v.put("journal", journal);

        Map<String, Object> page = page(j);
        v.put("page", page);

        // metadata blocks, in the journal's order
        List<Object> blocks = new ArrayList<>();
        Map<String, Integer> affMarks = affiliationMarks(meta);
        for (String lang : langs) blocks.add(metaBlock(meta, j, lang, affMarks));
        v.put("meta", blocks);

        // body
        Context ctx = new Context(m, j, langs, superscriptCites, ((Number) page.get("columnWidthPt")).doubleValue(),
                figureHeight);
        v.put("body", blocks(m.body(), ctx));
        List<Object> notes = new ArrayList<>();
        for (Footnote f : m.footnotes()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("number", f.number());
            n.put("label", text(f.label()));
            n.put("content", inlines(f.content(), ctx));
            notes.add(n);
        }
        v.put("footnotes", notes);

        v.put("statements", statements(meta, j, langs));
        v.put("references", references(m, j, bodyLang));
        v.put("dates", dates(meta, j, langs, dates));
        v.put("labels", labels(j, langs));

        Map<String, Object> running = new LinkedHashMap<>();
        running.put("journal", text(j.string("name." + bodyLang, j.name())));
        running.put("title", shorten(text(meta.title().get(bodyLang)), j.integer("page.running_title_max", 80)));
        running.put("authors", runningAuthors(meta, j, bodyLang));
        v.put("running", running);

        Map<String, Object> pdf = new LinkedHashMap<>();
        pdf.put("title", text(meta.title().get(bodyLang)));
        List<String> names = new ArrayList<>();
        for (Author a : meta.authors()) names.add(a.displayName(bodyLang));
        pdf.put("author", String.join(", ", names));
        pdf.put("subject", firstParagraph(meta.abstractText().get(bodyLang)));
        List<String> kws = new ArrayList<>();
        for (String lang : langs) kws.addAll(meta.keywords(lang));
        pdf.put("keywords", String.join(", ", new LinkedHashSet<>(kws)));
        v.put("pdf", pdf);
        return v;
    }

    // ---------------------------------------------------------------- page

    private static Map<String, Object> page(Journal j) {
        Map<String, Object> p = new LinkedHashMap<>();
        String size = j.string("page.size", "A4").trim();
        double[] wh = PAGE_SIZES.getOrDefault(size.toUpperCase(Locale.ROOT), PAGE_SIZES.get("A4"));
        int columns = Math.max(1, Math.min(4, j.integer("page.columns", 1)));
        double top = mm(j, "page.margin.top", 20);
        double bottom = mm(j, "page.margin.bottom", 20);
        double left = mm(j, "page.margin.left", 18);
        double right = mm(j, "page.margin.right", 18);
        double gap = mm(j, "page.column_gap", 7);
        double textWidth = wh[0] - left - right;
        double colWidth = (textWidth - (columns - 1) * gap) / columns;
        p.put("size", PAGE_SIZES.containsKey(size.toUpperCase(Locale.ROOT)) ? size : "A4");
        p.put("widthMm", fmt(wh[0]));
        p.put("heightMm", fmt(wh[1]));
        p.put("columns", columns);
        p.put("marginTop", fmt(top) + "mm");
        p.put("marginBottom", fmt(bottom) + "mm");
        p.put("marginLeft", fmt(left) + "mm");
        p.put("marginRight", fmt(right) + "mm");
        p.put("columnGap", fmt(gap) + "mm");
        p.put("columnWidthPt", Math.floor(colWidth * 72 / 25.4));
        p.put("textWidthPt", Math.floor(textWidth * 72 / 25.4));
        return p;
    }

    /** The page margins of journal.yaml in points: top, right, bottom, left. */
    public static double[] marginsPt(Journal j) {
        double k = 72 / 25.4;
        return new double[] {mm(j, "page.margin.top", 20) * k, mm(j, "page.margin.right", 18) * k,
                mm(j, "page.margin.bottom", 20) * k, mm(j, "page.margin.left", 18) * k};
    }

    private static double mm(Journal j, String key, double fallback) {
        String s = j.string(key, null);
        if (s == null) return fallback;
        s = s.trim().toLowerCase(Locale.ROOT);
        if (s.endsWith("mm")) s = s.substring(0, s.length() - 2).trim();
        try {
            double d = Double.parseDouble(s);
            return d >= 0 && d < 200 ? d : fallback;
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static String fmt(double d) {
        if (d == Math.rint(d)) return Long.toString((long) d);
        return String.format(Locale.ROOT, "%.2f", d);
    }

    // ---------------------------------------------------------------- metadata

    static List<String> metadataLanguages(Journal j, String bodyLang) {
        List<String> langs = new ArrayList<>();
        for (Object o : j.list("metadata_languages")) {
            String s = String.valueOf(o);
            if ((s.equals("ru") || s.equals("en")) && !langs.contains(s)) langs.add(s);
        }
        if (langs.isEmpty()) {
            langs.add(bodyLang);
            langs.add(bodyLang.equals("ru") ? "en" : "ru");
        }
        return langs;
    }

    private static Map<String, Integer> affiliationMarks(Metadata meta) {
        Map<String, Integer> marks = new LinkedHashMap<>();
        if (meta.affiliations().size() < 2) return marks;
        // numbered in order of first use by the authors, then any left over
        for (Author a : meta.authors()) {
            for (String k : a.affiliations()) marks.putIfAbsent(k, marks.size() + 1);
        }
        for (Affiliation af : meta.affiliations()) marks.putIfAbsent(af.key(), marks.size() + 1);
        return marks;
    }

    private static Map<String, Object> metaBlock(Metadata meta, Journal j, String lang, Map<String, Integer> marks) {
        Map<String, Object> b = new LinkedHashMap<>();
        b.put("lang", lang);
        b.put("title", text(meta.title().get(lang)));
        List<Object> authors = new ArrayList<>();
        for (Author a : meta.authors()) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("name", text(a.displayName(lang)));
            List<String> ms = new ArrayList<>();
            for (String k : a.affiliations()) if (marks.containsKey(k)) ms.add(String.valueOf(marks.get(k)));
            am.put("marks", String.join(",", ms));
            am.put("corresponding", a.corresponding());
            am.put("orcid", text(a.orcid()));
            am.put("email", text(a.email()));
            authors.add(am);
        }
        b.put("authors", authors);
        List<Object> affs = new ArrayList<>();
        List<Affiliation> ordered = new ArrayList<>(meta.affiliations());
        if (!marks.isEmpty()) ordered.sort((x, y) -> Integer.compare(marks.getOrDefault(x.key(), 999),
                marks.getOrDefault(y.key(), 999)));
        for (Affiliation af : ordered) {
            Map<String, Object> am = new LinkedHashMap<>();
            am.put("mark", marks.containsKey(af.key()) ? String.valueOf(marks.get(af.key())) : "");
            am.put("name", text(af.name().get(lang)));
            affs.add(am);
        }
        b.put("affiliations", affs);
        b.put("abstract", paragraphs(meta.abstractText().get(lang)));
        b.put("keywords", String.join(", ", meta.keywords(lang)));
        b.put("keywordList", List.copyOf(meta.keywords(lang)));
        List<Object> contacts = new ArrayList<>();
        for (Author a : meta.authors()) {
            if (a.corresponding() && a.email() != null && !a.email().isBlank()) {
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("name", text(a.surname().get(lang) + " " + text(a.initials().get(lang))).strip());
                c.put("email", a.email());
                contacts.add(c);
            }
        }
        b.put("correspondence", contacts);
        b.put("labels", labelsFor(j, lang));
        return b;
    }

    private static String runningAuthors(Metadata meta, Journal j, String lang) {
        List<Author> as = meta.authors();
        if (as.isEmpty()) return "";
        Author first = as.get(0);
        String s = text(first.displayName(lang));
        if (as.size() > 1) s += " " + j.label("et_al", lang);
        return s;
    }

    private static List<Object> statements(Metadata meta, Journal j, List<String> langs) {
        List<String> order = new ArrayList<>(j.map("labels.statements").keySet());
        for (String k : meta.statements().keySet()) if (!order.contains(k)) order.add(k);
        List<Object> out = new ArrayList<>();
        for (String key : order) {
            LocalizedText t = meta.statements().get(key);
            if (t == null || t.isEmpty()) continue;
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("key", key);
            List<Object> per = new ArrayList<>();
            for (String lang : langs) {
                if (!t.has(lang)) continue;
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("lang", lang);
                one.put("label", j.string("labels.statements." + key + "." + lang, key));
                one.put("text", t.get(lang).strip());
                per.add(one);
            }
            s.put("languages", per);
            out.add(s);
        }
        return out;
    }

    private static List<Object> dates(Metadata meta, Journal j, List<String> langs, DateTimeFormatter f) {
        List<Object> out = new ArrayList<>();
        if (meta.received() == null && meta.accepted() == null) return out;
        for (String lang : langs) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("lang", lang);
            d.put("receivedLabel", j.label("received", lang));
            d.put("received", format(meta.received(), f));
            d.put("acceptedLabel", j.label("accepted", lang));
            d.put("accepted", format(meta.accepted(), f));
            out.add(d);
        }
        return out;
    }

    private static String format(LocalDate d, DateTimeFormatter f) {
        return d == null ? "" : f.format(d);
    }

    private static DateTimeFormatter dateFormat(Journal j) {
        try {
            return DateTimeFormatter.ofPattern(j.string("date_format", "dd.MM.yyyy"), Locale.ROOT);
        } catch (IllegalArgumentException e) {
            return DateTimeFormatter.ofPattern("dd.MM.yyyy", Locale.ROOT);
        }
    }

    private static Map<String, Object> references(Manuscript m, Journal j, String bodyLang) {
        Map<String, Object> r = new LinkedHashMap<>();
        String layout = j.string("references.layout", "combined");
        r.put("layout", layout);
        List<Object> lists = new ArrayList<>();
        if (!m.bibliography().isEmpty()) {
            if ("two-lists".equals(layout)) {
                lists.add(refList(m, j, "ru", true));
                lists.add(refList(m, j, "en", false));
            } else {
                Map<String, Object> one = new LinkedHashMap<>();
                one.put("lang", bodyLang);
                List<String> titles = new ArrayList<>();
                for (String lang : metadataLanguages(j, bodyLang)) titles.add(j.label("references", lang));
                one.put("titles", titles);
                List<Object> entries = new ArrayList<>();
                for (FormattedReference f : m.bibliography()) {
                    Map<String, Object> e = entry(f.number(), f.id(), f.text());
                    e.put("lang", sourceLanguage(m, f.id(), bodyLang));
                    entries.add(e);
                }
                one.put("entries", entries);
                lists.add(one);
            }
        }
        r.put("lists", lists);
        return r;
    }

    /** "ru" for a Russian-language source, else "en": the language the entry is read in. */
    private static String sourceLanguage(Manuscript m, String id, String fallback) {
        for (org.casereport.model.Reference r : m.references()) {
            if (r.id().equals(id)) return r.language().toLowerCase(Locale.ROOT).startsWith("ru") ? "ru" : "en";
        }
        return fallback;
    }

    private static Map<String, Object> refList(Manuscript m, Journal j, String lang, boolean original) {
        List<FormattedReference> refs = m.bibliography();
        Map<String, Object> one = new LinkedHashMap<>();
        one.put("lang", lang);
        one.put("titles", List.of(j.label("references", lang)));
        List<Object> entries = new ArrayList<>();
        for (FormattedReference f : refs) {
            String t = original ? f.original() : f.latin();
            if (t == null || t.isBlank()) t = f.text();
            Map<String, Object> e = entry(f.number(), f.id(), t);
            e.put("lang", original ? sourceLanguage(m, f.id(), lang) : "en");
            entries.add(e);
        }
        one.put("entries", entries);
        return one;
    }

    private static Map<String, Object> entry(int number, String id, String text) {
        Map<String, Object> e = new LinkedHashMap<>();
        e.put("number", number);
        e.put("id", text(id));
        String t = text(text).strip();
        e.put("text", t);
        e.put("parts", unbreakable(t));
        return e;
    }

    /** DOIs, URLs and page ranges ("577–93") that a line must not break inside. */
    private static final java.util.regex.Pattern KEEP_TOGETHER = java.util.regex.Pattern.compile(
            "(?i)doi:\\s*\\S+|https?://\\S+|\\d+[–-]\\d+\\.?");

    /** The entry as runs of text, {@code nobr} for the runs to keep on one line. */
    private static List<Object> unbreakable(String t) {
        List<Object> parts = new ArrayList<>();
        java.util.regex.Matcher m = KEEP_TOGETHER.matcher(t);
        int at = 0;
        while (m.find()) {
            if (m.end() - m.start() > 60) continue; // longer than a column: let it break
            if (m.start() > at) parts.add(Map.of("text", t.substring(at, m.start()), "nobr", false));
            parts.add(Map.of("text", m.group(), "nobr", true));
            at = m.end();
        }
        if (at < t.length()) parts.add(Map.of("text", t.substring(at), "nobr", false));
        return parts;
    }

    /** Every label of journal.yaml, per language: {@code labels.ru.figure} = "Рис.". */
    private static Map<String, Object> labels(Journal j, List<String> langs) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (String lang : List.of("ru", "en")) out.put(lang, labelsFor(j, lang));
        return out;
    }

    private static Map<String, Object> labelsFor(Journal j, String lang) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : j.map("labels").entrySet()) {
            if (e.getValue() instanceof Map<?, ?> mm && (mm.containsKey("ru") || mm.containsKey("en"))) {
                out.put(e.getKey(), j.label(e.getKey(), lang));
            }
        }
        return out;
    }

    private static Map<String, Object> localized(Journal j, String key) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("ru", j.string(key + ".ru", ""));
        out.put("en", j.string(key + ".en", ""));
        return out;
    }

    // ---------------------------------------------------------------- body

    private static final class Context {
        final Manuscript m;
        final Journal j;
        final List<String> langs;
        final boolean superscriptCites;
        final double columnWidthPt;
        final ToDoubleBiFunction<Figure, Double> figureHeight;
        final Set<Integer> notesPlaced = new HashSet<>();
        int tables;

        Context(Manuscript m, Journal j, List<String> langs, boolean sup, double colPt,
                ToDoubleBiFunction<Figure, Double> figureHeight) {
            this.m = m;
            this.j = j;
            this.langs = langs;
            this.superscriptCites = sup;
            this.columnWidthPt = colPt;
            this.figureHeight = figureHeight;
        }
    }

    private static List<Object> blocks(List<Block> bs, Context ctx) {
        List<Object> out = new ArrayList<>();
        for (Block b : bs) {
            Map<String, Object> o = block(b, ctx);
            if (o != null) out.add(o);
        }
        return out;
    }

    private static Map<String, Object> block(Block b, Context ctx) {
        Map<String, Object> o = new LinkedHashMap<>();
        if (b instanceof Block.Heading h) {
            o.put("t", "heading");
            o.put("level", Math.max(1, Math.min(4, h.level())));
            o.put("content", inlines(h.content(), ctx));
        } else if (b instanceof Block.Paragraph p) {
            o.put("t", "para");
            o.put("content", inlines(p.content(), ctx));
        } else if (b instanceof Block.ListBlock l) {
            o.put("t", "list");
            o.put("ordered", l.ordered());
            List<Object> items = new ArrayList<>();
            for (List<Block> item : l.items()) items.add(blocks(item, ctx));
            o.put("items", items);
        } else if (b instanceof Block.Table t) {
            o.put("t", "table");
            o.put("number", ++ctx.tables);
            List<Object> head = new ArrayList<>();
            List<Object> rows = new ArrayList<>();
            int i = 0;
            for (List<List<Inline>> row : t.rows()) {
                List<Object> cells = new ArrayList<>();
                for (List<Inline> cell : row) cells.add(inlines(cell, ctx));
                (i++ < t.headerRows() ? head : rows).add(cells);
            }
            o.put("head", head);
            o.put("rows", rows);
        } else if (b instanceof Block.Quote q) {
            o.put("t", "quote");
            o.put("content", blocks(q.content(), ctx));
        } else if (b instanceof Block.FigureBlock fb) {
            Figure f = ctx.m.figure(fb.figureId());
            if (f == null) return null;
            o.put("t", "figure");
            o.put("id", f.id());
            o.put("number", f.number());
            o.put("kind", f.spec() == null ? "" : f.spec().kind());
            double w = ctx.columnWidthPt;
            double h = ctx.figureHeight.applyAsDouble(f, w);
            if (!(h > 0) || h > 2000) h = Math.round(w * 0.6);
            o.put("objectType", org.casereport.figure.FigureArt.objectType()); // what the PDF's figure drawers paint
            o.put("widthPt", fmt(Math.floor(w)));
            o.put("heightPt", fmt(Math.ceil(h)));
            List<Object> caps = new ArrayList<>();
            for (String lang : ctx.langs) {
                if (!f.caption().has(lang)) continue;
                Map<String, Object> c = new LinkedHashMap<>();
                c.put("lang", lang);
                c.put("label", ctx.j.label("figure", lang) + " " + f.number() + ".");
                c.put("text", f.caption().get(lang).strip());
                caps.add(c);
            }
            o.put("captions", caps);
            o.put("alt", f.caption().has(ctx.langs.get(0)) ? f.caption().get(ctx.langs.get(0)).strip() : f.id());
        }
        return o;
    }

    private static List<Object> inlines(List<Inline> in, Context ctx) {
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

    /** "37-е", "–1-й", "4-я": a number and its short ending after a hyphen never part at a line end. */
    private static final java.util.regex.Pattern NUMBER_ENDING = java.util.regex.Pattern.compile(
            "(?<![\\p{L}\\d])[+–−-]?\\d+(?:[.,]\\d+)?-[а-яё]{1,3}(?![\\p{L}\\d])");

    private static List<Object> keepNumberEndings(List<Object> nodes) {
        List<Object> out = new ArrayList<>();
        for (Object o : nodes) {
            if (!isText(o)) {
                out.add(o);
                continue;
            }
            String t = (String) ((Map<?, ?>) o).get("text");
            java.util.regex.Matcher m = NUMBER_ENDING.matcher(t);
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
            p.put("text", p.get("text").toString().stripTrailing());
        }
    }

    private static void nested(Map<String, Object> o, String type, List<Inline> content, Context ctx) {
        o.put("t", type);
        o.put("content", inlines(content, ctx));
    }

    // ---------------------------------------------------------------- text

    /** Null-safe text without control characters that XML 1.0 cannot carry. */
    static String text(String s) {
        if (s == null) return "";
        StringBuilder b = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean bad = (c < 0x20 && c != '\t' && c != '\n' && c != '\r') || c == 0xFFFE || c == 0xFFFF
                    || (Character.isSurrogate(c) && !validSurrogate(s, i));
            if (bad) {
                if (b == null) b = new StringBuilder(s.substring(0, i));
            } else if (b != null) {
                b.append(c);
            }
        }
        return b == null ? s : b.toString();
    }

    private static boolean validSurrogate(String s, int i) {
        char c = s.charAt(i);
        if (Character.isHighSurrogate(c)) return i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
        return i > 0 && Character.isHighSurrogate(s.charAt(i - 1));
    }

    private static List<String> paragraphs(String s) {
        List<String> out = new ArrayList<>();
        if (s == null) return out;
        for (String p : text(s).split("\\n\\s*\\n")) {
            String t = p.strip().replaceAll("\\s*\\n\\s*", " ");
            if (!t.isEmpty()) out.add(t);
        }
        return out;
    }

    private static String firstParagraph(String s) {
        List<String> ps = paragraphs(s);
        return ps.isEmpty() ? "" : ps.get(0);
    }

    private static String shorten(String s, int max) {
        if (s.length() <= max) return s;
        int cut = s.lastIndexOf(' ', max - 1);
        if (cut < max / 2) cut = max - 1;
        return s.substring(0, cut).replaceAll("[\\s,:;.–-]+$", "") + "…";
    }
}
