package org.casereport.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Limits;
import org.casereport.diag.Printable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code casereport} command: render, check, build, watch. */
@Command(name = "casereport", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a structured clinical case into a bilingual (Russian/English) journal manuscript: PDF and DOCX.",
        subcommands = {RenderCommand.class, CheckCommand.class, BuildCommand.class, WatchCommand.class},
        footerHeading = "%nOptions of every command:%n",
        footer = {"  --limit NAME=N   change one of the limits for this run (docs/limits.md), e.g. --limit case-seconds=600",
                "  --verbose        let the libraries' log lines through to stderr",
                "  --debug          print the stack trace of an internal error",
                "%nExit codes: 0 done, 1 the input has errors, 2 could not run, 3 internal error."})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    static {
        // POI logs through the Log4j API; without a provider it complains on stderr. Keep stderr for diagnostics.
        System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
        System.setProperty("org.apache.logging.log4j.level", "OFF");
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /** Runs the command line and returns the exit code (tests call this). */
    public static int run(String[] args, PrintWriter out, PrintWriter err) {
        boolean debug = false;
        boolean verbose = false;
        List<String> rest = new ArrayList<>();
        Limits.reset();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            try {
                if (a.equals("--debug")) debug = true;
                else if (a.equals("--verbose")) verbose = true;
                else if (a.equals("--limit") && i + 1 < args.length) Limits.set(args[++i]);
                else if (a.startsWith("--limit=")) Limits.set(a.substring("--limit=".length()));
                else rest.add(a);
            } catch (IllegalArgumentException e) {
                err.println("casereport: " + e.getMessage());
                err.flush();
                return ExitCodes.CANNOT_RUN;
            }
        }
        LibraryLogs.quiet(!verbose);
        boolean trace = debug;
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (trace) ex.printStackTrace(line.getErr());
            return report(ex, line.getErr());
        });
        try {
            return cl.execute(rest.toArray(String[]::new));
        } finally {
            Limits.reset();
        }
    }

    /** One line for what a command threw, and its exit code. */
    static int report(Throwable ex, PrintWriter err) {
        if (ex instanceof CaseException ce) {
            for (Diagnostic d : ce.diagnostics()) err.println(d);
            err.flush();
            return ExitCodes.INPUT_ERRORS;
        }
        if (ex instanceof java.io.IOException io) {
            err.println("casereport: " + Reasons.of(io));
            err.flush();
            return ExitCodes.CANNOT_RUN;
        }
        err.println("casereport: internal error: " + Printable.of(Reasons.message(ex)) + " (rerun with --debug for details)");
        err.flush();
        return ExitCodes.INTERNAL;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The version from the jar manifest (or "dev" when run from classes). */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"casereport " + (v == null ? "0.1.0" : v)};
        }
    }
}
