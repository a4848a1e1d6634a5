package org.casereport.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.casereport.pipeline.Pipeline;
import org.casereport.model.Manuscript;
import org.casereport.write.RenderContext;
import org.casereport.write.Writer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An earlier output is never replaced by a half-written file, and no temporary file is left behind. */
class AtomicOutputTest {
    static final Path CASE = Path.of("src/test/resources/pipeline/minimal");

    @TempDir
    Path out;

    record FakeWriter(String format, String text, boolean failHalfway) implements Writer {
        @Override
        public void write(Manuscript manuscript, RenderContext context, OutputStream o) throws IOException {
            o.write(text.getBytes(StandardCharsets.UTF_8));
            if (failHalfway) throw new IOException("disk full");
        }
    }

    @Test
    void aFailingWriterLeavesEveryEarlierOutputAsItWas() throws IOException {
        Pipeline.Loaded loaded = Pipeline.load(CASE, Path.of("templates"));
        List<Path> first = Render.write(loaded, List.of(new FakeWriter("pdf", "old pdf", false),
                new FakeWriter("docx", "old docx", false)), out);
        assertEquals(2, first.size());
        IOException e = assertThrows(IOException.class, () -> Render.write(loaded,
                List.of(new FakeWriter("pdf", "new pdf", false), new FakeWriter("docx", "new do", true)), out));
        assertEquals("disk full", e.getMessage());
        // neither file was replaced: the set is moved into place only when every format is written
        assertArrayEquals("old pdf".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("minimal.pdf")));
        assertArrayEquals("old docx".getBytes(StandardCharsets.UTF_8), Files.readAllBytes(out.resolve("minimal.docx")));
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("minimal.docx", "minimal.pdf"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
    }

    /** A writer that takes its time and says when it is done. */
    static final class SlowWriter implements Writer {
        volatile boolean done;

        @Override
        public String format() {
            return "docx";
        }

        @Override
        public void write(Manuscript manuscript, RenderContext context, OutputStream o) throws IOException {
            long end = System.nanoTime() + 400_000_000L; // busy the way a writer is: an interrupt does not stop it
            while (System.nanoTime() < end) Thread.onSpinWait();
            o.write(1);
            done = true;
        }
    }

    /**
     * When one writer fails, the others are waited for before the staging folder is removed: a writer still at work
     * could create its file in the folder while it is removed, and the run then failed with "a folder that is not
     * empty is in the way" instead of the writer's own error (seen in HostileInputTest under load).
     */
    @Test
    void aFailedSetIsRemovedOnlyAfterEveryWriterStopped() throws IOException {
        Pipeline.Loaded loaded = Pipeline.load(CASE, Path.of("templates"));
        Path target = out.resolve("minimal");
        SlowWriter slow = new SlowWriter();
        IOException e = assertThrows(IOException.class, () -> Render.write(loaded,
                List.of(new FakeWriter("pdf", "x", true), slow), target));
        assertEquals("disk full", e.getMessage());
        assertTrue(slow.done, "Render.write returned while a writer was still writing into the staging folder");
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of(), s.map(p -> p.getFileName().toString()).toList(), "nothing left beside the output");
        }
    }

    @Test
    void timestampComesFromTheCaseNotTheClock() {
        Pipeline.Loaded loaded = Pipeline.load(CASE, Path.of("templates"));
        assertEquals("2025-06-20T00:00:00Z", Pipeline.timestamp(loaded.manuscript()).toString());
    }
}
