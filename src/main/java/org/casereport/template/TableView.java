package org.casereport.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.model.Block;
import org.casereport.model.Inline;

/** A table as the template sees it: its number, header rows and body rows of inline cells. */
final class TableView {
    private TableView() {
    }

    static Map<String, Object> table(Block.Table t, ViewContext ctx) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("t", "table");
        o.put("number", ++ctx.tables);
        List<Object> head = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        int i = 0;
        for (List<List<Inline>> row : t.rows()) {
            List<Object> cells = new ArrayList<>();
            for (List<Inline> cell : row) cells.add(InlineView.inlines(cell, ctx));
            (i++ < t.headerRows() ? head : rows).add(cells);
        }
        o.put("head", head);
        o.put("rows", rows);
        return o;
    }
}
