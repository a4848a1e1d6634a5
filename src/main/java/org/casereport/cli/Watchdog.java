package org.casereport.cli;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Limits.Limit;
import org.casereport.diag.SourcePos;

/**
 * Runs the work for one case (or one manuscript) on its own thread, under the time budget
 * ({@code case-seconds}) and the memory budget ({@code case-memory-mb}, the heap still in use after a garbage
 * collection). What the work throws is contained: a stack or heap that runs out, or a budget that is passed,
 * becomes one positioned error for that case, and the next case runs. The limits that guard each expensive
 * step (docs/limits.md) stop almost every hostile input first; the watchdog is the last line.
 */
final class Watchdog {
    /** The stack the work gets: deep enough for any input within the nesting limit. */
    private static final long STACK_BYTES = 16L << 20;
    private static final long POLL_MS = 50;

    private Watchdog() {
    }

    /**
     * @param where the file the refusal names (case.md, or the manuscript)
     * @throws CaseException for bad input, a budget passed or a stack/heap run out
     * @throws IOException   as the work throws it (could not read or write)
     */
    static <T> T run(Path where, Callable<T> work) throws IOException {
        Object[] result = new Object[1];
        Throwable[] failure = new Throwable[1];
        Thread t = new Thread(null, () -> {
            try {
                result[0] = work.call();
            } catch (Throwable e) { // contained here, reported below
                failure[0] = e;
            }
        }, "case " + where, STACK_BYTES);
        t.setDaemon(true);
        long budgetMs = Limit.CASE_SECONDS.get() * 1000;
        long memBudget = Limit.CASE_MEMORY_MB.get() << 20;
        long baseline = heapAfterGc();
        long start = System.nanoTime();
        t.start();
        Limit passed = null;
        try {
            while (t.isAlive()) {
                t.join(POLL_MS);
                if (!t.isAlive()) break;
                if ((System.nanoTime() - start) / 1_000_000 > budgetMs) {
                    passed = Limit.CASE_SECONDS;
                } else if (heapAfterGc() - baseline > memBudget) {
                    passed = Limit.CASE_MEMORY_MB;
                }
                if (passed != null) {
                    stop(t);
                    break;
                }
            }
        } catch (InterruptedException e) {
            stop(t);
            Thread.currentThread().interrupt();
            throw new IOException("interrupted");
        }
        SourcePos pos = SourcePos.file(where.toString());
        if (passed == Limit.CASE_SECONDS) {
            throw new CaseException(passed.refuse(pos, "stopped after " + Limit.CASE_SECONDS.get() + " s"));
        }
        if (passed == Limit.CASE_MEMORY_MB) {
            throw new CaseException(passed.refuse(pos, "stopped: it held more than " + Limit.CASE_MEMORY_MB.get() + " MB"));
        }
        Throwable e = failure[0];
        if (e == null) {
            @SuppressWarnings("unchecked")
            T value = (T) result[0];
            return value;
        }
        if (e instanceof CaseException ce) throw ce;
        if (e instanceof IOException io) throw io;
        if (e instanceof StackOverflowError) {
            throw new CaseException(Diagnostic.error("limit-" + Limit.NESTING_DEPTH.id(), pos,
                    "the input is nested too deeply to process (the stack ran out); the limit is "
                            + Limit.NESTING_DEPTH.get() + " levels (see docs/limits.md)"));
        }
        if (e instanceof OutOfMemoryError) {
            throw new CaseException(Limit.CASE_MEMORY_MB.refuse(pos, "stopped: the heap ran out ("
                    + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB; java -Xmx gives more)"));
        }
        if (e instanceof RuntimeException re) throw re;
        if (e instanceof Error err) throw err;
        throw new IllegalStateException(e);
    }

    /** The heap in use after the last collection, summed over the heap pools. */
    private static long heapAfterGc() {
        long sum = 0;
        for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
            if (p.getType() != MemoryType.HEAP || !p.isCollectionUsageThresholdSupported()) continue;
            var u = p.getCollectionUsage();
            if (u != null) sum += u.getUsed();
        }
        return sum;
    }

    @SuppressWarnings({"deprecation", "removal"})
    private static void stop(Thread t) {
        t.interrupt();
        try {
            t.join(200);
            // Java 17 still stops a thread that does not listen to interruption (a runaway loop in a library);
            // the thread holds nothing shared but read-only data, and the process carries on with the next case
            if (t.isAlive()) t.stop();
            t.join(2_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (UnsupportedOperationException e) {
            // a later Java: the thread is a daemon and is left behind
        }
    }
}
