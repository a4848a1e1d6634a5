package org.casereport.read;

import com.vladsch.flexmark.ast.AutoLink;
import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.Emphasis;
import com.vladsch.flexmark.ast.HardLineBreak;
import com.vladsch.flexmark.ast.HtmlEntity;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.ImageRef;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.LinkRef;
import com.vladsch.flexmark.ast.MailLink;
import com.vladsch.flexmark.ast.Reference;
import com.vladsch.flexmark.ast.SoftLineBreak;
import com.vladsch.flexmark.ast.StrongEmphasis;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ext.footnotes.Footnote;
import com.vladsch.flexmark.ext.gfm.strikethrough.Strikethrough;
import com.vladsch.flexmark.ext.gfm.strikethrough.Subscript;
import com.vladsch.flexmark.ext.superscript.Superscript;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.Escaping;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.SourcePos;
import org.casereport.model.Inline;

/**
 * The one conversion of Markdown's inline nodes (Flexmark) into {@link Inline}s, for the body and for the front
 * matter's texts alike: emphasis, strong, ^sup^, ~sub~, code, line breaks, entities, http(s) and mailto links, one
 * unescape rule. What the writers cannot print is never dropped in silence: a strikethrough prints its text plain, a
 * link to another kind of address its text without the link, raw HTML the text it is, an image its Markdown — each
 * with a warning at its place that says what to do. What differs between the two readers is given to it: where a
 * node is ({@code pos}, of an offset in the parsed text), what running text becomes ({@code text}: the body finds citations and figure references
 * in it) and what a footnote mark becomes (the body's numbered note; null where there are none).
 */
final class Inlines {
    /** Running text: {@code raw} as written (escapes not undone), starting at {@code offset}, added to {@code out}. */
    interface TextRule {
        void text(String raw, int offset, List<Inline> out);
    }

    /** A footnote mark {@code [^x]}: its inline, or null when it has none (reported by the rule). */
    interface NoteRule {
        Inline note(Footnote mark, SourcePos pos);
    }

    private final Diagnostics diagnostics;
    private final IntFunction<SourcePos> pos;
    private final TextRule text;
    private final NoteRule notes;

    Inlines(Diagnostics diagnostics, IntFunction<SourcePos> pos, TextRule text, NoteRule notes) {
        this.diagnostics = diagnostics;
        this.pos = pos;
        this.text = text;
        this.notes = notes;
    }

    /** The inlines of {@code parent}'s children, adjacent texts joined. */
    List<Inline> of(Node parent) {
        List<Inline> out = new ArrayList<>();
        for (Node n : parent.getChildren()) inline(n, out);
        return Inline.joinText(out);
    }

    private void inline(Node n, List<Inline> out) {
        SourcePos p = pos.apply(n.getStartOffset());
        if (n instanceof Text || n instanceof LinkRef r && !r.isDefined()) {
            text.text(n.getChars().toString(), n.getStartOffset(), out);
        } else if (n instanceof SoftLineBreak) {
            out.add(new Inline.Text(" ", p));
        } else if (n instanceof HardLineBreak) {
            out.add(new Inline.LineBreak(p));
        } else if (n instanceof StrongEmphasis) {
            out.add(new Inline.Strong(of(n), p));
        } else if (n instanceof Emphasis) {
            out.add(new Inline.Emph(of(n), p));
        } else if (n instanceof Superscript) {
            out.add(new Inline.Sup(of(n), p));
        } else if (n instanceof Subscript) {
            out.add(new Inline.Sub(of(n), p));
        } else if (n instanceof Strikethrough) {
            diagnostics.warning("markdown-unsupported", p, "~~strikethrough~~ cannot be printed struck through: its text"
                    + " prints plain; delete the text, or the ~~ around it");
            out.addAll(of(n));
        } else if (n instanceof Code c) {
            out.add(new Inline.Code(c.getText().toString(), p));
        } else if (n instanceof HtmlEntity) {
            out.add(new Inline.Text(Escaping.unescapeHtml(n.getChars()), p));
        } else if (n instanceof Link l) {
            link(l.getUrl().toString(), of(n), p, out);
        } else if (n instanceof LinkRef r) {
            Reference ref = r.getReferenceNode(r.getDocument());
            link(ref == null ? "" : ref.getUrl().toString(), of(n), p, out);
        } else if (n instanceof AutoLink a) {
            link(a.getUrl().toString(), List.of(new Inline.Text(a.getText().toString(), pos.apply(a.getText().getStartOffset()))), p, out);
        } else if (n instanceof MailLink m) {
            link("mailto:" + m.getText(), List.of(new Inline.Text(m.getText().toString(), pos.apply(m.getText().getStartOffset()))), p, out);
        } else if (n instanceof Image || n instanceof ImageRef) {
            diagnostics.warning("markdown-image", p,
                    "images are declared as figures (figures/<name>.yaml) and referred to as @fig-<name>; this one is shown as text");
            out.add(new Inline.Text(n.getChars().toString(), p));
        } else if (n instanceof Footnote f && notes != null) {
            Inline mark = notes.note(f, p);
            if (mark != null) out.add(mark);
        } else if (n instanceof HtmlInlineBase) {
            html(n.getChars().toString(), p);
            out.add(new Inline.Text(n.getChars().toString(), p));
        } else if (n.hasChildren()) {
            out.addAll(of(n));
        } else {
            out.add(new Inline.Text(n.getChars().toString(), p));
        }
    }

    /** Raw HTML is not markup: it prints as the text it is, and the author is told what to write instead. */
    void html(String raw, SourcePos p) {
        String shown = raw.strip().replaceAll("\\s+", " ");
        if (shown.length() > 40) shown = shown.substring(0, 39) + "…";
        String advice = shown.startsWith("<!--")
                ? "an HTML comment is printed as text: delete it (notes to co-authors belong outside case.md)"
                : "raw HTML is not markup: '" + shown + "' prints as the text it is; write Markdown instead"
                        + " (*italic*, **bold**, 10^9^, H~2~O, a line ending in a backslash for a line break) or delete it";
        diagnostics.warning("markdown-html", p, advice);
    }

    /** A link to an http(s) or mailto address; any other (javascript:, file:, a bare name) prints its text only. */
    private void link(String url, List<Inline> content, SourcePos p, List<Inline> out) {
        String u = url.strip().toLowerCase(Locale.ROOT);
        if (u.startsWith("https://") || u.startsWith("http://") || u.startsWith("mailto:")) {
            out.add(new Inline.Link(url.strip(), content, p));
            return;
        }
        String shown = url.strip().length() > 40 ? url.strip().substring(0, 39) + "…" : url.strip();
        diagnostics.warning("markdown-link", p, (shown.isEmpty() ? "a link without an address" : "a link to '" + shown + "'")
                + " is not printed as a link (only http://, https:// and mailto: addresses are): its text prints"
                + " plain; give the full https:// address, or write the text without the brackets");
        out.addAll(content);
    }

    /** Markdown's backslash escapes and entities undone; pandoc's {@code \ } (a backslash before a space) is a no-break space. */
    static String unescape(String s) {
        if (s.indexOf('\\') < 0 && s.indexOf('&') < 0) return s;
        return Escaping.unescapeString(s.replace("\\ ", "\u00A0"));
    }
}
