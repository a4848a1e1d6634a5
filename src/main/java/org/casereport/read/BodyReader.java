package org.casereport.read;

import org.casereport.source.CaseText;
import com.vladsch.flexmark.ast.BlockQuote;
import com.vladsch.flexmark.ast.BulletList;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.CodeBlock;
import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.HtmlBlockBase;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.IndentedCodeBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.OrderedList;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.ThematicBreak;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.footnotes.FootnoteBlock;
import com.vladsch.flexmark.ext.footnotes.FootnoteExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.superscript.SuperscriptExtension;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Block;
import org.casereport.model.Inline;
import org.casereport.model.RichText;
import org.casereport.diag.SourcePos;

/**
 * The Markdown body (Flexmark, CommonMark + tables, footnotes, ^sup^, ~sub~) → {@link Block}s.
 * Pandoc citations {@code [@a; @b]} and figure references {@code @fig-id} are recognised in text;
 * raw HTML is kept as literal text, so it can never become markup.
 */
final class BodyReader {
    /** {@code [@key]}, {@code [@a; @b]}, {@code [see @a, p. 5; @b]}: keys as pandoc allows them. */
    static final Pattern CITATION = Pattern.compile("\\[([^\\[\\]]*?@[\\p{L}\\p{N}_][^\\[\\]]*?)]");
    private static final Pattern KEY = Pattern.compile("@([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_:.#$%&+?<>~/-]*[\\p{L}\\p{N}_])?)");
    /** A narrative citation {@code @key} in running text (not an e-mail address: no letter, digit or dot before the "@"). */
    static final Pattern NARRATIVE = Pattern.compile("(?<![\\p{L}\\p{N}_.@\\\\-])@([\\p{L}\\p{N}_](?:[\\p{L}\\p{N}_:.#$%&+?<>~/-]*[\\p{L}\\p{N}_])?)");
    static final Pattern FIG_REF = Pattern.compile("(?<![\\p{L}\\p{N}_.@-])@((?:fig|tbl)-[\\p{L}\\p{N}_-]*[\\p{L}\\p{N}_])");
    /** What joins the references of a list or a range: ", ", "; ", " и ", " and ", "–". */
    private static final Pattern REF_JOIN = Pattern.compile("\\G(\\s*[,;]\\s*|\\s+(?:и|and)\\s+|\\s*[–—-]\\s*|\\s*[,;]?\\s*(?:и|and)\\s+)@((?:fig|tbl)-[\\p{L}\\p{N}_-]*[\\p{L}\\p{N}_])");
    /** A table caption, pandoc's way: {@code : Caption {#tbl-id}} or {@code Table: Caption}. */
    private static final Pattern CAPTION = Pattern.compile("^(?:(?:Table|Таблица)\\s*)?:\\s+", Pattern.CASE_INSENSITIVE);
    /** The note of a table: a paragraph right under it that starts so. */
    private static final Pattern TABLE_NOTE = Pattern.compile("^(?:Примечани[ея]|Notes?)\\s*[.:]", Pattern.CASE_INSENSITIVE);
    /** A sentence ends before this point: nothing yet, or ". ", "! ", "? ", "… " (with closing quotes). */
    private static final Pattern SENTENCE_END = Pattern.compile("(?s)(^\\s*|.*[.!?…][\"»”)]*\\s+)$");
    /**
     * A stop that closes an abbreviation, not a sentence: "см. табл. 2", "ср. рис. 1", "т. е. рис. 3", "e.g. Fig. 2"
     * ("См. Табл. 2" was printed).
     */
    private static final Pattern AFTER_ABBREVIATION = Pattern.compile(
            "(?iu)(?:^|[\\s(\\[«\"])(?:см|ср|напр|т\\.\\s?е|т\\.\\s?к|и\\s?т\\.\\s?д|e\\.g|i\\.e|cf|vs)\\.\\s+$");
    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, Arrays.asList(TablesExtension.create(), FootnoteExtension.create(),
                SuperscriptExtension.create(), StrikethroughSubscriptExtension.create()));
        options.set(TablesExtension.WITH_CAPTION, false);
        PARSER = Parser.builder(options).build();
    }

    private final CaseText body;
    private final int lineOffset;
    private final Diagnostics diagnostics;
    /** The body is in English: a caption's text is its English one, the Russian one is {@code ru="…"}. */
    private final boolean english;
    private final Map<String, Integer> footnoteNumbers = new LinkedHashMap<>();
    private final Map<String, FootnoteBlock> footnoteBlocks = new LinkedHashMap<>();
    private final BitSet proseLines = new BitSet();
    private final Inlines inlines;
    /** Added to Flexmark offsets while a piece of a line (a caption) is parsed on its own. */
    private int base;

    /**
     * @param body       the body's text, line ends made "\n"
     * @param lineOffset the lines of case.md before it (the front matter)
     * @param language   the body's language ("ru", "en"): the language of a table caption's text
     */
    BodyReader(CaseText body, int lineOffset, String language, Diagnostics diagnostics) {
        this.body = body;
        this.lineOffset = lineOffset;
        this.english = "en".equals(language);
        this.diagnostics = diagnostics;
        this.inlines = new Inlines(diagnostics, this::pos, this::text, this::note);
    }

    /**
     * @param proseLines the 0-based lines of case.md that hold running text (not code, table rules or
     *                   thematic breaks), as the Markdown reading found them: what the checker's text rules read
     */
    record Body(List<Block> blocks, List<org.casereport.model.Footnote> footnotes, BitSet proseLines) {
    }

    Body read(String text) {
        Document doc = PARSER.parse(text);
        markProse(doc);
        for (Node n : doc.getChildren()) {
            if (n instanceof FootnoteBlock fb) footnoteBlocks.put(fb.getText().toString(), fb);
        }
        List<Block> blocks = blocks(doc);
        List<org.casereport.model.Footnote> notes = new ArrayList<>();
        for (Map.Entry<String, Integer> e : footnoteNumbers.entrySet()) {
            FootnoteBlock fb = footnoteBlocks.get(e.getKey());
            List<Inline> content = new ArrayList<>();
            footnoteBlocks(fb);
            for (Node c : fb.getChildren()) {
                if (!content.isEmpty()) content.add(new Inline.Text(" ", pos(c.getStartOffset())));
                content.addAll(inlines(c));
            }
            notes.add(new org.casereport.model.Footnote(e.getKey(), e.getValue(), content, pos(fb.getStartOffset())));
        }
        for (Map.Entry<String, FootnoteBlock> e : footnoteBlocks.entrySet()) {
            if (!footnoteNumbers.containsKey(e.getKey())) {
                diagnostics.warning("footnote-unused", pos(e.getValue().getStartOffset()),
                        "footnote [^" + e.getKey() + "] is never referred to");
            }
        }
        return new Body(blocks, notes, proseLines);
    }

    /** The place in case.md of an offset in the body. */
    SourcePos pos(int offset) {
        SourcePos p = body.pos(offset + base);
        return p.at(p.line() + lineOffset, p.column());
    }

    /** Marks the lines of every piece of text the model keeps as text (raw HTML and inline code included). */
    private void markProse(Node parent) {
        for (Node n : parent.getChildren()) {
            if (n instanceof Text || n instanceof Code || n instanceof HtmlEntity || n instanceof HtmlInlineBase
                    || n instanceof HtmlBlockBase) {
                int from = body.lineOf(n.getStartOffset());
                int to = body.lineOf(Math.max(n.getStartOffset(), n.getEndOffset() - 1));
                proseLines.set(from + lineOffset, to + lineOffset + 1);
            }
            if (!(n instanceof CodeBlock || n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock)) markProse(n);
        }
    }

    private List<Block> blocks(Node parent) {
        List<Node> nodes = new ArrayList<>();
        parent.getChildren().forEach(nodes::add);
        List<Block> out = new ArrayList<>();
        Node usedCaption = null;
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n instanceof TableBlock) {
                Node before = i > 0 ? nodes.get(i - 1) : null;
                Node after = i + 1 < nodes.size() ? nodes.get(i + 1) : null;
                Node caption = null;
                if (isCaption(after)) {
                    caption = after;
                    i++;
                } else if (isCaption(before) && before != usedCaption && !out.isEmpty()) {
                    caption = before;
                    out.remove(out.size() - 1);
                }
                usedCaption = caption;
                List<Block> notes = new ArrayList<>();
                while (i + 1 < nodes.size() && nodes.get(i + 1) instanceof Paragraph
                        && TABLE_NOTE.matcher(nodes.get(i + 1).getChars()).lookingAt()) {
                    notes.add(block(nodes.get(++i)));
                }
                out.add(table(n, caption, notes));
                continue;
            }
            if (isCaption(n) && !(i + 1 < nodes.size() && nodes.get(i + 1) instanceof TableBlock)) {
                diagnostics.warning("table-caption-alone", pos(n.getStartOffset()),
                        "this reads as a table caption (': …' or 'Table: …') but no table is next to it; "
                                + "put it on the line after the table, with an empty line between");
            }
            Block b = block(n);
            if (b != null) out.add(b);
        }
        return out;
    }

    private static boolean isCaption(Node n) {
        return n instanceof Paragraph && CAPTION.matcher(n.getChars()).lookingAt();
    }

    private Block block(Node n) {
        SourcePos p = pos(n.getStartOffset());
        if (n instanceof Heading h) {
            if (h.getLevel() > DEEPEST_HEADING) {
                diagnostics.warning("markdown-unsupported", p, "a heading of level " + h.getLevel() + " prints as one of level "
                        + DEEPEST_HEADING + " (the deepest the journal sets: # section, ## subsection, ### its part);"
                        + " write it with " + "#".repeat(DEEPEST_HEADING) + ", or as a paragraph that starts in **bold**");
            }
            return new Block.Heading(h.getLevel(), capitalise(inlines(h)), p);
        }
        if (n instanceof Paragraph) {
            definitionList(n);
            return new Block.Paragraph(capitalise(inlines(n)), p);
        }
        if (n instanceof BulletList || n instanceof OrderedList) {
            List<List<Block>> items = new ArrayList<>();
            for (Node item : n.getChildren()) {
                if (item instanceof ListItem) {
                    taskItem(item);
                    items.add(blocks(item));
                }
            }
            if (n instanceof OrderedList o && o.getDelimiter() == ')') {
                diagnostics.warning("markdown-unsupported", p, "a numbered list written \"1)\" prints \"1.\", as every"
                        + " numbered list of the journal does at its first level (\"a)\" at the second): write \"1.\"");
            }
            int start = n instanceof OrderedList o ? o.getStartNumber() : 1; // "5." starts at 5, as written
            return new Block.ListBlock(n instanceof OrderedList, items, start, p);
        }
        if (n instanceof BlockQuote) return new Block.Quote(blocks(n), p);
        if (n instanceof TableBlock) return table(n, null, List.of());
        if (n instanceof FencedCodeBlock || n instanceof IndentedCodeBlock || n instanceof CodeBlock) {
            return new Block.Paragraph(List.of(new Inline.Code(n.getChildChars().toString().stripTrailing(), p)), p);
        }
        if (n instanceof HtmlBlockBase) {
            // Raw HTML is not markup: it is shown as the text it is.
            inlines.html(n.getChars().toString(), p);
            return new Block.Paragraph(List.of(new Inline.Text(n.getChars().toString().strip(), p)), p);
        }
        if (n instanceof ThematicBreak) {
            diagnostics.warning("markdown-unsupported", p, "a thematic break (---, ***, ___) is not printed: delete it,"
                    + " or start a new section with a # heading");
            return null;
        }
        if (n instanceof FootnoteBlock || n instanceof com.vladsch.flexmark.ast.Reference) return null;
        diagnostics.warning("markdown-unsupported", p, "this Markdown (" + n.getClass().getSimpleName()
                + ") has no printed form: it prints as the text it is");
        return new Block.Paragraph(List.of(new Inline.Text(n.getChars().toString().strip(), p)), p);
    }

    /** The deepest heading level the writers set apart (the DOCX's Heading3, the templates' third level). */
    static final int DEEPEST_HEADING = 3;
    /** A task-list item's box: "[ ] " or "[x] " at the start of the item. */
    private static final Pattern TASK_BOX = Pattern.compile("^\\[[ xX]]\\s");
    /** A definition list's definition, pandoc's way: a line of a paragraph that starts with ": " or "~ ". */
    private static final Pattern DEFINITION = Pattern.compile("\\n([:~])[ \\t]+\\S");

    private void taskItem(Node item) {
        Node first = item.getFirstChild();
        if (first instanceof Paragraph && TASK_BOX.matcher(first.getChars()).lookingAt()) {
            diagnostics.warning("markdown-unsupported", pos(first.getStartOffset()), "a task list's box ("
                    + first.getChars().subSequence(0, 3) + ") prints as the text it is: delete it, or write the item without it");
        }
    }

    private void definitionList(Node paragraph) {
        Matcher m = DEFINITION.matcher(paragraph.getChars());
        if (m.find()) {
            diagnostics.warning("markdown-unsupported", pos(paragraph.getStartOffset() + m.start(1)), "a definition list"
                    + " (a term, then a line starting with '" + m.group(1) + " ') is not supported: it prints as one"
                    + " paragraph; write \"Term — definition.\" as a paragraph, or a list item");
        }
    }

    private Block table(Node table, Node captionNode, List<Block> notes) {
        SourcePos p = pos(table.getStartOffset());
        List<List<List<Inline>>> rows = new ArrayList<>();
        List<String> aligns = new ArrayList<>();
        int header = 0;
        int widest = 0;
        List<Integer> dashes = new ArrayList<>();
        for (Node section : table.getChildren()) {
            if (section instanceof TableSeparator) {
                String sep = section.getChars().toString().trim();
                widest = Math.max(widest, sep.length());
                for (String part : sep.replaceAll("^\\||\\|$", "").split("\\|")) {
                    dashes.add((int) part.chars().filter(c -> c == '-').count());
                }
                continue;
            }
            for (Node row : section.getChildren()) {
                if (!(row instanceof TableRow)) continue;
                widest = Math.max(widest, row.getChars().toString().trim().length());
                List<List<Inline>> cells = new ArrayList<>();
                int c = 0;
                for (Node cell : row.getChildren()) {
                    if (!(cell instanceof TableCell tc)) continue;
                    cells.add(inlines(cell));
                    if (aligns.size() <= c) aligns.add(null);
                    if (tc.getAlignment() != null && aligns.get(c) == null) {
                        aligns.set(c, tc.getAlignment().name().toLowerCase(java.util.Locale.ROOT));
                    }
                    c++;
                }
                rows.add(cells);
                if (section instanceof TableHead) header++;
            }
        }
        String id = null;
        RichText caption = RichText.EMPTY;
        boolean pageWide = false;
        List<Double> widths = new ArrayList<>();
        // pandoc: the dashes of the separator line give relative widths when a line is longer than 72 characters
        if (widest > 72 && dashes.stream().mapToInt(Integer::intValue).sum() > 0) {
            dashes.forEach(d -> widths.add((double) d));
        }
        if (captionNode != null) {
            String raw = captionNode.getChars().toString().stripTrailing();
            int startOffset = captionNode.getStartOffset();
            Matcher pre = CAPTION.matcher(raw);
            pre.lookingAt();
            Attributes attrs = Attributes.trailing(raw);
            int end = attrs == null ? raw.length() : attrs.start();
            // the caption's text is in the body's language; the other one is the attribute named by its language
            List<Inline> text = inlineMarkdown(raw.substring(pre.end(), end).strip(), startOffset + pre.end());
            String other = english ? "ru" : "en";
            String own = english ? "en" : "ru";
            List<Inline> translation = List.of();
            List<Inline> ownAttr = null;
            int ownAt = startOffset;
            if (attrs != null) {
                id = attrs.id();
                for (Map.Entry<String, String> a : attrs.values().entrySet()) {
                    int at = startOffset + attrs.valueOffset(raw, a.getKey());
                    switch (a.getKey()) {
                        case "en", "ru" -> {
                            if (a.getKey().equals(other)) {
                                translation = inlineMarkdown(a.getValue(), at);
                            } else {
                                ownAttr = inlineMarkdown(a.getValue(), at);
                                ownAt = at;
                            }
                        }
                        case "width" -> {
                            if ("page".equals(a.getValue())) pageWide = true;
                            else if (!"column".equals(a.getValue())) {
                                diagnostics.warning("table-attribute", pos(at),
                                        "width is 'page' or 'column', not '" + a.getValue() + "'");
                            }
                        }
                        case "tbl-colwidths", "widths" -> {
                            List<Double> given = new ArrayList<>();
                            for (String w : a.getValue().replaceAll("[\\[\\]]", "").split("[,\\s]+")) {
                                try {
                                    if (!w.isBlank()) given.add(Double.parseDouble(w));
                                } catch (NumberFormatException e) {
                                    given.clear();
                                    break;
                                }
                            }
                            int cols = rows.stream().mapToInt(List::size).max().orElse(0);
                            if (given.size() != cols || given.stream().anyMatch(w -> w <= 0)) {
                                diagnostics.warning("table-attribute", pos(at), a.getKey() + " needs " + cols
                                        + " positive numbers, one per column (e.g. \"[30,70]\"); the columns are sized to their content");
                            } else {
                                widths.clear();
                                widths.addAll(given);
                            }
                        }
                        default -> diagnostics.warning("table-attribute", pos(at),
                                "unknown table attribute '" + a.getKey() + "' (known: " + other
                                        + ", width, tbl-colwidths); it is ignored");
                    }
                }
            }
            if (id != null && !id.startsWith("tbl-")) {
                diagnostics.warning("table-id", pos(startOffset + attrs.start()),
                        "a table id starts with 'tbl-' ('#tbl-" + id + "'), so that @tbl-… can refer to it; '#" + id + "' cannot be referred to");
                id = null;
            }
            if (ownAttr != null) {
                String body = english ? "English" : "Russian";
                String theOther = english ? "Russian" : "English";
                if (translation.isEmpty()) {
                    // written the other body's way ({#tbl-x en="…"} in an English body): the text is the other caption
                    diagnostics.warning("table-attribute", pos(ownAt), "the body is in " + body + ", so a caption's"
                            + " text is its " + body + " caption and " + other + "=\"…\" the " + theOther + " one;"
                            + " this " + own + "=\"…\" is taken as the " + body + " caption and the text as the "
                            + theOther + " one: write the " + body + " caption as the text and the " + theOther
                            + " one as " + other + "=\"…\"");
                    translation = text;
                    text = ownAttr;
                } else {
                    diagnostics.warning("table-attribute", pos(ownAt), "the caption's text is already its " + body
                            + " caption; this " + own + "=\"…\" is not printed: leave it out");
                }
            }
            caption = english ? new RichText(translation, text) : new RichText(text, translation);
        }
        List<Block.Column> columns = new ArrayList<>();
        double total = widths.stream().mapToDouble(Double::doubleValue).sum();
        for (int c = 0; c < aligns.size(); c++) {
            double w = widths.size() == aligns.size() && total > 0 ? widths.get(c) / total : 0;
            columns.add(new Block.Column(aligns.get(c), w));
        }
        return new Block.Table(id, caption, header, rows, columns, notes, pageWide, 0, p);
    }

    /** Inline Markdown of a piece of a line (a caption) that starts at {@code offset} of the body. */
    private List<Inline> inlineMarkdown(String src, int offset) {
        if (src.isBlank()) return List.of();
        int saved = base;
        base = saved + offset;
        try {
            Document d = PARSER.parse(src);
            List<Inline> out = new ArrayList<>();
            for (Node c : d.getChildren()) {
                if (!out.isEmpty()) out.add(new Inline.Text(" ", pos(c.getStartOffset())));
                out.addAll(inlines(c));
            }
            return capitalise(out);
        } finally {
            base = saved;
        }
    }

    private List<Inline> inlines(Node parent) {
        return inlines.of(parent);
    }

    /** A footnote mark: its number in order of first mark, or an error when the footnote has no text. */
    private Inline note(Footnote f, SourcePos p) {
        String label = f.getText().toString();
        if (!footnoteBlocks.containsKey(label)) {
            diagnostics.error("footnote-missing", p, "footnote [^" + label + "] has no text ([^" + label + "]: …)");
            return null;
        }
        int number = footnoteNumbers.computeIfAbsent(label, k -> footnoteNumbers.size() + 1);
        return new Inline.NoteRef(label, number, p);
    }

    /** Splits text into plain text, citations and figure references. */
    private void text(String raw, int offset, List<Inline> out) {
        Matcher m = CITATION.matcher(raw);
        int last = 0;
        while (m.find()) {
            figRefs(raw.substring(last, m.start()), offset + last, out);
            List<String> keys = new ArrayList<>();
            List<String> locators = new ArrayList<>();
            for (String item : m.group(1).split(";")) {
                // pandoc: "[see @a, p. 5; -@b]": a prefix, "-" (author suppressed), the key, ", locator"
                Matcher k = KEY.matcher(item);
                if (!k.find()) continue;
                keys.add(k.group(1));
                locators.add(item.substring(k.end()).replaceFirst("^\\s*,?\\s*", "").strip());
            }
            if (keys.isEmpty()) {
                out.add(new Inline.Text(Inlines.unescape(m.group()), pos(offset + m.start())));
            } else if (keys.stream().allMatch(key -> key.startsWith("fig-") || key.startsWith("tbl-"))) {
                // [@fig-x] reads as a figure reference in brackets
                out.add(new Inline.Text("(", pos(offset + m.start())));
                figRefs(m.group(1), offset + m.start(1), out);
                out.add(new Inline.Text(")", pos(offset + m.end() - 1)));
            } else {
                out.add(new Inline.Cite(keys, pos(offset + m.start()), List.of(), null, locators, false, null));
            }
            last = m.end();
        }
        figRefs(raw.substring(last), offset + last, out);
    }

    /** Text outside brackets: narrative citations {@code @key} (pandoc's author-in-text form) and figure references. */
    private void figRefs(String raw, int offset, List<Inline> out) {
        Matcher n = NARRATIVE.matcher(raw);
        int last = 0;
        while (n.find()) {
            if (n.group(1).startsWith("fig-") || n.group(1).startsWith("tbl-")) continue;
            if (n.start() > last) figRefsOnly(raw.substring(last, n.start()), offset + last, out);
            out.add(new Inline.Cite(List.of(n.group(1)), pos(offset + n.start()), List.of(), null, List.of(""), true, null));
            last = n.end();
        }
        if (last < raw.length()) figRefsOnly(raw.substring(last), offset + last, out);
    }

    private void figRefsOnly(String raw, int offset, List<Inline> out) {
        Matcher m = FIG_REF.matcher(raw);
        int last = 0;
        while (m.find(last)) {
            if (m.start() > last) out.add(new Inline.Text(Inlines.unescape(raw.substring(last, m.start())), pos(offset + last)));
            String kind = m.group(1).substring(0, 4);
            List<String> ids = new ArrayList<>(List.of(m.group(1)));
            boolean range = false;
            int end = m.end();
            Matcher j = REF_JOIN.matcher(raw);
            while (j.find(end) && j.start() == end && j.group(2).startsWith(kind)) {
                boolean dash = j.group(1).strip().matches("[–—-]");
                if (dash && (range || ids.size() > 1)) break;
                if (range) break;
                range = dash;
                ids.add(j.group(2));
                end = j.end();
            }
            out.add(new Inline.FigRef(ids, range, false, pos(offset + m.start()), null));
            last = end;
        }
        if (last < raw.length()) out.add(new Inline.Text(Inlines.unescape(raw.substring(last)), pos(offset + last)));
    }

    /**
     * A footnote prints as one paragraph (in the PDF's notes and as a Word footnote's one paragraph): a second
     * paragraph is joined to the first, a list loses its markers — said so, at the block, with what to write.
     */
    private void footnoteBlocks(FootnoteBlock fb) {
        int blocks = 0;
        for (Node c : fb.getChildren()) {
            blocks++;
            if (c instanceof Paragraph && blocks == 1) continue;
            String what = c instanceof BulletList || c instanceof OrderedList ? "a list in a footnote prints as running text,"
                    + " without its markers" : c instanceof Paragraph ? "a footnote prints as one paragraph: this one is"
                    + " joined to the one before" : "a footnote prints as one paragraph: this block is joined to it as text";
            diagnostics.warning("markdown-unsupported", pos(c.getStartOffset()), what
                    + "; write the footnote [^" + fb.getText() + "] as one paragraph, or put the list in the body");
        }
    }

    /** Marks the references that start a sentence, so they print with a capital ("Рис. 3 показывает…"). */
    private static List<Inline> capitalise(List<Inline> in) {
        List<Inline> out = new ArrayList<>(in.size());
        StringBuilder before = new StringBuilder();
        for (Inline i : in) {
            if (i instanceof Inline.FigRef r && !r.capital() && SENTENCE_END.matcher(before).matches()
                    && !AFTER_ABBREVIATION.matcher(before).find()) {
                i = new Inline.FigRef(r.ids(), r.range(), true, r.pos(), r.rendered());
            }
            out.add(i);
            before.append(i instanceof Inline.FigRef ? "x" : org.casereport.model.Walk.text(List.of(i)));
        }
        return out;
    }
}
