package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Reference;
import org.casereport.diag.SourcePos;
import org.casereport.model.FormattedReference;
import org.casereport.model.Journal;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** Journals as the templates folder has them, reference files from the test resources. */
final class TestSupport {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path RES = ROOT.resolve("src/test/resources/cite");

    private TestSupport() {
    }

    /** templates/&lt;name&gt;/journal.yaml, looked up in templates/&lt;name&gt;/ then templates/default/. */
    @SuppressWarnings("unchecked")
    static Journal journal(String name) {
        return journal(name, Map.of());
    }

    /** The same, with some settings replaced ("references.transliteration" → "bsi"). */
    @SuppressWarnings("unchecked")
    static Journal journal(String name, Map<String, Object> overrides) {
        Path dir = ROOT.resolve("templates").resolve(name);
        try {
            Object y = new Load(LoadSettings.builder().build()).loadFromString(Files.readString(dir.resolve("journal.yaml")));
            Map<String, Object> settings = deepCopy((Map<String, Object>) y);
            overrides.forEach((k, v) -> {
                String[] parts = k.split("\\.");
                Map<String, Object> cur = settings;
                for (int i = 0; i < parts.length - 1; i++) {
                    cur = (Map<String, Object>) cur.computeIfAbsent(parts[i], x -> new LinkedHashMap<String, Object>());
                }
                cur.put(parts[parts.length - 1], v);
            });
            List<Path> dirs = new ArrayList<>(List.of(dir));
            if (!name.equals("default")) dirs.add(ROOT.resolve("templates/default"));
            return new Journal(name, dirs, ROOT.resolve("templates/fonts"), settings);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One record formatted in a journal's style: exactly one entry comes out (else the diagnostics are shown). */
    static FormattedReference formatOne(String journal, Map<String, Object> csl, Diagnostics d) {
        List<FormattedReference> out = Bibliography.format(journal(journal),
                List.of(new Reference(csl.get("id").toString(), csl, SourcePos.file("references.json").at(1, 1))), d);
        assertEquals(1, out.size(), show(d));
        return out.get(0);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> deepCopy(Map<String, Object> m) {
        Map<String, Object> out = new LinkedHashMap<>();
        m.forEach((k, v) -> out.put(k, v instanceof Map<?, ?> mm ? deepCopy((Map<String, Object>) mm) : v));
        return out;
    }

    static List<Reference> read(Path file, Diagnostics d) {
        return ReferenceReader.read(file, ROOT.relativize(file.toAbsolutePath()).toString(), d);
    }

    /** Lines of a golden file, without comments and blank lines. */
    static List<String> lines(Path file) {
        try {
            List<String> out = new ArrayList<>();
            for (String l : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (l.isBlank() || l.startsWith("#")) continue;
                out.add(l);
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String show(Diagnostics d) {
        StringBuilder sb = new StringBuilder();
        for (Diagnostic x : d.all()) sb.append(x).append('\n');
        return sb.toString();
    }
}
