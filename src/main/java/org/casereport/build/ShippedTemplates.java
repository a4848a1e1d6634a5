package org.casereport.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The journal templates and fonts shipped inside the casereport jar (resources under {@value #PREFIX}), so that
 * a repository of cases needs no {@code templates/} folder of its own.
 *
 * <p>The renderer reads templates through the same confined folder lookup as a user's own {@code templates/}
 * ({@code Journal.find}, the PDF resource sandbox, Freemarker's file loader): the shipped files are unpacked once
 * into a folder named by the hash of their content, {@code <parent>/templates-<hash>/}, written to a temporary
 * folder first and moved into place, so a half-unpacked folder is never used and two builds can share it.
 */
public final class ShippedTemplates {
    /** Where the templates live in the jar. */
    public static final String PREFIX = "org/casereport/templates/";

    private static volatile Map<String, byte[]> files;

    private ShippedTemplates() {
    }

    /** The shipped files by their path below the templates folder ("default/journal.yaml", "fonts/PTSerif-Regular.ttf"). */
    static Map<String, byte[]> files() throws IOException {
        Map<String, byte[]> f = files;
        if (f == null) {
            synchronized (ShippedTemplates.class) {
                f = files;
                if (f == null) files = f = read();
            }
        }
        return f;
    }

    /**
     * The shipped templates unpacked below {@code parent} (created when missing); the same folder for the same
     * content.
     *
     * @throws IOException when the jar carries no templates or the folder cannot be written
     */
    public static Path unpack(Path parent) throws IOException {
        Map<String, byte[]> content = files();
        if (content.isEmpty()) throw new IOException("this casereport build carries no journal templates (" + PREFIX + ")");
        Path target = parent.resolve("templates-" + hash(content).substring(0, 16));
        if (Files.isRegularFile(target.resolve(".complete"))) return target;
        Files.createDirectories(parent);
        Path tmp = Files.createTempDirectory(parent, ".templates-");
        try {
            for (Map.Entry<String, byte[]> e : content.entrySet()) {
                Path p = tmp.resolve(e.getKey()).normalize();
                if (!p.startsWith(tmp)) throw new IOException("bad template entry name: " + e.getKey());
                Files.createDirectories(p.getParent());
                Files.write(p, e.getValue());
            }
            Files.writeString(tmp.resolve(".complete"), "");
            try {
                Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (FileAlreadyExistsException | java.nio.file.DirectoryNotEmptyException e) {
                // another build unpacked the same content first: use theirs
                if (!Files.isRegularFile(target.resolve(".complete"))) throw e;
            }
        } finally {
            if (Files.exists(tmp)) deleteTree(tmp);
        }
        return target;
    }

    private static Map<String, byte[]> read() throws IOException {
        Map<String, byte[]> out = new TreeMap<>();
        Path where;
        try {
            where = Path.of(ShippedTemplates.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            throw new IOException("cannot tell where casereport was loaded from: " + e.getMessage(), e);
        }
        if (Files.isDirectory(where)) {
            // run from classes (tests, an IDE): the resources folder
            Path root = where.resolve(PREFIX);
            if (!Files.isDirectory(root)) return out;
            try (Stream<Path> s = Files.walk(root)) {
                for (Path p : s.filter(Files::isRegularFile).toList()) {
                    out.put(root.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
                }
            }
            return out;
        }
        try (JarFile jar = new JarFile(where.toFile())) {
            Enumeration<JarEntry> entries = jar.entries();
            while (entries.hasMoreElements()) {
                JarEntry e = entries.nextElement();
                if (e.isDirectory() || !e.getName().startsWith(PREFIX)) continue;
                try (InputStream in = jar.getInputStream(e)) {
                    out.put(e.getName().substring(PREFIX.length()), in.readAllBytes());
                }
            }
        }
        return out;
    }

    static String hash(Map<String, byte[]> content) {
        MessageDigest md = Fingerprint.sha256();
        for (Map.Entry<String, byte[]> e : content.entrySet()) {
            md.update(e.getKey().getBytes(java.nio.charset.StandardCharsets.UTF_8));
            md.update((byte) 0);
            md.update(Fingerprint.longBytes(e.getValue().length));
            md.update(e.getValue());
        }
        return HexFormat.of().formatHex(md.digest());
    }

    static void deleteTree(Path dir) throws IOException {
        List<Path> all = new ArrayList<>();
        try (Stream<Path> s = Files.walk(dir)) {
            s.forEach(all::add);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (int i = all.size() - 1; i >= 0; i--) Files.deleteIfExists(all.get(i));
    }
}
