package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** --fix writes case.md whole or not at all, keeps the first original, and never writes through a link out. */
class FixWriterTest {
    @Test
    void replacesTheFileKeepsTheOriginalAndItsMode(@TempDir Path dir) throws IOException {
        Path md = dir.resolve("case.md");
        Files.writeString(md, "old text");
        Files.setPosixFilePermissions(md, PosixFilePermissions.fromString("rw-rw-r--"));
        FixWriter.write(md, "old text", "new text");
        assertEquals("new text", Files.readString(md));
        assertEquals("old text", Files.readString(dir.resolve("case.md.orig")));
        assertEquals("rw-rw-r--", PosixFilePermissions.toString(Files.getPosixFilePermissions(md)));
        FixWriter.write(md, "new text", "newer text");
        assertEquals("old text", Files.readString(dir.resolve("case.md.orig")), "the first original is kept");
        try (Stream<Path> s = Files.list(dir)) {
            assertEquals(2, s.count(), "no temporary file left");
        }
    }

    @Test
    void refusesALinkOutOfTheCaseFolder(@TempDir Path tmp) throws IOException {
        Path outside = tmp.resolve("elsewhere.md");
        Files.writeString(outside, "someone else's file");
        Path dir = Files.createDirectories(tmp.resolve("case"));
        Path md = Files.createSymbolicLink(dir.resolve("case.md"), outside);
        IOException e = assertThrows(IOException.class, () -> FixWriter.write(md, "someone else's file", "changed"));
        assertTrue(e.getMessage().contains("links outside its case folder"), e.getMessage());
        assertEquals("someone else's file", Files.readString(outside));
        assertFalse(Files.exists(dir.resolve("case.md.orig")));
    }

    @Test
    void followsALinkInsideTheCaseAndKeepsTheLink(@TempDir Path dir) throws IOException {
        Path real = Files.createDirectories(dir.resolve("drafts")).resolve("case.md");
        Files.writeString(real, "old");
        Path md = Files.createSymbolicLink(dir.resolve("case.md"), Path.of("drafts/case.md"));
        FixWriter.write(md, "old", "new");
        assertTrue(Files.isSymbolicLink(md));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void aFileThatCannotBeWrittenFailsAndStaysAsItWas() throws IOException {
        // /proc refuses new files even to root: the write fails before anything is replaced
        Path version = Path.of("/proc/version");
        String before = Files.readString(version);
        assertThrows(IOException.class, () -> FixWriter.write(version, before, "changed"));
        assertEquals(before, Files.readString(version));
    }
}
