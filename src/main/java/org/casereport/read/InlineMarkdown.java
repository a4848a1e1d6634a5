package org.casereport.read;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.gfm.strikethrough.Subscript;
import com.vladsch.flexmark.ext.superscript.Superscript;
import com.vladsch.flexmark.ext.superscript.SuperscriptExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.SourcePos;
import org.casereport.model.Inline;

/**
 * Inline Markdown in a front-matter text (title, abstract, keywords, affiliations, statements): emphasis
 * ({@code *KMT2A*}), strong ({@code **Введение.**}), super- and subscript ({@code 10^9^}, {@code H~2~O}), code and
 * http(s) links, as in the body. Raw HTML stays the text it is. A block construct (a heading, a list, a quote, a
 * table) has no place in these fields: it is a warning {@code front-matter-markdown} at the field, and its text is
 * printed as a paragraph. Every inline carries the field's position.
 */
final class InlineMarkdown {
    private static final Parser PARSER;

    static {
        MutableDataSet options = new MutableDataSet();
        options.set(Parser.EXTENSIONS, List.of(SuperscriptExtension.create(), StrikethroughSubscriptExtension.create()));
        PARSER = Parser.builder(options).build();
    }

    private final Diagnostics diagnostics;

    InlineMarkdown(Diagnostics diagnostics) {
        this.diagnostics = diagnostics;
    }

    /** One run: the paragraphs of {@code src} joined by a space. */
    List<Inline> run(String src, SourcePos pos, String field) {
        List<Inline> out = new ArrayList<>();
        for (List<Inline> p : paragraphs(src, pos, field)) {
            if (!out.isEmpty()) out.add(new Inline.Text(" ", pos));
            out.addAll(p);
        }
        return out;
    }

    /** The paragraphs of {@code src} (split at blank lines), each a run of inlines. */
    List<List<Inline>> paragraphs(String src, SourcePos pos, String field) {
        List<List<Inline>> out = new ArrayList<>();
        if (src == null || src.isBlank()) return out;
        boolean warned = false;
        for (Node n : PARSER.parse(src.strip()).getChildren()) {
            if (n instanceof Paragraph) {
                out.add(inlines(n, pos));
                continue;
            }
            if (!warned) {
                warned = true;
                diagnostics.warning("front-matter-markdown", pos, "'" + field + "' holds a " + kind(n)
                        + ", which a metadata field cannot print; it is printed as a paragraph of text (only inline"
                        + " Markdown — *italic*, **bold**, ^sup^, ~sub~ — has a place here)");
            }
            String text = n.getChars().toString().strip();
            if (!text.isEmpty()) out.add(List.of(new Inline.Text(text.replaceAll("\\s*\\n\\s*", " "), pos)));
        }
        return out;
    }

    private static String kind(Node n) {
        String name = n.getClass().getSimpleName();
        if (name.contains("Heading")) return "heading";
        if (name.contains("List")) return "list";
        if (name.contains("Quote")) return "block quote";
        if (name.contains("Code")) return "code block";
        if (name.contains("Html")) return "HTML block";
        if (name.contains("ThematicBreak")) return "horizontal rule";
        return "block of Markdown (" + name + ")";
    }

    private List<Inline> inlines(Node parent, SourcePos pos) {
        List<Inline> out = new ArrayList<>();
        for (Node n : parent.getChildren()) inline(n, pos, out);
        return Inline.joinText(out);
    }

    private void inline(Node n, SourcePos pos, List<Inline> out) {
        if (n instanceof SoftLineBreak) {
            out.add(new Inline.Text(" ", pos));
        } else if (n instanceof HardLineBreak) {
            out.add(new Inline.LineBreak(pos));
        } else if (n instanceof StrongEmphasis) {
            out.add(new Inline.Strong(inlines(n, pos), pos));
        } else if (n instanceof Emphasis) {
            out.add(new Inline.Emph(inlines(n, pos), pos));
        } else if (n instanceof Superscript) {
            out.add(new Inline.Sup(inlines(n, pos), pos));
        } else if (n instanceof Subscript) {
            out.add(new Inline.Sub(inlines(n, pos), pos));
        } else if (n instanceof Code c) {
            out.add(new Inline.Code(c.getText().toString(), pos));
        } else if (n instanceof Link l && safe(l.getUrl().toString())) {
            out.add(new Inline.Link(l.getUrl().toString(), inlines(n, pos), pos));
        } else if (n instanceof AutoLink a && safe(a.getText().toString())) {
            out.add(new Inline.Link(a.getText().toString(), List.of(new Inline.Text(a.getText().toString(), pos)), pos));
        } else if (n instanceof HtmlEntity e) {
            out.add(new Inline.Text(Escaping.unescapeHtml(e.getChars()), pos));
        } else if (n instanceof Text) {
            out.add(new Inline.Text(unescape(n.getChars().toString()), pos));
        } else if (n.hasChildren()) {
            out.addAll(inlines(n, pos));
        } else {
            out.add(new Inline.Text(n.getChars().toString(), pos)); // raw HTML and the rest: the text as written
        }
    }

    private static boolean safe(String url) {
        String u = url.strip().toLowerCase(java.util.Locale.ROOT);
        return u.startsWith("https://") || u.startsWith("http://") || u.startsWith("mailto:");
    }

    /** Markdown's backslash escapes ({@code \*}), and pandoc's {@code \ } as a no-break space. */
    private static String unescape(String s) {
        return s.replace("\\ ", "\u00A0").replaceAll("\\\\([!-/:-@\\[-`{-~])", "$1");
    }
}
