package org.casereport.write.docx;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFHyperlinkRun;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.apache.xmlbeans.XmlCursor;
import org.casereport.cite.Bibliography;
import org.casereport.figure.FigureArt;
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
import org.casereport.model.Reference;
import org.casereport.template.Journal;
import org.casereport.write.RenderContext;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * Writes one manuscript into a reference document whose body has been cleared. Every look comes from a style of
 * the reference document (the ids in {@link Styles}); every label from journal.yaml; every run carries its language.
 */
final class ManuscriptDocx {
    /** The style ids this writer uses; reference.docx defines each of them. */
    static final class Styles {
        static final String TITLE = "Title";
        static final String AUTHORS = "Authors";
        static final String AFFILIATION = "Affiliation";
        static final String CORRESPONDENCE = "Correspondence";
        static final String ABSTRACT = "Abstract";
        static final String KEYWORDS = "Keywords";
        static final String NORMAL = "Normal";
        static final String LIST = "ListParagraph";
        static final String QUOTE = "Quote";
        static final String FIGURE = "Figure";
        static final String CAPTION = "Caption";
        static final String TABLE = "CaseTable";
        static final String TABLE_TEXT = "TableText";
        static final String TABLE_HEADING = "TableHeading";
        static final String BIBLIOGRAPHY_HEADING = "BibliographyHeading";
        static final String BIBLIOGRAPHY = "Bibliography";
        static final String STATEMENT = "Statement";
        static final String DATES = "Dates";
        static final String FOOTNOTE_TEXT = "FootnoteText";
        static final String FOOTNOTE_REFERENCE = "FootnoteReference";
        // character styles
        static final String META_LABEL = "MetaLabel";
        static final String CAPTION_LABEL = "CaptionLabel";
        static final String AFFILIATION_MARK = "AffiliationMark";
        static final String HYPERLINK = "Hyperlink";
        static final String VERBATIM = "VerbatimChar";

        static String heading(int level) {
            return "Heading" + Math.max(1, Math.min(level, 3));
        }

        private Styles() {
        }
    }

    static final String SVG_EXTENSION_URI = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
    static final String SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final double EMU_PER_PT = 12700;
    private static final int FIGURE_DPI = 300;
    private static final double DEFAULT_TEXT_WIDTH_PT = 481.9; // A4 with 2 cm margins

    /** Where figure pictures come from: {@link FigureArt} in production; tests may draw their own. */
    interface FigureSource {
        /** PNG bytes of the figure drawn {@code widthPt} wide at {@code dpi}. */
        byte[] png(Figure figure, double widthPt, int dpi, String lang, java.nio.file.Path fontsDir);

        /** The same figure as an SVG document, or null. */
        String svg(Figure figure, double widthPt, String lang, java.nio.file.Path fontsDir);

        FigureSource FIGURE_ART = new FigureSource() {
            @Override
            public byte[] png(Figure figure, double widthPt, int dpi, String lang, java.nio.file.Path fontsDir) {
                return FigureArt.png(figure, widthPt, dpi, lang, fontsDir);
            }

            @Override
            public String svg(Figure figure, double widthPt, String lang, java.nio.file.Path fontsDir) {
                return FigureArt.svg(figure, widthPt, lang, fontsDir);
            }
        };
    }

    private final Manuscript m;
    private final FigureSource figures;
    private final Journal journal;
    private final RenderContext context;
    private final XWPFDocument doc;
    private final String bodyLang;
    private final List<String> metaLangs;
    private final Map<Integer, XWPFFootnote> notesWritten = new HashMap<>();
    private long drawings;
    private BigInteger bulletList;
    private BigInteger orderedList;

    ManuscriptDocx(Manuscript manuscript, RenderContext context, XWPFDocument doc, FigureSource figures) {
        this.m = manuscript;
        this.figures = figures;
        this.context = context;
        this.journal = context.journal();
        this.doc = doc;
        String lang = manuscript.meta().language();
        this.bodyLang = "en".equals(lang) ? "en" : "ru";
        List<String> langs = new ArrayList<>();
        for (Object o : journal.list("metadata_languages")) {
            String l = String.valueOf(o);
            if ((l.equals("ru") || l.equals("en")) && !langs.contains(l)) langs.add(l);
        }
        for (String l : List.of("ru", "en")) {
            if (!langs.contains(l)) langs.add(l);
        }
        this.metaLangs = List.copyOf(langs);
    }

    static String langTag(String lang) {
        return "en".equals(lang) ? "en-US" : "ru-RU";
    }

    void build() {
        clearReferenceContent();
        for (String lang : metaLangs) {
            frontMatter(lang);
        }
        blocks(m.body(), 0, false);
        references();
        statements();
        dates();
        coreProperties();
    }

    // ---------------------------------------------------------------- reference document

    /** Empties the reference document's body and its own footnotes; keeps styles, numbering, page setup, headers. */
    private void clearReferenceContent() {
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        if (doc instanceof ReferenceDocument ref) ref.dropBodyPictures();
        if (doc.getFootnotes().isEmpty()) return;
        XWPFFootnotes notes = doc.createFootnotes(); // returns the existing part
        List<XWPFFootnote> list = notes.getFootnotesList();
        for (int i = list.size() - 1; i >= 0; i--) {
            CTFtnEdn ct = list.get(i).getCTFtnEdn();
            if (!ct.isSetType() || ct.getType() == STFtnEdn.NORMAL) notes.removeFootnote(i);
        }
    }

    /** Width in points of the text column the reference document's page setup gives. */
    double textWidthPt() {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (sect == null || !sect.isSetPgSz() || !sect.isSetPgMar()) return DEFAULT_TEXT_WIDTH_PT;
        double width = twips(sect.getPgSz().getW(), 11906) - twips(sect.getPgMar().getLeft(), 1134)
                - twips(sect.getPgMar().getRight(), 1134);
        if (sect.isSetCols() && sect.getCols().getNum() != null && sect.getCols().getNum().intValue() > 1) {
            int n = sect.getCols().getNum().intValue();
            double space = twips(sect.getCols().getSpace(), 708);
            width = (width - space * (n - 1)) / n;
        }
        return width > 20 * 36 ? width / 20 : DEFAULT_TEXT_WIDTH_PT;
    }

    private double textHeightPt() {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (sect == null || !sect.isSetPgSz() || !sect.isSetPgMar()) return 770;
        double h = twips(sect.getPgSz().getH(), 16838) - twips(sect.getPgMar().getTop(), 1134)
                - twips(sect.getPgMar().getBottom(), 1134);
        return Math.max(h / 20, 144);
    }

    /** A twips measure as OOXML writes it: a number of twips, or a number with a unit (mm, cm, in, pt, pc, pi). */
    static double twips(Object value, double fallback) {
        if (value == null) return fallback;
        String s = value.toString().trim();
        try {
            if (s.matches("-?\\d+(\\.\\d+)?")) return Double.parseDouble(s);
            double n = Double.parseDouble(s.substring(0, s.length() - 2));
            switch (s.substring(s.length() - 2)) {
                case "mm": return n * 1440 / 25.4;
                case "cm": return n * 1440 / 2.54;
                case "in": return n * 1440;
                case "pt": return n * 20;
                case "pc":
                case "pi": return n * 240;
                default: return fallback;
            }
        } catch (RuntimeException e) {
            return fallback;
        }
    }

    // ---------------------------------------------------------------- front matter

    private void frontMatter(String lang) {
        Metadata meta = m.meta();
        if (meta.title().has(lang)) {
            XWPFParagraph p = paragraph(Styles.TITLE);
            text(p, meta.title().get(lang), lang);
        }
        List<Affiliation> affiliations = orderedAffiliations();
        boolean marks = affiliations.size() > 1;
        if (!meta.authors().isEmpty()) {
            XWPFParagraph p = paragraph(Styles.AUTHORS);
            for (int i = 0; i < meta.authors().size(); i++) {
                Author a = meta.authors().get(i);
                if (i > 0) text(p, ", ", lang);
                text(p, a.displayName(lang), lang);
                if (marks) {
                    List<String> numbers = new ArrayList<>();
                    for (String key : a.affiliations()) {
                        int n = indexOf(affiliations, key);
                        if (n > 0) numbers.add(String.valueOf(n));
                    }
                    if (!numbers.isEmpty()) styled(p, String.join(",", numbers), lang, Styles.AFFILIATION_MARK);
                }
            }
        }
        for (int i = 0; i < affiliations.size(); i++) {
            Affiliation af = affiliations.get(i);
            if (!af.name().has(lang)) continue;
            XWPFParagraph p = paragraph(Styles.AFFILIATION);
            if (marks) styled(p, String.valueOf(i + 1), lang, Styles.AFFILIATION_MARK);
            text(p, af.name().get(lang), lang);
        }
        List<String> contacts = new ArrayList<>();
        for (Author a : meta.authors()) {
            if (a.corresponding() && a.email() != null && !a.email().isBlank()) { // as the PDF prints it
                String name = (nz(a.surname().get(lang)) + " " + nz(a.initials().get(lang))).strip();
                contacts.add(name + ", " + a.email().strip());
            }
        }
        if (!contacts.isEmpty()) {
            XWPFParagraph p = paragraph(Styles.CORRESPONDENCE);
            styled(p, journal.label("correspondence", lang) + ":", lang, Styles.META_LABEL);
            text(p, " " + String.join("; ", contacts), lang);
        }
        List<String> orcids = new ArrayList<>();
        for (Author a : meta.authors()) {
            if (a.orcid() != null && !a.orcid().isBlank()) orcids.add(a.displayName(lang) + " https://orcid.org/" + a.orcid().strip());
        }
        if (!orcids.isEmpty()) { // as the PDF prints it
            XWPFParagraph p = paragraph(Styles.CORRESPONDENCE);
            styled(p, "ORCID:", lang, Styles.META_LABEL);
            text(p, " " + String.join("; ", orcids), lang);
        }
        if (meta.abstractText().has(lang)) {
            for (String para : meta.abstractText().get(lang).strip().split("\\n\\s*\\n")) {
                String t = para.strip().replaceAll("\\s*\\n\\s*", " ");
                if (!t.isEmpty()) text(paragraph(Styles.ABSTRACT), t, lang);
            }
        }
        List<String> keywords = meta.keywords(lang);
        if (!keywords.isEmpty()) {
            XWPFParagraph p = paragraph(Styles.KEYWORDS);
            styled(p, journal.label("keywords", lang) + ":", lang, Styles.META_LABEL);
            text(p, " " + String.join(", ", keywords), lang);
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** Affiliations in order of first mention by the authors, then any the authors do not name. */
    private List<Affiliation> orderedAffiliations() {
        Map<String, Affiliation> byKey = new LinkedHashMap<>();
        for (Affiliation a : m.meta().affiliations()) byKey.putIfAbsent(a.key(), a);
        Map<String, Affiliation> ordered = new LinkedHashMap<>();
        for (Author author : m.meta().authors()) {
            for (String key : author.affiliations()) {
                Affiliation a = byKey.get(key);
                if (a != null) ordered.putIfAbsent(key, a);
            }
        }
        byKey.forEach(ordered::putIfAbsent);
        return new ArrayList<>(ordered.values());
    }

    private static int indexOf(List<Affiliation> list, String key) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).key().equals(key)) return i + 1;
        }
        return 0;
    }

    // ---------------------------------------------------------------- body

    private void blocks(List<Block> blocks, int listDepth, boolean inQuote) {
        for (Block b : blocks) {
            block(b, listDepth, inQuote);
        }
    }

    private void block(Block b, int listDepth, boolean inQuote) {
        if (b instanceof Block.Heading h) {
            inlines(paragraph(Styles.heading(h.level())), h.content(), bodyLang, Fmt.PLAIN);
        } else if (b instanceof Block.Paragraph p) {
            inlines(paragraph(inQuote ? Styles.QUOTE : Styles.NORMAL), p.content(), bodyLang, Fmt.PLAIN);
        } else if (b instanceof Block.ListBlock l) {
            list(l, listDepth);
        } else if (b instanceof Block.Table t) {
            table(t);
        } else if (b instanceof Block.Quote q) {
            blocks(q.content(), listDepth, true);
        } else if (b instanceof Block.FigureBlock f) {
            figure(f.figureId());
        }
    }

    private void list(Block.ListBlock l, int depth) {
        int level = Math.min(depth, 8);
        BigInteger abstractId = abstractList(l.ordered());
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger numId = numbering.addNum(abstractId);
        if (l.ordered()) { // every numbered list starts again at 1
            CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.valueOf(level));
            override.addNewStartOverride().setVal(BigInteger.ONE);
        }
        for (List<Block> item : l.items()) {
            boolean first = true;
            for (Block b : item) {
                if (b instanceof Block.Paragraph p) {
                    XWPFParagraph para = paragraph(Styles.LIST);
                    if (first) {
                        para.setNumID(numId);
                        para.setNumILvl(BigInteger.valueOf(level));
                    } else {
                        para.setIndentationLeft(709 * (level + 1));
                    }
                    inlines(para, p.content(), bodyLang, Fmt.PLAIN);
                } else if (b instanceof Block.ListBlock inner) {
                    if (first) { // an item that starts with a list still gets its number
                        XWPFParagraph para = paragraph(Styles.LIST);
                        para.setNumID(numId);
                        para.setNumILvl(BigInteger.valueOf(level));
                    }
                    list(inner, depth + 1);
                } else {
                    block(b, depth + 1, false);
                }
                first = false;
            }
            if (item.isEmpty()) {
                XWPFParagraph para = paragraph(Styles.LIST);
                para.setNumID(numId);
                para.setNumILvl(BigInteger.valueOf(level));
            }
        }
    }

    /** The reference document's bulleted or numbered list definition (made here only if the reference has none). */
    private BigInteger abstractList(boolean ordered) {
        if (bulletList == null) {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger max = BigInteger.ZERO;
            for (XWPFAbstractNum a : numbering.getAbstractNums()) {
                CTAbstractNum ct = a.getCTAbstractNum();
                if (ct.getAbstractNumId().compareTo(max) > 0) max = ct.getAbstractNumId();
                if (ct.sizeOfLvlArray() == 0 || ct.getLvlArray(0).getNumFmt() == null) continue;
                STNumberFormat.Enum fmt = ct.getLvlArray(0).getNumFmt().getVal();
                if (fmt == STNumberFormat.BULLET && bulletList == null) bulletList = ct.getAbstractNumId();
                if (fmt == STNumberFormat.DECIMAL && orderedList == null) orderedList = ct.getAbstractNumId();
            }
            if (bulletList == null) {
                max = max.add(BigInteger.ONE);
                bulletList = fallbackAbstract(numbering, max, false);
            }
            if (orderedList == null) {
                max = max.add(BigInteger.ONE);
                orderedList = fallbackAbstract(numbering, max, true);
            }
        }
        return ordered ? orderedList : bulletList;
    }

    private static BigInteger fallbackAbstract(XWPFNumbering numbering, BigInteger id, boolean ordered) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(id);
        for (int i = 0; i < 9; i++) {
            CTLvl lvl = a.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(ordered ? STNumberFormat.DECIMAL : STNumberFormat.BULLET);
            lvl.addNewLvlText().setVal(ordered ? "%" + (i + 1) + "." : "–");
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(709L * (i + 1)));
            ind.setHanging(BigInteger.valueOf(357));
        }
        numbering.addAbstractNum(new XWPFAbstractNum(a, numbering));
        return id;
    }

    private void table(Block.Table t) {
        int rows = t.rows().size();
        int cols = 0;
        for (List<List<Inline>> row : t.rows()) cols = Math.max(cols, row.size());
        if (rows == 0 || cols == 0) return;
        XWPFTable table = doc.createTable(rows, cols);
        CTTbl ct = table.getCTTbl();
        if (ct.getTblPr() != null && ct.getTblPr().isSetTblBorders()) ct.getTblPr().unsetTblBorders(); // the style draws them
        table.setStyleID(Styles.TABLE);
        table.setWidth("100%");
        long colTwips = Math.round(textWidthPt() * 20 / cols);
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int c = 0; c < cols; c++) grid.addNewGridCol().setW(BigInteger.valueOf(colTwips));
        for (int r = 0; r < rows; r++) {
            XWPFTableRow row = table.getRow(r);
            boolean header = r < t.headerRows();
            if (header) row.setRepeatHeader(true);
            List<List<Inline>> cells = t.rows().get(r);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                var tcW = cell.getCTTc().addNewTcPr().addNewTcW();
                tcW.setType(STTblWidth.DXA);
                tcW.setW(BigInteger.valueOf(colTwips));
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(header ? Styles.TABLE_HEADING : Styles.TABLE_TEXT);
                if (c < cells.size()) inlines(p, cells.get(c), bodyLang, Fmt.PLAIN);
            }
        }
    }

    // ---------------------------------------------------------------- figures

    private void figure(String figureId) {
        Figure fig = m.figure(figureId);
        if (fig == null) return;
        double widthPt = textWidthPt();
        XWPFParagraph p = paragraph(Styles.FIGURE);
        byte[] png = null;
        try {
            png = figures.png(fig, widthPt, FIGURE_DPI, bodyLang, journal.fontsDir());
        } catch (RuntimeException e) {
            throw new FigureFailure(fig, e);
        }
        int[] size = png == null ? null : pngSize(png);
        if (size == null) {
            text(p, "[" + journal.label("figure", bodyLang) + " " + fig.number() + ": " + fig.id() + "]", bodyLang);
        } else {
            double heightPt = widthPt * size[1] / size[0];
            double maxHeight = textHeightPt() * 0.85;
            double drawnWidth = widthPt;
            if (heightPt > maxHeight) { // a tall figure is drawn smaller: its resolution only grows
                drawnWidth = widthPt * maxHeight / heightPt;
                heightPt = maxHeight;
            }
            try {
                XWPFRun run = p.createRun();
                run.setLang(langTag(bodyLang));
                XWPFPicture pic = run.addPicture(new java.io.ByteArrayInputStream(png), PictureType.PNG,
                        fig.id() + ".png", (int) Math.round(drawnWidth * EMU_PER_PT), (int) Math.round(heightPt * EMU_PER_PT));
                if (run.getCTR().sizeOfDrawingArray() > 0 && run.getCTR().getDrawingArray(0).sizeOfInlineArray() > 0) {
                    CTInline inline = run.getCTR().getDrawingArray(0).getInlineArray(0);
                    String alt = fig.caption() == null ? null : fig.caption().get(bodyLang);
                    // drawing ids: 1, 2, … in order of placement (Word wants them unique and non-zero)
                    long drawingId = ++drawings;
                    inline.getDocPr().setId(drawingId);
                    inline.getDocPr().setName(journal.label("figure", bodyLang) + " " + fig.number());
                    if (alt != null) inline.getDocPr().setDescr(alt);
                    pic.getCTPicture().getNvPicPr().getCNvPr().setId(drawingId);
                    pic.getCTPicture().getNvPicPr().getCNvPr().setName(fig.id() + ".png");
                }
                addSvg(pic, fig, widthPt);
            } catch (InvalidFormatException | java.io.IOException e) {
                text(p, "[" + journal.label("figure", bodyLang) + " " + fig.number() + ": " + fig.id() + "]", bodyLang);
            }
        }
        LocalizedText caption = fig.caption() == null ? LocalizedText.EMPTY : fig.caption();
        for (String lang : metaLangs) {
            if (!caption.has(lang) && !(caption.isEmpty() && lang.equals(bodyLang))) continue;
            XWPFParagraph c = paragraph(Styles.CAPTION);
            styled(c, journal.label("figure", lang) + " " + fig.number() + ".", lang, Styles.CAPTION_LABEL);
            if (caption.has(lang)) text(c, " " + caption.get(lang).strip(), lang);
        }
    }

    /** The SVG beside the PNG as Word's svgBlip extension (Word 2016+ shows the SVG, others the PNG). */
    private void addSvg(XWPFPicture pic, Figure fig, double widthPt) throws InvalidFormatException {
        String svg = figures.svg(fig, widthPt, bodyLang, journal.fontsDir());
        if (svg == null || svg.isBlank()) return;
        String relId = doc.addPictureData(svg.getBytes(StandardCharsets.UTF_8), PictureType.SVG);
        CTBlip blip = pic.getCTPicture().getBlipFill().getBlip();
        CTOfficeArtExtension ext = (blip.isSetExtLst() ? blip.getExtLst() : blip.addNewExtLst()).addNewExt();
        ext.setUri(SVG_EXTENSION_URI);
        try (XmlCursor c = ext.newCursor()) {
            c.toEndToken();
            c.beginElement(new QName(SVG_NS, "svgBlip", "asvg"));
            c.insertNamespace("asvg", SVG_NS);
            c.insertAttributeWithValue(new QName(REL_NS, "embed", "r"), relId);
        }
    }

    /** Width and height in pixels of a PNG, or null when the bytes are not a PNG. */
    static int[] pngSize(byte[] png) {
        byte[] sig = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
        if (png.length < 24) return null;
        for (int i = 0; i < 8; i++) {
            if (png[i] != sig[i]) return null;
        }
        int w = java.nio.ByteBuffer.wrap(png, 16, 4).getInt();
        int h = java.nio.ByteBuffer.wrap(png, 20, 4).getInt();
        return w > 0 && h > 0 ? new int[]{w, h} : null;
    }

    /** A figure the renderer could not draw; {@link DocxWriter} reports it as an {@link java.io.IOException}. */
    static final class FigureFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FigureFailure(Figure fig, RuntimeException cause) {
            super("figure " + fig.id() + " (" + (fig.pos() == null ? "?" : fig.pos()) + ") could not be drawn: "
                    + cause.getMessage(), cause);
        }
    }

    // ---------------------------------------------------------------- back matter

    private void references() {
        List<FormattedReference> bib = m.bibliography();
        if (bib.isEmpty()) return;
        Map<String, Reference> byId = new HashMap<>();
        for (Reference r : m.references()) byId.putIfAbsent(r.id(), r);
        if ("two-lists".equals(journal.string("references.layout", "combined"))) {
            text(paragraph(Styles.BIBLIOGRAPHY_HEADING), journal.label("references", "ru"), "ru");
            for (FormattedReference f : bib) entry(f, f.original() != null ? f.original() : f.text(), sourceLang(byId, f));
            text(paragraph(Styles.BIBLIOGRAPHY_HEADING), journal.label("references", "en"), "en");
            for (FormattedReference f : bib) entry(f, f.latin() != null ? f.latin() : f.text(), "en");
        } else {
            XWPFParagraph h = paragraph(Styles.BIBLIOGRAPHY_HEADING);
            for (int i = 0; i < metaLangs.size(); i++) {
                String lang = metaLangs.get(i);
                if (i > 0) text(h, " / ", lang);
                text(h, journal.label("references", lang), lang);
            }
            for (FormattedReference f : bib) entry(f, f.text(), sourceLang(byId, f));
        }
    }

    private static String sourceLang(Map<String, Reference> byId, FormattedReference f) {
        Reference r = byId.get(f.id());
        return r != null && r.language() != null && r.language().toLowerCase(Locale.ROOT).startsWith("ru") ? "ru" : "en";
    }

    private void entry(FormattedReference f, String text, String lang) {
        XWPFParagraph p = paragraph(Styles.BIBLIOGRAPHY);
        XWPFRun number = run(p, f.number() + ".", lang, Fmt.PLAIN);
        number.addTab();
        text(p, text == null ? "" : text.strip(), lang);
    }

    private void statements() {
        Map<String, LocalizedText> all = m.meta().statements();
        if (all.isEmpty()) return;
        List<String> keys = new ArrayList<>();
        for (String known : journal.map("labels.statements").keySet()) {
            if (all.containsKey(known)) keys.add(known);
        }
        for (String k : all.keySet()) {
            if (!keys.contains(k)) keys.add(k);
        }
        for (String key : keys) {
            LocalizedText st = all.get(key);
            for (String lang : metaLangs) {
                if (st == null || !st.has(lang)) continue;
                XWPFParagraph p = paragraph(Styles.STATEMENT);
                String label = journal.string("labels.statements." + key + "." + lang,
                        journal.string("labels.statements." + key + ".en", humanize(key)));
                styled(p, label + ".", lang, Styles.META_LABEL);
                text(p, " " + st.get(lang).strip().replaceAll("\\s*\\n\\s*", " "), lang);
            }
        }
    }

    private static String humanize(String key) {
        String s = key.replace('_', ' ').replace('-', ' ');
        return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private void dates() {
        LocalDate received = m.meta().received();
        LocalDate accepted = m.meta().accepted();
        if (received == null && accepted == null) return;
        String pattern = journal.string("date_format", "dd.MM.yyyy");
        for (String lang : metaLangs) {
            DateTimeFormatter fmt;
            try {
                fmt = DateTimeFormatter.ofPattern(pattern, Locale.forLanguageTag(langTag(lang)));
            } catch (IllegalArgumentException e) {
                fmt = DateTimeFormatter.ISO_LOCAL_DATE;
            }
            StringBuilder s = new StringBuilder();
            if (received != null) s.append(journal.label("received", lang)).append(": ").append(fmt.format(received)).append('.');
            if (accepted != null) {
                if (s.length() > 0) s.append(' ');
                s.append(journal.label("accepted", lang)).append(": ").append(fmt.format(accepted)).append('.');
            }
            text(paragraph(Styles.DATES), s.toString(), lang);
        }
    }

    private void coreProperties() {
        Metadata meta = m.meta();
        var core = doc.getProperties().getCoreProperties();
        List<String> titles = new ArrayList<>();
        List<String> keywords = new ArrayList<>();
        for (String lang : metaLangs) {
            if (meta.title().has(lang)) titles.add(meta.title().get(lang).strip());
            keywords.addAll(meta.keywords(lang));
        }
        core.setTitle(String.join(" / ", titles));
        List<String> authors = new ArrayList<>();
        for (Author a : meta.authors()) authors.add(a.displayName(bodyLang));
        core.setCreator(String.join(", ", authors));
        core.setSubjectProperty(journal.string("name." + bodyLang, journal.name()));
        core.setKeywords(String.join(", ", keywords));
        core.setDescription(meta.abstractText().has(bodyLang) ? meta.abstractText().get(bodyLang).strip() : null);
        core.setIdentifier(m.id());
        core.setLastModifiedByUser(null);
        core.getUnderlyingProperties().setLanguageProperty(langTag(bodyLang));
        Date when = Date.from(context.timestamp());
        core.setCreated(Optional.of(when));
        core.setModified(Optional.of(when));
        core.setLastPrinted(Optional.empty());
        core.setRevision("1");
    }

    // ---------------------------------------------------------------- inline content

    /** Character formatting inherited down the inline tree. */
    private record Fmt(boolean bold, boolean italic, String vertAlign) {
        static final Fmt PLAIN = new Fmt(false, false, null);

        Fmt withBold() {
            return new Fmt(true, italic, vertAlign);
        }

        Fmt withItalic() {
            return new Fmt(bold, true, vertAlign);
        }

        Fmt with(String align) {
            return new Fmt(bold, italic, align);
        }
    }

    private void inlines(XWPFParagraph p, List<Inline> content, String lang, Fmt fmt) {
        for (Inline in : content) {
            inline(p, in, lang, fmt);
        }
    }

    private void inline(XWPFParagraph p, Inline in, String lang, Fmt fmt) {
        if (in instanceof Inline.Text t) {
            run(p, t.text(), lang, fmt);
        } else if (in instanceof Inline.Emph e) {
            inlines(p, e.content(), lang, fmt.withItalic());
        } else if (in instanceof Inline.Strong s) {
            inlines(p, s.content(), lang, fmt.withBold());
        } else if (in instanceof Inline.Sup s) {
            inlines(p, s.content(), lang, fmt.with("superscript"));
        } else if (in instanceof Inline.Sub s) {
            inlines(p, s.content(), lang, fmt.with("subscript"));
        } else if (in instanceof Inline.Code c) {
            run(p, c.text(), lang, fmt, Styles.VERBATIM);
        } else if (in instanceof Inline.Link l) {
            XWPFHyperlinkRun r = p.createHyperlinkRun(l.url());
            format(r, plain(l.content()), lang, fmt, Styles.HYPERLINK);
        } else if (in instanceof Inline.LineBreak) {
            run(p, "", lang, fmt).addBreak();
        } else if (in instanceof Inline.Cite c) {
            String mark = c.rendered() != null && !c.rendered().isEmpty() ? c.rendered()
                    : "[" + String.join("; ", c.keys()) + "]";
            run(p, mark, lang, Bibliography.superscript(journal) ? fmt.with("superscript") : fmt);
        } else if (in instanceof Inline.FigRef f) {
            run(p, f.rendered() != null && !f.rendered().isEmpty() ? f.rendered() : f.id(), lang, fmt);
        } else if (in instanceof Inline.NoteRef n) {
            noteRef(p, n, lang);
        }
    }

    /** A footnote mark: a real Word footnote the first time, the same number as a superscript after that. */
    private void noteRef(XWPFParagraph p, Inline.NoteRef n, String lang) {
        Footnote note = footnote(n.number());
        if (note == null) {
            run(p, "[" + n.label() + "]", lang, Fmt.PLAIN);
            return;
        }
        if (notesWritten.containsKey(n.number())) {
            run(p, String.valueOf(n.number()), lang, Fmt.PLAIN, Styles.FOOTNOTE_REFERENCE);
            return;
        }
        XWPFFootnote fn = doc.createFootnote();
        notesWritten.put(n.number(), fn);
        XWPFParagraph fp = fn.createParagraph(); // carries the footnote's own number mark
        fp.setStyle(Styles.FOOTNOTE_TEXT);
        for (XWPFRun r : fp.getRuns()) r.setLang(langTag(lang));
        run(fp, " ", lang, Fmt.PLAIN);
        inlines(fp, note.content(), lang, Fmt.PLAIN);
        p.addFootnoteReference(fn);
        p.getRuns().get(p.getRuns().size() - 1).setLang(langTag(lang));
    }

    private Footnote footnote(int number) {
        for (Footnote f : m.footnotes()) {
            if (f.number() == number) return f;
        }
        return number >= 1 && number <= m.footnotes().size() ? m.footnotes().get(number - 1) : null;
    }

    private static String plain(List<Inline> content) {
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
            else if (in instanceof Inline.Cite c) s.append(c.rendered() == null ? "" : c.rendered());
            else if (in instanceof Inline.FigRef f) s.append(f.rendered() == null ? f.id() : f.rendered());
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- primitives

    private XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        return p;
    }

    private XWPFRun run(XWPFParagraph p, String text, String lang, Fmt fmt) {
        return run(p, text, lang, fmt, null);
    }

    private XWPFRun run(XWPFParagraph p, String text, String lang, Fmt fmt, String charStyle) {
        XWPFRun r = p.createRun();
        format(r, text, lang, fmt, charStyle);
        return r;
    }

    /**
     * Run properties in the order the schema sequence gives them (rStyle, b, i, vertAlign, lang): POI appends
     * each in call order, and Word expects the schema's order.
     */
    private static void format(XWPFRun r, String text, String lang, Fmt fmt, String charStyle) {
        if (charStyle != null) r.setStyle(charStyle);
        if (fmt.bold()) r.setBold(true);
        if (fmt.italic()) r.setItalic(true);
        if (fmt.vertAlign() != null) r.setVerticalAlignment(fmt.vertAlign());
        r.setLang(langTag(lang));
        String clean = xmlText(text);
        if (!clean.isEmpty()) r.setText(clean);
    }

    /** The text without characters XML 1.0 cannot carry (control characters, lone surrogates, U+FFFE/U+FFFF). */
    static String xmlText(String s) {
        if (s == null) return "";
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            boolean ok;
            if (Character.isHighSurrogate(c)) {
                ok = i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1));
                if (ok) {
                    if (out != null) out.append(c).append(s.charAt(i + 1));
                    i++;
                    continue;
                }
            } else if (Character.isLowSurrogate(c)) {
                ok = false;
            } else {
                ok = c == '\t' || c == '\n' || c == '\r' || (c >= 0x20 && c != 0xFFFE && c != 0xFFFF);
            }
            if (!ok && out == null) out = new StringBuilder(s.length()).append(s, 0, i);
            if (ok && out != null) out.append(c);
        }
        return out == null ? s : out.toString();
    }

    private void text(XWPFParagraph p, String text, String lang) {
        run(p, text, lang, Fmt.PLAIN);
    }

    private void styled(XWPFParagraph p, String text, String lang, String charStyle) {
        run(p, text, lang, Fmt.PLAIN, charStyle);
    }
}
