package org.casereport.cli;

import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code casereport} command: render, check, build. */
@Command(name = "casereport", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Turns a structured clinical case into a bilingual (Russian/English) journal manuscript: PDF and DOCX.",
        subcommands = {RenderCommand.class, CheckCommand.class, BuildCommand.class})
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
        boolean debug = java.util.Arrays.asList(args).contains("--debug");
        String[] rest = java.util.Arrays.stream(args).filter(a -> !a.equals("--debug")).toArray(String[]::new);
        CommandLine cl = new CommandLine(new Main());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            if (debug) ex.printStackTrace(line.getErr());
            String msg = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage().replaceAll("\\s+", " ");
            if (ex instanceof java.io.IOException || ex instanceof IllegalArgumentException) {
                line.getErr().println("casereport: " + msg);
                return ExitCodes.CANNOT_RUN;
            }
            line.getErr().println("casereport: internal error: " + msg + " (rerun with --debug for details)");
            return ExitCodes.INTERNAL;
        });
        return cl.execute(rest);
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
