package org.casereport.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.model.Block;

/** The body as a list of block maps ({@code t}: heading, para, list, quote, table, figure). */
final class BodyView {
    private BodyView() {
    }

    static List<Object> blocks(List<Block> bs, ViewContext ctx) {
        List<Object> out = new ArrayList<>();
        for (Block b : bs) {
            Map<String, Object> o = block(b, ctx);
            if (o != null) out.add(o);
        }
        return out;
    }

    private static Map<String, Object> block(Block b, ViewContext ctx) {
        if (b instanceof Block.Table t) return TableView.table(t, ctx);
        if (b instanceof Block.FigureBlock fb) return FigureView.figure(fb, ctx);
        Map<String, Object> o = new LinkedHashMap<>();
        if (b instanceof Block.Heading h) {
            o.put("t", "heading");
            o.put("level", Math.max(1, Math.min(4, h.level())));
            o.put("content", InlineView.inlines(h.content(), ctx));
        } else if (b instanceof Block.Paragraph p) {
            o.put("t", "para");
            o.put("content", InlineView.inlines(p.content(), ctx));
        } else if (b instanceof Block.ListBlock l) {
            o.put("t", "list");
            o.put("ordered", l.ordered());
            o.put("start", l.start());
            List<Object> items = new ArrayList<>();
            for (List<Block> item : l.items()) items.add(blocks(item, ctx));
            o.put("items", items);
        } else if (b instanceof Block.Quote q) {
            o.put("t", "quote");
            o.put("content", blocks(q.content(), ctx));
        }
        return o;
    }
}
