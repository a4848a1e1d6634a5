package org.casereport.write;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The output folder is replaced as a whole; what a killed run leaves at each of its steps is cleaned up next time. */
class OutputSetTest {
    @Test
    void aKillBetweenTheTwoRenamesIsUndoneByTheNextRun(@TempDir Path out) throws IOException {
        Path target = out.resolve("x");
        Path old = Files.createDirectories(out.resolve(".x.old-1-2"));
        Files.writeString(old.resolve("x.pdf"), "old pdf");
        Files.writeString(old.resolve("x.docx"), "old docx");
        Files.createDirectories(out.resolve(".x.staging-1-3")).resolve("x.pdf").toFile().createNewFile();
        OutputSet.recover(target);
        assertEquals("old pdf", Files.readString(target.resolve("x.pdf")));
        assertEquals("old docx", Files.readString(target.resolve("x.docx")));
        assertEquals(List.of("x"), names(out));
    }

    @Test
    void stalePartsAndLeftoversGoAndOtherFilesStay(@TempDir Path out) throws IOException {
        Path target = Files.createDirectories(out.resolve("x"));
        Files.writeString(target.resolve(".x.123.pdf.part"), "half");
        Files.writeString(target.resolve("x-care.md"), "care");
        Files.writeString(target.resolve("x.pdf"), "old");
        Files.createDirectories(out.resolve(".x.old-9-9"));
        Files.createDirectories(out.resolve(".y.staging-1-1")); // another case's: not touched
        OutputSet set = OutputSet.begin(target);
        Files.writeString(set.file("x.pdf"), "new");
        set.commit(List.of("x.pdf"));
        assertEquals(List.of(".y.staging-1-1", "x"), names(out));
        assertEquals(List.of("x-care.md", "x.pdf"), names(target));
        assertEquals("new", Files.readString(target.resolve("x.pdf")));
        assertEquals("care", Files.readString(target.resolve("x-care.md")));
    }

    @Test
    void filesGetTheUmasksModeNotATemporaryFilesMode(@TempDir Path out) throws IOException {
        OutputSet set = OutputSet.begin(out.resolve("x"));
        Files.writeString(set.file("x.pdf"), "new");
        set.commit(List.of("x.pdf"));
        String mode = PosixFilePermissions.toString(Files.getPosixFilePermissions(out.resolve("x/x.pdf")));
        // a file created the ordinary way: readable by the group and others under the usual umask 022
        Path plain = Files.writeString(out.resolve("plain"), "p");
        assertEquals(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)), mode);
    }

    private static List<String> names(Path dir) throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
