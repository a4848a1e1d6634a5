package org.casereport.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.casereport.write.Render;
import org.casereport.pipeline.Pipeline;

/**
 * Warm, in-process benchmark of {@code render} (read + transforms + PDF + DOCX) on a case.
 * Run by {@code src/test/bench/render-bench.sh}; not a test.
 * Usage: {@code RenderBench <case-dir> [iterations] [--redraw-figures]}; the last draws the DOCX figures anew every
 * round instead of reusing the process's drawings.
 */
public final class RenderBench {
    private RenderBench() {
    }

    public static void main(String[] args) throws Exception {
        Path caseDir = Path.of(args.length > 0 ? args[0] : "cases/venetoclax-aml-after-neuroblastoma");
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        boolean redraw = args.length > 2 && args[2].equals("--redraw-figures");
        Path out = Files.createTempDirectory("casereport-bench");
        Path templates = Path.of("templates");
        for (int i = 0; i < 10; i++) Render.formats(Pipeline.load(caseDir, templates), List.of("pdf", "docx"), out);
        long[] all = new long[iterations];
        long[] load = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            if (redraw) org.casereport.figure.FigureArt.forgetDrawings();
            long t0 = System.nanoTime();
            Pipeline.Loaded loaded = Pipeline.load(caseDir, templates);
            long t1 = System.nanoTime();
            Render.formats(loaded, List.of("pdf", "docx"), out);
            long t2 = System.nanoTime();
            all[i] = t2 - t0;
            load[i] = t1 - t0;
        }
        long peakHeap = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) peakHeap += pool.getPeakUsage().getUsed();
        }
        System.out.printf((redraw ? "figures redrawn each round; " : "") + "warm render pdf+docx: median %.1f ms, min %.1f ms (read+transforms median %.1f ms), %d iterations%n",
                median(all), Arrays.stream(all).min().orElse(0) / 1e6, median(load), iterations);
        System.out.printf("peak heap used: %d MB%n", peakHeap / (1024 * 1024));
    }

    static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
