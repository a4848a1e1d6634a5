package org.casereport.cli;

import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.Logger;

/**
 * The libraries' own log lines (openhtmltopdf's "WARNING::" lines, PDFBox and Batik through java.util.logging,
 * POI through Log4j, anything through SLF4J) are not for the user: stderr is for diagnostics. {@code --verbose}
 * lets them through.
 */
final class LibraryLogs {
    /** Held here: java.util.logging keeps loggers only weakly, and a level set on a dropped logger is lost. */
    private static final java.util.List<Logger> HELD = new java.util.ArrayList<>();

    private LibraryLogs() {
    }

    static synchronized void quiet(boolean quiet) {
        Level level = quiet ? Level.OFF : Level.INFO;
        if (quiet) LogManager.getLogManager().reset();
        Logger.getLogger("").setLevel(level);
        for (String name : new String[] {"com.openhtmltopdf", "org.apache.pdfbox", "org.apache.fontbox", "org.apache.batik"}) {
            Logger l = Logger.getLogger(name);
            l.setLevel(level);
            if (!HELD.contains(l)) HELD.add(l);
        }
        try {
            com.openhtmltopdf.util.XRLog.setLoggingEnabled(!quiet);
        } catch (LinkageError e) {
            // the PDF library is not on the class path: nothing of it to silence
        }
        System.setProperty("org.apache.commons.logging.Log",
                quiet ? "org.apache.commons.logging.impl.NoOpLog" : "org.apache.commons.logging.impl.Jdk14Logger");
    }
}
