package org.casereport.hostile;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casereport.check.Findings;
import org.casereport.check.ManuscriptText;
import org.casereport.cite.ReferenceReader;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.figure.FigureReader;
import org.casereport.read.CaseReader;

/**
 * Coverage-guided fuzzing of every reader of untrusted input (Jazzer): front matter, body, CSL-JSON, BibTeX, RIS,
 * figure YAML, SVG, and the manuscript reader of {@code check} on DOCX, PDF and text. The property: a reader
 * either reads or reports one-line diagnostics ({@link CaseException}, {@code ManuscriptText.Unreadable}); it
 * never throws anything else, never overflows its stack, never runs out of memory.
 *
 * <p>In {@code mvn verify} each target replays its committed seed corpus
 * ({@code src/test/resources/org/casereport/hostile/ReadersFuzzTestInputs/<target>/}) in seconds. The long run,
 * one target at a time: {@code JAZZER_FUZZ=1 mvn test -Dtest=ReadersFuzzTest#bibtex} (five minutes a target,
 * see docs/limits.md). A crash it finds is written beside the seeds; make it a fixture of the hostile suite.
 */
class ReadersFuzzTest {
    private static final String FRONT = "journal: default\nlanguage: ru\ntitle: {ru: Заголовок, en: Title}\n"
            + "authors: [{surname: {ru: Иванов, en: Ivanov}, initials: {ru: И.И., en: I.I.}, affiliations: [a1]}]\n"
            + "affiliations: [{key: a1, ru: Больница, en: Hospital}]\nabstract: {ru: Резюме., en: Abstract.}\n"
            + "keywords: {ru: [один], en: [one]}\nreceived: 2025-03-07\naccepted: 2025-06-20\nreferences: references.json\n";
    private static final Path DIR = tempDir();

    private static Path tempDir() {
        try {
            Path d = Files.createTempDirectory("casereport-fuzz");
            d.toFile().deleteOnExit();
            return d;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "5m")
    void frontMatter(byte[] data) throws IOException {
        readCase("---\n" + text(data) + "\n---\n\nТекст.\n", "[]");
    }

    @FuzzTest(maxDuration = "5m")
    void body(byte[] data) throws IOException {
        readCase("---\n" + FRONT + "---\n" + text(data), "[{\"id\": \"a\", \"type\": \"book\", \"title\": \"T\"}]");
    }

    @FuzzTest(maxDuration = "5m")
    void cslJson(byte[] data) throws IOException {
        references("references.json", data);
    }

    @FuzzTest(maxDuration = "5m")
    void bibtex(byte[] data) throws IOException {
        references("references.bib", data);
    }

    @FuzzTest(maxDuration = "5m")
    void ris(byte[] data) throws IOException {
        references("references.ris", data);
    }

    @FuzzTest(maxDuration = "5m")
    void figureYaml(byte[] data) throws IOException {
        Path f = Files.createDirectories(DIR.resolve("figure/figures")).resolve("f.yaml");
        Files.write(f, data);
        Diagnostics d = new Diagnostics();
        contained(() -> FigureReader.read(f, "figures/f.yaml", DIR.resolve("figure"), d), d);
    }

    @FuzzTest(maxDuration = "5m")
    void svg(byte[] data) throws IOException {
        Path dir = Files.createDirectories(DIR.resolve("svg/figures"));
        Files.writeString(dir.resolve("f.yaml"), "kind: image\nid: fig-x\nfile: figures/x.svg\ncaption: {ru: Рис, en: Fig}\n");
        Files.write(dir.resolve("x.svg"), data);
        Diagnostics d = new Diagnostics();
        contained(() -> FigureReader.read(dir.resolve("f.yaml"), "figures/f.yaml", DIR.resolve("svg"), d), d);
    }

    @FuzzTest(maxDuration = "5m")
    void checkDocx(byte[] data) throws IOException {
        manuscript("m.docx", data);
    }

    @FuzzTest(maxDuration = "5m")
    void checkPdf(byte[] data) throws IOException {
        manuscript("m.pdf", data);
    }

    @FuzzTest(maxDuration = "5m")
    void checkText(byte[] data) throws IOException {
        manuscript("m.txt", data);
    }

    private static String text(byte[] data) {
        return new String(data, StandardCharsets.UTF_8);
    }

    private static void readCase(String caseMd, String references) throws IOException {
        Path c = Files.createDirectories(DIR.resolve("case"));
        Files.writeString(c.resolve("case.md"), caseMd);
        Files.writeString(c.resolve("references.json"), references);
        Diagnostics d = new Diagnostics();
        contained(() -> CaseReader.read(c, d), d);
    }

    private static void references(String name, byte[] data) throws IOException {
        Path f = Files.createDirectories(DIR.resolve("refs")).resolve(name);
        Files.write(f, data);
        Diagnostics d = new Diagnostics();
        contained(() -> ReferenceReader.read(f, name, d), d);
    }

    private static void manuscript(String name, byte[] data) throws IOException {
        Path f = Files.createDirectories(DIR.resolve("ms")).resolve(name);
        Files.write(f, data);
        Findings findings = new Findings();
        try {
            ManuscriptText.read(f, findings);
        } catch (ManuscriptText.Unreadable e) {
            oneLine(e.getMessage());
        } catch (CaseException e) {
            e.diagnostics().forEach(x -> oneLine(x.toString()));
        }
        findings.diagnostics().forEach(x -> oneLine(x.toString()));
    }

    private static void contained(Runnable read, Diagnostics d) {
        try {
            read.run();
        } catch (CaseException e) {
            e.diagnostics().forEach(x -> oneLine(x.toString()));
        }
        for (Diagnostic x : d.all()) oneLine(x.toString());
    }

    private static void oneLine(String s) {
        assertTrue(s != null && !s.contains("\n") && !s.contains("\r") && s.chars().noneMatch(c -> c < 0x20 && c != '\t' || c == 0x1b),
                () -> "a diagnostic is one printable line: " + List.of(String.valueOf(s)));
    }
}
