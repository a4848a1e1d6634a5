package org.casereport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.casereport.build.Build;
import org.casereport.build.Report;
import org.casereport.write.Writers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * The build of a repository of cases (also what the Maven plugin runs): checks every case of a folder, renders
 * the ones without errors into {@code <output>/<id>/}, on all cores, skipping the cases whose inputs have not
 * changed since their outputs were written; fails when a case has errors (or warnings, with {@code --strict}).
 */
@Command(name = "build", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Check and render every case under a folder, in parallel, skipping cases that are up to date; "
                + "exit 1 when any case has errors (or warnings with --strict).",
                "A progress line per case when the output is a terminal (or with --progress), then a summary."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:every case built or up to date (warnings may be printed)", "1:a case has errors (or warnings with --strict)",
                "2:could not run", "3:internal error"})
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<cases-dir>", description = "Folders of case folders, or case folders.")
    List<Path> cases;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", description = "Formats to write: pdf, docx (default: pdf,docx).")
    List<String> formats = List.of("pdf", "docx");

    @Option(names = "--strict", arity = "0..1", description = "Warnings fail the build too (default: ${DEFAULT-VALUE}).")
    boolean strict;

    @Option(names = "--templates", paramLabel = "DIR", description = "The journal templates folder (default: ./templates, else the journals shipped with casereport).")
    Path templates;

    @Option(names = {"-j", "--jobs"}, paramLabel = "N", description = "Cases rendered at once (default: the number of cores, "
            + "fewer when the heap is small; each case in flight needs about 300 MB at most).")
    Integer jobs;

    @Option(names = "--force", description = "Rebuild every case, even those that are up to date.")
    boolean force;

    @Option(names = "--clean", description = "Remove the outputs of cases whose folder was deleted.")
    boolean clean;

    @Option(names = "--no-care-files", description = "Do not write the CARE checklist files (<output>/<id>/<id>-care.md, -care.docx).")
    boolean noCareFiles;

    @Option(names = {"-q", "--quiet"}, description = "Only the diagnostics: no progress lines, no summary.")
    boolean quiet;

    @Option(names = "--progress", description = "Progress lines even when the output is not a terminal.")
    boolean progress;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        for (String f : formats) {
            if (!Writers.names().contains(f)) {
                err.println("casereport build: unknown output format '" + f + "'; known formats: " + String.join(", ", Writers.names()));
                return ExitCodes.CANNOT_RUN;
            }
        }
        if (jobs != null && jobs < 1) {
            err.println("casereport build: --jobs must be at least 1");
            return ExitCodes.CANNOT_RUN;
        }
        Path templatesRoot = Templates.root(templates);
        if (templatesRoot == null) {
            err.println("casereport build: no templates folder " + (templates == null ? "(./templates)" : templates) + "; name one with --templates DIR");
            return ExitCodes.CANNOT_RUN;
        }
        boolean lines = !quiet && (progress || System.console() != null);
        Build.Options options = new Build.Options(output, templatesRoot, Build.Mode.BUILD, formats,
                jobs == null ? Build.defaultJobs() : jobs, force, clean, !noCareFiles);
        Build.Summary s = Build.run(cases, options, new Build.Listener() {
            @Override
            public void finished(Build.CaseResult r, int done, int total) {
                if (lines) {
                    out.println(Report.progress(r, done, total));
                    out.flush();
                }
            }

            @Override
            public void inOrder(Build.CaseResult r, int index, int total) {
                Cases.print(r.diagnostics(), err);   // in case order, whatever the order cases finish in
            }

            @Override
            public void removed(Build.Removed r) {
                if (!quiet) out.println(Report.removed(r));
            }
        });
        if (!quiet) out.println(Report.summary("build", s, strict));
        out.flush();
        if (s.internalErrors()) return ExitCodes.INTERNAL;
        return s.failed(strict) ? ExitCodes.INPUT_ERRORS : ExitCodes.OK;
    }
}
