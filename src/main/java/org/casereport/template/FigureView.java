package org.casereport.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.figure.FigureArt;
import org.casereport.model.Block;
import org.casereport.model.Figure;

/** A figure as the template sees it: its size in the column, the object the PDF paints, its captions per language. */
final class FigureView {
    private FigureView() {
    }

    /** The figure's map, or null when the manuscript has no figure of that id. */
    static Map<String, Object> figure(Block.FigureBlock fb, ViewContext ctx) {
        Figure f = ctx.m.figure(fb.figureId());
        if (f == null) return null;
        Map<String, Object> o = new LinkedHashMap<>();
        o.put("t", "figure");
        o.put("id", f.id());
        o.put("number", f.number());
        o.put("kind", f.spec() == null ? "" : f.spec().kind());
        // what the file asks for (column, page, a length, a share), never an image beyond its own size
        double w = FigureArt.printWidthPt(f, ctx.columnWidthPt, ctx.textWidthPt);
        boolean wide = FigureArt.wide(f, ctx.columnWidthPt, ctx.textWidthPt);
        o.put("pageWide", wide);
        double h = ctx.figureHeight.applyAsDouble(f, w);
        if (!(h > 0) || h > 2000) h = Math.round(w * 0.6);
        o.put("objectType", FigureArt.objectType()); // what the PDF's figure drawers paint
        o.put("widthPt", PageView.fmt(Math.floor(w)));
        o.put("heightPt", PageView.fmt(Math.ceil(h)));
        List<Object> caps = new ArrayList<>();
        for (String lang : ctx.langs) {
            if (!f.content().has(lang)) continue;
            Map<String, Object> c = new LinkedHashMap<>();
            c.put("lang", lang);
            c.put("label", ctx.j.label("figure", lang) + " " + f.number() + ".");
            c.put("text", f.caption().get(lang).strip());
            c.put("content", InlineView.inlines(f.content().get(lang), ctx));
            caps.add(c);
        }
        o.put("captions", caps);
        o.put("alt", f.caption().has(ctx.langs.get(0)) ? f.caption().get(ctx.langs.get(0)).strip() : f.id());
        return o;
    }
}
