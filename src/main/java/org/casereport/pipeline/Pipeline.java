package org.casereport.pipeline;

import java.nio.file.Path;
import java.util.List;
import org.casereport.check.Diagnostic;
import org.casereport.model.Manuscript;
import org.casereport.template.Journal;

/** One way through the code: read a case, apply the transforms, write the outputs. */
public final class Pipeline {
    private Pipeline() {
    }

    /** A case read and transformed, with its journal and the warnings met on the way. */
    public record Loaded(Manuscript manuscript, Journal journal, List<Diagnostic> diagnostics) {
    }

    /**
     * Reads the case folder and applies every transform.
     *
     * @param templatesRoot the {@code templates/} folder
     * @throws org.casereport.check.CaseException with all diagnostics when any is an error
     */
    public static Loaded load(Path caseDir, Path templatesRoot) {
        throw new UnsupportedOperationException("Pipeline: not written yet");
    }
}
