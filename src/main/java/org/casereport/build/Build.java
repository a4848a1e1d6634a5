package org.casereport.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import org.casereport.write.Render;
import org.casereport.check.CaseChecker;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Severity;
import org.casereport.diag.SourcePos;
import org.casereport.pipeline.Pipeline;
import org.casereport.read.CaseReader;

/**
 * The build engine of {@code casereport build} and of the Maven plugin: every case of the inputs is checked
 * and/or rendered, on {@code jobs} threads at once (each case's writers side by side, as {@link Pipeline#write}
 * does), a case whose {@link Fingerprint} and outputs are unchanged since its last build is reported up to date
 * with the diagnostics of that build, and the outputs of a case that was deleted are reported (and removed with
 * {@code clean}). Every case ends written, up to date, or with at least one error.
 */
public final class Build {
    static {
        // POI logs through the Log4j API; without a provider it complains on stderr. Keep stderr for diagnostics.
        if (System.getProperty("log4j2.loggerContextFactory") == null) {
            System.setProperty("log4j2.loggerContextFactory", "org.apache.logging.log4j.simple.SimpleLoggerContextFactory");
            System.setProperty("org.apache.logging.log4j.simplelog.StatusLogger.level", "OFF");
            System.setProperty("org.apache.logging.log4j.level", "OFF");
        }
        if (System.getProperty("java.awt.headless") == null) System.setProperty("java.awt.headless", "true");
    }

    /** What a build does with each case. */
    public enum Mode {
        /** read and render (the reader's and transforms' diagnostics). */
        RENDER,
        /** the editor's checks only; nothing written. */
        CHECK,
        /** the checks, then render what has no errors. */
        BUILD;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** {@code UP_TO_DATE}: unchanged since its last build, whose diagnostics (errors too) it reports again. */
    public enum Status { BUILT, CHECKED, UP_TO_DATE, FAILED }

    /**
     * @param jobs      cases at once (at least 1); see {@link #defaultJobs()}
     * @param careFiles in the modes that check ({@link Mode#CHECK}, {@link Mode#BUILD}): the filled CARE checklist
     *                  written beside the outputs, {@code <output>/<id>/<id>-care.md} and {@code -care.docx}, as
     *                  {@code casereport check} writes it
     */
    public record Options(Path output, Path templates, Mode mode, List<String> formats, int jobs, boolean force, boolean clean,
                          boolean careFiles) {
        public Options {
            formats = List.copyOf(formats);
            if (jobs < 1) throw new IllegalArgumentException("--jobs must be at least 1");
        }

        /** With the CARE checklist files. */
        public Options(Path output, Path templates, Mode mode, List<String> formats, int jobs, boolean force, boolean clean) {
            this(output, templates, mode, formats, jobs, force, clean, true);
        }

        boolean writesCare() {
            return careFiles && mode != Mode.RENDER;
        }
    }

    /** The format name a CARE checklist file is recorded under in the build state. */
    static final String CARE_MD = "care.md";
    static final String CARE_DOCX = "care.docx";

    /** One case's outcome. {@code formats} are the formats written (or up to date). */
    public record CaseResult(Path caseDir, String id, Status status, List<String> formats, List<Path> outputs,
                             List<Diagnostic> diagnostics, long nanos, boolean internal) {
        public int count(Severity s) {
            return (int) diagnostics.stream().filter(d -> d.severity() == s).count();
        }
    }

    /** A case whose folder is gone but whose outputs are still there. */
    public record Removed(String folder, List<Path> outputs, boolean deleted) {
    }

    public record Summary(List<CaseResult> cases, List<Removed> removed, long nanos) {
        public int count(Severity s) {
            return cases.stream().mapToInt(c -> c.count(s)).sum();
        }

        public long count(Status s) {
            return cases.stream().filter(c -> c.status() == s).count();
        }

        public boolean internalErrors() {
            return cases.stream().anyMatch(CaseResult::internal);
        }

        /** Whether the build fails: an error, or a warning when {@code strict}. */
        public boolean failed(boolean strict) {
            return count(Severity.ERROR) > 0 || strict && count(Severity.WARNING) > 0;
        }
    }

    /**
     * Runs the work of one case (by default under the {@link Watchdog}, with a time and memory budget, for the
     * command line and the Maven goals alike); a {@link CaseException} it throws becomes the case's errors,
     * anything else an {@code internal-error}.
     */
    public interface Guard {
        <T> T run(Path caseFile, java.util.concurrent.Callable<T> work) throws Exception;

        Guard NONE = new Guard() {
            @Override
            public <T> T run(Path caseFile, java.util.concurrent.Callable<T> work) throws Exception {
                return work.call();
            }
        };
    }

    private static final Guard WATCHDOG = Watchdog::run;
    private static volatile Guard guard = WATCHDOG;

    /** The guard every case runs under from now on; null: the {@link Watchdog} again (the default). */
    public static void guard(Guard g) {
        guard = g == null ? WATCHDOG : g;
    }

    /**
     * Told of each case twice, one call at a time: {@link #finished} as it finishes (the order cases finish in,
     * which differs from run to run with several jobs: progress lines), and {@link #inOrder} in case order, once
     * every earlier case has been told (its diagnostics: the same order with any number of jobs, like
     * {@code make -O}).
     */
    public interface Listener {
        default void started(int total) {
        }

        default void finished(CaseResult result, int done, int total) {
        }

        /** The case at {@code index} (from 0) of the build's cases, after all the cases before it. */
        default void inOrder(CaseResult result, int index, int total) {
        }

        default void removed(Removed removed) {
        }
    }

    private Build() {
    }

    /** As many cases at once as there are cores, and no more than the heap holds (about 320 MB a case in flight). */
    public static int defaultJobs() {
        int cores = Runtime.getRuntime().availableProcessors();
        long perCase = 320L << 20;
        long byMemory = Math.max(1, (Runtime.getRuntime().maxMemory() - (128L << 20)) / perCase);
        return (int) Math.max(1, Math.min(cores, byMemory));
    }

    private record Input(Path caseDir, String casesRoot) {
    }

    private record Indexed(int index, CaseResult result) {
    }

    /** Builds every case of {@code inputs}: case folders, or folders of case folders. */
    public static Summary run(List<Path> inputs, Options o, Listener listener) throws IOException {
        long t0 = System.nanoTime();
        List<Input> cases = new ArrayList<>();
        Set<String> roots = new java.util.LinkedHashSet<>();
        for (Path p : inputs) {
            if (Files.isRegularFile(p.resolve(CaseReader.CASE_FILE)) || !Files.isDirectory(p)) {
                cases.add(new Input(p, null));
                continue;
            }
            List<Path> inner;
            try (var s = Files.list(p)) {
                inner = s.filter(d -> Files.isRegularFile(d.resolve(CaseReader.CASE_FILE))).sorted().toList();
            }
            String root = p.toAbsolutePath().normalize().toString();
            roots.add(root);
            if (inner.isEmpty()) cases.add(new Input(p, null));
            for (Path d : inner) cases.add(new Input(d, root));
        }
        listener.started(cases.size());
        List<CaseResult> results = new ArrayList<>();
        int jobs = Math.min(o.jobs(), Math.max(1, cases.size()));
        AtomicInteger n = new AtomicInteger();
        ThreadFactory threads = r -> {
            Thread t = new Thread(r, "casereport-case-" + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        ExecutorService pool = Executors.newFixedThreadPool(jobs, threads);
        try {
            ExecutorCompletionService<Indexed> done = new ExecutorCompletionService<>(pool);
            for (int i = 0; i < cases.size(); i++) {
                Input in = cases.get(i);
                int index = i;
                done.submit(() -> new Indexed(index, one(in.caseDir(), in.casesRoot(), o)));
            }
            CaseResult[] held = new CaseResult[cases.size()];   // finished, waiting for an earlier case
            int next = 0;                                       // the first case not yet told in order
            for (int i = 0; i < cases.size(); i++) {
                Indexed r;
                try {
                    r = done.take().get();
                } catch (ExecutionException e) {
                    throw new IllegalStateException("a case build failed outside its own error handling", e.getCause());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted", e);
                }
                results.add(r.result());
                listener.finished(r.result(), i + 1, cases.size());
                held[r.index()] = r.result();
                while (next < held.length && held[next] != null) {
                    listener.inOrder(held[next], next, cases.size());
                    held[next++] = null;
                }
            }
        } finally {
            pool.shutdownNow();
        }
        results.sort(java.util.Comparator.comparing(r -> r.caseDir().toString()));
        List<Removed> removed = removedCases(roots, results, o);
        for (Removed r : removed) listener.removed(r);
        return new Summary(List.copyOf(results), removed, System.nanoTime() - t0);
    }

    /**
     * Builds one case folder.
     *
     * @param casesRoot the folder of case folders it was found in (absolute), or null when named alone
     */
    public static CaseResult one(Path caseDir, String casesRoot, Options o) {
        return one(caseDir, casesRoot, o, false);
    }

    /**
     * {@link #one(Path, String, Options)}; {@code beside}: in {@link Mode#BUILD}, the render starts as soon as the
     * case is read and transformed and runs beside the checker's own rules (on another core: {@code watch}, where one
     * case is built at a time); its outputs are moved into place only when the check found no error, and its
     * warnings come after the check's diagnostics, as when the two run one after the other.
     */
    static CaseResult one(Path caseDir, String casesRoot, Options o, boolean beside) {
        long t0 = System.nanoTime();
        Path name = caseDir.toAbsolutePath().normalize().getFileName();
        String folder = name == null ? "case" : name.toString();
        if (!Files.isRegularFile(caseDir.resolve(CaseReader.CASE_FILE))) {
            return new CaseResult(caseDir, folder, Status.FAILED, List.of(), List.of(), List.of(Pipeline.notACase(caseDir)),
                    System.nanoTime() - t0, false);
        }
        Path stateFile = BuildState.file(o.output(), o.mode(), folder);
        BuildState.CaseState before = BuildState.read(stateFile);
        String fingerprint;
        try {
            List<String> made = new ArrayList<>(o.formats());
            if (o.writesCare()) made.add("care");
            fingerprint = Fingerprint.of(caseDir, o.templates(), o.mode().label(), made);
        } catch (IOException e) {
            return new CaseResult(caseDir, folder, Status.FAILED, List.of(), List.of(),
                    List.of(Diagnostic.error("case-read", SourcePos.file(caseDir.toString()), "cannot read the case folder: " + e.getMessage())),
                    System.nanoTime() - t0, false);
        }
        if (!o.force() && before != null && fingerprint.equals(before.fingerprint()) && before.outputsUnchanged()) {
            List<Diagnostic> ds = before.diagnosticList();
            boolean errors = ds.stream().anyMatch(d -> d.severity() == Severity.ERROR);
            // up to date with errors: the same errors again (and the build fails again), nothing rendered
            return new CaseResult(caseDir, before.id(), Status.UP_TO_DATE,
                    errors ? List.of() : before.outputs().stream().map(BuildState.Output::format).filter(f -> !isCare(f)).toList(),
                    before.outputs().stream().map(out -> Path.of(out.path())).toList(), ds, System.nanoTime() - t0, false);
        }
        List<Diagnostic> ds = new ArrayList<>();
        String[] idBox = {folder};
        try {
            return guard.run(caseDir.resolve(CaseReader.CASE_FILE), () -> work(caseDir, casesRoot, o, folder, before,
                    fingerprint, stateFile, ds, idBox, t0, beside));
        } catch (CaseException e) {
            List<Diagnostic> all = new ArrayList<>(ds);
            all.addAll(e.diagnostics());
            return new CaseResult(caseDir, idBox[0], Status.FAILED, List.of(), List.of(), List.copyOf(all), System.nanoTime() - t0, false);
        } catch (Throwable e) { // contained: one case never stops the others
            if (e instanceof VirtualMachineError && !(e instanceof StackOverflowError || e instanceof OutOfMemoryError)) throw (Error) e;
            List<Diagnostic> all = new ArrayList<>(ds);
            all.add(Diagnostic.error("internal-error", SourcePos.file(caseDir.resolve(CaseReader.CASE_FILE).toString()),
                    "casereport failed on this case: " + e + " (please report it; nothing was written)"));
            return new CaseResult(caseDir, idBox[0], Status.FAILED, List.of(), List.of(), List.copyOf(all), System.nanoTime() - t0, true);
        }
    }

    private static CaseResult work(Path caseDir, String casesRoot, Options o, String folder, BuildState.CaseState before,
                                   String fingerprint, Path stateFile, List<Diagnostic> ds, String[] idBox, long t0,
                                   boolean beside) throws IOException {
        String id = folder;
        Pipeline.Loaded loaded = null;
        List<org.casereport.check.Care.Item> care = List.of();
        RenderBeside early = beside && o.mode() == Mode.BUILD ? new RenderBeside(o) : null;
        try {
            if (o.mode() == Mode.RENDER) {
                try {
                    loaded = Pipeline.load(caseDir, o.templates());
                    ds.addAll(loaded.diagnostics());
                } catch (CaseException e) {
                    ds.addAll(e.diagnostics());
                }
            } else {
                CaseChecker.Result checked = early == null ? CaseChecker.run(caseDir, o.templates())
                        : CaseChecker.run(caseDir, o.templates(), false, early::start);
                ds.addAll(checked.diagnostics());
                care = checked.care();
                loaded = checked.loaded(); // read once: what was checked is what is rendered
            }
            boolean errors = ds.stream().anyMatch(d -> d.severity() == Severity.ERROR);
            if (loaded != null) id = loaded.manuscript().id();
            idBox[0] = id;
            List<Path> written = List.of();
            List<String> formats = List.of();
            Status status;
            if (early != null) early.decide(!errors && loaded != null);
            if (errors || loaded == null && o.mode() != Mode.CHECK) {
                if (!errors) ds.add(Diagnostic.error("case-unreadable", SourcePos.file(caseDir.resolve(CaseReader.CASE_FILE).toString()),
                        "the case could not be read, so it was not rendered"));
                status = Status.FAILED;
            } else if (o.mode() == Mode.CHECK) {
                status = Status.CHECKED;
            } else {
                Path outDir = o.output().resolve(id);
                try {
                    // layout warnings (a table set across the page)
                    written = early != null && early.started() ? early.result(ds) : Render.formats(loaded, o.formats(), outDir, ds::add);
                    formats = o.formats();
                    status = Status.BUILT;
                } catch (CaseException e) {
                    ds.addAll(e.diagnostics());
                    status = Status.FAILED;
                } catch (IOException e) {
                    // a write cut short by the watchdog stopping this case: the watchdog's limit error says why
                    if (!Thread.currentThread().isInterrupted()) {
                        ds.add(Diagnostic.error("output-write", SourcePos.file(outDir.toString()), "cannot write the outputs: " + e.getMessage()));
                    }
                    status = Status.FAILED;
                }
            }
            // check: the checklist of every case read (as `casereport check`); build: of the cases rendered, with them
            boolean careNow = o.writesCare() && !care.isEmpty() && (o.mode() == Mode.CHECK || status == Status.BUILT);
            List<BuildState.Output> outputs = new ArrayList<>();
            if (status == Status.BUILT) {
                for (int i = 0; i < written.size(); i++) outputs.add(BuildState.Output.of(formats.get(i), written.get(i)));
            } else if (before != null && before.outputs() != null) {
                // earlier outputs stay on disk (never half-replaced); --clean knows them (a checklist written now replaces its entry)
                before.outputs().stream().filter(x -> !(careNow && isCare(x.format()))).forEach(outputs::add);
            }
            List<Path> careFiles = careNow ? writeCare(caseDir, o.output().resolve(id), id, care, ds) : List.of();
            for (Path p : careFiles) outputs.add(BuildState.Output.of(p.getFileName().toString().endsWith(".md") ? CARE_MD : CARE_DOCX, p));
            if (!careFiles.isEmpty() && status != Status.BUILT) written = careFiles;
            else if (!careFiles.isEmpty()) {
                List<Path> all = new ArrayList<>(written);
                all.addAll(careFiles);
                written = all;
            }
            try {
                BuildState.write(stateFile, new BuildState.CaseState(fingerprint, casesRoot, folder, caseDir.toString(), id,
                        outputs, ds.stream().map(BuildState.Diag::of).toList()));
            } catch (IOException e) {
                ds.add(Diagnostic.warning("build-state", SourcePos.file(stateFile.toString()),
                        "cannot record the build state (the case will be built again next time): " + e.getMessage()));
            }
            return new CaseResult(caseDir, id, status, formats, written, List.copyOf(ds), System.nanoTime() - t0, false);
        } finally {
            if (early != null) early.stop();
        }
    }

    static boolean isCare(String format) {
        return CARE_MD.equals(format) || CARE_DOCX.equals(format);
    }

    /**
     * The filled CARE checklist of a checked case, as {@code casereport check} writes it: {@code <id>-care.md} and
     * {@code <id>-care.docx} in the case's output folder (carried over when the outputs are replaced). A failure
     * is an {@code output-write} error of the case.
     */
    private static List<Path> writeCare(Path caseDir, Path outDir, String id, List<org.casereport.check.Care.Item> care,
                                        List<Diagnostic> ds) {
        Path md = outDir.resolve(id + "-care.md");
        Path docx = outDir.resolve(id + "-care.docx");
        try {
            Files.createDirectories(outDir);
            var items = org.casereport.check.Care.relativeTo(care, caseDir.normalize().toString().replace('\\', '/'));
            org.casereport.check.CareWriter.writeMarkdown(md, id, items);
            org.casereport.check.CareWriter.writeDocx(docx, id, items);
            return List.of(md, docx);
        } catch (IOException e) {
            ds.add(Diagnostic.error("output-write", SourcePos.file(outDir.toString()), "cannot write the CARE checklist: " + e.getMessage()));
            return List.of();
        }
    }

    /** The cases built before from one of {@code roots} whose folder is gone; their outputs removed when {@code clean}. */
    private static List<Removed> removedCases(Set<String> roots, List<CaseResult> built, Options o) throws IOException {
        if (roots.isEmpty()) return List.of();
        Set<String> present = new HashSet<>();
        for (CaseResult r : built) {
            Path name = r.caseDir().toAbsolutePath().normalize().getFileName();
            if (name != null) present.add(name.toString());
        }
        List<Removed> out = new ArrayList<>();
        for (Path f : BuildState.all(o.output(), o.mode())) {
            BuildState.CaseState s = BuildState.read(f);
            if (s == null || s.casesRoot() == null || !roots.contains(s.casesRoot()) || present.contains(s.folder())) continue;
            if (Files.isRegularFile(Path.of(s.casesRoot(), s.folder(), CaseReader.CASE_FILE))) continue;
            List<Path> outputs = new ArrayList<>();
            for (BuildState.Output x : s.outputs() == null ? List.<BuildState.Output>of() : s.outputs()) {
                if (Files.isRegularFile(Path.of(x.path()))) outputs.add(Path.of(x.path()));
            }
            if (outputs.isEmpty()) {            // nothing of it is left: nothing to report
                BuildState.delete(f);
                continue;
            }
            if (o.clean()) {
                for (Path p : outputs) {
                    Files.deleteIfExists(p);
                    Path dir = p.getParent();
                    if (dir != null && Files.isDirectory(dir)) {
                        try (var s2 = Files.list(dir)) {
                            if (s2.findAny().isEmpty()) Files.deleteIfExists(dir);
                        }
                    }
                }
                BuildState.delete(f);
            }
            out.add(new Removed(s.folder(), outputs, o.clean()));
        }
        return out;
    }
}
