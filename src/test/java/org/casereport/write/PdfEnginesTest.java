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
