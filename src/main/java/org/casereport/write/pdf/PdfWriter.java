package org.casereport.write.pdf;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PDFCreationListener;
import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder.PdfAConformance;
import java.awt.color.ColorSpace;
import java.awt.color.ICC_Profile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;
import java.util.function.Consumer;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.common.PDMetadata;
import org.apache.xmpbox.XMPMetadata;
import org.apache.xmpbox.schema.XMPBasicSchema;
import org.apache.xmpbox.xml.DomXmpParser;
import org.apache.xmpbox.xml.XmpParsingException;
import org.apache.xmpbox.xml.XmpSerializer;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.figure.FigureArt;
import org.casereport.model.Manuscript;
import org.casereport.diag.SourcePos;
import org.casereport.template.ArticleView;
import org.casereport.model.Journal;
import org.casereport.template.Templates;
import org.casereport.write.RenderContext;
import org.casereport.write.Writer;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * PDF through the journal's Freemarker XHTML template ({@code article.ftlh} + {@code article.css}) and
 * openhtmltopdf (PDFBox 3): PDF/A-2u, tagged (PDF/UA-1), fonts embedded as subsets from {@link Journal#fontsDir()},
 * sRGB output intent. The renderer reads only the journal's template files, never the network or other files.
 * Same input, same bytes: dates come from {@link RenderContext#timestamp()}, the document id from the content.
 */
public final class PdfWriter implements Writer {
    /** The document-information key naming the journal the PDF was rendered for. */
    public static final String JOURNAL_KEY = "CasereportJournal";

    /** The main template of a journal. */
    public static final String TEMPLATE = "article.ftlh";
    public static final String PRODUCER = "casereport";

    private final Consumer<String> onRefused;

    static {
        // openhtmltopdf logs timings and font loading at INFO; a build prints only what needs reading
        for (String logger : com.openhtmltopdf.util.XRLog.listRegisteredLoggers()) {
            com.openhtmltopdf.util.XRLog.setLevel(logger, java.util.logging.Level.WARNING);
        }
    }

    /** The writer of the registry: a template that reaches outside its folders is an error, not a silent gap. */
    public PdfWriter() {
        this(null);
    }

    /**
     * @param onRefused told of every resource address the sandbox refused (a template reaching outside); null: such a
     *                  refusal fails the write with an {@link IOException} naming the addresses
     */
    public PdfWriter(Consumer<String> onRefused) {
        this.onRefused = onRefused;
    }

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void write(Manuscript manuscript, RenderContext context, OutputStream out) throws IOException {
        Journal journal = context.journal();
        String xhtml = xhtml(manuscript, journal);
        Document dom = parse(xhtml, journal, TEMPLATE);
        byte[] id = documentId(xhtml, context);
        ResourceSandbox sandbox = new ResourceSandbox(journal);
        SoftHyphens hyphens = new SoftHyphens();
        try {
            // the tables' layout is the document's first layout too when it changes nothing
            LaidOut tablesLaid = layOutTables(dom, manuscript, context, id, sandbox, hyphens);
            ColumnBalancer.Layout laidOut = d -> laidOut(d, manuscript, context, id, sandbox, hyphens, null);
            int columns = journal.integer("page.columns", 1);
            // a figure whose caption the layout set in the next column or page is moved before any PDF is made
            LaidOut laid = laidOut(dom, manuscript, context, id, sandbox, hyphens, tablesLaid);
            int rounds = 0;
            try {
                for (; rounds < 3; rounds++) {
                    Map<Element, FigureKeep.Spot> spots = new java.util.IdentityHashMap<>();
                    List<Element> apart = FigureKeep.apart(dom, laid.root(), columns, spots);
                    if (apart.isEmpty()) break;
                    laid.close();
                    if (!FigureDefer.defer(dom, apart.get(0), spots.get(apart.get(0)), laidOut, columns)) {
                        FigureKeep.breakBefore(apart, columns);
                    }
                    laid = laidOut.apply(dom);
                }
            } catch (IOException | RuntimeException e) {
                laid.close();
                throw e;
            }
            byte[] pdf = laid.pdf();
            double[] margins = ArticleView.marginsPt(journal);
            // the set document is loaded and its pages read once for the figure keep and the hyphen marks; the
            // set PDF is checked again (a caption cut off at a column's foot is seen only there)
            PDDocument read = Loader.loadPDF(pdf);
            try {
                PageGlyphs.Scan scan = PageGlyphs.scan(read);
                List<Element> apart = FigureKeep.apart(dom, read, scan, margins[2]);
                for (int round = rounds; round < 3 && !apart.isEmpty(); round++) {
                    // a figure whose caption went on to the next column moves after the paragraph that runs into
                    // that column, else gets a break before it; set again
                    List<Element> figures = FigureKeep.figures(dom);
                    List<FigureKeep.Picture> pictures = scan.pictures();
                    int first = figures.indexOf(apart.get(0));
                    if (first < 0 || pictures.size() != figures.size() || !FigureDefer.defer(dom, apart.get(0),
                            pictures.get(first), read.getPage(0).getMediaBox().getWidth(), laidOut, columns)) {
                        FigureKeep.breakBefore(apart, columns);
                    }
                    pdf = laidOut.apply(dom).pdf();
                    read.close();
                    read = Loader.loadPDF(pdf);
                    scan = PageGlyphs.scan(read);
                    apart = FigureKeep.apart(dom, read, scan, margins[2]);
                }
                captionsApart(apart, manuscript, context);
                pdf = HyphenMarks.mark(read, pdf, hyphens, scan.glyphs(), scan.tokens());
            } finally {
                read.close();
            }
            MissingGlyphs.report(dom, manuscript, context);
            java.util.Set<String> refused = new java.util.LinkedHashSet<>(sandbox.refused());
            refused.removeIf(String::isBlank);
            if (onRefused == null && !refused.isEmpty()) {
                throw new IOException("the journal template asked for files outside the case and template folders "
                        + "or on the network, which were refused: " + String.join(", ", refused));
            }
            out.write(pdf);
        } finally {
            if (onRefused != null) sandbox.refused().forEach(onRefused);
        }
    }

    /** A figure still printed apart from its caption is a warning naming the figure, never silent. */
    private static void captionsApart(List<Element> apart, Manuscript manuscript, RenderContext context) {
        if (apart.isEmpty()) return;
        Map<String, SourcePos> positions = positions(manuscript.body(),
                b -> b instanceof org.casereport.model.Block.FigureBlock f ? f.figureId() : null);
        for (Element f : apart) {
            String id = f.getAttribute("id");
            context.warn(Diagnostic.warning("pdf-figure-caption-apart",
                    positions.getOrDefault(id, SourcePos.file(manuscript.id())), "the figure '" + id
                            + "' is printed at the foot of a column and its caption in the next one; move the "
                            + "figure's block to another paragraph"));
        }
    }

    /** Where each block that {@code key} names was written (the first such block of a name), lists and quotes included. */
    private static Map<String, SourcePos> positions(List<org.casereport.model.Block> blocks,
                                                    java.util.function.Function<org.casereport.model.Block, String> key) {
        Map<String, SourcePos> out = new java.util.HashMap<>();
        collect(blocks, key, out);
        return out;
    }

    private static void collect(List<org.casereport.model.Block> blocks,
                                java.util.function.Function<org.casereport.model.Block, String> key, Map<String, SourcePos> out) {
        for (org.casereport.model.Block b : blocks) {
            String name = key.apply(b);
            if (name != null) out.putIfAbsent(name, b.pos());
            else if (b instanceof org.casereport.model.Block.ListBlock l) l.items().forEach(item -> collect(item, key, out));
            else if (b instanceof org.casereport.model.Block.Quote q) collect(q.content(), key, out);
        }
    }

    /**
     * Blocks the template marks {@code page-wide} are set between the columns; then, when there are tables, one
     * layout tells which are too long for a column (cut into parts) or too wide (set across the page or smaller,
     * with a warning) — see {@link TableLayout}. That layout is returned when it changed nothing (it is then the
     * layout of the document as it is, and the render goes on from it); else null.
     */
    private static LaidOut layOutTables(Document dom, Manuscript manuscript, RenderContext context, byte[] id,
                                        ResourceSandbox sandbox, SoftHyphens hyphens) throws IOException {
        int columns = context.journal().integer("page.columns", 1);
        org.w3c.dom.NodeList divs = dom.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "div");
        List<Element> wide = new ArrayList<>();
        boolean tables = false;
        for (int i = 0; i < divs.getLength(); i++) {
            Element e = (Element) divs.item(i);
            if (TableLayout.hasClass(e, "page-wide")) wide.add(e);
            if (TableLayout.hasClass(e, "table-box")) tables = true;
        }
        if (columns > 1) wide.forEach(TableLayout::toPageWidth);
        if (!tables) return null;
        TableLayout measured;
        LaidOut laid = layOut(dom, manuscript, context, id, sandbox, hyphens);
        try {
            measured = TableLayout.measure(laid.root(), laid.root().getLayer().getPages(), columns);
        } catch (RuntimeException e) {
            laid.close();
            throw e;
        }
        if (measured.changesNothing()) return laid;
        laid.close();
        Map<String, SourcePos> positions = positions(manuscript.body(),
                block -> block instanceof org.casereport.model.Block.Table t ? String.valueOf(t.number()) : null);
        measured.apply(columns, n -> positions.getOrDefault(n, SourcePos.file(manuscript.id())), context::warn);
        return null;
    }

    /**
     * The layout a PDF is made of: the XHTML document laid out; in columns, a heading left at a column's foot is moved
     * on ({@link HeadingKeep}) and the last page balanced ({@link ColumnBalancer}, unless the journal sets
     * {@code page.balance: false}), each decided on a layout before the one PDF is made. {@code first}: the layout
     * of {@code dom} as it is, made already (closed here when it is not the one returned), or null.
     */
    private static LaidOut laidOut(Document dom, Manuscript manuscript, RenderContext context, byte[] id,
                                   ResourceSandbox sandbox, SoftHyphens hyphens, LaidOut first) throws IOException {
        ColumnBalancer.Layout layout = d -> layOut(d, manuscript, context, id, sandbox, hyphens);
        LaidOut laid = first != null ? first : layout.apply(dom);
        try {
            if (context.journal().integer("page.columns", 1) > 1) {
                laid = HeadingKeep.keep(dom, laid, layout);
                if (!"false".equals(context.journal().string("page.balance", "true"))) {
                    laid = ColumnBalancer.balance(dom, laid, layout);
                }
            }
        } catch (IOException | RuntimeException e) {
            laid.close();
            throw e;
        }
        return laid;
    }

    private static LaidOut layOut(Document dom, Manuscript manuscript, RenderContext context, byte[] id,
                                  ResourceSandbox sandbox, SoftHyphens hyphens) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream(1 << 20);
        Builder b = builder(dom, manuscript, context, sandbox, hyphens, buf);
        java.io.Closeable quiet = b.diagnostics();
        PdfBoxRenderer renderer = b.buildPdfRenderer(quiet);
        LaidOut laid = new LaidOut(renderer, buf, quiet, b.fonts);
        try {
            renderer.setListener(new Reproducible(context, id));
            renderer.getSharedContext().setTextRenderer(new MeasuredWidths(b.fonts));
            renderer.layout();
        } catch (RuntimeException e) {
            laid.close();
            throw e;
        }
        return laid;
    }

    private static Builder builder(Document dom, Manuscript manuscript, RenderContext context, ResourceSandbox sandbox,
                                   SoftHyphens hyphens, ByteArrayOutputStream buf) {
        Journal journal = context.journal();
        Builder b = new Builder(PaintedText.of(dom, journal));
        b.withW3cDocument(dom, ResourceSandbox.BASE);
        b.useUriResolver(sandbox);
        b.useProtocolsStreamImplementation(sandbox, ResourceSandbox.SCHEME);
        b.useProtocolsStreamImplementation(sandbox.refusing(), ResourceSandbox.REFUSED_SCHEMES);
        b.useHttpStreamImplementation(sandbox.refusing());
        b.useExternalResourceAccessControl(sandbox, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI);
        b.useExternalResourceAccessControl(sandbox, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI);
        b.withDiagnosticConsumer(d -> { }); // openhtmltopdf's log messages stay out of the user's console
        b.usePdfAConformance(PdfAConformance.PDFA_2_U);
        b.usePdfUaAccessibility(true);
        b.useColorProfile(ICC_Profile.getInstance(ColorSpace.CS_sRGB).getData());
        b.withProducer(PRODUCER);
        b.useHyphenation(hyphens);
        b.useUnicodeLineBreaker(new LineBreaker()); // UAX #14: no break inside "Н.В.", before "/", at a word joiner
        b.fonts.register(b, journal.fontsDir(), () -> b.renderer.getPdfDocument());   // parsed once per process (FontSet)
        b.useObjectDrawerFactory(FigureArt.pdfDrawers(manuscript, manuscript.meta().language(), journal.fontsDir()));
        b.toStream(buf);
        return b;
    }

    /** The XHTML the template makes for this manuscript (what the PDF renders). */
    public static String xhtml(Manuscript manuscript, Journal journal) {
        return Templates.forJournal(journal).render(TEMPLATE, viewModel(manuscript, journal));
    }

    /** The article's view model for a PDF page template, each figure's height given by its art at a width. */
    public static Map<String, Object> viewModel(Manuscript manuscript, Journal journal) {
        String lang = manuscript.meta().language();
        return ArticleView.build(manuscript, journal,
                (figure, widthPt) -> FigureArt.heightFor(figure, widthPt, lang, journal.fontsDir()));
    }

    /** The builder, with its diagnostic consumer usable outside {@code run()}. */
    private static final class Builder extends PdfRendererBuilder {
        /** The fonts this render's document embeds from; given back when the renderer is closed. */
        final FontSet.Lease fonts;
        PdfBoxRenderer renderer;

        /** @param text what the document may set ({@link PaintedText}) */
        Builder(String text) {
            fonts = new FontSet.Lease(text);
        }

        java.io.Closeable diagnostics() {
            return applyDiagnosticConsumer();
        }

        @Override
        public PdfBoxRenderer buildPdfRenderer(java.io.Closeable diagnosticConsumer) {
            renderer = super.buildPdfRenderer(diagnosticConsumer);
            return renderer;
        }
    }

    // ---------------------------------------------------------------- XHTML

    /** Parses what the template {@code template} made with no DTDs and no external entities (XXE-safe). */
    public static Document parse(String xhtml, Journal journal, String template) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setValidating(false);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature("http://xml.org/sax/features/external-general-entities", false);
            f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_DTD, "");
            f.setAttribute(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
            DocumentBuilder db = f.newDocumentBuilder();
            db.setEntityResolver((publicId, systemId) -> {
                throw new SAXException("external entity refused: " + systemId);
            });
            db.setErrorHandler(null);
            return db.parse(new InputSource(new StringReader(xhtml)));
        } catch (SAXParseException e) {
            Path t = journal.find(template);
            throw new CaseException(Diagnostic.error("template-xhtml",
                    SourcePos.file(t == null ? template : t.toString()),
                    "the template does not make well-formed XML (output line " + e.getLineNumber() + ", column "
                            + e.getColumnNumber() + "): " + e.getMessage()));
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new CaseException(Diagnostic.error("template-xhtml", SourcePos.file(template),
                    "cannot read the template's XML: " + e.getMessage()));
        }
    }

    // ---------------------------------------------------------------- reproducible output

    /** The trailer /ID: a hash of what was rendered and of the timestamp, so it is the same every run. */
    public static byte[] documentId(String xhtml, RenderContext context) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            md.update(xhtml.getBytes(StandardCharsets.UTF_8));
            md.update(String.valueOf(context.timestamp()).getBytes(StandardCharsets.UTF_8));
            byte[] full = md.digest();
            byte[] id = new byte[16];
            System.arraycopy(full, 0, id, 0, 16);
            return id;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Just before the document is saved: dates from the render context (Info and XMP), a fixed /ID. */
    private static final class Reproducible implements PDFCreationListener {
        private final RenderContext context;
        private final byte[] id;

        Reproducible(RenderContext context, byte[] id) {
            this.context = context;
            this.id = id;
        }

        @Override
        public void preOpen(PdfBoxRenderer renderer) {
        }

        @Override
        public void preWrite(PdfBoxRenderer renderer, int pageCount) {
        }

        @Override
        public void onClose(PdfBoxRenderer renderer) {
            PDDocument doc = renderer.getPdfDocument();
            if (doc == null) return;
            Calendar when = new GregorianCalendar(TimeZone.getTimeZone("UTC"), Locale.ROOT);
            when.setTimeInMillis(context.timestamp().toEpochMilli());
            PDDocumentInformation info = doc.getDocumentInformation();
            info.setCreationDate(when);
            info.setModificationDate(when);
            info.setProducer(PRODUCER);
            info.setCreator(PRODUCER);
            // the journal whose style the PDF was rendered in: `casereport check` reads it back (no --journal needed)
            if (context.journal() != null) info.setCustomMetadataValue(JOURNAL_KEY, context.journal().name());
            try {
                PDMetadata md = doc.getDocumentCatalog().getMetadata();
                if (md != null) {
                    XMPMetadata xmp;
                    try (var in = md.exportXMPMetadata()) {
                        DomXmpParser parser = new DomXmpParser();
                        parser.setStrictParsing(false);
                        xmp = parser.parse(in);
                    }
                    XMPBasicSchema basic = xmp.getXMPBasicSchema();
                    if (basic == null) basic = xmp.createAndAddXMPBasicSchema();
                    basic.setCreateDate(when);
                    basic.setModifyDate(when);
                    basic.setMetadataDate(when);
                    basic.setCreatorTool(PRODUCER);
                    if (xmp.getAdobePDFSchema() != null) xmp.getAdobePDFSchema().setProducer(PRODUCER);
                    ByteArrayOutputStream x = new ByteArrayOutputStream();
                    new XmpSerializer().serialize(xmp, x, true);
                    PDMetadata fresh = new PDMetadata(doc);
                    fresh.importXMPMetadata(x.toByteArray());
                    doc.getDocumentCatalog().setMetadata(fresh);
                }
            } catch (IOException | XmpParsingException | javax.xml.transform.TransformerException e) {
                throw new IllegalStateException("cannot rewrite the PDF's XMP metadata", e);
            }
            COSArray ids = new COSArray();
            ids.add(new COSString(id));
            ids.add(new COSString(id));
            doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        }
    }

    // ---------------------------------------------------------------- figures

    /**
     * The figure drawers, guarded: while {@link FigureArt} cannot draw (a stub, or a figure it fails on) the PDF
     * still renders, with an empty frame where the figure stands.
     */
}
