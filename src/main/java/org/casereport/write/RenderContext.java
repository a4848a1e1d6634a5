package org.casereport.write;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.casereport.diag.Diagnostic;
import org.casereport.model.Journal;

/**
 * What a writer needs besides the manuscript.
 *
 * @param journal   the journal template (settings, lookup folders, fonts)
 * @param timestamp the one date written into output metadata: from {@code SOURCE_DATE_EPOCH}, else the case's
 *                  accepted (or received) date at 00:00 UTC — never the clock, so output is reproducible
 * @param warnings  what a writer could only do in part (a table too wide for its column, set across the page),
 *                  each with the place in the case; writers run side by side, so the list is synchronized
 */
public record RenderContext(Journal journal, Instant timestamp, List<Diagnostic> warnings) {
    public RenderContext(Journal journal, Instant timestamp) {
        this(journal, timestamp, Collections.synchronizedList(new ArrayList<>()));
    }

    /** Reports what the writer could only do in part. */
    public void warn(Diagnostic d) {
        warnings.add(d);
    }
}
