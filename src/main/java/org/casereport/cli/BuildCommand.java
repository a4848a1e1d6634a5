package org.casereport.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.casereport.check.CaseChecker;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Severity;
import org.casereport.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The Maven build step ({@code mvn package}): checks every case of a folder, renders the ones without errors
 * into {@code <output>/<id>/}, and fails when a case has errors (or warnings, with {@code --strict}).
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Check and render every case under a folder; exit 1 when any case has errors (or warnings with --strict).")
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "<cases-dir>", description = "The folder of case folders.")
    Path cases;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Option(names = "--strict", arity = "0..1", description = "Warnings fail the build too (default: ${DEFAULT-VALUE}).")
    boolean strict;

    @Option(names = "--templates", paramLabel = "DIR", description = "The journal templates folder (default: ./templates).")
    Path templates;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path templatesRoot = Templates.root(templates);
        if (templatesRoot == null) {
            err.println("casereport: no templates folder (./templates); name one with --templates DIR");
            return ExitCodes.CANNOT_RUN;
        }
        List<Path> dirs = Cases.expand(List.of(cases));
        int errors = 0;
        int warnings = 0;
        int code = ExitCodes.OK;
        for (Path caseDir : dirs) {
            int[] counts = new int[2];
            // one case that is broken, hostile or too big never stops the others: each is contained on its own
            int c = Cases.guarded(caseDir, err, () -> {
                if (!Files.isRegularFile(caseDir.resolve("case.md"))) {
                    Cases.print(List.of(Pipeline.notACase(caseDir)), err);
                    counts[0]++;
                    return ExitCodes.INPUT_ERRORS;
                }
                CaseChecker.Result checked = CaseChecker.run(caseDir, templatesRoot);
                List<Diagnostic> found = checked.diagnostics();
                Cases.print(found, err);
                long e = found.stream().filter(d -> d.severity() == Severity.ERROR).count();
                counts[0] += (int) e;
                counts[1] += (int) found.stream().filter(d -> d.severity() == Severity.WARNING).count();
                if (e > 0 || checked.loaded() == null) return ExitCodes.OK;
                Pipeline.Loaded loaded = checked.loaded(); // read once: what was checked is what is rendered
                for (Path p : Pipeline.render(loaded, List.of("pdf", "docx"), output.resolve(loaded.manuscript().id()))) {
                    out.println("wrote " + p);
                }
                return ExitCodes.OK;
            });
            if (c == ExitCodes.INPUT_ERRORS && counts[0] == 0) counts[0]++;
            errors += counts[0];
            warnings += counts[1];
            if (c != ExitCodes.INPUT_ERRORS) code = ExitCodes.worst(code, c);
        }
        out.printf("casereport build: %d case(s), %d error(s), %d warning(s)%s%n", dirs.size(), errors, warnings,
                strict ? " (strict: warnings fail the build)" : "");
        out.flush();
        return ExitCodes.worst(code, errors > 0 || strict && warnings > 0 ? ExitCodes.INPUT_ERRORS : ExitCodes.OK);
    }
}
