package org.casereport.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.stream.Stream;

/**
 * The {@code setup:} and {@code after:} lines of a hostile input's {@code expected.txt}. Paths are relative to the
 * case folder; {@code secret} is a file outside the case, {@code outside/<name>} a path beside it.
 * <ul>
 * <li>{@code link PATH -> secret} — PATH becomes a link to the secret file outside the case;</li>
 * <li>{@code link PATH -> outside/NAME} — a link to a file or folder outside the case;</li>
 * <li>{@code move-out PATH} — PATH is moved outside the case (to {@code outside/PATH's name}) and linked back;</li>
 * <li>{@code copy-out PATH} — PATH is copied outside the case (to {@code outside/PATH's name}), not linked;</li>
 * <li>{@code remove PATH}; {@code mkdir PATH}; {@code touch PATH} (an empty file);</li>
 * <li>{@code write PATH TEXT}, {@code append PATH TEXT} — with {@code \n}, {@code \e} (ESC) and {@code \a} (BEL);</li>
 * <li>{@code front PATH TEXT} — a line added at the end of case.md's front matter (same escapes);</li>
 * <li>{@code sibling NAME} — another, valid case beside this one ({@code {cases}} in the command is their folder);</li>
 * <li>{@code generate PATH GENERATOR N} — PATH written by a {@link Generators generator} (large inputs are
 * made by the test, never committed);</li>
 * <li>{@code out-file PATH} — a file PATH in the output folder (a stale file of an earlier run).</li>
 * </ul>
 * After the run: {@code same PATH outside/NAME} (the two files have the same bytes), {@code exists PATH},
 * {@code absent PATH}, {@code out-absent PATH}, {@code out-exists PATH}.
 */
final class Setup {
    private Setup() {
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t, StandardCopyOption.REPLACE_EXISTING);
            }
        }
    }

    static void apply(String line, Path caseDir, Path secret, Path out) throws IOException {
        String[] w = line.trim().split("\\s+");
        Path outside = secret.getParent();
        switch (w[0]) {
            case "link" -> {
                Path at = caseDir.resolve(w[1]);
                Files.createDirectories(at.getParent());
                Files.deleteIfExists(at);
                Path target = w[3].equals("secret") ? secret : outside.resolve(w[3].substring("outside/".length()));
                Files.createSymbolicLink(at, target);
            }
            case "move-out", "copy-out" -> {
                Path at = caseDir.resolve(w[1]);
                Path target = outside.resolve(at.getFileName().toString());
                Files.copy(at, target, StandardCopyOption.REPLACE_EXISTING);
                if (w[0].equals("move-out")) {
                    Files.delete(at);
                    Files.createSymbolicLink(at, target);
                }
            }
            case "sibling" -> copy(HostileInputTest.ROOT.resolve("_base"), caseDir.resolveSibling(w[1]));
            case "write" -> Files.writeString(caseDir.resolve(w[1]), line.trim().split("\\s+", 3)[2]
                    .replace("\\n", "\n").replace("\\e", "\u001b").replace("\\a", "\u0007"), java.nio.charset.StandardCharsets.UTF_8);
            case "append" -> Files.writeString(caseDir.resolve(w[1]), Files.readString(caseDir.resolve(w[1])) + line.trim().split("\\s+", 3)[2]
                    .replace("\\n", "\n").replace("\\e", "\u001b").replace("\\a", "\u0007"), java.nio.charset.StandardCharsets.UTF_8);
            case "front" -> Generators.front(caseDir.resolve(w[1]), line.trim().split("\\s+", 3)[2]
                    .replace("\\n", "\n").replace("\\e", "\u001b").replace("\\a", "\u0007") + "\n");
            case "remove" -> Files.deleteIfExists(caseDir.resolve(w[1]));
            case "mkdir" -> Files.createDirectories(caseDir.resolve(w[1]));
            case "touch" -> Files.write(caseDir.resolve(w[1]), new byte[0]);
            case "generate" -> {
                Path at = caseDir.resolve(w[1]);
                Files.createDirectories(at.getParent());
                Generators.write(w[2], Long.parseLong(w[3]), at);
            }
            case "out-file" -> {
                Path at = out.resolve(w[1]);
                Files.createDirectories(at.getParent());
                Files.writeString(at, "stale");
            }
            default -> throw new IllegalArgumentException("unknown setup line: " + line);
        }
    }

    static void verify(String line, Path caseDir, Path secret, Path out) throws IOException {
        String[] w = line.trim().split("\\s+");
        Path outside = secret.getParent();
        switch (w[0]) {
            case "same" -> assertEquals(Files.readString(caseDir.resolve(w[1])),
                    Files.readString(outside.resolve(w[2].substring("outside/".length()))), line);
            case "exists" -> assertTrue(Files.exists(caseDir.resolve(w[1])), line);
            case "absent" -> assertFalse(Files.exists(caseDir.resolve(w[1])), line);
            case "out-exists" -> assertTrue(Files.exists(out.resolve(w[1])), line);
            case "out-mode" -> assertEquals(w[2], java.nio.file.attribute.PosixFilePermissions.toString(
                    Files.getPosixFilePermissions(out.resolve(w[1]))), line);
            case "out-absent" -> assertFalse(Files.exists(out.resolve(w[1])), line);
            default -> throw new IllegalArgumentException("unknown after line: " + line);
        }
    }
}
