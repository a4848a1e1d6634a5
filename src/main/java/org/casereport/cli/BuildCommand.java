package org.casereport.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * The Maven build step ({@code mvn package}): renders every case of a folder and fails when a case has errors
 * (or warnings, with {@code --strict}).
 */
@Command(name = "build", mixinStandardHelpOptions = true,
        description = "Render and check every case under a folder; exit 1 when any case has errors (or warnings with --strict).")
public final class BuildCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(arity = "1", paramLabel = "<cases-dir>", description = "The folder of case folders.")
    Path cases;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Output folder (default: ${DEFAULT-VALUE}).")
    Path output = Path.of("output");

    @Option(names = "--strict", arity = "1", description = "Warnings fail the build too (default: ${DEFAULT-VALUE}).")
    boolean strict;

    @Option(names = "--templates", paramLabel = "DIR", description = "The journal templates folder (default: ./templates).")
    Path templates;

    @Override
    public Integer call() throws IOException {
        CommandLine cl = spec.commandLine();
        RenderCommand render = new RenderCommand();
        CommandLine sub = new CommandLine(render);
        sub.setOut(cl.getOut());
        sub.setErr(cl.getErr());
        List<String> args = new java.util.ArrayList<>(List.of(cases.toString(), "--output", output.toString()));
        if (templates != null) args.addAll(List.of("--templates", templates.toString()));
        int code = sub.execute(args.toArray(String[]::new));
        return code;
    }
}
