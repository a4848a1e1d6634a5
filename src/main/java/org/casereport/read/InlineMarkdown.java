package org.casereport.read;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.gfm.strikethrough.StrikethroughSubscriptExtension;
import com.vladsch.flexmark.ext.superscript.SuperscriptExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.util.ArrayList;
import java.util.List;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.SourcePos;
import org.casereport.model.Inline;

/**
 * Inline Markdown in a front-matter text (title, abstract, keywords, affiliations, statements) and in a figure's
 * caption: emphasis
 * ({@code *KMT2A*}), strong ({@code **Введение.**}), super- and subscript ({@code 10^9^}, {@code H~2~O}), code and
 * http(s) links — the body's own inline conversion ({@link Inlines}), with its warnings. Raw HTML stays the text it is. A block construct (a heading, a list, a quote, a
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
                        + ", which a metadata field or a caption cannot print; it is printed as a paragraph of text (only inline"
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

    /** The field's inlines, each at the field's place; running text is text (no citations in metadata). */
    private List<Inline> inlines(Node parent, SourcePos pos) {
        Inlines.TextRule text = (raw, offset, out) -> out.add(new Inline.Text(Inlines.unescape(raw), pos));
        return new Inlines(diagnostics, offset -> pos, text, null).of(parent);
    }
}
