package org.casereport.diag;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Collects diagnostics while a step runs; steps never throw for bad input, they report here. */
public final class Diagnostics {
    private final List<Diagnostic> items = new ArrayList<>();

    public void add(Diagnostic d) {
        items.add(d);
    }

    public void error(String rule, SourcePos pos, String message) {
        add(Diagnostic.error(rule, pos, message));
    }

    public void warning(String rule, SourcePos pos, String message) {
        add(Diagnostic.warning(rule, pos, message));
    }

    public void addAll(List<Diagnostic> ds) {
        items.addAll(ds);
    }

    public boolean hasErrors() {
        return items.stream().anyMatch(d -> d.severity() == Severity.ERROR);
    }

    public List<Diagnostic> all() {
        return Collections.unmodifiableList(items);
    }

    /** Throws {@link CaseException} when any error was collected. */
    public void throwIfErrors() {
        if (hasErrors()) throw new CaseException(List.copyOf(items));
    }
}
