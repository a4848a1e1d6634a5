package org.casereport.maven;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.casereport.build.Build;
import org.casereport.build.Report;
import org.casereport.build.ShippedTemplates;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Severity;
import org.casereport.write.Writers;
import org.sonatype.plexus.build.incremental.BuildContext;

/**
 * What the three goals share: the parameters, the run of the build engine, and the way its diagnostics reach
 * Maven — one {@code [ERROR]}/{@code [WARNING]} line {@code file:line:col: severity: message [rule]} each, and a
 * BuildContext message on the file so that an IDE marks the line — and a one-line failure, no stack trace.
 */
abstract class CaseMojo extends AbstractMojo {
    /** The folder of case folders (each with its {@code case.md}); a single case folder works too. */
    @Parameter(property = "casereport.cases", defaultValue = "${project.basedir}/cases")
    File casesDirectory;

    /** Where the outputs go: {@code <outputDirectory>/<id>/<id>.pdf} and {@code .docx}. */
    @Parameter(property = "casereport.output", defaultValue = "${project.build.directory}/casereport")
    File outputDirectory;

    /**
     * The journal templates folder ({@code <journal>/journal.yaml}, {@code fonts/}). When not set, the journals
     * shipped inside the plugin are used, so a repository needs no templates of its own.
     */
    @Parameter(property = "casereport.templates")
    File templatesDirectory;

    /** The formats to write: {@code pdf}, {@code docx}. */
    @Parameter(property = "casereport.formats", defaultValue = "pdf,docx")
    List<String> formats;

    /** Warnings fail the build too. */
    @Parameter(property = "casereport.strict", defaultValue = "false")
    boolean strict;

    /** The same as {@code strict}. */
    @Parameter(property = "casereport.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** Skip the goal. */
    @Parameter(property = "casereport.skip", defaultValue = "false")
    boolean skip;

    /** Cases at once; 0: as many as there are cores (fewer when the heap is small). */
    @Parameter(property = "casereport.jobs", defaultValue = "0")
    int jobs;

    /** Rebuild every case, even those whose inputs have not changed since their outputs were written. */
    @Parameter(property = "casereport.force", defaultValue = "false")
    boolean force;

    /** Remove the outputs of cases whose folder was deleted (they are reported either way). */
    @Parameter(property = "casereport.clean", defaultValue = "false")
    boolean clean;

    /**
     * The goals that check ({@code check}, {@code build}) write each case's filled CARE checklist beside its
     * outputs, {@code <id>/<id>-care.md} and {@code <id>-care.docx}, as {@code casereport check} does.
     */
    @Parameter(property = "casereport.careFiles", defaultValue = "true")
    boolean careFiles = true;

    /**
     * Limits of this build, as the command line's {@code --limit}: {@code <limit>case-seconds=600</limit>}
     * (docs/limits.md). Every case runs under the watchdog: past {@code case-seconds}, or holding more than
     * {@code case-memory-mb} of heap, it is stopped with one error line and the other cases go on.
     */
    @Parameter(property = "casereport.limits")
    List<String> limits;

    /** A progress line per case ({@code [3/40] case-id  pdf docx  0.4 s  2 warnings}). */
    @Parameter(property = "casereport.progress", defaultValue = "true")
    boolean progress;

    @Parameter(defaultValue = "${project.build.directory}", readonly = true)
    File buildDirectory;

    @Component
    BuildContext buildContext;

    abstract Build.Mode mode();

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        String goal = mode().label();
        if (skip) {
            getLog().info("casereport " + goal + ": skipped");
            return;
        }
        List<String> fmts = mode() == Build.Mode.CHECK ? List.of() : formats.stream().map(String::strip).filter(f -> !f.isEmpty()).toList();
        for (String f : fmts) {
            if (!Writers.names().contains(f)) {
                throw new MojoFailureException("casereport: unknown output format '" + f + "' in <formats> (known: "
                        + String.join(", ", Writers.names()) + ")");
            }
        }
        Path cases = casesDirectory.toPath();
        if (!Files.isDirectory(cases)) {
            throw new MojoFailureException("casereport: no cases folder " + cases + " (set <casesDirectory>)");
        }
        org.casereport.diag.Limits.reset();   // one Maven JVM runs many builds: only this execution's limits
        for (String l : limits == null ? List.<String>of() : limits) {
            try {
                org.casereport.diag.Limits.set(l.strip());
            } catch (IllegalArgumentException e) {
                throw new MojoFailureException("casereport: <limits>: " + e.getMessage());
            }
        }
        Path templates = templates();
        boolean isStrict = strict || failOnWarning;
        Build.Options options = new Build.Options(outputDirectory.toPath(), templates, mode(), fmts,
                jobs > 0 ? jobs : Build.defaultJobs(), force, clean, careFiles);
        Build.Summary summary;
        try {
            summary = Build.run(List.of(cases), options, new Build.Listener() {
                @Override
                public void finished(Build.CaseResult r, int done, int total) {
                    if (progress) getLog().info(Report.progress(r, done, total));
                }

                @Override
                public void inOrder(Build.CaseResult r, int index, int total) {
                    report(r);   // in case order, whatever the order cases finish in
                }

                @Override
                public void removed(Build.Removed r) {
                    if (r.deleted()) getLog().info(Report.removed(r)); else getLog().warn(Report.removed(r));
                }
            });
        } catch (IOException e) {
            throw new MojoExecutionException("casereport " + goal + ": " + e.getMessage());
        }
        getLog().info(Report.summary(goal, summary, isStrict));
        if (summary.internalErrors()) {
            throw new MojoExecutionException("casereport " + goal + ": an internal error (see the lines above; please report it)");
        }
        if (summary.failed(isStrict)) {
            long failed = summary.cases().stream().filter(c -> c.count(Severity.ERROR) > 0
                    || isStrict && c.count(Severity.WARNING) > 0).count();
            throw new MojoFailureException(String.format(java.util.Locale.ROOT,
                    "casereport %s: %d of %d case(s) failed: %d error(s), %d warning(s)%s; see the lines above", goal,
                    failed, summary.cases().size(), summary.count(Severity.ERROR), summary.count(Severity.WARNING),
                    isStrict ? " (strict)" : ""));
        }
    }

    private Path templates() throws MojoFailureException, MojoExecutionException {
        if (templatesDirectory != null) {
            if (!Files.isDirectory(templatesDirectory.toPath())) {
                throw new MojoFailureException("casereport: no templates folder " + templatesDirectory + " (<templatesDirectory>)");
            }
            return templatesDirectory.toPath();
        }
        try {
            return ShippedTemplates.unpack(buildDirectory.toPath().resolve("casereport-templates"));
        } catch (IOException e) {
            throw new MojoExecutionException("casereport: cannot unpack the shipped journal templates: " + e.getMessage());
        }
    }

    /** A case's diagnostics: Maven log lines, and IDE markers through the BuildContext. */
    void report(Build.CaseResult r) {
        boolean ide = !(buildContext == null || buildContext.getClass().getName().equals("org.sonatype.plexus.build.incremental.DefaultBuildContext"));
        if (ide) clearMarkers(r.caseDir());
        for (Diagnostic d : r.diagnostics()) {
            switch (d.severity()) {
                case ERROR -> getLog().error(d.toString());
                case WARNING -> getLog().warn(d.toString());
                default -> getLog().info(d.toString());
            }
            if (ide) {
                buildContext.addMessage(file(d), d.pos().line(), d.pos().column(), d.message() + " [" + d.rule() + "]",
                        d.severity() == Severity.ERROR ? BuildContext.SEVERITY_ERROR : BuildContext.SEVERITY_WARNING, null);
            }
        }
    }

    private void clearMarkers(Path caseDir) {
        try (Stream<Path> s = Files.walk(caseDir)) {
            s.filter(Files::isRegularFile).forEach(p -> buildContext.removeMessages(p.toFile()));
        } catch (IOException | RuntimeException e) {
            getLog().debug("casereport: cannot clear the markers of " + caseDir + ": " + e);
        }
    }

    private static File file(Diagnostic d) {
        return Path.of(d.pos().file()).toAbsolutePath().toFile();
    }
}
