package org.casereport.bench;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.casereport.check.CaseChecker;
import org.casereport.check.DocxFixtures;

/**
 * Benchmark of {@code casereport check} (a plain main, not a test):
 * <ol>
 *   <li>the example case checked in a warm JVM (target: under 300 ms);</li>
 *   <li>a generated 30-page manuscript DOCX with 60 references checked by a fresh JVM (cold; target: under 2 s).</li>
 * </ol>
 * Run: {@code mvn -q -o test-compile -Dexec.skip && java -cp target/classes:target/test-classes:$(cat cp.txt)
 * org.casereport.bench.CheckBench}. The figures go into docs/performance.md ("Check").
 */
public final class CheckBench {
    private CheckBench() {
    }

    public static void main(String[] args) throws Exception {
        Path example = Path.of(args.length > 0 ? args[0] : "cases/venetoclax-aml-after-neuroblastoma");
        Path templates = Path.of("templates");
        // 1. warm
        for (int i = 0; i < 30; i++) CaseChecker.run(example, templates);
        int runs = 50;
        long[] ns = new long[runs];
        int count = 0;
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            count = CaseChecker.run(example, templates).findings().size();
            ns[i] = System.nanoTime() - t0;
        }
        Arrays.sort(ns);
        System.out.printf("warm: example case %s, %d findings: median %.1f ms, p90 %.1f ms, max %.1f ms (%d runs)%n",
                example, count, ns[runs / 2] / 1e6, ns[runs * 9 / 10] / 1e6, ns[runs - 1] / 1e6, runs);

        // 2. cold: a 30-page manuscript in a new JVM
        Path dir = Files.createTempDirectory("checkbench");
        Path docx = dir.resolve("manuscript-30p.docx");
        List<String> seed = Files.readAllLines(Path.of("src/test/resources/check/cases/ms-seed/article.txt"));
        List<String> sentences = new ArrayList<>();
        StringBuilder para = new StringBuilder();
        for (String l : seed.subList(0, Math.min(780, seed.size()))) {
            if (l.isBlank()) continue;
            // undo the PDF's line-end hyphenation: a typed manuscript has whole words
            String t = l.strip();
            if (para.length() > 0 && para.charAt(para.length() - 1) == '-' && !t.isEmpty() && Character.isLowerCase(t.charAt(0))) {
                para.setLength(para.length() - 1);
            } else if (para.length() > 0) {
                para.append(' ');
            }
            para.append(t);
            if (para.length() > 600) {
                sentences.add(para.toString().replaceAll("\\[[0-9, –-]+\\]", "").strip());
                para.setLength(0);
            }
        }
        int refs = 60;
        List<String> body = new ArrayList<>();
        int cite = 1;
        // about 2,000 characters a page: 30 pages are some 60,000 characters of body text
        int chars = 0;
        for (int i = 0; chars < 60_000; i++) {
            String p = sentences.get(i % sentences.size());
            String mark = cite <= refs ? " [" + cite + (cite + 1 <= refs ? ", " + (cite + 1) : "") + "]." : ".";
            cite += 2;
            body.add(p + mark);
            chars += p.length();
        }
        List<String> entries = new ArrayList<>();
        List<String> base = List.of(
                "Berthold F., Spix C., Kaatsch P., Lampert F. Incidence, Survival, and Treatment of Localized and Metastatic Neuroblastoma in Germany 1979–2015. Paediatr Drugs. 2017;19(6):577–93. doi: 10.1007/s40272-017-0251-3.",
                "Zhang X. EVI1 Disruption Post Neuroblastoma Treatment: A Case Analysis of Treatment-Associated Acute Myeloid Leukemia in a Pediatric Patient. Case Rep Oncol. 2023;16(1):893–9. doi: 10.1159/000533571.",
                "Kushner B.H., Cheung N.K., Kramer K., Heller G., Jhanwar S.C. Neuroblastoma and treatment-related myelodysplasia/leukemia: the Memorial Sloan–Kettering experience and a literature review. J Clin Oncol. 1998;16(12):3880–9. doi: 10.1200/JCO.1998.16.12.3880.",
                "Senapati J., Kadia T.M., Ravandi F. Maintenance therapy in acute myeloid leukemia: advances and controversies. Haematologica. 2023;108(9):2289–304. doi: 10.3324/haematol.2022.281810.");
        for (int i = 0; i < refs; i++) entries.add(base.get(i % base.size()));
        DocxFixtures.write(docx, body, "Литература", entries);
        System.out.printf("cold: %s, %d paragraphs, %d references, %d KB%n", docx.getFileName(), body.size(), refs, Files.size(docx) / 1024);
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        for (String flags : List.of("", "-XX:TieredStopAtLevel=1")) {
        List<Long> cold = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            List<String> cmd = new ArrayList<>(List.of(java));
            if (!flags.isEmpty()) cmd.add(flags);
            cmd.addAll(List.of("-cp", System.getProperty("java.class.path"),
                    "org.casereport.cli.CheckCommand", "--templates", templates.toString(), docx.toString()));
            ProcessBuilder pb = new ProcessBuilder(cmd);
            pb.redirectOutput(dir.resolve("out.txt").toFile());
            pb.redirectError(new File(dir.resolve("err.txt").toString()));
            long t0 = System.nanoTime();
            int exit = pb.start().waitFor();
            cold.add((System.nanoTime() - t0) / 1_000_000);
            if (i == 0 && flags.isEmpty()) {
                System.out.println("  exit " + exit + ", " + Files.readAllLines(dir.resolve("out.txt")).size() + " diagnostics; "
                        + String.join(" ", Files.readAllLines(dir.resolve("err.txt"))));
            }
        }
        List<Long> sorted = new ArrayList<>(cold);
        Collections.sort(sorted);
        System.out.println("cold: new JVM" + (flags.isEmpty() ? "" : " " + flags) + ", check the 30-page DOCX: median "
                + sorted.get(sorted.size() / 2) + " ms, runs " + cold + " ms");
        }
    }
}
