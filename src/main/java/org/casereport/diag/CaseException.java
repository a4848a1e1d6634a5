package org.casereport.diag;

import java.util.List;

/** Bad input: carries the diagnostics that stopped the step. Never shown as a stack trace. */
public final class CaseException extends RuntimeException {
    private final transient List<Diagnostic> diagnostics;

    public CaseException(List<Diagnostic> diagnostics) {
        super(diagnostics.isEmpty() ? "bad input" : diagnostics.get(0).toString(), null, false, false);
        this.diagnostics = List.copyOf(diagnostics);
    }

    public CaseException(Diagnostic d) {
        this(List.of(d));
    }

    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
