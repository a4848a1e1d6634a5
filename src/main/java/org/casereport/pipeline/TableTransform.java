package org.casereport.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Block;
import org.casereport.model.Inline;
import org.casereport.model.Manuscript;
import org.casereport.model.Walk;
import org.casereport.model.Journal;

/**
 * Numbers tables in order of first mention ({@code @tbl-id}), then the ones never mentioned in the order they
 * stand, and renders each table reference ("табл. 1", "Table 1–3"). Tables stay where the author put them.
 * A table with no caption, or one never referred to, is a warning; a reference to no table is an error.
 */
final class TableTransform {
    private TableTransform() {
    }

    static Manuscript apply(Manuscript m, Journal journal, Diagnostics diagnostics) {
        List<Block.Table> tables = new ArrayList<>();
        m.body().forEach(b -> collect(b, tables));
        Map<String, Block.Table> byId = new LinkedHashMap<>();
        for (Block.Table t : tables) {
            if (t.id() == null) {
                diagnostics.warning("table-caption", t.pos(), "this table has no caption: write ': Подпись {#tbl-name en=\"Caption\"}' "
                        + "on the line after it (an empty line between), and refer to it as @tbl-name");
            } else if (byId.containsKey(t.id())) {
                diagnostics.error("table-duplicate-id", t.pos(), "a second table with id '" + t.id() + "'");
            } else {
                byId.put(t.id(), t);
                if (!t.caption().has("ru") && !t.caption().has("en")) {
                    diagnostics.warning("table-caption", t.pos(), "table '" + t.id() + "' has an empty caption");
                } else if (!t.caption().has("en") || !t.caption().has("ru")) {
                    diagnostics.warning("table-caption-language", t.pos(), "table '" + t.id() + "' has its caption in one language only; "
                            + "the other goes in the caption's attributes: {#" + t.id() + " en=\"Caption\"}");
                }
            }
        }
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Walk.inlines(m, i -> {
            if (i instanceof Inline.FigRef r && r.toTable()) {
                for (String id : r.ids()) {
                    if (!byId.containsKey(id)) {
                        diagnostics.error("table-unknown", r.pos(), "no table '" + id + "' in this case"
                                + Suggest.closest(id, byId.keySet()).map(s -> " (did you mean '@" + s + "'?)")
                                .orElse(byId.isEmpty() ? " (a table gets its id from its caption: ': Подпись {#tbl-name}')"
                                        : " (tables: " + String.join(", ", byId.keySet()) + ")"));
                    } else {
                        numbers.putIfAbsent(id, numbers.size() + 1);
                    }
                }
            }
        });
        Map<Block.Table, Integer> numberOf = new java.util.IdentityHashMap<>();
        int next = numbers.size();
        for (Block.Table t : tables) {
            if (t.id() != null && numbers.containsKey(t.id()) && byId.get(t.id()) == t) {
                numberOf.put(t, numbers.get(t.id()));
            } else {
                if (t.id() != null && byId.get(t.id()) == t) {
                    diagnostics.warning("table-unreferenced", t.pos(), "table '" + t.id() + "' is never referred to in the text (@" + t.id() + ")");
                    numbers.put(t.id(), next + 1);
                }
                numberOf.put(t, ++next);
            }
        }
        String lang = m.meta().language();
        String label = tableRefLabel(journal, lang);
        Manuscript referred = Walk.mapInlines(m, i -> {
            if (i instanceof Inline.FigRef r && r.toTable()) {
                List<Integer> ns = RefText.numbers(r, numbers, diagnostics);
                if (!ns.isEmpty()) return r.rendered(RefText.render(label, ns, r.capital()));
            }
            return i;
        });
        // the tables of the mapped body are new objects: number them by their place, which is the same
        List<Integer> inOrder = tables.stream().map(numberOf::get).toList();
        int[] k = {0};
        List<Block> body = referred.body().stream().map(b -> number(b, inOrder, k)).toList();
        return referred.withBody(body);
    }

    /** The label of a table reference: the journal's {@code table_ref}, else "табл." / "Table". */
    static String tableRefLabel(Journal journal, String lang) {
        String given = journal.string("labels.table_ref." + lang, null);
        return given != null ? given : "en".equals(lang) ? "Table" : "табл.";
    }

    private static void collect(Block b, List<Block.Table> out) {
        if (b instanceof Block.Table t) out.add(t);
        else if (b instanceof Block.ListBlock l) l.items().forEach(item -> item.forEach(x -> collect(x, out)));
        else if (b instanceof Block.Quote q) q.content().forEach(x -> collect(x, out));
    }

    private static Block number(Block b, List<Integer> numbers, int[] k) {
        if (b instanceof Block.Table t) return t.withNumber(numbers.get(k[0]++));
        if (b instanceof Block.ListBlock l) {
            return l.withItems(l.items().stream().map(item -> item.stream().map(x -> number(x, numbers, k)).toList()).toList());
        }
        if (b instanceof Block.Quote q) return new Block.Quote(q.content().stream().map(x -> number(x, numbers, k)).toList(), q.pos());
        return b;
    }
}
