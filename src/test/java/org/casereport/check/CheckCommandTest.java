package org.casereport.check;
import org.casereport.diag.Rules;
import org.casereport.diag.Severity;
import org.casereport.diag.Diagnostic;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.casereport.cli.CheckCommand;
import org.casereport.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The check command's formats, exit codes, --fix and CARE files, and the Java API for the build step. */
class CheckCommandTest {
    static final Path CASES = Path.of("src/test/resources/check/cases");
    static final ObjectMapper JSON = new ObjectMapper();

    record Run(int exit, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new CheckCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("--templates", "templates"));
        all.addAll(List.of(args));
        int exit = cmd.execute(all.toArray(String[]::new));
        return new Run(exit, out.toString(), err.toString());
    }

    @Test
    void sarifHasRulesResultsAndLocations() throws IOException {
        Run r = run("--no-care-files", "--format", "sarif", CASES.resolve("case-damage").toString(),
                CASES.resolve("ms-citations/manuscript.txt").toString());
        assertEquals(1, r.exit());
        JsonNode root = JSON.readTree(r.out());
        assertEquals("2.1.0", root.path("version").asText());
        JsonNode run = root.path("runs").get(0);
        JsonNode rules = run.path("tool").path("driver").path("rules");
        assertTrue(rules.isArray() && rules.size() >= Rules.all().size());
        assertEquals("casereport", run.path("tool").path("driver").path("name").asText());
        JsonNode results = run.path("results");
        assertTrue(results.size() >= 15, "results: " + results.size());
        Set<String> seen = new HashSet<>();
        for (JsonNode res : results) {
            String id = res.path("ruleId").asText();
            int index = res.path("ruleIndex").asInt(-1);
            assertEquals(id, rules.get(index).path("id").asText(), "ruleIndex points at the rule");
            assertTrue(Set.of("error", "warning", "note").contains(res.path("level").asText()));
            assertFalse(res.path("message").path("text").asText().isBlank());
            JsonNode phys = res.path("locations").get(0).path("physicalLocation");
            String uri = phys.path("artifactLocation").path("uri").asText();
            assertTrue(uri.startsWith("src/test/resources/check/cases/"), uri);
            if (phys.has("region")) {
                assertTrue(phys.path("region").path("startLine").asInt() >= 1);
                assertTrue(phys.path("region").path("startColumn").asInt() >= 1);
            }
            seen.add(id);
        }
        assertTrue(seen.containsAll(Set.of("text-mojibake", "text-ligature", "text-homoglyph", "cite-missing-entry")), seen.toString());
        // the mojibake finding points at its line and column
        boolean found = false;
        for (JsonNode res : results) {
            if (res.path("ruleId").asText().equals("text-mojibake") && res.path("message").path("text").asText().contains("Ключевые слова")) {
                JsonNode region = res.path("locations").get(0).path("physicalLocation").path("region");
                if (region.path("startLine").asInt() == 31 && region.path("startColumn").asInt() == 1) found = true;
            }
        }
        assertTrue(found, "mojibake at case.md:31:1");
    }

    @Test
    void jsonListsEveryDiagnosticAndTheCareItems() throws IOException {
        Run r = run("--no-care-files", "--format", "json", CASES.resolve("case-metadata").toString());
        JsonNode root = JSON.readTree(r.out());
        JsonNode in = root.path("inputs").get(0);
        assertEquals("case", in.path("kind").asText());
        int errors = 0;
        for (JsonNode d : in.path("diagnostics")) {
            for (String f : List.of("file", "line", "column", "severity", "rule", "message")) assertTrue(d.has(f), f);
            if (d.path("severity").asText().equals("error")) errors++;
        }
        assertEquals(errors, root.path("summary").path("errors").asInt());
        assertEquals(7, errors);
        assertEquals(13, in.path("care").size());
        assertEquals(1, r.exit());
    }

    @Test
    void htmlReportIsEscaped(@TempDir Path tmp) throws IOException {
        Diagnostic d = Diagnostic.warning("text-homoglyph", new SourcePos("a<b>.md", 1, 2), "<script>alert('x')</script> & more");
        String html = ReportWriter.html(List.of(new ReportWriter.Checked("in<put>", "manuscript", List.of(d), List.of())));
        assertFalse(html.contains("<script>"));
        assertTrue(html.contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; more"));
        assertTrue(html.contains("a&lt;b&gt;.md:1:2"));
        Path file = tmp.resolve("report.html");
        Run r = run("--no-care-files", "--html", file.toString(), CASES.resolve("case-damage").toString());
        String page = Files.readString(file);
        assertTrue(page.startsWith("<!DOCTYPE html>"));
        assertTrue(page.contains("Êëþ÷åâûå ñëîâà") && page.contains("text-mojibake"));
        assertTrue(page.contains("CARE checklist"));
        assertEquals(1, r.exit());
    }

    @Test
    void exitCodes(@TempDir Path tmp) throws IOException {
        assertEquals(0, run("--no-care-files", CASES.resolve("case-clean").toString()).exit(), "clean");
        assertEquals(0, run("--no-care-files", CASES.resolve("case-typography").toString()).exit(), "warnings only");
        assertEquals(1, run("--no-care-files", "--strict", CASES.resolve("case-typography").toString()).exit(), "warnings with --strict");
        assertEquals(1, run("--no-care-files", CASES.resolve("case-damage").toString()).exit(), "errors");
        Run missing = run("--no-care-files", tmp.resolve("nothing-here").toString());
        assertEquals(2, missing.exit(), "missing input");
        assertTrue(missing.err().contains("no such file"), missing.err());
        assertEquals(2, run("--journal", "no-such-journal", CASES.resolve("ms-citations/manuscript.txt").toString()).exit(), "unknown journal");
        assertEquals(2, run("--format", "xml", CASES.resolve("case-clean").toString()).exit(), "unknown format");
        assertEquals(2, run(tmp.toString()).exit(), "a folder without case.md");
        Path folder = Files.createDirectories(tmp.resolve("several"));
        copy(CASES.resolve("case-clean"), folder.resolve("one"));
        copy(CASES.resolve("case-damage"), folder.resolve("two"));
        Run both = run("--no-care-files", folder.toString());
        assertEquals(1, both.exit(), "a folder of case folders: each is checked");
        assertTrue(both.out().contains("several/two/case.md:31:1: error: mojibake"), both.out());
        Path odd = Files.writeString(tmp.resolve("notes.odt"), "x");
        assertEquals(2, run(odd.toString()).exit(), "unsupported file type");
        Path broken = Files.write(tmp.resolve("broken.docx"), new byte[] {1, 2, 3});
        Run unreadable = run(broken.toString());
        assertEquals(2, unreadable.exit(), "a damaged docx cannot be checked: exit 2");
        assertTrue(unreadable.out().matches("(?s).*broken.docx: error: cannot read it as a DOCX file: [^\n]+ \\[manuscript-unreadable].*"), unreadable.out());
    }

    static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> s = Files.walk(from)) {
            for (Path p : s.toList()) {
                Path t = to.resolve(from.relativize(p).toString());
                if (Files.isDirectory(p)) Files.createDirectories(t);
                else Files.copy(p, t);
            }
        }
    }

    @Test
    void fixRepairsTypographyAndKeepsTheOriginal(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("case-typography");
        copy(CASES.resolve("case-typography"), dir);
        Files.delete(dir.resolve("expected.txt"));
        String original = Files.readString(dir.resolve("case.md"));
        Run r = run("--no-care-files", "--fix", dir.toString());
        assertTrue(r.err().contains("original is kept as"), r.err());
        assertEquals(original, Files.readString(dir.resolve("case.md.orig")));
        String fixed = Files.readString(dir.resolve("case.md"));
        String expected = Files.readString(Path.of("src/test/resources/check/fix/case-typography.fixed.md"));
        assertEquals(expected, fixed);
        // what --fix does not touch: code spans, URLs, citation keys, YAML keys
        assertTrue(fixed.contains("`a - b \"c\" 5-10 в д`"));
        assertTrue(fixed.contains("https://example.org/a-1-2"));
        assertTrue(fixed.contains("[@key-1-2]"));
        assertTrue(fixed.contains("\nabstract:\n  ru: "));
        // after the fix only the CARE warning is left
        assertFalse(r.out().contains("[typo-"), r.out());
        // a second --fix keeps the first original
        run("--no-care-files", "--fix", dir.toString());
        assertEquals(original, Files.readString(dir.resolve("case.md.orig")));
    }

    @Test
    void fixRepairsHomoglyphsButNotCode(@TempDir Path tmp) throws IOException {
        Path dir = tmp.resolve("case-damage");
        copy(CASES.resolve("case-damage"), dir);
        Run r = run("--no-care-files", "--fix", dir.toString());
        String fixed = Files.readString(dir.resolve("case.md"));
        assertTrue(fixed.contains("Современная медицина располагает"), "Latin e replaced in the body");
        assertTrue(fixed.contains("`мeдицина`"), "code span untouched");
        assertTrue(fixed.contains("a case report of Leukemia"), "Cyrillic е replaced in title.en");
        assertFalse(r.out().contains("[text-homoglyph]"), r.out());
        assertTrue(r.out().contains("[text-mojibake]"), "mojibake is reported, not repaired: " + r.out());
    }

    @Test
    void careChecklistWrittenAsMarkdownAndDocx(@TempDir Path tmp) throws IOException {
        Run r = run("--output", tmp.toString(), CASES.resolve("case-clean").toString());
        assertEquals(0, r.exit());
        String md = Files.readString(tmp.resolve("case-clean-care.md"));
        assertTrue(md.contains("| 13 | Informed consent |"));
        assertTrue(md.contains("13 of 13 items reported"));
        assertTrue(md.contains("| yes | case.md:38:9 (statements.consent.ru"), md);
        assertTrue(md.contains("timeline figure fig-timeline"));
        try (InputStream in = Files.newInputStream(tmp.resolve("case-clean-care.docx")); XWPFDocument doc = new XWPFDocument(in)) {
            XWPFTable t = doc.getTables().get(0);
            assertEquals(14, t.getNumberOfRows());
            assertEquals("Title", t.getRow(1).getCell(1).getText());
            for (int i = 1; i <= 13; i++) assertEquals("yes", t.getRow(i).getCell(3).getText(), "item " + i);
            assertTrue(t.getRow(13).getCell(4).getText().startsWith("case.md:38:9"));
        }
        run("--output", tmp.toString(), CASES.resolve("case-care-missing").toString());
        String missing = Files.readString(tmp.resolve("case-care-missing-care.md"));
        assertTrue(missing.contains("| 11 | Discussion |") && missing.contains("| **no** |"));
        assertTrue(missing.contains("2 of 13 items reported"), missing);
    }

    @Test
    void apiNeverThrowsForBadInput(@TempDir Path tmp) throws IOException {
        List<Diagnostic> none = CaseChecker.check(tmp.resolve("absent"), Path.of("templates"));
        assertEquals("case-missing", none.get(0).rule());
        Path binary = Files.createDirectories(tmp.resolve("binary"));
        Files.write(binary.resolve("case.md"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2, (byte) 0xc3});
        List<Diagnostic> ds = CaseChecker.check(binary, Path.of("templates"));
        assertFalse(ds.isEmpty());
        Path bad = Files.createDirectories(tmp.resolve("bad-yaml"));
        Files.writeString(bad.resolve("case.md"), "---\ntitle: [unclosed\n---\nТекст.\n");
        List<Diagnostic> yaml = CaseChecker.check(bad, Path.of("templates"));
        assertTrue(yaml.stream().anyMatch(d -> d.severity() == Severity.ERROR), yaml.toString());
        String[] odd = {"", "---\n", "---\n---\n", "---\n- a\n- b\n---\n# Заголовок\n", "---\njournal: [x]\ntitle: 5\nauthors: {a: 1}\n"
                + "affiliations: x\nkeywords: {ru: x}\nchecks: {disable: x}\n---\n```\nunclosed fence\n", "---\nlanguage: ru\n---\n"
                + "в\n".repeat(3) + "\"" + "x".repeat(5000) + "\n`" + "a - b".repeat(100)};
        for (int i = 0; i < odd.length; i++) {
            Path d = Files.createDirectories(tmp.resolve("odd" + i));
            Files.writeString(d.resolve("case.md"), odd[i]);
            assertNotNull(CaseChecker.run(d, Path.of("templates")), odd[i]);
            assertEquals(0, run("--no-care-files", "--fix", "--format", "sarif", d.toString()).exit() == 2 ? 1 : 0, odd[i]);
        }
        for (String text : List.of("", "References\n", "1.\n2.\n", "[1] [2–1] [999999] [1-500]\nReferences\n1. x\n")) {
            Path m = Files.writeString(tmp.resolve("m" + text.length() + ".txt"), text);
            int exit = run("--no-care-files", m.toString()).exit();
            assertTrue(exit == 0 || exit == 1, text + " → " + exit);
        }
        Path noFront = Files.createDirectories(tmp.resolve("no-front"));
        Files.writeString(noFront.resolve("case.md"), "Just text, no front matter.\n");
        assertTrue(CaseChecker.check(noFront, Path.of("templates")).stream().anyMatch(d -> d.severity() == Severity.ERROR));
    }

    @Test
    void aJournalSwitchesRulesOffForEveryCase(@TempDir Path tmp) throws IOException {
        Path templates = tmp.resolve("templates");
        copy(Path.of("templates"), templates);
        Path yaml = templates.resolve("default/journal.yaml");
        String settings = Files.readString(yaml).replace("  disable: []",
                "  disable:\n    - {rule: care-timeline, reason: \"the journal prints no timelines\"}\n    - {rule: typo-quotes}");
        Files.writeString(yaml, settings);
        StringWriter out = new StringWriter();
        CommandLine cmd = new CommandLine(new CheckCommand());
        cmd.setOut(new PrintWriter(out));
        cmd.setErr(new PrintWriter(new StringWriter()));
        cmd.execute("--templates", templates.toString(), "--no-care-files", CASES.resolve("case-typography").toString());
        String text = out.toString();
        assertFalse(text.contains("[care-timeline]"), text);
        assertFalse(text.contains("[typo-quotes]"), text);
        assertTrue(text.contains("default/journal.yaml: warning: rule typo-quotes is switched off for journal default without a reason"), text);
        assertTrue(text.contains("[typo-range-dash]"), text);
        String without = run("--no-care-files", CASES.resolve("case-typography").toString()).out();
        assertTrue(without.contains("[care-timeline]") && without.contains("[typo-quotes]"), without);
    }

    @Test
    void everyRuleIsDocumented() throws IOException {
        String doc = Files.readString(Path.of("docs/rules.md"));
        for (String id : Rules.all().keySet()) assertTrue(doc.contains("| `" + id + "` |"), id + " is not in docs/rules.md");
    }

    @Test
    void exampleCaseHasNoFalseAlarms() {
        Path example = Path.of("cases/venetoclax-aml-after-neuroblastoma");
        assertTrue(Files.isDirectory(example), "the example case " + example + " is missing");
        List<Diagnostic> ds = CaseChecker.check(example, Path.of("templates"));
        // what is really missing from it: a consent statement, the patient's perspective, an e-mail; and its typography
        Set<String> allowed = Set.of("care-consent", "care-perspective", "meta-corresponding");
        for (Diagnostic d : ds) {
            assertTrue(d.severity() != Severity.ERROR, "no errors: " + d);
            if (Rules.known(d.rule())) {
                assertTrue(allowed.contains(d.rule()) || d.rule().startsWith("typo-"), "false alarm on the example case: " + d);
            }
        }
    }
}
