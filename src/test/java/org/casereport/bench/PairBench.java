package org.casereport.bench;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The PDF write of one case by two builds of the code in one JVM, interleaved write by write (A, B, A, B …) on one
 * thread and timed by the thread's CPU time: a before/after comparison that sees the same load, the same JIT and
 * the same collector. Each classes folder is loaded with its own copy of the libraries ({@code target/lib}) in a
 * class loader of its own, so nothing static is shared. Prints the medians and the median of the pairs' differences.
 * Not a test. Usage: {@code PairBench <classes-a> <classes-b> <lib-dir> [case-dir] [rounds] [warmup]}.
 */
public final class PairBench {
    private PairBench() {
    }

    public static void main(String[] args) throws Exception {
        Path lib = Path.of(args[2]);
        Path caseDir = Path.of(args.length > 3 ? args[3] : "cases/venetoclax-aml-after-neuroblastoma");
        int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 15;
        int warmup = args.length > 5 ? Integer.parseInt(args[5]) : 8;
        Side a = new Side(Path.of(args[0]), lib, caseDir);
        Side b = new Side(Path.of(args[1]), lib, caseDir);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] ta = new long[rounds], tb = new long[rounds], d = new long[rounds];
        for (int i = -warmup; i < rounds; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            int na = a.write();
            long t1 = mx.getCurrentThreadCpuTime();
            int nb = b.write();
            long t2 = mx.getCurrentThreadCpuTime();
            if (i < 0) continue;
            ta[i] = t1 - t0;
            tb[i] = t2 - t1;
            d[i] = ta[i] - tb[i];
            if (i == 0) System.out.printf(Locale.ROOT, "PDF sizes: a %d bytes, b %d bytes%n", na, nb);
        }
        System.out.printf(Locale.ROOT, "%s: PDF write, thread CPU medians of %d (after %d): a %.0f ms, b %.0f ms, a - b %.0f ms; load %s%n",
                caseDir.getFileName(), rounds, warmup, median(ta), median(tb), median(d),
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    }

    /** One build of the code, with the case loaded by it. */
    private static final class Side {
        final Object manuscript;
        final Object context;
        final Method write;
        final Object writer;

        Side(Path classes, Path lib, Path caseDir) throws Exception {
            List<URL> urls = new ArrayList<>();
            urls.add(classes.toUri().toURL());
            try (Stream<Path> s = Files.list(lib)) {
                for (Path p : s.filter(p -> p.toString().endsWith(".jar")).sorted().toList()) urls.add(p.toUri().toURL());
            }
            ClassLoader cl = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Class<?> pipeline = cl.loadClass("org.casereport.pipeline.Pipeline");
            Object loaded = pipeline.getMethod("load", Path.class, Path.class).invoke(null, caseDir, Path.of("templates"));
            manuscript = loaded.getClass().getMethod("manuscript").invoke(loaded);
            Object journal = loaded.getClass().getMethod("journal").invoke(loaded);
            Class<?> manuscriptType = cl.loadClass("org.casereport.model.Manuscript");
            Object when = pipeline.getMethod("timestamp", manuscriptType).invoke(null, manuscript);
            Class<?> ctx = cl.loadClass("org.casereport.write.RenderContext");
            context = ctx.getConstructor(cl.loadClass("org.casereport.model.Journal"), when.getClass()).newInstance(journal, when);
            Class<?> pdf = cl.loadClass("org.casereport.write.pdf.PdfWriter");
            writer = pdf.getConstructor().newInstance();
            write = pdf.getMethod("write", manuscriptType, ctx, OutputStream.class);
        }

        int write() throws Exception {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            Thread.currentThread().setContextClassLoader(write.getDeclaringClass().getClassLoader());
            write.invoke(writer, manuscript, context, out);
            return out.size();
        }
    }

    static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
