package org.casereport.write.docx;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.casereport.model.Block;
import org.casereport.model.Inline;
import org.casereport.write.docx.DocxRuns.Fmt;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTbl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.officeDocument.x2006.sharedTypes.STOnOff1;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A table: its caption above it in each metadata language (the TableCaption style, "Таблица 1." in CaptionLabel), then a
 * real Word table in the reference document's table style, as wide as the text, its columns sized by their content
 * so that no word breaks inside itself ({@link ColumnWidths}) unless the case gives widths (a column narrower than its
 * longest word is the one place a table hyphenates), its alignments, header
 * rows repeated on each page, then its notes and space after it.
 */
final class TableWriter {
    private final DocxEnv env;
    private final InlineContent inlines;
    private final ColumnWidths widths;

    TableWriter(DocxEnv env, InlineContent inlines) {
        this.env = env;
        this.inlines = inlines;
        this.widths = new ColumnWidths(env.doc(), env.journal().fontsDir());
    }

    void write(Block.Table t) {
        int rows = t.rows().size();
        int cols = 0;
        for (List<List<Inline>> row : t.rows()) cols = Math.max(cols, row.size());
        if (rows == 0 || cols == 0) return;
        // the caption above the table, in each metadata language: "Таблица 1. …" in the Caption style
        DocxRuns out = env.runs();
        String captionStyle = env.style(Styles.TABLE_CAPTION, Styles.CAPTION);
        for (String lang : env.metaLangs()) {
            if (!t.caption().has(lang)) continue;
            XWPFParagraph c = out.paragraph(captionStyle);
            c.setKeepNext(true);
            out.styled(c, env.journal().label("table", lang) + " " + t.number() + ".", lang, Styles.CAPTION_LABEL);
            out.text(c, " ", lang);
            inlines.write(c, t.caption().get(lang), lang, Fmt.PLAIN);
        }
        XWPFTable table = env.doc().createTable(rows, cols);
        CTTbl ct = table.getCTTbl();
        if (ct.getTblPr() != null && ct.getTblPr().isSetTblBorders()) ct.getTblPr().unsetTblBorders(); // the style draws them
        table.setStyleID(Styles.TABLE);
        table.setWidth("100%");
        long total = Math.round(PageSetup.textWidthPt(env.doc()) * 20);
        List<List<String>> text = new ArrayList<>();
        for (List<List<Inline>> row : t.rows()) {
            List<String> cells = new ArrayList<>();
            for (List<Inline> cell : row) cells.add(InlineContent.plain(cell));
            text.add(cells);
        }
        long[] colTwips = widths.widths(text, t.headerRows(), cols, total);
        if (t.columns().size() == cols && t.columns().stream().allMatch(c -> c.width() > 0)) {
            // the case's own widths (tbl-colwidths, or the dashes of a long separator line)
            for (int c = 0; c < cols; c++) colTwips[c] = Math.round(total * t.columns().get(c).width());
        }
        // the widths as given, not Word's own autofit (which LibreOffice does not do)
        (ct.getTblPr().isSetTblLayout() ? ct.getTblPr().getTblLayout() : ct.getTblPr().addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int c = 0; c < cols; c++) grid.addNewGridCol().setW(BigInteger.valueOf(colTwips[c]));
        // the table styles set no hyphenation; a column narrower than its longest word has it back, so that word
        // breaks at a hyphenation point rather than anywhere
        boolean[] fit = widths.wordsFit(text, t.headerRows(), colTwips);
        for (int r = 0; r < rows; r++) {
            XWPFTableRow row = table.getRow(r);
            boolean header = r < t.headerRows();
            if (header) row.setRepeatHeader(true);
            List<List<Inline>> cells = t.rows().get(r);
            for (int c = 0; c < cols; c++) {
                XWPFTableCell cell = row.getCell(c);
                var tcW = cell.getCTTc().addNewTcPr().addNewTcW();
                tcW.setType(STTblWidth.DXA);
                tcW.setW(BigInteger.valueOf(colTwips[c]));
                XWPFParagraph p = cell.getParagraphs().get(0);
                p.setStyle(header ? Styles.TABLE_HEADING : Styles.TABLE_TEXT);
                if (!fit[c]) p.getCTP().getPPr().addNewSuppressAutoHyphens().setVal(STOnOff1.OFF);
                String align = c < t.columns().size() ? t.columns().get(c).align() : null;
                if ("right".equals(align)) p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.RIGHT);
                else if ("center".equals(align)) p.setAlignment(org.apache.poi.xwpf.usermodel.ParagraphAlignment.CENTER);
                if (c < cells.size()) inlines.write(p, cells.get(c), env.bodyLang(), Fmt.PLAIN);
            }
        }
        for (Block note : t.notes()) {
            if (note instanceof Block.Paragraph np) {
                inlines.write(out.paragraph(Styles.TABLE_TEXT), np.content(), env.bodyLang(), Fmt.PLAIN);
            }
        }
        env.runs().paragraph(Styles.AFTER_TABLE); // Word has no space after a table: an empty paragraph of its own style
    }
}
