package org.casereport.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import org.casereport.build.Build;
import org.casereport.build.Watch;
import org.casereport.diag.Severity;
import org.casereport.write.Writers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casereport watch <case-dir>}: for an author writing a case. Checks and renders it once, then again on
 * every save, in the same process, printing the diagnostics and the time each time. A save that breaks the case
 * keeps the last good outputs. Stops with Ctrl-C.
 */
@Command(name = "watch", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Render a case, then render it again on every save of its files (or of the templates), "
                + "printing the diagnostics and the time. A broken save keeps the last good outputs. Ctrl-C stops."})
public final class WatchCommand implements Callable<Integer> {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "<case-dir>", description = "The case folder (with case.md).")
    Path caseDir;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", description = "Formats to write: pdf, docx (default: pdf,docx).")
    List<String> formats = List.of("pdf", "docx");

    @Option(names = "--templates", paramLabel = "DIR", description = "The journal templates folder (default: ./templates, else the journals shipped with casereport).")
    Path templates;

    /** Stops the loop (tests); Ctrl-C otherwise. */
    volatile boolean stop;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String f : formats) {
            if (!Writers.names().contains(f)) {
                err.println("casereport watch: unknown output format '" + f + "'; known formats: " + String.join(", ", Writers.names()));
                return ExitCodes.CANNOT_RUN;
            }
        }
        if (!Files.isRegularFile(caseDir.resolve("case.md"))) {
            err.println("casereport watch: " + caseDir + ": not a case folder (no case.md)");
            return ExitCodes.CANNOT_RUN;
        }
        Path templatesRoot = Templates.root(templates);
        if (templatesRoot == null) {
            err.println("casereport watch: no templates folder " + (templates == null ? "(./templates)" : templates) + "; name one with --templates DIR");
            return ExitCodes.CANNOT_RUN;
        }
        // no CARE checklist files: an author's re-render writes only what is being looked at
        Build.Options options = new Build.Options(output, templatesRoot, Build.Mode.BUILD, formats, 1, true, false, false);
        out.println("casereport watch: " + caseDir + " → " + output + " (Ctrl-C stops)");
        out.flush();
        Watch.run(caseDir, options, (r, trigger) -> {
            Cases.print(r.diagnostics(), err);
            out.println(line(r, trigger));
            out.flush();
        }, () -> stop);
        return ExitCodes.OK;
    }

    static String line(Build.CaseResult r, Path trigger) {
        String when = "[" + LocalTime.now().format(CLOCK) + "] ";
        String why = trigger == null ? "" : trigger.getFileName() + " changed: ";
        String ms = String.format(java.util.Locale.ROOT, "%.0f ms", r.nanos() / 1e6);
        int e = r.count(Severity.ERROR);
        int w = r.count(Severity.WARNING);
        String counts = (e > 0 ? e + " error(s), " : "") + w + " warning(s)";
        if (r.status() == Build.Status.BUILT) {
            return when + why + "rendered " + String.join(" ", r.formats()) + " in " + ms + ", " + counts + " → "
                    + r.outputs().stream().map(Path::toString).reduce((a, b) -> a + ", " + b).orElse("");
        }
        return when + why + "not rendered (" + counts + ", " + ms + "); the last good outputs are kept";
    }
}
