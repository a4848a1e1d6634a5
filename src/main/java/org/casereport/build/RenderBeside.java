package org.casereport.build;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Severity;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.Render;

/**
 * The render of one case started as soon as the check has read and transformed it, on a thread of its own, while the
 * checker's rules (metadata, CARE, damaged text, typography) go on on the case's thread: {@code watch} builds one
 * case at a time, so the render and the rules each get a core. The outputs are written into the output set's
 * staging folder and moved into place only once the case's thread has {@link #decide decided} (the check found no
 * error); else they are dropped and the last good outputs stay. The render's warnings are handed over after the
 * check's diagnostics, in the order a render after the check gives them.
 */
final class RenderBeside {
    private final Build.Options options;
    private final CompletableFuture<Boolean> decided = new CompletableFuture<>();
    private final List<Diagnostic> warnings = Collections.synchronizedList(new ArrayList<>());
    private FutureTask<List<Path>> task;
    private Thread thread;

    RenderBeside(Build.Options options) {
        this.options = options;
    }

    /** Starts the render of {@code loaded}, unless its reading has errors (then the check fails the case anyway). */
    void start(Pipeline.Loaded loaded) {
        if (task != null || loaded.diagnostics().stream().anyMatch(d -> d.severity() == Severity.ERROR)) return;
        Path outDir = options.output().resolve(loaded.manuscript().id());
        task = new FutureTask<>(() -> Render.formats(loaded, options.formats(), outDir, warnings::add, this::commit));
        thread = new Thread(task, "casereport-render-" + loaded.manuscript().id());
        thread.setDaemon(true);
        thread.start();
    }

    boolean started() {
        return task != null;
    }

    /** Whether the render's outputs may be moved into place: the check is over and found no error. */
    void decide(boolean commit) {
        decided.complete(commit);
    }

    /** Asked by the render once its writers are done: waits for the case's thread to decide. */
    private boolean commit() {
        try {
            return decided.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (ExecutionException e) {
            return false;
        }
    }

    /**
     * The files the render wrote (after {@code decide(true)}), its warnings added to {@code ds}; the render's
     * failure is thrown as the render threw it.
     */
    List<Path> result(List<Diagnostic> ds) throws IOException {
        try {
            return task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } catch (ExecutionException e) {
            Throwable c = e.getCause();
            if (c instanceof IOException io) throw io;
            if (c instanceof RuntimeException re) throw re;
            if (c instanceof Error err) throw err;
            throw new IOException(c);
        } finally {
            ds.addAll(warnings);
        }
    }

    /**
     * Ends the render when the case ends without taking its result (an error found by the check, the case stopped):
     * the outputs are dropped, and the call returns once the render's thread is gone, so no staging folder of it is
     * left when the next build of the case begins.
     */
    void stop() {
        decided.complete(false);
        if (thread == null) return;
        if (!task.isDone()) task.cancel(true);
        boolean interrupted = false;
        while (thread.isAlive()) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }
}
