package org.casereport.cite;

import java.util.List;
import org.casereport.check.Diagnostics;
import org.casereport.model.Reference;

final class RisImport {
    private RisImport() {
    }

    static List<Reference> read(String text, String displayName, Diagnostics diagnostics) {
        return List.of();
    }
}
