package org.casereport.write;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A case's output folder ({@code output/<id>/}) replaced as a whole: every output is written into a staging folder
 * beside it ({@code output/.<id>.staging-…}); files of the old folder that this run does not write (the CARE
 * checklist, a format not asked for) are linked into it; then the old folder is renamed aside
 * ({@code .<id>.old-…}), the staging folder renamed into its place, and the old one removed. Two renames in one
 * folder: at any moment the folder holds the whole old set or the whole new set. A run killed at any point leaves at
 * most a staging or old folder beside it, which the next run for the case removes (or, when the kill fell between
 * the two renames, renames back). Files and folders are created with the mode the umask gives, never a temporary
 * file's 0600.
 */
final class OutputSet {
    private final Path target;
    private final Path staging;

    private OutputSet(Path target, Path staging) {
        this.target = target;
        this.staging = staging;
    }

    /** Cleans up after a killed run, then opens a new staging folder for {@code target}. */
    static OutputSet begin(Path target) throws IOException {
        Path t = target.toAbsolutePath().normalize();
        Files.createDirectories(t.getParent());
        recover(t);
        Path staging = t.resolveSibling(prefix(t) + "staging-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
        Files.createDirectory(staging);
        return new OutputSet(t, staging);
    }

    /** Where the output named {@code name} is written before the set is moved into place. */
    Path file(String name) {
        return staging.resolve(name);
    }

    /** Moves the staged set into place; the files named {@code written} replace the old ones, the rest is kept. */
    void commit(List<String> written) throws IOException {
        if (Files.isDirectory(target)) {
            try (Stream<Path> s = Files.list(target)) {
                for (Path p : s.toList()) {
                    String name = p.getFileName().toString();
                    if (written.contains(name) || stalePart(name)) continue;
                    carry(p, staging.resolve(name));
                }
            }
            Path old = target.resolveSibling(prefix(target) + "old-" + ProcessHandle.current().pid() + "-" + System.nanoTime());
            move(target, old);
            move(staging, target);
            deleteTree(old);
        } else {
            if (Files.exists(target)) throw new FileAlreadyExistsException(target.toString(), null, "not a folder");
            move(staging, target);
        }
    }

    /** Removes the staging folder of a run that failed; the old set stays as it was. */
    void abandon() throws IOException {
        deleteTree(staging);
    }

    /**
     * What a killed run left: a staging folder is removed; an old folder is renamed back when the kill came
     * between the two renames (no folder in place), else removed; partial files of earlier versions
     * ({@code .<id>.N.pdf.part}) inside the folder are removed.
     */
    static void recover(Path target) throws IOException {
        Path parent = target.getParent();
        String prefix = prefix(target);
        if (!Files.isDirectory(parent)) return;
        List<Path> leftovers;
        try (Stream<Path> s = Files.list(parent)) {
            leftovers = s.filter(p -> p.getFileName().toString().startsWith(prefix)).sorted().toList();
        }
        for (Path p : leftovers) {
            String rest = p.getFileName().toString().substring(prefix.length());
            if (rest.startsWith("old-") && !Files.exists(target)) move(p, target);
            else if (rest.startsWith("old-") || rest.startsWith("staging-")) deleteTree(p);
        }
        if (Files.isDirectory(target)) {
            try (Stream<Path> s = Files.list(target)) {
                for (Path p : s.filter(p -> stalePart(p.getFileName().toString())).toList()) Files.deleteIfExists(p);
            }
        }
    }

    private static String prefix(Path target) {
        return "." + target.getFileName() + ".";
    }

    /** A partial file as earlier versions wrote them: {@code .<id>.<random>.<format>.part}. */
    private static boolean stalePart(String name) {
        return name.startsWith(".") && name.endsWith(".part");
    }

    private static void carry(Path from, Path to) throws IOException {
        if (Files.isDirectory(from, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
            Files.createDirectory(to);
            try (Stream<Path> s = Files.list(from)) {
                for (Path p : s.toList()) carry(p, to.resolve(p.getFileName().toString()));
            }
            return;
        }
        if (Files.isSymbolicLink(from)) {
            Files.createSymbolicLink(to, Files.readSymbolicLink(from));
            return;
        }
        try {
            Files.createLink(to, from);
        } catch (IOException | UnsupportedOperationException e) {
            Files.copy(from, to, StandardCopyOption.COPY_ATTRIBUTES);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir, java.nio.file.LinkOption.NOFOLLOW_LINKS)) return;
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
