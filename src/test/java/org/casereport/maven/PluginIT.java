package org.casereport.maven;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereport.build.BuildTestCases;
import org.junit.jupiter.api.Test;

/**
 * The plugin as another repository uses it: {@code src/it/sample-repo} (a pom with only the plugin entry, no
 * templates) with two cases, one broken, built by a real {@code mvn package} (offline, against the plugin staged
 * in {@code target/local-repo} by the build, its dependencies taken from the build's own local repository as the
 * nested build of {@code cases/} takes them: {@code src/cases-build/settings.xml}), twice.
 */
class PluginIT {
    static final String BROKEN_LINE = "cases/broken/case.md:28:18: error: unknown citation key '@smtih2021' [cite-unknown-key]";

    record Run(int code, String output) {
    }

    static Run mvn(Path project, String... args) throws IOException, InterruptedException {
        String home = System.getProperty("maven.home");
        String repo = System.getProperty("casereport.localRepo");
        String version = System.getProperty("casereport.version");
        assertNotNull(home, "maven.home is set by the build (failsafe)");
        assertNotNull(repo, "casereport.localRepo is set by the build (failsafe)");
        List<String> cmd = new ArrayList<>(List.of(Path.of(home, "bin", "mvn").toString(), "-B", "-o", "-ntp",
                "-Dmaven.repo.local=" + repo, "-Dcasereport.version=" + version,
                "-s", Path.of("src/cases-build/settings.xml").toAbsolutePath().toString(),
                "-Dcasereport.dependencies=" + System.getProperty("casereport.dependencies"), "-Daether.offline.protocols=file"));
        cmd.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(project.toFile()).redirectErrorStream(true);
        pb.environment().put("MAVEN_OPTS", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx1g");
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        assertTrue(p.waitFor(5, TimeUnit.MINUTES), "mvn finished");
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    @Test
    void aRepositoryWithOnlyThePluginBuildsItsCasesAndFailsOnTheBrokenOne() throws Exception {
        Path project = Path.of("target/it/sample-repo").toAbsolutePath();
        if (Files.exists(project)) BuildTestCases.deleteTree(project);
        BuildTestCases.copyTree(Path.of("src/it/sample-repo"), project);
        BuildTestCases.copyExample(project.resolve("cases"), "good");

        Run first = mvn(project, "package");
        String log = first.output();
        assertNotEquals(0, first.code(), log);
        assertTrue(log.contains("[ERROR] " + project.resolve(BROKEN_LINE)), log);
        assertTrue(log.contains("BUILD FAILURE"), log);
        assertTrue(log.contains("casereport build: 1 of 2 case(s) failed: 1 error(s)"), log);
        assertFalse(log.matches("(?s).*(\n\\s+at |Caused by|Exception: ).*"), "no stack trace:\n" + log);
        assertTrue(log.matches("(?s).*\\[INFO] \\[\\d/2] good  pdf docx  .*"), log);

        Path pdf = project.resolve("target/casereport/good/good.pdf");
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            String text = new PDFTextStripper().getText(d).replaceAll("\\s+", " ");
            assertTrue(text.contains("Personalized consolidation therapy with venetoclax"), "the good case's title in its PDF");
        }
        assertTrue(Files.size(project.resolve("target/casereport/good/good.docx")) > 10_000);
        assertFalse(Files.exists(project.resolve("target/casereport/broken")), "nothing written for the broken case");
        long pdfTime = Files.getLastModifiedTime(pdf).toMillis();

        Run second = mvn(project, "package");
        String log2 = second.output();
        assertNotEquals(0, second.code(), log2);
        assertTrue(log2.matches("(?s).*\\[INFO] \\[\\d/2] good  up to date  .*"), log2);
        assertTrue(log2.matches("(?s).*\\[INFO] \\[\\d/2] broken  up to date, FAILED  .*"), log2);
        assertTrue(log2.contains("casereport build: 2 case(s): 2 up to date; 1 error(s)"), log2);
        assertTrue(log2.contains("[ERROR] " + project.resolve(BROKEN_LINE)), "the error is reported again:\n" + log2);
        assertFalse(log2.matches("(?s).*(\n\\s+at |Caused by|Exception: ).*"), "no stack trace:\n" + log2);
        assertEquals(pdfTime, Files.getLastModifiedTime(pdf).toMillis(), "the good case was not rendered again");
    }
}
