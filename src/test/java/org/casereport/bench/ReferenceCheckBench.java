package org.casereport.bench;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Benchmark of the reference check on a long list (a plain main, not a test): a 200-entry manuscript made of the
 * reference corpus's entries (src/test/resources/check/refs: planted, real and clean lines, renumbered) is checked by
 * a fresh {@code target/casereport check} process each run (cold: JVM start, reading, parsing, CSL formatting of every
 * article, the comparison). Target: under 2 s. Run after {@code mvn package}:
 * {@code java -cp target/test-classes org.casereport.bench.ReferenceCheckBench [runs]}; {@code --write FILE} only writes the
 * manuscript (src/test/bench/check-bench.sh times it). Figures in docs/performance.md.
 */
public final class ReferenceCheckBench {
    private ReferenceCheckBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean writeOnly = args.length == 2 && args[0].equals("--write");
        int runs = args.length > 0 && !writeOnly ? Integer.parseInt(args[0]) : 7;
        Path dir = Path.of("src/test/resources/check/refs");
        List<String> pool = new ArrayList<>();
        Pattern entry = Pattern.compile("^\\d{1,3}\\. (.*)$");
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".txt")).sorted().toList()) {
                for (String l : Files.readAllLines(f)) {
                    Matcher m = entry.matcher(l);
                    if (m.matches()) pool.add(m.group(1));
                }
            }
        }
        StringBuilder ms = new StringBuilder("A long manuscript for the benchmark.\n\nThe text cites [1–200].\n\nReferences\n\n");
        for (int i = 0; i < 200; i++) ms.append(i + 1).append(". ").append(pool.get(i % pool.size())).append('\n');
        if (writeOnly) {
            // the manuscript only, for src/test/bench/check-bench.sh
            Files.writeString(Path.of(args[1]), ms);
            System.out.println("wrote " + args[1] + ": 200 entries from " + pool.size() + " distinct corpus entries");
            return;
        }
        Path file = Files.createTempFile("casereport-bench-", ".txt");
        Files.writeString(file, ms);
        long[] ms2 = new long[runs];
        String last = "";
        for (int i = 0; i < runs + 1; i++) {
            long t0 = System.nanoTime();
            Process p = new ProcessBuilder("sh", "target/casereport", "check", file.toString()).redirectErrorStream(true).start();
            byte[] out = p.getInputStream().readAllBytes();
            p.waitFor();
            long t = (System.nanoTime() - t0) / 1_000_000;
            String s = new String(out);
            last = s.substring(Math.max(0, s.lastIndexOf('\n', s.length() - 2) + 1)).strip();
            if (i > 0) ms2[i - 1] = t;   // the first run warms the disk cache and the CDS archive
        }
        Arrays.sort(ms2);
        System.out.printf("cold: 200-entry manuscript (%d distinct corpus entries), %s: median %d ms, min %d ms, max %d ms (%d runs, load %s)%n",
                pool.size(), last, ms2[runs / 2], ms2[0], ms2[runs - 1], runs,
                Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
        Files.delete(file);
    }
}
