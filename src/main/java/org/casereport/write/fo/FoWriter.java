package org.casereport.write.fo;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerException;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.sax.SAXResult;
import org.apache.fop.apps.FOPException;
import org.apache.fop.apps.FOUserAgent;
import org.apache.fop.apps.Fop;
import org.apache.fop.apps.FopConfParser;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.apps.MimeConstants;
import org.apache.fop.events.Event;
import org.apache.fop.events.EventFormatter;
import org.apache.fop.events.model.EventSeverity;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.SourcePos;
import org.casereport.model.Journal;
import org.casereport.model.Manuscript;
import org.casereport.template.ArticleView;
import org.casereport.template.Templates;
import org.casereport.write.RenderContext;
import org.casereport.write.Writer;
import org.casereport.write.pdf.PdfFinish;
import org.casereport.write.pdf.PdfWriter;
import org.w3c.dom.Document;
import org.xml.sax.SAXException;

/**
 * The opt-in PDF engine (journal.yaml {@code pdf.engine: fo}): the journal's XSL-FO template
 * ({@code article.fo.ftlh}, the same view model as the XHTML page) typeset by Apache FOP — notes as footnotes at
 * the foot of the page where they are marked, the last page's columns balanced, paragraph-wide (Knuth–Plass) line
 * breaking over casereport's hyphenation. PDF/A-2u, tagged (PDF/UA-1), fonts embedded as subsets from the journal's
 * fonts folder; FOP reads nothing else ({@link FoResources}). Same input, same bytes ({@link PdfFinish}).
 */
public final class FoWriter implements Writer {
    /** The main FO template of a journal. */
    public static final String TEMPLATE = "article.fo.ftlh";

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void write(Manuscript manuscript, RenderContext context, OutputStream out) throws IOException {
        Journal journal = context.journal();
        Map<String, Object> model = PdfWriter.viewModel(manuscript, journal);
        String fo = Templates.forJournal(journal).render(TEMPLATE, model);
        Document dom = PdfWriter.parse(fo, journal, TEMPLATE);
        FoHyphens hyphens = FoHyphens.read(dom);
        @SuppressWarnings("unchecked")
        Map<String, Object> page = (Map<String, Object>) model.get("page");
        FoResources resources = new FoResources(manuscript, journal.fontsDir(),
                ((Number) page.get("columnWidthPt")).doubleValue(), ((Number) page.get("textWidthPt")).doubleValue());
        double[] margins = ArticleView.marginsPt(journal);
        double column = ((Number) page.get("columnWidthPt")).doubleValue();
        int columns = ((Number) page.get("columns")).intValue();
        double gap = columns < 2 ? 0 : (((Number) page.get("textWidthPt")).doubleValue() - columns * column) / (columns - 1);
        double offset = ((Number) page.get("textWidthPt")).doubleValue() - column;
        Map<String, org.w3c.dom.Element> notes = FoFootnotes.notes(dom);
        Map<String, String[]> placed = new java.util.HashMap<>();
        notes.forEach((n, e) -> placed.put(n, new String[] {e.getAttribute("start-indent"), e.getAttribute("end-indent")}));
        java.util.List<Runnable> anchored = new java.util.ArrayList<>();
        FoFigures.Typeset settle = () -> {
            // the notes as the template placed them ...
            for (int i = anchored.size() - 1; i >= 0; i--) anchored.get(i).run();
            anchored.clear();
            notes.forEach((n, e) -> {
                String[] was = placed.get(n);
                for (int k = 0; k < 2; k++) {
                    String name = k == 0 ? "start-indent" : "end-indent";
                    if (was[k].isEmpty()) e.removeAttribute(name);
                    else e.setAttribute(name, was[k]);
                }
            });
            RenderContext c = new RenderContext(journal, context.timestamp()); // its warnings count if it is kept
            byte[] set = typeset(dom, model, manuscript, c, resources, hyphens);
            Map<Integer, java.util.List<String>> over = FoFootnotes.overText(set, notes);
            if (over.isEmpty()) return new FoFigures.Result(set, c, over);
            // ... then, where FOP printed one over text: anchored below the page-wide block after its mark when that
            // block is on the note's page (FOP kept no room for it below the block), else moved under the other
            // column (its mark was there), and typeset once more
            for (var e : over.entrySet()) {
                for (String n : e.getValue()) {
                    org.w3c.dom.Element wide = FoFootnotes.pageWideAfter(notes.get(n));
                    Runnable undo = wide == null || !FoFootnotes.onPage(set, e.getKey(), FoFootnotes.openingOf(wide))
                            ? null : FoFootnotes.reanchor(notes.get(n), wide);
                    if (undo != null) anchored.add(undo);
                    else FoFootnotes.move(notes.get(n), offset + "pt");
                }
            }
            RenderContext again = new RenderContext(journal, context.timestamp());
            set = typeset(dom, model, manuscript, again, resources, hyphens);
            return new FoFigures.Result(set, again, FoFootnotes.overText(set, notes));
        };
        FoFigures.Area area = new FoFigures.Area(margins[0], margins[2], margins[3], column, gap, columns);
        FoFigures.Result first = FoEmptyLastPage.drop(dom, settle.apply(), area, settle);
        // the paragraphs FOP set loosely get more shrink, and are typeset once more (kept when fewer lines are loose)
        java.util.List<String> loose = FoLooseLines.lines(first.pdf(), area);
        Map<org.w3c.dom.Element, String> shrunk = new java.util.LinkedHashMap<>();
        for (org.w3c.dom.Element p : FoLooseLines.paragraphs(dom, loose)) {
            shrunk.put(p, p.getAttribute("word-spacing.minimum"));
            p.setAttribute("word-spacing.minimum", FoLooseLines.SHRINK);
        }
        if (!shrunk.isEmpty()) {
            FoFigures.Result tighter = settle.apply();
            if (FoLooseLines.lines(tighter.pdf(), area).size() < loose.size()
                    && FoFigures.Pages.read(tighter.pdf(), area).pages() <= FoFigures.Pages.read(first.pdf(), area).pages()) {
                first = tighter;
            } else {
                shrunk.forEach((p, was) -> p.setAttribute("word-spacing.minimum", was));
            }
        }
        // the page-wide figures and tables at the top of a page (FoWideBlocks) on every typeset of the column figures' moves
        // (FoFigures), so that each move is judged on pages as they will print: a note marked above a page-wide
        // figure left in mid-page is printed over the text below it (FoFootnotes)
        Map<FoFigures.Result, FoWideBlocks.Placed> placedAs = new java.util.IdentityHashMap<>();
        FoWideBlocks.Placed[] last = {null};
        FoFigures.Typeset withWide = () -> {
            if (last[0] != null) last[0].putBack();
            last[0] = FoWideBlocks.place(dom, settle.apply(), area, settle);
            placedAs.put(last[0].result(), last[0]);
            return last[0].result();
        };
        last[0] = FoWideBlocks.place(dom, first, area, settle);
        placedAs.put(last[0].result(), last[0]);
        FoFigures.Result result = FoFigures.place(dom, last[0].result(), area, withWide);
        FoWideBlocks.Placed wide = placedAs.get(result);
        byte[] pdf = result.pdf();
        result.context().warnings().forEach(context::warn);
        for (var e : result.over().entrySet()) {
            context.warn(Diagnostic.warning("pdf-fo-layout", SourcePos.file(manuscript.id()), "page " + e.getKey()
                    + ": note " + String.join(", ", e.getValue()) + " is printed over the text of a column "
                    + "(notes marked in both columns of one page); set pdf.engine: html to print notes after the body"));
        }
        for (String id : wide.stayed()) {
            org.casereport.model.Figure f = manuscript.figure(id);
            org.casereport.model.Block.Table t = f == null ? table(manuscript, id) : null;
            SourcePos at = f != null && f.pos() != null ? f.pos() : t != null && t.pos() != null ? t.pos()
                    : SourcePos.file(manuscript.id());
            String what = f != null ? "figure " + f.number() : t != null ? "table " + t.number() : id;
            context.warn(Diagnostic.warning("pdf-fo-layout", at, what + " (width: page) stays in mid-page, after the "
                    + (t != null ? "paragraph it follows" : "paragraph that first mentions it") + ": the FO engine could"
                    + " not set it at the top of that page or the next without moving the text's page ends; move "
                    + (t != null ? "the table" : "its first mention") + " or give it width: column"));
        }
        for (String o : FoFootnotes.overflows(pdf, margins[0], margins[2], margins[3], column, gap, columns)) {
            context.warn(Diagnostic.warning("pdf-fo-layout", SourcePos.file(manuscript.id()), "the FO engine: " + o));
        }
        Set<String> refused = new LinkedHashSet<>(resources.refused());
        if (!refused.isEmpty()) {
            throw new IOException("the journal's FO template asked for files outside the fonts folder and the case's "
                    + "figures, which were refused: " + String.join(", ", refused));
        }
        org.casereport.write.pdf.MissingGlyphs.report(dom, manuscript, context);
        FoUnprinted.report(dom, manuscript, context);
        out.write(PdfFinish.finish(pdf, context, PdfWriter.documentId(fo, context), hyphens));
    }

    /** The body's table of that id (its FO block's id: the caption's {@code #tbl-…}, else "table-N"); null if none. */
    private static org.casereport.model.Block.Table table(Manuscript manuscript, String id) {
        for (org.casereport.model.Block b : manuscript.body()) {
            if (b instanceof org.casereport.model.Block.Table t
                    && (id.equals(t.id()) || t.id() == null && id.equals("table-" + t.number()))) return t;
        }
        return null;
    }

    private static byte[] typeset(Document dom, Map<String, Object> model, Manuscript manuscript, RenderContext context,
                                  FoResources resources, FoHyphens hyphens) throws IOException {
        FopFactory factory;
        try {
            byte[] conf = FoFonts.configuration(context.journal().fontsDir()).getBytes(StandardCharsets.UTF_8);
            factory = new FopConfParser(new ByteArrayInputStream(conf), resources.base(), resources)
                    .getFopFactoryBuilder().build();
        } catch (SAXException e) {
            throw new IllegalStateException("FOP configuration", e);
        }
        FoHyphenationTree.install(factory, hyphens);
        FOUserAgent ua = factory.newFOUserAgent();
        ua.setCreationDate(Date.from(context.timestamp()));
        ua.setProducer(PdfWriter.PRODUCER);
        ua.setCreator(PdfWriter.PRODUCER);
        @SuppressWarnings("unchecked")
        Map<String, Object> info = (Map<String, Object>) model.get("pdf");
        ua.setTitle(String.valueOf(info.get("title")));
        ua.setAuthor(String.valueOf(info.get("author")));
        ua.setSubject(String.valueOf(info.get("subject")));
        ua.setKeywords(String.valueOf(info.get("keywords")));
        SourcePos where = SourcePos.file(manuscript.id());
        Set<String> said = new LinkedHashSet<>();
        ua.getEventBroadcaster().addEventListener(e -> report(e, where, context, said));
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 20);
        try {
            Fop fop = factory.newFop(MimeConstants.MIME_PDF, ua, buf);
            TransformerFactory tf = TransformerFactory.newInstance();
            tf.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Transformer t = tf.newTransformer();
            t.transform(new DOMSource(dom), new SAXResult(fop.getDefaultHandler()));
        } catch (FOPException | TransformerException e) {
            throw new CaseException(Diagnostic.error("template-fo", where,
                    "the FO engine cannot typeset the journal's " + TEMPLATE + ": " + e.getMessage()));
        }
        return buf.toByteArray();
    }

    /**
     * FOP's warnings about the page (a line or a table wider than its column, a glyph the font lacks, a block that
     * does not fit) as the case's warnings, each message once; its information events stay quiet.
     */
    private static void report(Event e, SourcePos where, RenderContext context, Set<String> said) {
        if (e.getSeverity() == EventSeverity.INFO) return;
        if (e.getEventID().endsWith("FontEventProducer.glyphNotAvailable")) return;   // said at its place: MissingGlyphs
        String msg = EventFormatter.format(e);
        if (said.add(msg)) context.warn(Diagnostic.warning("pdf-fo-layout", where, "the FO engine: " + msg));
    }
}
