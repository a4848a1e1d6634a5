package org.casereport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.casereport.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A render killed at many points (SIGKILL and SIGTERM, from its start to its end) never leaves a mixed or
 * half-written set: the case's output folder holds either the whole earlier set or the whole new one, byte for
 * byte. The next complete run leaves nothing else beside it.
 */
class KillTest {
    static final Path BASE = Path.of("src/test/resources/hostile/_base");
    static final int POINTS = 8;

    @Test
    void aKilledRenderLeavesTheOldSetOrTheNewOneAndTheNextRunCleansUp(@TempDir Path tmp) throws Exception {
        Path caseDir = tmp.resolve("cases/kill");
        copy(BASE, caseDir);
        Path out = tmp.resolve("out");
        // the new set, rendered once whole elsewhere (output is reproducible: the same case gives the same bytes)
        Path caseMd = caseDir.resolve("case.md");
        String a = Files.readString(caseMd);
        String b = a.replace("ru: Клинический случай", "ru: Клинический случай, второе издание");
        Files.writeString(caseMd, b);
        List<String> newSet = renderInProcess(caseDir, tmp.resolve("out-new"));
        Files.writeString(caseMd, a);
        List<String> oldSet = renderInProcess(caseDir, out);
        assertTrue(!oldSet.equals(newSet), "the two versions differ");
        Files.writeString(caseMd, b);

        long start = System.nanoTime();
        Process whole = start(caseDir, out);
        assertEquals(0, whole.waitFor(), "a render run to its end");
        long fullMs = (System.nanoTime() - start) / 1_000_000;
        assertEquals(newSet, set(out.resolve("kill")));
        Files.writeString(caseMd, a);
        renderInProcess(caseDir, out);
        Files.writeString(caseMd, b);

        List<String> seen = new ArrayList<>();
        for (int i = 0; i < POINTS; i++) {
            Process p = start(caseDir, out);
            Thread.sleep(fullMs * (i + 1) / (POINTS + 1));
            if (i % 2 == 0) p.destroyForcibly(); // SIGKILL
            else p.destroy();                     // SIGTERM, as timeout(1) sends it
            p.waitFor(30, TimeUnit.SECONDS);
            List<String> now = set(out.resolve("kill"));
            assertTrue(now.equals(oldSet) || now.equals(newSet), "after a kill at point " + i + ": " + now);
            seen.add(now.equals(oldSet) ? "old" : "new");
            try (Stream<Path> s = Files.walk(out.resolve("kill"))) {
                assertTrue(s.noneMatch(f -> f.getFileName().toString().endsWith(".part")), "no partial file in the folder");
            }
            if (now.equals(newSet)) { // put the old set back, so that the next kill can be seen to keep it
                Files.writeString(caseMd, a);
                renderInProcess(caseDir, out);
                Files.writeString(caseMd, b);
            }
        }
        renderInProcess(caseDir, out);
        try (Stream<Path> s = Files.list(out)) {
            assertEquals(List.of("kill"), s.map(p -> p.getFileName().toString()).toList(), "the next run leaves only the case's folder");
        }
        try (Stream<Path> s = Files.list(out.resolve("kill"))) {
            assertEquals(List.of("kill.docx", "kill.pdf"), s.map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertEquals(newSet, set(out.resolve("kill")));
        assertTrue(seen.contains("old"), "some kill fell before the set was moved into place: " + seen);
    }

    private static Process start(Path caseDir, Path out) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>(List.of(java, "-Xshare:auto", "-XX:TieredStopAtLevel=1"));
        // the XML transformer the tests run with (the pom names the JDK's, as the command has), so that the child
        // writes the bytes the in-process renders write: the class path also holds another one (docs/performance.md)
        String transformer = System.getProperty("javax.xml.transform.TransformerFactory");
        if (transformer != null) command.add("-Djavax.xml.transform.TransformerFactory=" + transformer);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "org.casereport.cli.Main", "render", caseDir.toString(), "--output", out.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static List<String> renderInProcess(Path caseDir, Path out) throws IOException, NoSuchAlgorithmException {
        StringWriter err = new StringWriter();
        int code = Main.run(new String[] {"render", caseDir.toString(), "--output", out.toString()},
                new PrintWriter(new StringWriter()), new PrintWriter(err));
        assertEquals(0, code, err.toString());
        return set(out.resolve("kill"));
    }

    /** The SHA-256 of kill.pdf and kill.docx ("none" for a missing file). */
    private static List<String> set(Path dir) throws IOException, NoSuchAlgorithmException {
        List<String> h = new ArrayList<>();
        for (String n : List.of("kill.pdf", "kill.docx")) {
            Path f = dir.resolve(n);
            h.add(Files.isRegularFile(f) ? HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(f))) : "none");
        }
        return h;
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }
}
