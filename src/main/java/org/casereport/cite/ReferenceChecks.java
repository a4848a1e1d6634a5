package org.casereport.cite;

import java.util.List;
import org.casereport.check.Diagnostics;
import org.casereport.model.Reference;

final class ReferenceChecks {
    private ReferenceChecks() {
    }

    static void check(List<Reference> references, int currentYear, Diagnostics diagnostics) {
    }
}
