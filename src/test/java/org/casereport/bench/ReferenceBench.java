package org.casereport.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.cite.Bibliography;
import org.casereport.cite.ReferenceReader;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.SourcePos;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.casereport.model.Journal;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * Warm benchmark of {@link Bibliography#format} on a mixed list (default 300 entries): the seed's 14 English
 * articles, the Russian sample, and the 26 published references of every source type
 * (src/test/resources/references/types/published-types.json: books, chapters, theses, web pages, guidelines, legal
 * documents, conference abstracts; Russian and English), repeated under new ids, in every shipped journal style
 * (house, NLM, GOST with its second Latin-script style). Target: 300 entries under 300 ms warm. Not a test.
 * Run it with {@code src/test/bench/reference-bench.sh [entries] [iterations]}.
 */
public final class ReferenceBench {
    private ReferenceBench() {
    }

    @SuppressWarnings("unchecked")
    public static void main(String[] args) throws Exception {
        int size = args.length > 0 ? Integer.parseInt(args[0]) : 300;
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        Path res = Path.of("src/test/resources");
        Diagnostics d = new Diagnostics();
        List<Reference> base = new ArrayList<>(ReferenceReader.read(res.resolve("cite/seed-references.json"), "seed-references.json", d));
        base.addAll(ReferenceReader.read(res.resolve("cite/russian-sample.json"), "russian-sample.json", d));
        ObjectMapper json = new ObjectMapper();
        for (JsonNode e : json.readTree(res.resolve("references/types/published-types.json").toFile())) {
            Map<String, Object> csl = json.convertValue(e.get("csl"), LinkedHashMap.class);
            base.add(new Reference(csl.get("id").toString(), csl, SourcePos.file("published-types.json")));
        }
        List<Reference> list = new ArrayList<>();
        for (int i = 0; list.size() < size; i++) {
            Reference r = base.get(i % base.size());
            Map<String, Object> csl = new LinkedHashMap<>(r.csl());
            csl.put("id", r.id() + "-" + i);
            list.add(new Reference(r.id() + "-" + i, csl, SourcePos.file("bench")));
        }
        long ru = list.stream().filter(r -> r.language().startsWith("ru")).count();
        for (String name : List.of("default", "nlm", "gost")) {
            Journal j = journal(name);
            Diagnostics dj = new Diagnostics();
            long cold0 = System.nanoTime();
            List<FormattedReference> out = Bibliography.format(j, list, dj);
            long cold = System.nanoTime() - cold0;
            for (int i = 0; i < 10; i++) Bibliography.format(j, list, new Diagnostics());
            long[] t = new long[iterations];
            for (int i = 0; i < iterations; i++) {
                long t0 = System.nanoTime();
                out = Bibliography.format(j, list, new Diagnostics());
                t[i] = System.nanoTime() - t0;
            }
            long[] s = t.clone();
            Arrays.sort(s);
            System.out.printf("%s: %d entries (%d Russian, %d distinct records): first call %.0f ms, warm median %.1f ms, min %.1f ms, max %.1f ms (%d iterations)%n",
                    name, out.size(), ru, base.size(), cold / 1e6, s[s.length / 2] / 1e6, s[0] / 1e6, s[s.length - 1] / 1e6, iterations);
            if (dj.hasErrors()) System.out.println(dj.all());
        }
    }

    @SuppressWarnings("unchecked")
    private static Journal journal(String name) throws Exception {
        Path dir = Path.of("templates", name).toAbsolutePath();
        Object y = new Load(LoadSettings.builder().build()).loadFromString(java.nio.file.Files.readString(dir.resolve("journal.yaml")));
        return new Journal(name, List.of(dir, Path.of("templates/default").toAbsolutePath()), Path.of("templates/fonts"), (Map<String, Object>) y);
    }
}
