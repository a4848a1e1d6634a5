package org.casereport.source;

import org.casereport.model.Journal;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.SourcePos;

/**
 * The one confinement rule for files a case names or holds: resolved with links followed, a file must lie
 * inside the case folder. A refusal names the file, never its content. Template files have the same rule
 * against the journal's lookup folders ({@code Journal.find}).
 */
public final class CaseFiles {
    /** Rule id of a file (or folder) that lies, or links, outside the folder it must stay in. */
    public static final String OUTSIDE = "path-outside-case";

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
            diagnostics.error(rulePrefix + OUTSIDE, pos, "'" + name + "' is outside the case folder");
            return null;
        }
        if (!Files.isRegularFile(p)) {
            diagnostics.error(rulePrefix + "file-missing", pos, "no such file '" + name + "' in the case folder");
            return null;
        }
        if (!within(base, p)) {
            diagnostics.error(rulePrefix + OUTSIDE, pos, "'" + name + "' links to a file outside the case folder");
            return null;
        }
        return caseDir.resolve(name).normalize();
    }

    /**
     * Whether {@code file} (a file or a folder, which must exist) lies inside {@code dir} once every link on the
     * way is followed. A file that cannot be resolved is not inside.
     */
    public static boolean within(Path dir, Path file) {
        try {
            return file.toRealPath().startsWith(dir.toRealPath());
        } catch (IOException | SecurityException e) {
            return false;
        }
    }

    /**
     * Refuses (throws) a file or folder of the case, such as {@code case.md} or {@code figures/}, that links
     * outside the case folder.
     */
    public static void requireInside(Path caseDir, Path file, String what) {
        if (Files.exists(file) && !within(caseDir, file)) {
            throw new CaseException(outside(file, what));
        }
    }

    /** The error for a file that links outside the case folder: names the file, never prints its content. */
    public static Diagnostic outside(Path file, String what) {
        return Diagnostic.error(OUTSIDE, SourcePos.file(file.toString()), what + " links outside the case folder;"
                + " copy it into the case folder instead of linking to it");
    }
}
