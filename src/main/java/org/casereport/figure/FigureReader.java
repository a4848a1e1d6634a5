package org.casereport.figure;

import java.nio.file.Path;
import org.casereport.check.Diagnostics;
import org.casereport.model.Figure;

/** Reads one figure declaration ({@code figures/<name>.yaml}) of a case. */
public final class FigureReader {
    private FigureReader() {
    }

    /**
     * @param caseDir the case folder: an image file must lie inside it
     * @return the figure (number 0), or null when it has errors (reported to {@code diagnostics})
     */
    public static Figure read(Path file, String displayName, Path caseDir, Diagnostics diagnostics) {
        throw new UnsupportedOperationException("FigureReader: not written yet");
    }
}
