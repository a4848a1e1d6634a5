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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/**
 * A table in the reference document's table style, as wide as the text, its columns sized by their content so that
 * no word breaks inside itself ({@link ColumnWidths}), header rows repeated on each page, and space after it.
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
        // the widths as given, not Word's own autofit (which LibreOffice does not do)
        (ct.getTblPr().isSetTblLayout() ? ct.getTblPr().getTblLayout() : ct.getTblPr().addNewTblLayout())
                .setType(STTblLayoutType.FIXED);
        CTTblGrid grid = ct.getTblGrid() != null ? ct.getTblGrid() : ct.addNewTblGrid();
        while (grid.sizeOfGridColArray() > 0) grid.removeGridCol(0);
        for (int c = 0; c < cols; c++) grid.addNewGridCol().setW(BigInteger.valueOf(colTwips[c]));
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
                if (c < cells.size()) inlines.write(p, cells.get(c), env.bodyLang(), Fmt.PLAIN);
            }
        }
        env.runs().paragraph(Styles.AFTER_TABLE); // Word has no space after a table: an empty paragraph of its own style
    }
}
