package org.casereport.read;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.SourcePos;

/** Files named by a case: they must lie inside the case folder (no "..", no absolute paths, no links out). */
public final class CaseFiles {
    private CaseFiles() {
    }

    /** The named file resolved inside {@code caseDir}, or null with an error when it is outside or missing. */
    public static Path inside(Path caseDir, String name, SourcePos pos, Diagnostics diagnostics) {
        return inside(caseDir, name, pos, diagnostics, "");
    }

    /**
     * The same, with the rule ids prefixed for the kind of file ("figure-" gives {@code figure-path-outside-case},
     * {@code figure-file-missing}, {@code figure-path-invalid}).
     */
    public static Path inside(Path caseDir, String name, SourcePos pos, Diagnostics diagnostics, String rulePrefix) {
        Path base = caseDir.toAbsolutePath().normalize();
        Path p;
        try {
            p = base.resolve(name).normalize();
        } catch (InvalidPathException e) {
            diagnostics.error(rulePrefix + "path-invalid", pos, "not a valid file name: '" + name + "'");
            return null;
        }
        if (!p.startsWith(base) || Path.of(name).isAbsolute()) {
            diagnostics.error(rulePrefix + "path-outside-case", pos, "'" + name + "' is outside the case folder");
            return null;
        }
        if (!Files.isRegularFile(p)) {
            diagnostics.error(rulePrefix + "file-missing", pos, "no such file '" + name + "' in the case folder");
            return null;
        }
        try {
            if (!p.toRealPath().startsWith(base.toRealPath())) {
                diagnostics.error(rulePrefix + "path-outside-case", pos, "'" + name + "' links to a file outside the case folder");
                return null;
            }
        } catch (IOException e) {
            diagnostics.error(rulePrefix + "file-missing", pos, "cannot read '" + name + "': " + e.getMessage());
            return null;
        }
        return caseDir.resolve(name).normalize();
    }
}
