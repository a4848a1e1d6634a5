package org.casereport.bench;

import java.io.ByteArrayOutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import org.casereport.check.CaseChecker;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.RenderContext;
import org.casereport.write.docx.DocxWriter;
import org.casereport.write.pdf.PdfWriter;

/**
 * Warm, in-process thread CPU time of each stage of a build's case, one after the other on one thread: the check
 * (which reads the case and applies the transforms), the PDF writer, the DOCX writer. Medians of {@code rounds}
 * after {@code warmup} untimed ones. Thread CPU, not wall time: the figure to compare two builds on a shared
 * machine (run them interleaved). Run it on the command's class path ({@code target/lib}), not the test class path:
 * Saxon, a test dependency, makes every XML transformer factory lookup cost a verification of its signed jar
 * (docs/performance.md). Not a test. Usage: {@code StageBench [case-dir] [rounds] [warmup] [templates-dir]}.
 */
public final class StageBench {
    private StageBench() {
    }

    public static void main(String[] args) throws Exception {
        Path caseDir = Path.of(args.length > 0 ? args[0] : "cases/venetoclax-aml-after-neuroblastoma");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
        int warmup = args.length > 2 ? Integer.parseInt(args[2]) : 10;
        Path templates = Path.of(args.length > 3 ? args[3] : "templates");
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long[] check = new long[rounds], pdf = new long[rounds], docx = new long[rounds], read = new long[rounds];
        long[] loadedAt = new long[1];
        for (int i = -warmup; i < rounds; i++) {
            long t0 = mx.getCurrentThreadCpuTime();
            CaseChecker.Result checked = CaseChecker.run(caseDir, templates, false,
                    l -> loadedAt[0] = mx.getCurrentThreadCpuTime());
            Pipeline.Loaded loaded = checked.loaded();
            long t1 = mx.getCurrentThreadCpuTime();
            RenderContext ctx = new RenderContext(loaded.journal(), Pipeline.timestamp(loaded.manuscript()));
            new PdfWriter().write(loaded.manuscript(), ctx, new ByteArrayOutputStream());
            long t2 = mx.getCurrentThreadCpuTime();
            new DocxWriter().write(loaded.manuscript(), ctx, new ByteArrayOutputStream());
            long t3 = mx.getCurrentThreadCpuTime();
            if (i < 0) continue;
            check[i] = t1 - t0;
            read[i] = loadedAt[0] - t0;
            pdf[i] = t2 - t1;
            docx[i] = t3 - t2;
        }
        System.out.printf(Locale.ROOT, "%s: thread CPU medians of %d (after %d): check %.0f ms (of which read and transforms %.0f ms), pdf %.0f ms, docx %.0f ms; load %s%n",
                caseDir.getFileName(), rounds, warmup, median(check), median(read), median(pdf), median(docx),
                new String(java.nio.file.Files.readAllBytes(Path.of("/proc/loadavg"))).split(" ")[0]);
    }

    static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
