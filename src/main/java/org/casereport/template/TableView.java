package org.casereport.template;

import org.casereport.model.Journal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.model.Block;
import org.casereport.model.Inline;

/**
 * A table as the template sees it: its number and captions per language ("Таблица 1." + text), header rows and
 * body rows of inline cells, column widths (percent, or none) and alignments, its notes, whether it is set across
 * the page, and the line a continued part starts with ("Продолжение табл. 1").
 */
final class TableView {
    private TableView() {
    }

    static Map<String, Object> table(Block.Table t, ViewContext ctx) {
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("t", "table");
        ctx.tables++;
        int number = t.number() > 0 ? t.number() : ctx.tables;
        o.put("number", number);
        o.put("id", t.id() == null ? "table-" + number : t.id());
        String lang = ctx.m.meta().language();
        o.put("name", ctx.j.label("table", lang) + " " + number);
        o.put("continued", continued(ctx.j, lang, number));
        o.put("pageWide", t.pageWide());
        List<Object> caps = new ArrayList<>();
        for (String l : ctx.langs) {
            if (!t.caption().has(l)) continue;
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("lang", l);
            c.put("label", ctx.j.label("table", l) + " " + number + ".");
            c.put("content", InlineView.inlines(t.caption().get(l), ctx));
            caps.add(c);
        }
        o.put("captions", caps);
        List<Object> cols = new ArrayList<>();
        int n = t.columnCount();
        for (int c = 0; c < n; c++) {
            Block.Column col = c < t.columns().size() ? t.columns().get(c) : new Block.Column(null, 0);
            Map<String, Object> cm = new LinkedHashMap<>();
            cm.put("width", col.width() > 0 ? PageView.fmt(Math.round(col.width() * 1000) / 10.0) + "%" : "");
            cm.put("align", col.align() == null ? "" : col.align());
            cols.add(cm);
        }
        o.put("cols", cols);
        List<Object> head = new ArrayList<>();
        List<Object> rows = new ArrayList<>();
        int i = 0;
        for (List<List<Inline>> row : t.rows()) {
            List<Object> cells = new ArrayList<>();
            for (int c = 0; c < n; c++) {
                Map<String, Object> cell = new LinkedHashMap<>();
                cell.put("content", c < row.size() ? InlineView.inlines(row.get(c), ctx) : List.of());
                Object align = ((Map<?, ?>) cols.get(c)).get("align");
                cell.put("align", align);
                cells.add(cell);
            }
            (i++ < t.headerRows() ? head : rows).add(cells);
        }
        o.put("head", head);
        o.put("rows", rows);
        o.put("notes", BodyView.blocks(t.notes(), ctx));
        return o;
    }

    /** "Продолжение табл. 1" / "Table 1 (continued)": the journal's {@code table_continued}, {n} the number. */
    static String continued(Journal j, String lang, int number) {
        String given = j.string("labels.table_continued." + lang, null);
        if (given == null) given = "en".equals(lang) ? "Table {n} (continued)" : "Продолжение табл. {n}";
        return given.replace("{n}", String.valueOf(number));
    }
}
