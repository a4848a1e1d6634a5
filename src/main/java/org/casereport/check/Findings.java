package org.casereport.check;
import org.casereport.diag.Rules;
import org.casereport.diag.Diagnostic;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.casereport.diag.SourcePos;

/** Collects findings while the checker runs. */
public final class Findings {
    private final List<Finding> items = new ArrayList<>();

    public void add(Diagnostic d) {
        items.add(Finding.of(d));
    }

    public void add(Diagnostic d, List<Fix> fixes) {
        items.add(new Finding(d, fixes));
    }

    /** Adds a finding of {@code rule} with the rule's default severity. */
    public void report(String rule, SourcePos pos, String message) {
        add(new Diagnostic(Rules.severity(rule), rule, message, pos));
    }

    public void report(String rule, SourcePos pos, String message, List<Fix> fixes) {
        add(new Diagnostic(Rules.severity(rule), rule, message, pos), fixes);
    }

    public void addAll(List<Diagnostic> ds) {
        ds.forEach(this::add);
    }

    public List<Finding> all() {
        return Collections.unmodifiableList(items);
    }

    public List<Diagnostic> diagnostics() {
        return items.stream().map(Finding::diagnostic).toList();
    }
}
