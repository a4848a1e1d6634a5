package org.casereport.bench;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casereport.build.Build;

/**
 * In-process benchmark of the build engine: the cases of a folder built {@code rounds} times in one JVM, every
 * round from scratch ({@code --force}), each round's wall time and the process's CPU time (user + system, all
 * threads: the JIT compiler and the collector included). The first round is the cold one; the later ones show
 * what a case costs once the JVM is warm. CPU time is the figure to compare on a shared machine: wall time there
 * is mostly waiting for a core. Run by {@code src/test/bench/build-bench.sh}; not a test.
 * Usage: {@code BuildBench <cases-dir> [rounds] [jobs] [templates-dir]}.
 */
public final class BuildBench {
    private BuildBench() {
    }

    public static void main(String[] args) throws Exception {
        Path cases = Path.of(args.length > 0 ? args[0] : "cases");
        int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 3;
        int jobs = args.length > 2 ? Integer.parseInt(args[2]) : Runtime.getRuntime().availableProcessors();
        Path templates = Path.of(args.length > 3 ? args[3] : "templates");
        Path out = Files.createTempDirectory("casereport-build-bench");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        Build.Options o = new Build.Options(out, templates, Build.Mode.BUILD, List.of("pdf", "docx"), jobs, true, false);
        List<String> rows = new ArrayList<>();
        for (int r = 1; r <= rounds; r++) {
            long cpu0 = os.getProcessCpuTime();
            long t0 = System.nanoTime();
            Build.Summary s = Build.run(List.of(cases), o, new Build.Listener() { });
            long wall = System.nanoTime() - t0;
            long cpu = os.getProcessCpuTime() - cpu0;
            int n = s.cases().size();
            rows.add(String.format(Locale.ROOT, "round %d: %d case(s) (%d built, %d failed), wall %.2f s, CPU %.2f s (%.0f ms a case)",
                    r, n, s.count(Build.Status.BUILT), s.count(Build.Status.FAILED), wall / 1e9, cpu / 1e9, cpu / 1e6 / Math.max(1, n)));
            System.out.println(rows.get(rows.size() - 1));
        }
        System.out.printf(Locale.ROOT, "JVM up %.1f s, process CPU %.2f s in all, jobs %d%n",
                ManagementFactory.getRuntimeMXBean().getUptime() / 1e3, os.getProcessCpuTime() / 1e9, jobs);
    }
}
