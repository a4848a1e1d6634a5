package org.casereport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casereport.diag.Diagnostic;
import org.casereport.model.Inline;
import org.casereport.model.Walk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Locators, narrative citations and citation-looking text that resolves to nothing, on the example case with one
 * paragraph added — each the input that used to be dropped or printed raw.
 */
class CitationFormsTest {
    private static final Path ROOT = Path.of("").toAbsolutePath();

    private static Pipeline.Loaded load(Path tmp, String paragraph) throws IOException {
        Path src = ROOT.resolve("cases/venetoclax-aml-after-neuroblastoma");
        Path dir = tmp.resolve("case");
        try (Stream<Path> s = Files.walk(src)) {
            for (Path p : s.toList()) {
                Path to = dir.resolve(src.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(to);
                else Files.copy(p, to);
            }
        }
        Path md = dir.resolve("case.md");
        Files.writeString(md, Files.readString(md, StandardCharsets.UTF_8) + "\n" + paragraph + "\n", StandardCharsets.UTF_8);
        return Pipeline.load(dir, ROOT.resolve("templates"));
    }

    private static List<Inline.Cite> cites(Pipeline.Loaded l) {
        List<Inline.Cite> out = new ArrayList<>();
        Walk.inlines(l.manuscript(), i -> {
            if (i instanceof Inline.Cite c) out.add(c);
        });
        return out;
    }

    @Test
    void locatorsNarrativeCitationsAndUnresolvedOnes(@TempDir Path tmp) throws IOException {
        Pipeline.Loaded l = load(tmp, "Как показали @berthold2017, выживаемость выше [@berthold2017, с. 235; @zhang2023]; "
                + "см. также [-@kushner1998] и @nosuchkey2020.");
        List<Inline.Cite> c = cites(l);
        Inline.Cite narrative = c.get(c.size() - 3);
        assertTrue(narrative.narrative());
        assertEquals("Berthold и соавт.", narrative.author());
        assertTrue(narrative.rendered().matches("\\[\\d+]"), narrative.rendered());
        Inline.Cite located = c.get(c.size() - 2);
        assertTrue(located.rendered().matches("\\[\\d+, с\\. 235; \\d+]"), located.rendered());
        Inline.Cite suppressed = c.get(c.size() - 1);
        assertTrue(suppressed.rendered().matches("\\[\\d+]") && suppressed.author() == null, suppressed.rendered());
        List<Diagnostic> unresolved = l.diagnostics().stream().filter(d -> d.rule().equals("cite-unresolved")).toList();
        assertEquals(1, unresolved.size(), l.diagnostics().toString());
        assertTrue(unresolved.get(0).toString().contains("'@nosuchkey2020'"), unresolved.get(0).toString());
        assertTrue(unresolved.get(0).pos().line() > 1);
        StringBuilder sb = new StringBuilder();
        Walk.inlines(l.manuscript(), i -> {
            if (i instanceof Inline.Text t) sb.append(t.text());
            if (i instanceof Inline.Cite x) sb.append(x.plain());
        });
        String text = sb.toString();
        assertTrue(text.contains("Как показали Berthold и соавт. ["), text.substring(Math.max(0, text.length() - 300)));
        assertTrue(text.contains("и @nosuchkey2020."));
    }
}
