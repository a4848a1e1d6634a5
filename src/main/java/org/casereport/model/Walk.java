package org.casereport.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/** Walks the document in reading order: visits or rewrites every inline of a body (pandoc's {@code walk}). */
public final class Walk {
    private Walk() {
    }

    /** Visits every inline, depth first, in reading order (body, then footnotes). */
    public static void inlines(Manuscript m, Consumer<Inline> visitor) {
        for (Block b : m.body()) inlines(b, visitor);
        for (Footnote f : m.footnotes()) inlines(f.content(), visitor);
    }

    public static void inlines(Block b, Consumer<Inline> visitor) {
        if (b instanceof Block.Heading h) {
            inlines(h.content(), visitor);
        } else if (b instanceof Block.Paragraph p) {
            inlines(p.content(), visitor);
        } else if (b instanceof Block.ListBlock l) {
            l.items().forEach(item -> item.forEach(x -> inlines(x, visitor)));
        } else if (b instanceof Block.Table t) {
            inlines(t.caption().ru(), visitor);
            inlines(t.caption().en(), visitor);
            t.rows().forEach(row -> row.forEach(cell -> inlines(cell, visitor)));
            t.notes().forEach(x -> inlines(x, visitor));
        } else if (b instanceof Block.Quote q) {
            q.content().forEach(x -> inlines(x, visitor));
        }
    }

    public static void inlines(List<Inline> list, Consumer<Inline> visitor) {
        for (Inline i : list) {
            visitor.accept(i);
            List<Inline> children = children(i);
            if (children != null) inlines(children, visitor);
        }
    }

    /** The body and footnotes with every inline replaced by {@code f(inline)} (children first). */
    public static Manuscript mapInlines(Manuscript m, UnaryOperator<Inline> f) {
        List<Block> body = m.body().stream().map(b -> map(b, f)).toList();
        List<Footnote> notes = m.footnotes().stream()
                .map(n -> new Footnote(n.label(), n.number(), map(n.content(), f), n.pos())).toList();
        return new Manuscript(m.id(), m.caseDir(), m.meta(), body, notes, m.references(), m.figures(), m.bibliography());
    }

    private static Block map(Block b, UnaryOperator<Inline> f) {
        if (b instanceof Block.Heading h) return new Block.Heading(h.level(), map(h.content(), f), h.pos());
        if (b instanceof Block.Paragraph p) return new Block.Paragraph(map(p.content(), f), p.pos());
        if (b instanceof Block.ListBlock l) {
            return l.withItems(l.items().stream().map(item -> item.stream().map(x -> map(x, f)).toList()).toList());
        }
        if (b instanceof Block.Table t) {
            return t.withRows(t.rows().stream().map(row -> row.stream().map(cell -> map(cell, f)).toList()).toList())
                    .withCaption(new RichText(map(t.caption().ru(), f), map(t.caption().en(), f)),
                            t.notes().stream().map(x -> map(x, f)).toList());
        }
        if (b instanceof Block.Quote q) return new Block.Quote(q.content().stream().map(x -> map(x, f)).toList(), q.pos());
        return b;
    }

    public static List<Inline> map(List<Inline> list, UnaryOperator<Inline> f) {
        List<Inline> out = new ArrayList<>(list.size());
        for (Inline i : list) {
            Inline withChildren = i;
            if (i instanceof Inline.Emph e) withChildren = new Inline.Emph(map(e.content(), f), e.pos());
            else if (i instanceof Inline.Strong s) withChildren = new Inline.Strong(map(s.content(), f), s.pos());
            else if (i instanceof Inline.Sup s) withChildren = new Inline.Sup(map(s.content(), f), s.pos());
            else if (i instanceof Inline.Sub s) withChildren = new Inline.Sub(map(s.content(), f), s.pos());
            else if (i instanceof Inline.Link l) withChildren = new Inline.Link(l.url(), map(l.content(), f), l.pos());
            out.add(f.apply(withChildren));
        }
        return out;
    }

    /** The children of a container inline, or null. */
    public static List<Inline> children(Inline i) {
        if (i instanceof Inline.Emph e) return e.content();
        if (i instanceof Inline.Strong s) return s.content();
        if (i instanceof Inline.Sup s) return s.content();
        if (i instanceof Inline.Sub s) return s.content();
        if (i instanceof Inline.Link l) return l.content();
        return null;
    }

    /** The plain text of inlines (citations and figure references as rendered, if they are). */
    public static String text(List<Inline> list) {
        StringBuilder sb = new StringBuilder();
        inlines(list, i -> {
            if (i instanceof Inline.Text t) sb.append(t.text());
            else if (i instanceof Inline.Code c) sb.append(c.text());
            else if (i instanceof Inline.LineBreak) sb.append('\n');
            else if (i instanceof Inline.Cite c) sb.append(c.plain());
            else if (i instanceof Inline.FigRef r) sb.append(r.rendered() == null ? "@" + r.id() : r.rendered());
            else if (i instanceof Inline.NoteRef n) sb.append(n.number());
        });
        return sb.toString();
    }
}
