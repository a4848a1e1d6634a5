package org.casereport.bench;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostics;
import org.casereport.cite.Bibliography;
import org.casereport.cite.ReferenceReader;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.casereport.diag.SourcePos;
import org.casereport.template.Journal;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Warm benchmark of {@link Bibliography#format} on a 100-reference list (the seed's 14 English references and a
 * Russian one, repeated under new ids: 86 English, 14 Russian with their Latin-script versions), house style and NLM.
 * Target: under 200 ms warm. Not a test. Usage: {@code ReferenceBench [iterations]}, from the project root:
 * <pre>
 * mvn -q -o test-compile dependency:build-classpath -Dmdep.outputFile=target/cp.txt
 * java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.casereport.bench.ReferenceBench 200
 * </pre>
 */
public final class ReferenceBench {
    private ReferenceBench() {
    }

    public static void main(String[] args) throws Exception {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 50;
        Path res = Path.of("src/test/resources/cite");
        Diagnostics d = new Diagnostics();
        List<Reference> english = ReferenceReader.read(res.resolve("seed-references.json"), "seed-references.json", d);
        List<Reference> russian = ReferenceReader.read(res.resolve("russian-sample.json"), "russian-sample.json", d);
        List<Reference> list = new ArrayList<>();
        for (int i = 0; list.size() < 100; i++) {
            Reference base = (i % 7 == 6) ? russian.get(0) : english.get(i % english.size());
            Map<String, Object> csl = new LinkedHashMap<>(base.csl());
            csl.put("id", base.id() + "-" + i);
            list.add(new Reference(base.id() + "-" + i, csl, SourcePos.file("bench")));
        }
        long ru = list.stream().filter(r -> r.language().equals("ru")).count();
        for (String name : List.of("default", "nlm")) {
            Journal j = journal(name);
            long cold0 = System.nanoTime();
            List<FormattedReference> out = Bibliography.format(j, list, d);
            long cold = System.nanoTime() - cold0;
            for (int i = 0; i < 20; i++) Bibliography.format(j, list, d);
            long[] t = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                out = Bibliography.format(j, list, d);
                t[i] = System.nanoTime() - t0;
            }
            long[] s = t.clone();
            Arrays.sort(s);
            System.out.printf("%s: %d references (%d Russian): first call %.0f ms, warm median %.1f ms, min %.1f ms, max %.1f ms (%d iterations)%n",
                    name, out.size(), ru, cold / 1e6, s[s.length / 2] / 1e6, s[0] / 1e6, s[s.length - 1] / 1e6, iterations);
        }
        if (d.hasErrors()) System.out.println(d.all());
    }

    @SuppressWarnings("unchecked")
    private static Journal journal(String name) throws Exception {
        Path dir = Path.of("templates", name).toAbsolutePath();
        Object y = new Load(LoadSettings.builder().build()).loadFromString(java.nio.file.Files.readString(dir.resolve("journal.yaml")));
        return new Journal(name, List.of(dir, Path.of("templates/default").toAbsolutePath()), Path.of("templates/fonts"), (Map<String, Object>) y);
    }
}
