package org.casereport.write.pdf;

import org.casereport.model.FigureSpec;

/** The PDF fixtures' figure data, for the tests of other writers. */
public final class FixturesAccess {
    private FixturesAccess() {
    }

    public static FigureSpec exampleTimeline() {
        return Fixtures.exampleTimeline();
    }
}
