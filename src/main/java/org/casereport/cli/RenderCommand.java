package org.casereport.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.casereport.write.Render;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.Writers;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code casereport render <case-dir>... [--output DIR] [--format pdf,docx]}. */
@Command(name = "render", mixinStandardHelpOptions = true,
        description = "Render case folders into journal manuscripts: <output>/<id>/<id>.pdf and .docx.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:rendered (warnings may be printed)", "1:the case has errors (file:line:col: error: …)",
                "2:could not run (bad option, unknown format, unwritable output)", "3:internal error"})
public final class RenderCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "<case-dir>", description = "A case folder (with case.md), or a folder of case folders.")
    List<Path> cases;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Option(names = {"-f", "--format"}, split = ",", paramLabel = "FORMAT", description = "Formats to write: pdf, docx (default: pdf,docx).")
    List<String> formats = List.of("pdf", "docx");

    @Option(names = "--templates", paramLabel = "DIR", description = "The journal templates folder (default: ./templates).")
    Path templates;

    @Override
    public Integer call() throws IOException {
        var out = spec.commandLine().getOut();
        var err = spec.commandLine().getErr();
        for (String f : formats) {
            if (!Writers.names().contains(f)) {
                err.println("casereport: unknown output format '" + f + "'; known formats: " + String.join(", ", Writers.names()));
                return ExitCodes.CANNOT_RUN;
            }
        }
        Path templatesRoot = Templates.root(templates);
        if (templatesRoot == null) {
            err.println("casereport: no templates folder (./templates); name one with --templates DIR");
            return ExitCodes.CANNOT_RUN;
        }
        int code = ExitCodes.OK;
        for (Path caseDir : Cases.expand(cases)) {
            // one case that is broken, hostile or too big never stops the others: each is contained on its own
            code = ExitCodes.worst(code, Cases.guarded(caseDir, err, () -> {
                if (!Files.isRegularFile(caseDir.resolve("case.md"))) {
                    Cases.print(List.of(Pipeline.notACase(caseDir)), err);
                    return ExitCodes.INPUT_ERRORS;
                }
                Pipeline.Loaded loaded = Pipeline.load(caseDir, templatesRoot);
                Cases.print(loaded.diagnostics(), err);
                Path dir = output.resolve(loaded.manuscript().id());
                List<org.casereport.diag.Diagnostic> layout = new java.util.ArrayList<>();
                for (Path written : Render.formats(loaded, formats, dir, layout::add)) out.println("wrote " + written);
                Cases.print(layout, err);
                return ExitCodes.OK;
            }));
        }
        out.flush();
        return code;
    }
}
