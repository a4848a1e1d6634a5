package org.casereport.write.docx;

import java.math.BigInteger;
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
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblWidth;

/** A table in the reference document's table style, as wide as the text, header rows repeated on each page. */
final class TableWriter {
    private final DocxEnv env;
    private final InlineContent inlines;

    TableWriter(DocxEnv env, InlineContent inlines) {
        this.env = env;
        this.inlines = inlines;
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
        long colTwips = Math.round(PageSetup.textWidthPt(env.doc()) * 20 / cols);
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
                if (c < cells.size()) inlines.write(p, cells.get(c), env.bodyLang(), Fmt.PLAIN);
            }
        }
    }
}
