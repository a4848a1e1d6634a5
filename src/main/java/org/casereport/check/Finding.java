package org.casereport.check;
import org.casereport.diag.Diagnostic;

import java.util.List;

/** A diagnostic with the repairs that would make it go away (empty when there is no safe repair). */
public record Finding(Diagnostic diagnostic, List<Fix> fixes) {
    public Finding {
        fixes = List.copyOf(fixes);
    }

    public static Finding of(Diagnostic d) {
        return new Finding(d, List.of());
    }
}
