package org.casereport.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.model.Block;
import org.casereport.model.ListMarkers;

/**
 * The body as a list of block maps ({@code t}: heading, para, list, quote, table, figure). A list has its
 * {@code level} (0 outermost) and each item's printed {@code markers} ("1.", "a)", "–"), those of the DOCX.
 */
final class BodyView {
    private BodyView() {
    }

    static List<Object> blocks(List<Block> bs, ViewContext ctx) {
        return blocks(bs, ctx, 0);
    }

    /** {@code depth}: the number of lists around these blocks (a list here is at that level). */
    private static List<Object> blocks(List<Block> bs, ViewContext ctx, int depth) {
        List<Object> out = new ArrayList<>();
        for (Block b : bs) {
            Map<String, Object> o = block(b, ctx, depth);
            if (o != null) out.add(o);
        }
        return out;
    }

    private static Map<String, Object> block(Block b, ViewContext ctx, int depth) {
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
            o.put("level", depth);
            List<Object> items = new ArrayList<>();
            List<Object> markers = new ArrayList<>();
            for (List<Block> item : l.items()) {
                markers.add(ListMarkers.marker(l.ordered(), depth, l.start() + markers.size()));
                items.add(blocks(item, ctx, depth + 1));
            }
            o.put("items", items);
            o.put("markers", markers);
        } else if (b instanceof Block.Quote q) {
            o.put("t", "quote");
            o.put("content", blocks(q.content(), ctx, depth));
        }
        return o;
    }
}
