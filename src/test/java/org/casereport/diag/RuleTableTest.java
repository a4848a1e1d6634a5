package org.casereport.diag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The rule table is the one declaration of every rule: docs/rules.md carries its index (generated: run with
 * {@code -Drules.update=true} to rewrite it after changing the table), no document gives a rule another severity,
 * and every rule id the code reports is in the table.
 */
class RuleTableTest {
    static final Path DOC = Path.of("docs/rules.md");
    static final String BEGIN = "<!-- rule index: generated from src/main/java/org/casereport/diag/Rules.java by RuleTableTest -->\n";
    static final String END = "<!-- end of rule index -->\n";

    @Test
    void docsRulesMdCarriesTheTablesIndex() throws IOException {
        String doc = Files.readString(DOC);
        int a = doc.indexOf(BEGIN);
        int b = doc.indexOf(END);
        assertTrue(a >= 0 && b > a, "docs/rules.md has no rule index between the markers");
        String expected = BEGIN + "\n" + Rules.markdownIndex() + "\n";
        String actual = doc.substring(a, b);
        if (Boolean.getBoolean("rules.update") && !expected.equals(actual)) {
            Files.writeString(DOC, doc.substring(0, a) + expected + doc.substring(b));
            return;
        }
        assertEquals(expected, actual, "docs/rules.md's rule index differs from the rule table: run the test with -Drules.update=true");
    }

    private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9-]+)`(?: / `([a-z0-9-]+)`)? \\| (error|warning|info) \\|", Pattern.MULTILINE);

    @Test
    void noDocumentGivesARuleAnotherSeverity() throws IOException {
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> docs = Files.list(Path.of("docs"))) {
            for (Path p : docs.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
                Matcher m = ROW.matcher(Files.readString(p));
                while (m.find()) {
                    for (String id : new String[] {m.group(1), m.group(2)}) {
                        if (id == null || id.equals("limit")) continue;
                        Rules.Rule r = Rules.get(id);
                        if (r == null) wrong.add(p + ": " + id + " is not in the rule table");
                        else if (!r.severity().name().equalsIgnoreCase(m.group(3))) {
                            wrong.add(p + ": " + id + " is " + m.group(3) + " there, " + r.severity() + " in the table");
                        }
                    }
                }
            }
        }
        assertEquals(List.of(), wrong);
    }

    /** A rule id written where a diagnostic is made: error("id", …), warning("id", …), report("id", …). */
    private static final Pattern REPORTED = Pattern.compile("\\b(?:error|warning|info|report)\\(\\s*\"([a-z][a-z0-9-]*)\"");
    /** Ids made from a prefix: CaseFiles' rules for a kind of file ("figure-" + "path-invalid"). */
    private static final Pattern PREFIXED = Pattern.compile("rulePrefix \\+ (?:\"([a-z-]+)\"|OUTSIDE)");

    @Test
    void everyRuleTheCodeReportsIsInTheTable() throws IOException {
        TreeSet<String> missing = new TreeSet<>();
        int seen = 0;
        try (Stream<Path> src = Files.walk(Path.of("src/main/java"))) {
            for (Path p : src.filter(p -> p.toString().endsWith(".java")).toList()) {
                String code = Files.readString(p);
                Matcher m = REPORTED.matcher(code);
                while (m.find()) {
                    seen++;
                    if (!Rules.known(m.group(1)) && !m.group(1).equals("limit-")) missing.add(m.group(1) + " (" + p.getFileName() + ")");
                }
                Matcher q = PREFIXED.matcher(code);
                while (q.find()) {
                    String base = q.group(1) == null ? "path-outside-case" : q.group(1);
                    for (String id : List.of(base, "figure-" + base)) if (!Rules.known(id)) missing.add(id + " (" + p.getFileName() + ")");
                }
            }
        }
        assertTrue(seen > 100, "the scan found the diagnostics: " + seen);
        assertEquals(new TreeSet<String>(), missing, "rule ids reported but not declared in diag/Rules");
    }

    @Test
    void errorsThatStopTheRenderCannotBeSwitchedOff() {
        for (String id : List.of("yaml-syntax", "front-matter", "front-matter-missing", "cite-unknown-key", "figure-unknown",
                "path-outside-case", "template-escaping", "case-missing")) {
            assertTrue(!Rules.get(id).switchable(), id);
        }
        for (Rules.Rule r : Rules.all().values()) {
            if (r.severity() != Severity.ERROR) assertTrue(r.switchable() || r.id().equals("check-disable"), r.id());
        }
    }
}
