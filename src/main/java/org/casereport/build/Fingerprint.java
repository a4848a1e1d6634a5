package org.casereport.build;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * What a case's outputs depend on, as one SHA-256: every file of the case folder (names and bytes), every file of
 * the templates folder (all journals and the fonts), the tool itself (its version and the bytes of its code), the
 * mode and formats of the build, and {@code SOURCE_DATE_EPOCH}. Equal fingerprints mean equal outputs.
 * <p>
 * The bytes of the files are digested with MD5, not SHA-256: the launcher runs the C1 compiler only, which has MD5's
 * intrinsic but not SHA-256's, and there SHA-256 reads about 20 MB/s — a third of an unchanged build's CPU time went
 * to hashing the fonts, the jar and the case folders. The fingerprint tells an edit from no edit; it is not a
 * guard against someone crafting a colliding file to fool their own build.
 */
public final class Fingerprint {
    private static final Map<Path, String> TREES = new ConcurrentHashMap<>();
    private static volatile String tool;

    private Fingerprint() {
    }

    /** The fingerprint of one case for one kind of build. */
    static String of(Path caseDir, Path templatesRoot, String mode, List<String> formats) throws IOException {
        MessageDigest md = sha256();
        update(md, "casereport-build/2");
        update(md, tool());
        update(md, mode + " " + String.join(",", formats));
        update(md, String.valueOf(System.getenv("SOURCE_DATE_EPOCH")));
        update(md, caseDir.toString());               // diagnostics name files by this path
        update(md, tree(caseDir));
        update(md, templates(templatesRoot));
        return HexFormat.of().formatHex(md.digest());
    }

    /** The templates folder's hash, computed once per folder and process (a build reads it for every case). */
    static String templates(Path templatesRoot) throws IOException {
        Path key = templatesRoot.toAbsolutePath().normalize();
        String h = TREES.get(key);
        if (h == null) {
            h = tree(key);
            TREES.put(key, h);
        }
        return h;
    }

    /** Forgets the cached templates hashes (watch mode: a template may have been edited). */
    static void forgetTemplates() {
        TREES.clear();
    }

    /** The hash of every regular file below {@code dir}: relative names, sizes and bytes, in name order. */
    static String tree(Path dir) throws IOException {
        MessageDigest md = fileDigest();
        if (!Files.isDirectory(dir)) {
            update(md, "missing");
            return HexFormat.of().formatHex(md.digest());
        }
        List<Path> files;
        try (Stream<Path> s = Files.walk(dir)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        byte[] buf = new byte[1 << 16];
        for (Path p : files) {
            update(md, dir.relativize(p).toString().replace('\\', '/'));
            md.update(longBytes(Files.size(p)));
            try (InputStream in = Files.newInputStream(p)) {
                for (int n; (n = in.read(buf)) > 0; ) md.update(buf, 0, n);
            }
        }
        return HexFormat.of().formatHex(md.digest());
    }

    /** The tool: its version and the hash of its code (the jar, or the classes folder when run from one). */
    static String tool() throws IOException {
        String t = tool;
        if (t != null) return t;
        String version = String.valueOf(Fingerprint.class.getPackage().getImplementationVersion());
        Path where;
        try {
            where = Path.of(Fingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | RuntimeException e) {
            where = null;
        }
        String code;
        if (where == null) {
            code = "unknown";
        } else if (Files.isDirectory(where)) {
            code = tree(where);
        } else {
            MessageDigest md = fileDigest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(where), md)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            code = HexFormat.of().formatHex(md.digest());
        }
        t = version + " " + code;
        tool = t;
        return t;
    }

    /** The tool's version, as the manifest gives it. */
    public static String version() {
        String v = Fingerprint.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The digest of file bytes (see the class comment for why MD5). */
    static MessageDigest fileDigest() {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    static byte[] longBytes(long v) {
        byte[] b = new byte[8];
        for (int i = 0; i < 8; i++) b[i] = (byte) (v >>> (56 - 8 * i));
        return b;
    }

    private static void update(MessageDigest md, String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        md.update(longBytes(b.length));
        md.update(b);
    }
}
