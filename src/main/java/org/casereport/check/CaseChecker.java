package org.casereport.check;
import org.casereport.diag.Rules;
import org.casereport.diag.CaseException;
import org.casereport.diag.Severity;
import org.casereport.diag.Diagnostic;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.casereport.diag.SourcePos;
import org.casereport.pipeline.Suppressions;
import org.casereport.pipeline.Pipeline;
import org.casereport.model.Journal;

/**
 * Everything the checker knows about a case folder: the pipeline's own diagnostics (reading, references,
 * figures, citations), the journal's metadata requirements, the CARE checklist, damaged text and Russian
 * typography. Used by {@code casereport check} and by the build step.
 */
public final class CaseChecker {
    private CaseChecker() {
    }

    /**
     * The outcome of checking one case.
     *
     * @param loaded the case as the pipeline read and transformed it, ready to render; null when it has errors
     */
    public record Result(String id, Path caseDir, String caseFile, List<Finding> findings, List<Care.Item> care,
                         Map<String, Path> files, Map<String, String> texts, Map<String, String> disabled,
                         Pipeline.Loaded loaded) {
        public List<Diagnostic> diagnostics() {
            return findings.stream().map(Finding::diagnostic).toList();
        }
    }

    /**
     * Checks a case folder. Never throws for bad input: every problem, including the pipeline's errors, is a
     * diagnostic, in file/line/column order.
     */
    public static List<Diagnostic> check(Path caseDir, Path templatesRoot) {
        return run(caseDir, templatesRoot).diagnostics();
    }

    public static Result run(Path caseDir, Path templatesRoot) {
        return run(caseDir, templatesRoot, false);
    }

    /** More typography findings of one rule in one file than this are reported as one summary (unless {@code each}). */
    public static final int SUMMARY_LIMIT = 5;

    /**
     * @param each report every typography finding on its own; otherwise a rule that fires more than
     *             {@link #SUMMARY_LIMIT} times in a file is reported once, with its count and lines (and all its fixes)
     */
    public static Result run(Path caseDir, Path templatesRoot, boolean each) {
        return run(caseDir, templatesRoot, each, null);
    }

    /**
     * {@link #run(Path, Path, boolean)}, telling {@code whenLoaded} (when not null) of the case as read and
     * transformed as soon as it is, before the checker's own rules run: a caller may start the render beside them
     * (watch), the case being the one the result carries. Not told when the reading failed.
     */
    public static Result run(Path caseDir, Path templatesRoot, boolean each,
                             java.util.function.Consumer<Pipeline.Loaded> whenLoaded) {
        Findings out = new Findings();
        String caseFile = CaseSource.display(caseDir.resolve("case.md"));
        Path name = caseDir.toAbsolutePath().normalize().getFileName();
        String id = name == null ? "case" : name.toString();
        if (!Files.isDirectory(caseDir)) {
            out.report("case-missing", SourcePos.file(CaseSource.display(caseDir)), "no such case folder");
            return new Result(id, caseDir, caseFile, out.all(), List.of(), Map.of(), Map.of(), Map.of(), null);
        }
        // 1. the one reading and the transforms, with their diagnostics and the rules switched off (as render and build)
        Journal journal = null;
        boolean pipelineFailed = false;
        Pipeline.Loaded loaded = null;
        Pipeline.Reading reading = null;
        try {
            reading = Pipeline.read(caseDir, templatesRoot);
            journal = reading.journal();
            if (!reading.sound()) {
                out.addAll(reading.diagnostics());
                pipelineFailed = true;
            } else {
                loaded = Pipeline.transform(reading);
                out.addAll(loaded.diagnostics());
                if (whenLoaded != null) whenLoaded.accept(loaded);
            }
        } catch (CaseException e) {
            out.addAll(e.diagnostics());
            pipelineFailed = true;
        } catch (RuntimeException | StackOverflowError e) {
            out.report("pipeline-failed", SourcePos.file(caseFile), "reading the case failed: " + e);
            pipelineFailed = true;
        }
        // 2. the same reading cut for the checker's rules
        if (reading == null) return finish(out, new Suppressions(), id, caseDir, caseFile, List.of(), Map.of(), Map.of());
        CaseSource src = CaseSource.of(caseDir, reading.read(), out);
        Suppressions sup = reading.suppressions();

        String journalName = src.front().str("journal");
        if (journal == null && journalName != null && !journalName.isBlank()) {
            journal = Journals.load(templatesRoot, journalName.strip(), caseDir);
            if (journal == null && !pipelineFailed) {
                out.report("meta-journal", src.front().pos("journal"), "no journal template '" + journalName + "' (known: "
                        + String.join(", ", Journals.names(templatesRoot)) + ")");
            }
        }

        // what the reader has already reported at the same place is not said twice
        java.util.Set<String> reported = new java.util.HashSet<>();
        for (Finding f : out.all()) {
            Diagnostic d = f.diagnostic();
            if (d.severity() == Severity.ERROR) reported.add(d.pos().file() + ":" + d.pos().line());
        }
        Findings meta = new Findings();
        MetadataRules.check(src.front(), journal, meta);
        for (Finding f : meta.all()) {
            Diagnostic d = f.diagnostic();
            if (d.severity() == Severity.ERROR && reported.contains(d.pos().file() + ":" + d.pos().line())) continue;
            out.add(d, f.fixes());
        }
        List<Care.Item> care = Care.evaluate(src);
        // a case that cannot be read yet gets its reading errors first, not thirteen CARE warnings
        if (!pipelineFailed && src.front().root() instanceof org.snakeyaml.engine.v2.nodes.MappingNode) Care.report(care, src, out);
        TextRules.damage(src.segments(), out);
        TextRules.typography(src.segments(), out);
        Result r = finish(each ? out.all() : summarize(out.all()), sup, src.id(), caseDir, src.caseFile(), care, src.paths, src.texts);
        return new Result(r.id(), r.caseDir(), r.caseFile(), r.findings(), r.care(), r.files(), r.texts(), r.disabled(),
                pipelineFailed ? null : loaded);
    }

    /** Many findings of one typography rule in one file become one finding that carries all their fixes. */
    static List<Finding> summarize(List<Finding> all) {
        Map<String, List<Finding>> groups = new java.util.LinkedHashMap<>();
        for (Finding f : all) {
            Diagnostic d = f.diagnostic();
            if (d.rule().startsWith("typo-")) groups.computeIfAbsent(d.rule() + "\u0000" + d.pos().file(), k -> new ArrayList<>()).add(f);
        }
        List<Finding> out = new ArrayList<>();
        java.util.Set<Finding> folded = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Finding> g : groups.values()) {
            if (g.size() <= SUMMARY_LIMIT) continue;
            List<Finding> sorted = new ArrayList<>(g);
            sorted.sort(ORDER);
            folded.addAll(g);
            Diagnostic first = sorted.get(0).diagnostic();
            java.util.TreeSet<Integer> lines = new java.util.TreeSet<>();
            List<Fix> fixes = new ArrayList<>();
            for (Finding f : sorted) {
                lines.add(f.diagnostic().pos().line());
                fixes.addAll(f.fixes());
            }
            List<String> shown = lines.stream().limit(8).map(String::valueOf).toList();
            String where = (lines.size() == 1 ? "line " : "lines ") + String.join(", ", shown) + (lines.size() > 8 ? ", …" : "");
            Rules.Rule rule = Rules.get(first.rule());
            String msg = g.size() + " places (" + where + "): " + (rule == null ? first.message() : lowerFirst(rule.summary()))
                    + "; first: " + first.message() + (fixes.isEmpty() ? "" : "; --fix repairs them") + " (--each lists every place)";
            out.add(new Finding(new Diagnostic(first.severity(), first.rule(), msg, first.pos()), fixes));
        }
        for (Finding f : all) if (!folded.contains(f)) out.add(f);
        return out;
    }

    private static String lowerFirst(String s) {
        return s.isEmpty() ? s : Character.toLowerCase(s.charAt(0)) + s.substring(1);
    }

    static Result finish(Findings out, Suppressions sup, String id, Path caseDir, String caseFile, List<Care.Item> care,
                         Map<String, Path> files, Map<String, String> texts) {
        return finish(out.all(), sup, id, caseDir, caseFile, care, files, texts);
    }

    static Result finish(List<Finding> all, Suppressions sup, String id, Path caseDir, String caseFile, List<Care.Item> care,
                         Map<String, Path> files, Map<String, String> texts) {
        List<Finding> kept = new ArrayList<>();
        for (Finding f : all) {
            if (!sup.disabled(f.diagnostic().rule())) kept.add(f);
        }
        kept.sort(ORDER);
        return new Result(id, caseDir, caseFile, List.copyOf(dedupe(kept)), care, files, texts, sup.all(), null);
    }

    private static List<Finding> dedupe(List<Finding> sorted) {
        List<Finding> out = new ArrayList<>();
        for (Finding f : sorted) {
            if (!out.isEmpty() && out.get(out.size() - 1).diagnostic().equals(f.diagnostic())) continue;
            out.add(f);
        }
        return out;
    }

    /** File, line, column, rule: the order diagnostics are printed in. */
    public static final Comparator<Finding> ORDER = Comparator.comparing((Finding f) -> f.diagnostic().pos().file())
            .thenComparingInt(f -> f.diagnostic().pos().line())
            .thenComparingInt(f -> f.diagnostic().pos().column())
            .thenComparing(f -> f.diagnostic().rule())
            .thenComparing(f -> f.diagnostic().message());

    /**
     * Applies the safe repairs of {@code result} to case.md, keeping the original beside it as {@code case.md.orig}
     * (an existing .orig, the first original, is kept). Returns how many findings were repaired.
     */
    public static int applyFixes(Result result) throws IOException {
        String file = result.caseFile();
        Path path = result.files().get(file);
        String text = result.texts().get(file);
        if (path == null || text == null) return 0;
        List<Fix> fixes = new ArrayList<>();
        int repaired = 0;
        for (Finding f : result.findings()) {
            boolean any = false;
            for (Fix x : f.fixes()) {
                if (x.file().equals(file)) {
                    fixes.add(x);
                    any = true;
                }
            }
            if (any) repaired++;
        }
        if (fixes.isEmpty()) return 0;
        fixes.sort(Comparator.comparingInt(Fix::start).reversed().thenComparing(Comparator.comparingInt(Fix::end).reversed()));
        StringBuilder sb = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Fix x : fixes) {
            if (x.end() > limit || x.start() < 0 || x.end() > sb.length()) continue;   // overlapping: leave for the next run
            sb.replace(x.start(), x.end(), x.replacement());
            limit = x.start();
        }
        FixWriter.write(path, text, sb.toString());
        return repaired;
    }
}
