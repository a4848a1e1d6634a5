package org.casereport.check;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a repaired {@code case.md} the safe way: the original is kept beside it as {@code case.md.orig}
 * (once: a second run keeps the first original), the new text goes to a temporary file in the same folder,
 * is flushed to disk, and only then moved over the old file. A full disk or a read-only folder leaves the old
 * file as it was and fails with the reason. A {@code case.md} that links outside its case folder is refused:
 * {@code --fix} never writes through a link to a file elsewhere.
 */
final class FixWriter {
    private FixWriter() {
    }

    static void write(Path file, String original, String repaired) throws IOException {
        Path dir = file.toAbsolutePath().normalize().getParent();
        Path real = file.toRealPath();
        if (!real.startsWith(dir.toRealPath())) {
            throw new IOException(file + " links outside its case folder; --fix writes only inside the case folder");
        }
        // a link inside the case (case.md -> drafts/case.md) is followed: the file it names is the one repaired
        Path target = real;
        Path orig = file.resolveSibling(file.getFileName() + ".orig");
        if (!Files.exists(orig, java.nio.file.LinkOption.NOFOLLOW_LINKS)) writeNew(orig, original);
        Path tmp = Files.createTempFile(target.getParent(), "." + target.getFileName() + ".", ".part");
        try {
            try (OutputStream out = Files.newOutputStream(tmp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING,
                    StandardOpenOption.SYNC)) {
                out.write(repaired.getBytes(StandardCharsets.UTF_8));
            }
            copyMode(target, tmp);
            try {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The copy of the original, written whole or not at all. */
    private static void writeNew(Path orig, String text) throws IOException {
        Path tmp = Files.createTempFile(orig.toAbsolutePath().getParent(), "." + orig.getFileName() + ".", ".part");
        try {
            Files.write(tmp, text.getBytes(StandardCharsets.UTF_8), StandardOpenOption.SYNC);
            try {
                Files.move(tmp, orig); // a rename in the same folder; never replaces an earlier original
            } catch (FileAlreadyExistsException e) {
                // kept from an earlier run
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** The repaired file keeps the permissions of the one it replaces (a temporary file starts as 0600). */
    private static void copyMode(Path from, Path to) {
        try {
            Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
        } catch (UnsupportedOperationException | IOException e) {
            // not a POSIX file system: the default mode stands
        }
    }
}
