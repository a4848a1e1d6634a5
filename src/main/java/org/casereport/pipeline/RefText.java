package org.casereport.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Inline;

/**
 * How a reference to figures or tables is printed: the label and the numbers, a list collapsed into ranges
 * ("рис. 1, 2", "рис. 1–3", "Fig. 1–3", "табл. 2"), with a capital at a sentence start ("Рис. 3").
 */
final class RefText {
    private RefText() {
    }

    /** The numbers a reference names: each id's, and for a range everything between its two ends. */
    static List<Integer> numbers(Inline.FigRef r, Map<String, Integer> numbers, Diagnostics diagnostics) {
        List<Integer> out = new ArrayList<>();
        for (String id : r.ids()) {
            Integer n = numbers.get(id);
            if (n != null) out.add(n);
        }
        if (r.range() && out.size() == 2) {
            int a = out.get(0);
            int b = out.get(1);
            if (a > b) {
                diagnostics.warning("ref-range-order", r.pos(), "the range @" + r.ids().get(0) + "–@" + r.ids().get(1)
                        + " runs backwards (" + a + "–" + b + "); write it from the lower number");
            }
            out.clear();
            for (int i = Math.min(a, b); i <= Math.max(a, b); i++) out.add(i);
        }
        return out;
    }

    /** "рис. 1, 2", "рис. 1–3": runs of three or more consecutive numbers become a range. */
    static String render(String label, List<Integer> numbers, boolean capital) {
        TreeSet<Integer> sorted = new TreeSet<>(numbers);
        List<Integer> list = new ArrayList<>(sorted);
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < list.size(); ) {
            int j = i;
            while (j + 1 < list.size() && list.get(j + 1) == list.get(j) + 1) j++;
            if (sb.length() > 0) sb.append(", ");
            if (j - i >= 2) {
                sb.append(list.get(i)).append('–').append(list.get(j));
            } else {
                for (int k = i; k <= j; k++) {
                    if (k > i) sb.append(", ");
                    sb.append(list.get(k));
                }
            }
            i = j + 1;
        }
        String l = capital && !label.isEmpty()
                ? label.substring(0, 1).toUpperCase(Locale.ROOT) + label.substring(1) : label;
        return l + " " + sb;
    }
}
