package org.casereport.cli;

/** Every exit code of the command line, in one place. */
public final class ExitCodes {
    /** Done; warnings may have been printed. */
    public static final int OK = 0;
    /** The input has errors (printed as file:line:col: error: …). */
    public static final int INPUT_ERRORS = 1;
    /** Could not run: bad command line, unknown format or journal, a file that cannot be written. */
    public static final int CANNOT_RUN = 2;
    /** A bug in casereport itself (rerun with --debug for the stack trace). */
    public static final int INTERNAL = 3;

    private ExitCodes() {
    }

    /** The code of a run over several inputs: the worst of them (internal error, then could not run, then errors). */
    public static int worst(int a, int b) {
        return Math.max(a, b);
    }
}
