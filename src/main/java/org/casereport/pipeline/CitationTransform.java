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
import org.casereport.model.Journal;

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
                    } else if (c.narrative()) {
                        diagnostics.warning("cite-unresolved", c.pos(), "'@" + key + "' looks like a citation but no reference has that key"
                                + Suggest.closest(key, byId.keySet()).map(x -> " (did you mean '@" + x + "'?)").orElse("")
                                + "; it is printed as written (write \\@ for a literal @)");
                    } else {
                        diagnostics.error("cite-unknown-key", c.pos(), "unknown citation key '@" + key + "'"
                                + Suggest.closest(key, byId.keySet()).map(s -> " (did you mean '@" + s + "'?)").orElse(""));
                    }
                }
            }
        });
        boolean russianText = NarrativeAuthor.russianText(m);
        Manuscript numbered = Walk.mapInlines(m, i -> {
            if (!(i instanceof Inline.Cite c)) return i;
            List<Integer> ns = c.keys().stream().filter(numbers::containsKey).map(numbers::get).distinct().sorted().toList();
            if (c.narrative()) {
                if (ns.isEmpty()) return new Inline.Text("@" + c.keys().get(0), c.pos());
                String author = NarrativeAuthor.of(byId.get(c.keys().get(0)), journal, russianText);
                return new Inline.Cite(c.keys(), c.pos(), ns, Bibliography.citationMark(journal, ns), c.locators(), true, author);
            }
            String rendered;
            if (ns.isEmpty()) {
                rendered = "[?]";
            } else if (c.locators().stream().allMatch(String::isEmpty)) {
                rendered = Bibliography.citationMark(journal, ns);
            } else {
                // "[3, с. 235]": each number with its locator, in the order written
                List<String> parts = new ArrayList<>();
                for (int k = 0; k < c.keys().size(); k++) {
                    Integer n = numbers.get(c.keys().get(k));
                    if (n == null) continue;
                    String loc = c.locators().get(k);
                    parts.add(loc.isEmpty() ? n.toString() : n + ", " + loc);
                }
                rendered = Bibliography.citationMark(journal, parts);
            }
            return new Inline.Cite(c.keys(), c.pos(), ns, rendered, c.locators(), false, null);
        });
        Bibliography.check(m.references(), diagnostics);
        Bibliography.checkUncited(m.references(), numbers.keySet(), diagnostics);
        List<Reference> cited = new ArrayList<>();
        numbers.keySet().forEach(k -> cited.add(byId.get(k)));
        return numbered.withBibliography(Bibliography.format(journal, cited, diagnostics));
    }
}
