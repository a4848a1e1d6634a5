package org.casereport.template;

import freemarker.template.Configuration;
import freemarker.template.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The Freemarker configurations of the process, one per set of template folders <em>and their content</em>: the key
 * is a digest of every file below the folders (names and bytes), so an edited, added or removed template (a watch
 * session, a case's own {@code template/} folder) gets a new configuration that parses it afresh, while cases that
 * share a journal share its parsed templates. The last {@value #KEPT} configurations are kept.
 */
final class TemplateCache {
    static final int KEPT = 8;

    private static final Map<String, Configuration> CONFIGURATIONS = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Configuration> eldest) {
            return size() > KEPT;
        }
    };

    /** Parsed templates already given their interruption checks (by identity). */
    private static final Set<Template> INTERRUPTIBLE = Collections.newSetFromMap(Collections.synchronizedMap(new WeakHashMap<>()));

    private TemplateCache() {
    }

    /** The configuration for these folders as they are now: made by {@code make} when none is kept for them. */
    static Configuration configuration(List<Path> dirs, Supplier<Configuration> make) {
        String key = key(dirs);
        synchronized (CONFIGURATIONS) {
            Configuration c = CONFIGURATIONS.get(key);
            if (c != null) return c;
        }
        Configuration made = make.get();
        synchronized (CONFIGURATIONS) {
            return CONFIGURATIONS.computeIfAbsent(key, k -> made);
        }
    }

    /** Adds Freemarker's interruption checks to a parsed template, once. */
    static void interruptible(Template t) {
        synchronized (t) {
            if (INTERRUPTIBLE.add(t)) freemarker.core._CoreAPI.addThreadInterruptedChecks(t);
        }
    }

    /** The digest of the folders in order: each folder's path, then every regular file below it (name, size, bytes). */
    static String key(List<Path> dirs) {
        MessageDigest md = md5();
        byte[] buf = new byte[1 << 14];
        for (Path d : dirs) {
            update(md, "dir " + d.toAbsolutePath().normalize());
            if (!Files.isDirectory(d)) continue;
            List<Path> files;
            try (Stream<Path> s = Files.walk(d)) {
                files = s.filter(Files::isRegularFile).sorted().toList();
            } catch (IOException | UncheckedIOException e) {
                update(md, "unreadable " + System.nanoTime()); // never shared: the configuration reports the folder
                continue;
            }
            for (Path f : files) {
                update(md, "file " + d.relativize(f).toString().replace('\\', '/'));
                try {
                    update(md, "size " + Files.size(f));
                } catch (IOException e) {
                    update(md, "unreadable " + System.nanoTime());
                }
                try (InputStream in = Files.newInputStream(f)) {
                    for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
                } catch (IOException e) {
                    update(md, "unreadable " + System.nanoTime());
                }
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    private static void update(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update((byte) (b.length >>> 8));
        md.update((byte) b.length);
        md.update(b);
        md.update((byte) 0);
    }

    /** MD5: the digest the launcher's C1-only JIT runs fast; it tells an edit from no edit (see build.Fingerprint). */
    private static MessageDigest md5() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
