package org.casereport.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Block;
import org.casereport.model.Figure;
import org.casereport.model.Inline;
import org.casereport.model.Manuscript;
import org.casereport.model.Walk;
import org.casereport.model.Journal;

/**
 * Numbers figures in order of first mention, renders each {@code @fig-id} ("рис. 1"), and places each figure
 * after the top-level block that first mentions it. A figure never mentioned is a warning (it goes last);
 * a mention of a figure the case does not have is an error.
 */
final class FigureTransform {
    private FigureTransform() {
    }

    static Manuscript apply(Manuscript m, Journal journal, Diagnostics diagnostics) {
        Map<String, Figure> byId = new LinkedHashMap<>();
        m.figures().forEach(f -> byId.put(f.id(), f));
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Map<String, Integer> placeAfter = new LinkedHashMap<>();
        List<Block> body = m.body();
        for (int b = 0; b < body.size(); b++) {
            int blockIndex = b;
            Walk.inlines(body.get(b), i -> {
                if (i instanceof Inline.FigRef r && !r.toTable()) {
                    for (String id : r.ids()) {
                        if (!byId.containsKey(id)) {
                            diagnostics.error("figure-unknown", r.pos(), "no figure '" + id + "' in this case"
                                    + Suggest.closest(id, byId.keySet()).map(s -> " (did you mean '@" + s + "'?)")
                                    .orElse(byId.isEmpty() ? "" : " (figures: " + String.join(", ", byId.keySet()) + ")"));
                        } else if (!numbers.containsKey(id)) {
                            numbers.put(id, numbers.size() + 1);
                            placeAfter.put(id, blockIndex);
                        }
                    }
                }
            });
        }
        m.footnotes().forEach(n -> Walk.inlines(n.content(), i -> {
            if (i instanceof Inline.FigRef r && !r.toTable()) {
                r.ids().stream().filter(byId::containsKey).forEach(id -> numbers.putIfAbsent(id, numbers.size() + 1));
            }
        }));
        for (Figure f : byId.values()) {
            if (!numbers.containsKey(f.id())) {
                diagnostics.warning("figure-unreferenced", f.pos(), "figure '" + f.id() + "' is never referred to in the text (@" + f.id() + ")");
                numbers.put(f.id(), numbers.size() + 1);
            }
        }
        String lang = m.meta().language();
        String label = journal.label("figure_ref", lang);
        Manuscript referred = Walk.mapInlines(m, i -> {
            if (i instanceof Inline.FigRef r && !r.toTable()) {
                List<Integer> ns = RefText.numbers(r, numbers, diagnostics);
                if (!ns.isEmpty()) return r.rendered(RefText.render(label, ns, r.capital()));
            }
            return i;
        });
        List<Block> placed = new ArrayList<>();
        List<Block> src = referred.body();
        for (int b = 0; b < src.size(); b++) {
            placed.add(src.get(b));
            for (Map.Entry<String, Integer> e : placeAfter.entrySet()) {
                if (e.getValue() == b) placed.add(new Block.FigureBlock(e.getKey(), src.get(b).pos()));
            }
        }
        for (Figure f : byId.values()) {
            if (!placeAfter.containsKey(f.id())) placed.add(new Block.FigureBlock(f.id(), f.pos()));
        }
        List<Figure> figures = byId.values().stream().map(f -> f.withNumber(numbers.get(f.id())))
                .sorted(java.util.Comparator.comparingInt(Figure::number)).toList();
        return referred.withBody(placed).withFigures(figures);
    }
}
