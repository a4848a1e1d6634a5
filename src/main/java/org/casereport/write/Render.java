package org.casereport.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.casereport.template.Ties;
import org.casereport.diag.Diagnostic;
import org.casereport.model.Manuscript;
import org.casereport.pipeline.Pipeline;
import org.casereport.pipeline.Pipeline.Loaded;

/**
 * The last step of the way through the code: a case read and transformed by {@link Pipeline} is written by the
 * writers of the formats asked for, as one set of files ({@link OutputSet}). The pipeline knows nothing of the
 * writers; the writers' layer calls down into it.
 */
public final class Render {
    private Render() {
    }

    /**
     * Writes the outputs of a loaded case into {@code outDir}: {@code <id>.<format>} for each format.
     * The set is written into a staging folder beside {@code outDir} and moved into place as a whole
     * ({@link OutputSet}): a failure, or a kill, never leaves a half-written file, a mixed set of old and new
     * outputs, or an earlier output replaced; what a killed run left is cleaned up by the next.
     *
     * @return the files written
     */
    public static List<Path> formats(Loaded loaded, List<String> formats, Path outDir) throws IOException {
        return formats(loaded, formats, outDir, d -> System.err.println(d));
    }

    /**
     * {@link #formats}, telling {@code warnings} what a writer could only do in part (a table too wide for its
     * column, set across the page), in the order the writers met it.
     */
    public static List<Path> formats(Loaded loaded, List<String> formats, Path outDir,
                                    java.util.function.Consumer<Diagnostic> warnings) throws IOException {
        return write(loaded, formats.stream().map(Writers::get).toList(), outDir, warnings);
    }

    /**
     * {@link #formats}, the set moved into place only when {@code commit} says so once every writer has finished
     * (it may wait for a check running beside the render); null when it said no (nothing written, earlier outputs
     * kept).
     */
    public static List<Path> formats(Loaded loaded, List<String> formats, Path outDir,
                                    java.util.function.Consumer<Diagnostic> warnings,
                                    java.util.function.BooleanSupplier commit) throws IOException {
        return write(loaded, formats.stream().map(Writers::get).toList(), outDir, warnings, commit);
    }

    /** {@link #formats} with the writers themselves. */
    public static List<Path> write(Loaded loaded, List<Writer> writers, Path outDir) throws IOException {
        return write(loaded, writers, outDir, d -> System.err.println(d));
    }

    /** {@link #formats} with the writers themselves, telling {@code warnings} what they could only do in part. */
    public static List<Path> write(Loaded loaded, List<Writer> writers, Path outDir,
                                   java.util.function.Consumer<Diagnostic> warnings) throws IOException {
        return write(loaded, writers, outDir, warnings, () -> true);
    }

    private static List<Path> write(Loaded loaded, List<Writer> writers, Path outDir,
                                    java.util.function.Consumer<Diagnostic> warnings,
                                    java.util.function.BooleanSupplier commit) throws IOException {
        Manuscript m = Ties.apply(loaded.manuscript()); // the one pass of line-end ties every writer prints
        RenderContext context = new RenderContext(loaded.journal(), Pipeline.timestamp(m));
        try {
            return writeSet(m, context, writers, outDir, commit);
        } finally {
            List<Diagnostic> met;
            synchronized (context.warnings()) {
                met = List.copyOf(new java.util.LinkedHashSet<>(context.warnings()));
            }
            met.forEach(warnings);
        }
    }

    private static List<Path> writeSet(Manuscript m, RenderContext context, List<Writer> writers, Path outDir,
                                       java.util.function.BooleanSupplier commit) throws IOException {
        OutputSet set = OutputSet.begin(outDir);
        List<String> names = new ArrayList<>();
        List<Path> files = new ArrayList<>();
        for (Writer w : writers) {
            String name = m.id() + "." + w.format();
            names.add(name);
            files.add(set.file(name));
        }
        boolean committed = false;
        try {
            writeAll(m, context, writers, files);
            if (!commit.getAsBoolean()) return null;
            set.commit(names);
            committed = true;
            return names.stream().map(outDir::resolve).toList();
        } finally {
            if (!committed) set.abandon();
        }
    }

    /** Each writer into its own file; the writers run side by side (they share nothing but immutable input). */
    private static void writeAll(Manuscript m, RenderContext context, List<Writer> writers, List<Path> files)
            throws IOException {
        if (writers.size() == 1) {
            writeOne(m, context, writers.get(0), files.get(0));
            return;
        }
        ExecutorService pool = Executors.newFixedThreadPool(Math.min(writers.size(), Runtime.getRuntime().availableProcessors()));
        try {
            List<Future<Void>> running = new ArrayList<>();
            for (int i = 0; i < writers.size(); i++) {
                Writer w = writers.get(i);
                Path f = files.get(i);
                running.add(pool.submit(() -> {
                    writeOne(m, context, w, f);
                    return null;
                }));
            }
            // the first failure is thrown only after every writer has stopped (awaitQuietly, below): the failed
            // set's staging folder is removed then, when no writer can still create a file in it
            Throwable first = null;
            for (Future<Void> f : running) {
                try {
                    f.get();
                } catch (ExecutionException e) {
                    if (first == null) first = e.getCause();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    if (first == null) first = new IOException("interrupted", e);
                    running.forEach(r -> r.cancel(true));
                    break;
                }
            }
            if (first instanceof IOException io) throw io;
            if (first instanceof RuntimeException re) throw re;
            if (first instanceof Error err) throw err;
            if (first != null) throw new IOException(first);
        } finally {
            pool.shutdown();
            awaitQuietly(pool);
        }
    }

    /** Waits until no task of {@code pool} runs any more, keeping an interrupt for the caller. */
    private static void awaitQuietly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, java.util.concurrent.TimeUnit.MINUTES)) break;
            } catch (InterruptedException e) {
                interrupted = true;
                pool.shutdownNow();
            }
        }
        if (interrupted) Thread.currentThread().interrupt();
    }

    private static void writeOne(Manuscript m, RenderContext context, Writer w, Path file) throws IOException {
        // a new file gets the umask's mode (a temporary file would be 0600)
        try (OutputStream out = Files.newOutputStream(file, java.nio.file.StandardOpenOption.CREATE_NEW,
                java.nio.file.StandardOpenOption.WRITE)) {
            w.write(m, context, out);
        }
    }


}
