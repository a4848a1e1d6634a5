package org.casereport.write.docx;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.casereport.template.Ties;
import org.casereport.cite.Bibliography;
import org.casereport.model.Footnote;
import org.casereport.model.Inline;
import org.casereport.write.docx.DocxRuns.Fmt;

/** Inline content as runs: emphasis, super- and subscripts, code, links, citation marks, figure references, footnotes. */
final class InlineContent {
    private final DocxEnv env;
    private final DocxRuns out;
    private final Map<Integer, XWPFFootnote> notesWritten = new HashMap<>();

    InlineContent(DocxEnv env) {
        this.env = env;
        this.out = env.runs();
    }

    void write(XWPFParagraph p, List<Inline> content, String lang, Fmt fmt) {
        for (Inline in : content) {
            inline(p, in, lang, fmt);
        }
    }

    private void inline(XWPFParagraph p, Inline in, String lang, Fmt fmt) {
        if (in instanceof Inline.Text t) {
            out.run(p, t.text(), lang, fmt);
        } else if (in instanceof Inline.Emph e) {
            write(p, e.content(), lang, fmt.withItalic());
        } else if (in instanceof Inline.Strong s) {
            write(p, s.content(), lang, fmt.withBold());
        } else if (in instanceof Inline.Sup s) {
            write(p, s.content(), lang, fmt.with("superscript"));
        } else if (in instanceof Inline.Sub s) {
            write(p, s.content(), lang, fmt.with("subscript"));
        } else if (in instanceof Inline.Code c) {
            out.run(p, c.text(), lang, fmt, Styles.VERBATIM);
        } else if (in instanceof Inline.Link l) {
            XWPFHyperlinkRun r = p.createHyperlinkRun(l.url());
            DocxRuns.format(r, plain(l.content()), lang, fmt, Styles.HYPERLINK);
        } else if (in instanceof Inline.LineBreak) {
            out.run(p, "", lang, fmt).addBreak();
        } else if (in instanceof Inline.Cite c) {
            String mark = c.rendered() != null && !c.rendered().isEmpty() ? c.rendered()
                    : "[" + String.join("; ", c.keys()) + "]";
            boolean sup = Bibliography.superscript(env.journal());
            if (c.author() != null && !c.author().isEmpty()) {
                // a narrative citation: the author on the line, then the mark
                out.run(p, c.author() + (sup ? "" : String.valueOf(Ties.NBSP)), lang, fmt);
            } else if (sup) {
                DocxRuns.trimTrailingSpace(p); // "риска¹", not "риска ¹", as the PDF prints it
            }
            out.run(p, mark, lang, sup ? fmt.with("superscript") : fmt);
        } else if (in instanceof Inline.FigRef f) {
            out.run(p, f.rendered() != null && !f.rendered().isEmpty() ? f.rendered() : f.id(), lang, fmt);
        } else if (in instanceof Inline.NoteRef n) {
            noteRef(p, n, lang);
        }
    }

    /** A footnote mark: a real Word footnote the first time, the same number as a superscript after that. */
    private void noteRef(XWPFParagraph p, Inline.NoteRef n, String lang) {
        Footnote note = footnote(n.number());
        if (note == null) {
            out.run(p, "[" + n.label() + "]", lang, Fmt.PLAIN);
            return;
        }
        if (notesWritten.containsKey(n.number())) {
            out.run(p, String.valueOf(n.number()), lang, Fmt.PLAIN, Styles.FOOTNOTE_REFERENCE);
            return;
        }
        XWPFFootnote fn = env.doc().createFootnote();
        notesWritten.put(n.number(), fn);
        XWPFParagraph fp = fn.createParagraph(); // carries the footnote's own number mark
        fp.setStyle(Styles.FOOTNOTE_TEXT);
        for (XWPFRun r : fp.getRuns()) r.setLang(DocxRuns.langTag(lang));
        out.run(fp, " ", lang, Fmt.PLAIN);
        write(fp, note.content(), lang, Fmt.PLAIN);
        p.addFootnoteReference(fn);
        p.getRuns().get(p.getRuns().size() - 1).setLang(DocxRuns.langTag(lang));
    }

    private Footnote footnote(int number) {
        List<Footnote> notes = env.m().footnotes();
        for (Footnote f : notes) {
            if (f.number() == number) return f;
        }
        return number >= 1 && number <= notes.size() ? notes.get(number - 1) : null;
    }

    /** The content as plain text (what a link, a table cell or an alt text reads as). */
    static String plain(List<Inline> content) {
        StringBuilder s = new StringBuilder();
        for (Inline in : content) {
            if (in instanceof Inline.Text t) s.append(t.text());
            else if (in instanceof Inline.Code c) s.append(c.text());
            else if (in instanceof Inline.Emph e) s.append(plain(e.content()));
            else if (in instanceof Inline.Strong st) s.append(plain(st.content()));
            else if (in instanceof Inline.Sup su) s.append(plain(su.content()));
            else if (in instanceof Inline.Sub sb) s.append(plain(sb.content()));
            else if (in instanceof Inline.Link l) s.append(plain(l.content()));
            else if (in instanceof Inline.LineBreak) s.append(' ');
            else if (in instanceof Inline.Cite c) s.append(c.plain());
            else if (in instanceof Inline.FigRef f) s.append(f.rendered() == null ? f.id() : f.rendered());
        }
        return s.toString();
    }
}
