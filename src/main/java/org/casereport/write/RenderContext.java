package org.casereport.write;

import java.time.Instant;
import org.casereport.template.Journal;

/**
 * What a writer needs besides the manuscript.
 *
 * @param journal   the journal template (settings, lookup folders, fonts)
 * @param timestamp the one date written into output metadata: from {@code SOURCE_DATE_EPOCH}, else the case's
 *                  accepted (or received) date at 00:00 UTC — never the clock, so output is reproducible
 */
public record RenderContext(Journal journal, Instant timestamp) {
}
