package org.casereport.pipeline;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostics;
import org.casereport.cite.Bibliography;
import org.casereport.model.Inline;
import org.casereport.model.Manuscript;
import org.casereport.model.Reference;
import org.casereport.model.Walk;
import org.casereport.template.Journal;

/**
 * Numbers the references in order of first citation, renders every citation mark ("[2, 3, 6–8]"), and formats
 * the reference list in the journal's style. A key with no reference is an error at the citation.
 */
final class CitationTransform {
    private CitationTransform() {
    }

    static Manuscript apply(Manuscript m, Journal journal, Diagnostics diagnostics) {
        Map<String, Reference> byId = new LinkedHashMap<>();
        for (Reference r : m.references()) byId.putIfAbsent(r.id(), r);
        Map<String, Integer> numbers = new LinkedHashMap<>();
        Walk.inlines(m, i -> {
            if (i instanceof Inline.Cite c) {
                for (String key : c.keys()) {
                    if (byId.containsKey(key)) {
                        numbers.putIfAbsent(key, numbers.size() + 1);
                    } else {
                        diagnostics.error("cite-unknown-key", c.pos(), "unknown citation key '@" + key + "'"
                                + Suggest.closest(key, byId.keySet()).map(s -> " (did you mean '@" + s + "'?)").orElse(""));
                    }
                }
            }
        });
        Manuscript numbered = Walk.mapInlines(m, i -> {
            if (!(i instanceof Inline.Cite c)) return i;
            List<Integer> ns = c.keys().stream().filter(numbers::containsKey).map(numbers::get).distinct().sorted().toList();
            String rendered = ns.isEmpty() ? "[?]" : Bibliography.citationMark(journal, ns);
            return new Inline.Cite(c.keys(), c.pos(), ns, rendered);
        });
        Bibliography.check(m.references(), diagnostics);
        Bibliography.checkUncited(m.references(), numbers.keySet(), diagnostics);
        List<Reference> cited = new ArrayList<>();
        numbers.keySet().forEach(k -> cited.add(byId.get(k)));
        return numbered.withBibliography(Bibliography.format(journal, cited, diagnostics));
    }
}
