package org.casereport.write.docx;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import javax.xml.namespace.QName;
import org.apache.poi.common.usermodel.PictureType;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.casereport.model.Figure;
import org.casereport.model.RichText;
import org.casereport.write.docx.DocxRuns.Fmt;
import org.casereport.model.Journal;
import org.openxmlformats.schemas.drawingml.x2006.main.CTBlip;
import org.openxmlformats.schemas.drawingml.x2006.main.CTOfficeArtExtension;
import org.openxmlformats.schemas.drawingml.x2006.wordprocessingDrawing.CTInline;

/**
 * A figure: its picture as wide as the text, or as its file asks, never an image beyond its own size (a PNG, with the SVG beside it for Word 2016+), then its caption in
 * each metadata language.
 */
final class FigureWriter {
    static final String SVG_EXTENSION_URI = "{96DAC541-7B7A-43D3-8B79-37D633B846F1}";
    static final String SVG_NS = "http://schemas.microsoft.com/office/drawing/2016/SVG/main";
    static final String REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static final double EMU_PER_PT = 12700;
    private static final int FIGURE_DPI = 300;

    private final DocxEnv env;
    private final DocxRuns out;
    private final FigureSource figures;
    private final InlineContent inlines;
    private long drawings;

    FigureWriter(DocxEnv env, InlineContent inlines, FigureSource figures) {
        this.env = env;
        this.out = env.runs();
        this.inlines = inlines;
        this.figures = figures;
    }

    void write(String figureId) {
        Figure fig = env.m().figure(figureId);
        if (fig == null) return;
        Journal journal = env.journal();
        String bodyLang = env.bodyLang();
        double textPt = PageSetup.textWidthPt(env.doc());
        // one column of text: a column figure is as wide as the text; a length or share as asked; an image never
        // beyond its own size
        double widthPt = org.casereport.figure.FigureArt.printWidthPt(fig, textPt, textPt);
        // laid out narrower and printed across the text: its smallest text prints at the journal's minimum size
        double layoutPt = layoutWidth(fig, widthPt);
        int dpi = (int) Math.ceil(FIGURE_DPI * widthPt / layoutPt);
        XWPFParagraph p = out.paragraph(Styles.FIGURE);
        byte[] png = null;
        try {
            png = figures.png(fig, layoutPt, dpi, bodyLang, journal.fontsDir());
        } catch (RuntimeException e) {
            throw new FigureFailure(fig, e);
        }
        int[] size = png == null ? null : pngSize(png);
        if (size == null) {
            placeholder(p, fig);
        } else {
            double heightPt = widthPt * size[1] / size[0];
            double maxHeight = PageSetup.textHeightPt(env.doc()) * 0.85;
            double drawnWidth = widthPt;
            if (heightPt > maxHeight) { // a tall figure is drawn smaller: its resolution only grows
                drawnWidth = widthPt * maxHeight / heightPt;
                heightPt = maxHeight;
            }
            try {
                XWPFRun run = p.createRun();
                run.setLang(DocxRuns.langTag(bodyLang));
                XWPFPicture pic = run.addPicture(new ByteArrayInputStream(png), PictureType.PNG,
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
                addSvg(pic, fig, layoutPt);
            } catch (InvalidFormatException | IOException e) {
                placeholder(p, fig);
            }
        }
        // the caption with its inline markup (*BRAF*^V600E^), in each metadata language
        RichText caption = fig.content();
        for (String lang : env.metaLangs()) {
            if (!caption.has(lang) && !(caption.isEmpty() && lang.equals(bodyLang))) continue;
            XWPFParagraph c = out.paragraph(Styles.CAPTION);
            out.styled(c, journal.label("figure", lang) + " " + fig.number() + ".", lang, Styles.CAPTION_LABEL);
            if (caption.has(lang)) {
                out.text(c, " ", lang);
                inlines.write(c, caption.get(lang), lang, Fmt.PLAIN);
            }
        }
    }

    /**
     * The width the figure is laid out at: the text width, or less, so that printed across the text width its
     * smallest text is at least {@code docx.figure_text_min} points (lines and bars grow with it).
     */
    double layoutWidth(Figure fig, double widthPt) {
        double smallest = figures.smallestTextPt(fig);
        double min = env.settings().figureTextMinPt();
        return smallest > 0 && smallest < min ? widthPt * smallest / min : widthPt;
    }

    /** "[Рис. 1: id]" where the picture could not be placed. */
    private void placeholder(XWPFParagraph p, Figure fig) {
        String bodyLang = env.bodyLang();
        out.text(p, "[" + env.journal().label("figure", bodyLang) + " " + fig.number() + ": " + fig.id() + "]", bodyLang);
    }

    /** The SVG beside the PNG as Word's svgBlip extension (Word 2016+ shows the SVG, others the PNG). */
    private void addSvg(XWPFPicture pic, Figure fig, double widthPt) throws InvalidFormatException {
        String svg = figures.svg(fig, widthPt, env.bodyLang(), env.journal().fontsDir());
        if (svg == null || svg.isBlank()) return;
        String relId = env.doc().addPictureData(svg.getBytes(StandardCharsets.UTF_8), PictureType.SVG);
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
        int w = ByteBuffer.wrap(png, 16, 4).getInt();
        int h = ByteBuffer.wrap(png, 20, 4).getInt();
        return w > 0 && h > 0 ? new int[]{w, h} : null;
    }

    /** A figure the renderer could not draw; {@link DocxWriter} reports it as an {@link IOException}. */
    static final class FigureFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        FigureFailure(Figure fig, RuntimeException cause) {
            super("figure " + fig.id() + " (" + (fig.pos() == null ? "?" : fig.pos()) + ") could not be drawn: "
                    + cause.getMessage(), cause);
        }
    }
}
