package org.casereport.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casereport.diag.SourcePos;
import org.casereport.model.Journal;
import org.casereport.pipeline.Pipeline;
import org.casereport.read.JournalReader;
import org.casereport.template.Ties;
import org.casereport.write.pdf.PdfWriter;
import org.junit.jupiter.api.Test;

/**
 * Which PDF engine a journal gets: the shipped journals name the FO engine ({@code pdf.engine: fo}); a journal.yaml
 * that names none gets openhtmltopdf, so a journal of its own written for that engine keeps its page.
 */
class PdfEnginesTest {
    @Test
    void everyShippedJournalNamesTheFoEngine() throws Exception {
        List<String> journals;
        try (Stream<Path> s = Files.list(Path.of("templates"))) {
            journals = s.filter(p -> Files.isRegularFile(p.resolve("journal.yaml")))
                    .map(p -> p.getFileName().toString()).sorted().toList();
        }
        assertEquals(List.of("default", "gost", "nlm"), journals);
        for (String name : journals) {
            Journal j = JournalReader.read(Path.of("templates"), name, null, SourcePos.file("case.md"));
            // read from the journal's own journal.yaml: gost and nlm do not inherit default's settings
            assertEquals("fo", j.string("pdf.engine", "(none)"), name);
        }
    }

    /**
     * A case whose own template/ folder changes the html engine's page (here article.css) and not the FO page: the
     * journal's fo engine would drop that change without a word, so the case gets openhtmltopdf and a warning at the file.
     */
    @Test
    void aCaseThatChangesTheHtmlPageKeepsItWithAWarning(@org.junit.jupiter.api.io.TempDir Path tmp) throws Exception {
        Path c = CaseVariant.of(Path.of("cases", "hlh-after-pneumonia"), tmp, "own-css",
                s -> s.replaceFirst("(?m)^journal: default$", "journal: default\n# with its own article.css"));
        Files.createDirectories(c.resolve("template"));
        Files.writeString(c.resolve("template").resolve("article.css"),
                Files.readString(Path.of("templates", "default", "article.css")) + "\nh2 { color: #203060; }\n");
        Pipeline.Loaded l = Pipeline.load(c, Path.of("templates"));
        assertEquals("fo", l.journal().string("pdf.engine", "html"));
        var m = Ties.apply(l.manuscript());
        RenderContext context = new RenderContext(l.journal(), Pipeline.timestamp(l.manuscript()));
        ByteArrayOutputStream chosen = new ByteArrayOutputStream();
        Writers.get("pdf").write(m, context, chosen);
        List<String> warnings = context.warnings().stream().filter(d -> d.rule().equals("pdf-engine-own-page"))
                .map(Object::toString).toList();
        assertEquals(1, warnings.size(), context.warnings().toString());
        assertTrue(warnings.get(0).contains("article.css") && warnings.get(0).contains("template/article.fo.ftlh"),
                warnings.get(0));
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new PdfWriter().write(m, new RenderContext(l.journal(), Pipeline.timestamp(l.manuscript())), html);
        assertArrayEquals(html.toByteArray(), chosen.toByteArray(), "openhtmltopdf's bytes, with the case's style sheet");
        // with an FO page of its own beside it, the journal's engine again, and no warning
        Files.copy(Path.of("templates", "default", "article.fo.ftlh"), c.resolve("template").resolve("article.fo.ftlh"));
        Pipeline.Loaded again = Pipeline.load(c, Path.of("templates"));
        RenderContext foContext = new RenderContext(again.journal(), Pipeline.timestamp(again.manuscript()));
        ByteArrayOutputStream fo = new ByteArrayOutputStream();
        Writers.get("pdf").write(Ties.apply(again.manuscript()), foContext, fo);
        assertTrue(foContext.warnings().stream().noneMatch(d -> d.rule().equals("pdf-engine-own-page")), foContext.warnings().toString());
        assertTrue(!java.util.Arrays.equals(html.toByteArray(), fo.toByteArray()), "the FO engine's PDF");
    }

    @Test
    void aJournalThatNamesNoEngineGetsOpenhtmltopdf() throws Exception {
        Pipeline.Loaded l = Pipeline.load(Path.of("cases", "hlh-after-pneumonia"), Path.of("templates"));
        Map<String, Object> settings = new LinkedHashMap<>(l.journal().settings());
        assertTrue(settings.remove("pdf") != null, "the default journal sets pdf.engine");
        Journal none = new Journal(l.journal().name(), l.journal().dirs(), l.journal().fontsDir(), settings);
        RenderContext context = new RenderContext(none, Pipeline.timestamp(l.manuscript()));
        var m = Ties.apply(l.manuscript());
        ByteArrayOutputStream chosen = new ByteArrayOutputStream();
        Writers.get("pdf").write(m, context, chosen);
        ByteArrayOutputStream html = new ByteArrayOutputStream();
        new PdfWriter().write(m, new RenderContext(none, Pipeline.timestamp(l.manuscript())), html);
        assertArrayEquals(html.toByteArray(), chosen.toByteArray(), "the openhtmltopdf writer's bytes");
    }
}
