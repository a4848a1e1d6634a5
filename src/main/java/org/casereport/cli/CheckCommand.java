package org.casereport.cli;

import org.casereport.build.Watchdog;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.casereport.check.Care;
import org.casereport.check.CareWriter;
import org.casereport.check.CaseChecker;
import org.casereport.diag.Diagnostic;
import org.casereport.check.Finding;
import org.casereport.check.Findings;
import org.casereport.check.Journals;
import org.casereport.check.ManuscriptChecker;
import org.casereport.check.ManuscriptText;
import org.casereport.check.ReportWriter;
import org.casereport.diag.Severity;
import org.casereport.model.Journal;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code casereport check <case-dir | manuscript.docx|.pdf|.txt>...}: what an editor checks before accepting a
 * submission. Exit codes: 0 clean (warnings allowed), 1 errors found (or warnings with --strict), 2 could not run.
 */
@Command(name = "check", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = {"Check case folders (metadata, CARE items, damaged text, Russian typography) and submitted manuscripts "
                + "(.docx, .pdf, .txt: reference list against the journal style, citation numbers).",
                "Prints file:line:col: severity: message [rule]. Exit codes: 0 clean, 1 errors found, 2 could not run."})
public final class CheckCommand implements Callable<Integer> {
    static {
        // POI logs through Log4j: without a provider it complains on stderr; a simple logger at ERROR keeps quiet
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
        }
    }

    public static final int OK = ExitCodes.OK;
    public static final int ERRORS = ExitCodes.INPUT_ERRORS;
    public static final int CANNOT_RUN = ExitCodes.CANNOT_RUN;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Case folders (or their case.md, or a folder of case folders) and manuscript files.")
    List<Path> inputs = new ArrayList<>();

    @Option(names = "--format", paramLabel = "FORMAT", description = "text (default), json, sarif or html.")
    String format = "text";

    @Option(names = "--html", paramLabel = "FILE", description = "Also write an HTML report to FILE.")
    Path html;

    @Option(names = {"-o", "--output"}, paramLabel = "DIR", description = "Where the CARE checklists go (default: output/<id>/).")
    Path output;

    @Option(names = "--no-care-files", description = "Do not write the CARE checklist files.")
    boolean noCareFiles;

    @Option(names = "--journal", paramLabel = "NAME", description = "Journal style for manuscripts (default: the journal a "
            + "casereport PDF names in its metadata, else default).")
    String journal;

    @Option(names = "--templates", paramLabel = "DIR", description = "The journal templates folder (default: ./templates, else beside the jar).")
    Path templatesOption;

    Path templates;

    @Option(names = "--strict", description = "Warnings count as errors for the exit code.")
    boolean strict;

    @Option(names = "--each", description = "List every typography finding (by default a rule firing more than "
            + CaseChecker.SUMMARY_LIMIT + " times in a file is reported once, with its count and lines).")
    boolean each;

    @Option(names = "--fix", description = "Apply the safe typography and homoglyph fixes to case.md (the original is kept as case.md.orig); "
            + "for a manuscript.docx, write manuscript.fixed.docx with each corrected reference entry as a tracked change.")
    boolean fix;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!List.of("text", "json", "sarif", "html").contains(format)) {
            err.println("casereport check: unknown format '" + format + "' (known: text, json, sarif, html)");
            return CANNOT_RUN;
        }
        templates = Templates.root(templatesOption);
        if (templates == null) {
            err.println("casereport check: no templates folder (./templates); name one with --templates DIR");
            return CANNOT_RUN;
        }
        boolean couldNotRun = false;
        List<ReportWriter.Checked> all = new ArrayList<>();
        Journal msJournal = null;
        List<Path> expanded;
        try {
            expanded = Cases.expand(inputs);   // a folder of case folders stands for each of them
        } catch (IOException e) {
            err.println("casereport check: " + e.getMessage());
            return CANNOT_RUN;
        }
        for (Path input : expanded) {
            Path in = input;
            if (Files.isRegularFile(in) && in.getFileName().toString().equals("case.md")) {
                in = in.getParent() == null ? Path.of(".") : in.getParent();
            }
            if (Files.isDirectory(in)) {
                if (!Files.isRegularFile(in.resolve("case.md"))) {
                    err.println(org.casereport.diag.Printable.of(input.toString()) + ": error: not a case folder (no case.md) [case-missing]");
                    couldNotRun = true;
                    continue;
                }
                Path dir = in;
                all.add(contained(dir.toString(), "case", dir.resolve("case.md"), () -> checkCase(dir, err), err));
            } else if (Files.isRegularFile(in)) {
                if (!ManuscriptText.supported(in)) {
                    err.println(org.casereport.diag.Printable.of(input.toString()) + ": error: not a case folder nor a .docx, .pdf or .txt manuscript [case-missing]");
                    couldNotRun = true;
                    continue;
                }
                if (msJournal == null && journal != null) {
                    msJournal = Journals.load(templates, journal, null);
                    if (msJournal == null) {
                        err.println("casereport check: unknown journal '" + journal + "' (known: "
                                + String.join(", ", Journals.names(templates)) + ")");
                        return CANNOT_RUN;
                    }
                }
                Path file = in;
                Journal j = msJournal;
                ReportWriter.Checked c = contained(input.toString(), "manuscript", file, () -> {
                    Findings f = new Findings();
                    try {
                        ManuscriptText ms = ManuscriptText.read(file, f);
                        // without --journal: the journal a casereport PDF names in its metadata, else the default
                        Journal use = j;
                        if (use == null && ms.journal() != null) use = Journals.load(templates, ms.journal(), null);
                        if (use == null) use = Journals.load(templates, "default", null);
                        ManuscriptChecker.Result r = ManuscriptChecker.check(ms, use, f);
                        if (fix) fixManuscript(file, r, err);
                        List<Finding> sorted = new ArrayList<>(r.findings());
                        sorted.sort(CaseChecker.ORDER);
                        return new ReportWriter.Checked(input.toString(), "manuscript", sorted.stream().map(Finding::diagnostic).toList(), List.of());
                    } catch (ManuscriptText.Unreadable e) {
                        // a damaged, truncated or foreign file cannot be checked at all: one line naming it, exit 2
                        unreadable = true;
                        return new ReportWriter.Checked(input.toString(), "manuscript", List.of(Diagnostic.error("manuscript-unreadable",
                                org.casereport.diag.SourcePos.file(input.toString()), e.getMessage())), List.of());
                    }
                }, err);
                all.add(c);
            } else {
                err.println(org.casereport.diag.Printable.of(input.toString()) + ": error: no such file or folder [case-missing]");
                couldNotRun = true;
            }
        }
        String report = switch (format) {
            case "json" -> ReportWriter.json(all);
            case "sarif" -> ReportWriter.sarif(all);
            case "html" -> ReportWriter.html(all);
            default -> ReportWriter.text(all);
        };
        out.print(report);
        out.flush();
        if (html != null) {
            try {
                if (html.getParent() != null) Files.createDirectories(html.getParent());
                Files.writeString(html, ReportWriter.html(all));
            } catch (IOException e) {
                err.println("casereport check: cannot write " + html + ": " + e.getMessage());
                couldNotRun = true;
            }
        }
        if (format.equals("text") && !all.isEmpty()) err.println(ReportWriter.summary(all));
        err.flush();
        if (internalError) return ExitCodes.INTERNAL;
        if (couldNotRun || writeFailed || unreadable) return CANNOT_RUN;
        int errors = ReportWriter.count(all, Severity.ERROR);
        int warnings = ReportWriter.count(all, Severity.WARNING);
        return errors > 0 || strict && warnings > 0 ? ERRORS : OK;
    }

    private boolean writeFailed;
    /** A manuscript could not be read (damaged, truncated, no text layer): the check could not run on it. */
    private volatile boolean unreadable;

    /**
     * {@code --fix} on a Word manuscript: NAME.fixed.docx beside it, each corrected reference entry a tracked change
     * by "casereport". Other manuscripts are not rewritten (a PDF or text file cannot carry tracked changes).
     */
    private void fixManuscript(Path file, ManuscriptChecker.Result r, PrintWriter err) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".docx")) {
            err.println("casereport check: " + file + ": --fix rewrites Word manuscripts only (.docx); nothing written");
            return;
        }
        Path out = file.resolveSibling(name.substring(0, name.length() - 5) + ".fixed.docx");
        try {
            List<String> skipped = new ArrayList<>();
            int n = org.casereport.check.TrackedChanges.write(file, r.proposals(), out, skipped);
            for (String s : skipped) err.println("casereport check: " + file + ": " + s);
            err.println("casereport check: wrote " + out + ": " + n + " reference entr" + (n == 1 ? "y" : "ies")
                    + " corrected as tracked changes by \"" + org.casereport.check.TrackedChanges.AUTHOR + "\" (accept or reject them in Word or LibreOffice)");
        } catch (IOException e) {
            err.println("casereport check: cannot write " + out + ": " + e.getMessage());
            writeFailed = true;
        }
    }

    /**
     * One input checked under the {@link Watchdog}: whatever it throws becomes findings of that input (or a line
     * on stderr for an environment problem), and the next input is checked.
     */
    private ReportWriter.Checked contained(String name, String kind, Path where, java.util.concurrent.Callable<ReportWriter.Checked> work,
            PrintWriter err) {
        try {
            return Watchdog.run(where, work);
        } catch (org.casereport.diag.CaseException e) {
            return new ReportWriter.Checked(name, kind, e.diagnostics(), List.of());
        } catch (Throwable e) { // contained: one input never stops the others
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError || e instanceof OutOfMemoryError)) throw (Error) e;
            int code = Main.report(e, err);
            if (code == CANNOT_RUN) writeFailed = true;
            else internalError = true;
            return new ReportWriter.Checked(name, kind, List.of(), List.of());
        }
    }

    private boolean internalError;

    private ReportWriter.Checked checkCase(Path dir, PrintWriter err) {
        CaseChecker.Result r = CaseChecker.run(dir, templates, each);
        if (fix) {
            try {
                int n = CaseChecker.applyFixes(r);
                if (n > 0) {
                    err.println("casereport check: " + r.caseFile() + ": fixed " + n + " problem(s); the original is kept as "
                            + r.caseFile() + ".orig");
                    r = CaseChecker.run(dir, templates, each);
                }
            } catch (IOException e) {
                err.println(r.caseFile() + ": error: cannot write the fixes, the file is unchanged: "
                        + Reasons.of(e) + " [fix-write]");
                writeFailed = true;
            }
        }
        if (!noCareFiles && !r.care().isEmpty()) {
            Path dirOut = output != null ? output : Path.of("output", r.id());
            try {
                Files.createDirectories(dirOut);
                List<Care.Item> items = Care.relativeTo(r.care(), dir.normalize().toString().replace('\\', '/'));
                CareWriter.writeMarkdown(dirOut.resolve(r.id() + "-care.md"), r.id(), items);
                CareWriter.writeDocx(dirOut.resolve(r.id() + "-care.docx"), r.id(), items);
            } catch (IOException | RuntimeException e) {
                err.println("casereport check: cannot write the CARE checklist to " + dirOut + ": "
                        + (e instanceof IOException io ? Reasons.of(io) : Reasons.message(e)));
                writeFailed = true;
            }
        }
        List<Diagnostic> ds = r.diagnostics();
        return new ReportWriter.Checked(dir.toString(), "case", ds, r.care());
    }

    /** Runs the command standalone: {@code java org.casereport.cli.CheckCommand …}. */
    public static void main(String[] args) {
        CommandLine cl = new CommandLine(new CheckCommand());
        cl.setExecutionExceptionHandler((ex, line, parsed) -> {
            line.getErr().println("casereport check: internal error: " + ex + " (please report it)");
            return ExitCodes.INTERNAL;
        });
        System.exit(cl.execute(args));
    }
}
