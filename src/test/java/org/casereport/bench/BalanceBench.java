package org.casereport.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.casereport.model.Journal;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.RenderContext;
import org.casereport.write.pdf.PdfWriter;

/**
 * What balancing the last page costs: the PDF write of a case with {@code page.balance} true and false, interleaved
 * (on, off, on, off …), each timed by the thread's CPU time, after untimed warm-up writes. Not a test.
 * Usage: {@code BalanceBench <case-dir> [rounds]}; prints the medians and their difference.
 */
public final class BalanceBench {
    private BalanceBench() {
    }

    public static void main(String[] args) throws Exception {
        Path caseDir = Path.of(args.length > 0 ? args[0] : "cases/venetoclax-aml-after-neuroblastoma");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        Pipeline.Loaded loaded = Pipeline.load(caseDir, Path.of("templates"));
        Journal on = balancing(loaded.journal(), true);
        Journal off = balancing(loaded.journal(), false);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        for (int i = 0; i < 4; i++) {
            write(loaded, on);
            write(loaded, off);
        }
        long[] a = new long[rounds];
        long[] b = new long[rounds];
        for (int i = 0; i < rounds; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            write(loaded, on);
            long t1 = mx.getCurrentThreadCpuTime();
            write(loaded, off);
            long t2 = mx.getCurrentThreadCpuTime();
            a[i] = t1 - t0;
            b[i] = t2 - t1;
        }
        long[] d = new long[rounds];
        for (int i = 0; i < rounds; i++) d[i] = a[i] - b[i];
        System.out.printf("%s: balanced %.0f ms, unbalanced %.0f ms, difference (median of pairs) %.0f ms, %d rounds%n",
                caseDir.getFileName(), median(a), median(b), median(d), rounds);
    }

    static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        int n = s.length;
        return (n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2.0) / 1e6;
    }

    private static void write(Pipeline.Loaded loaded, Journal j) throws Exception {
        RenderContext ctx = new RenderContext(j, Pipeline.timestamp(loaded.manuscript()));
        new PdfWriter().write(loaded.manuscript(), ctx, new ByteArrayOutputStream());
    }

    private static Journal balancing(Journal j, boolean balance) {
        Map<String, Object> settings = new LinkedHashMap<>(j.settings());
        @SuppressWarnings("unchecked")
        Map<String, Object> page = new LinkedHashMap<>((Map<String, Object>) settings.get("page"));
        page.put("balance", balance);
        settings.put("page", page);
        return new Journal(j.name(), j.dirs(), j.fontsDir(), settings);
    }
}
