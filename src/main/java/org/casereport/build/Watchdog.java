package org.casereport.build;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Limits.Limit;
import org.casereport.diag.SourcePos;

/**
 * Runs the work for one case (or one manuscript) on its own thread, under the time budget
 * ({@code case-seconds}) and the memory budget ({@code case-memory-mb}, the heap still in use after a garbage
 * collection). What the work throws is contained: a stack or heap that runs out, or a budget that is passed,
 * becomes one positioned error for that case, and the next case runs. The limits that guard each expensive
 * step (docs/limits.md) stop almost every hostile input first; the watchdog is the last line. The command line
 * and the Maven goals both run every case under it ({@link Build}'s default guard).
 *
 * <p>Memory with several cases at once: the heap is one for all of them, so the budget is per case in flight —
 * the cases running now may together hold {@code case-memory-mb} each above the heap in use when the first of
 * them started; past that, the case whose own thread allocated the most since it started is the one stopped (the
 * others go on).
 */
public final class Watchdog {
    /** The stack the work gets: deep enough for any input within the nesting limit. */
    private static final long STACK_BYTES = 16L << 20;
    private static final long POLL_MS = 50;

    /** The cases running now, each with the bytes its thread had allocated when it started. */
    private static final Map<Thread, Long> RUNNING = new ConcurrentHashMap<>();
    /** The heap in use after a collection when the first of the cases running now started. */
    private static long baseline;

    private Watchdog() {
    }

    /**
     * @param where the file the refusal names (case.md, or the manuscript)
     * @throws CaseException for bad input, a budget passed or a stack/heap run out
     * @throws IOException   as the work throws it (could not read or write)
     */
    public static <T> T run(Path where, Callable<T> work) throws IOException {
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
        long start = System.nanoTime();
        synchronized (RUNNING) {
            if (RUNNING.isEmpty()) baseline = heapAfterGc();
            t.start();
            RUNNING.put(t, allocated(t));
        }
        Limit passed = null;
        try {
            while (t.isAlive()) {
                t.join(POLL_MS);
                if (!t.isAlive()) break;
                if ((System.nanoTime() - start) / 1_000_000 > budgetMs) {
                    passed = Limit.CASE_SECONDS;
                } else if (overBudget(t, memBudget)) {
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
        } finally {
            synchronized (RUNNING) {
                RUNNING.remove(t);
            }
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

    /**
     * Whether {@code t}'s case is to be stopped for memory: the cases running hold more than their budgets
     * together, and {@code t} allocated the most of them.
     */
    private static boolean overBudget(Thread t, long perCase) {
        long base;
        Map<Thread, Long> since = new java.util.HashMap<>();
        synchronized (RUNNING) {
            base = baseline;
            for (Map.Entry<Thread, Long> e : RUNNING.entrySet()) since.put(e.getKey(), allocated(e.getKey()) - e.getValue());
        }
        return stops(t, heapAfterGc(), base, perCase, since);
    }

    /**
     * The rule of the memory budget with several cases at once: the heap in use ({@code heap}) is over
     * {@code base} plus {@code perCase} for each case running, and {@code t} is the case that allocated the most
     * since it started ({@code allocated}: each running case's bytes).
     */
    static <K> boolean stops(K t, long heap, long base, long perCase, Map<K, Long> allocated) {
        int running = Math.max(1, allocated.size());
        if (heap - base <= perCase * running) return false;
        K heaviest = t;
        long most = Long.MIN_VALUE;
        for (Map.Entry<K, Long> e : allocated.entrySet()) {
            if (e.getValue() > most) {
                most = e.getValue();
                heaviest = e.getKey();
            }
        }
        return heaviest.equals(t);
    }

    /** The bytes the thread allocated so far (0 where the JVM does not count them). */
    private static long allocated(Thread t) {
        if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean m && m.isThreadAllocatedMemorySupported()) {
            try {
                long a = m.getThreadAllocatedBytes(t.getId());
                return Math.max(0, a);
            } catch (UnsupportedOperationException e) {
                return 0;
            }
        }
        return 0;
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
