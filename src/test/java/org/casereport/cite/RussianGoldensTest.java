package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostics;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.casereport.diag.SourcePos;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Real Russian references (src/test/resources/references/russian/, see its README): each CSL item formatted by the
 * house style must give the published citation's words in our punctuation — {@code expected_bgn} with BGN/PCGN,
 * {@code expected_bsi} with BSI.
 */
class RussianGoldensTest {
    private static final Path FILE = TestSupport.ROOT.resolve("src/test/resources/references/russian/russian-references.json");

    @TestFactory
    List<DynamicTest> everyRussianReferenceFormatsAsExpected() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(FILE), "the Russian golden references are not here yet");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> entries = new ObjectMapper().readValue(FILE.toFile(), List.class);
        assertTrue(entries.size() >= 3, "at least three Russian references");
        List<DynamicTest> tests = new ArrayList<>();
        for (Map<String, Object> e : entries) {
            @SuppressWarnings("unchecked")
            Map<String, Object> csl = (Map<String, Object>) e.get("csl");
            Reference r = new Reference(csl.get("id").toString(), csl, SourcePos.file("russian-references.json"));
            for (String system : List.of("bgn", "bsi")) {
                Object expected = e.get("expected_" + system);
                if (expected == null) continue;
                tests.add(DynamicTest.dynamicTest(r.id() + " " + system, () -> {
                    Diagnostics d = new Diagnostics();
                    List<FormattedReference> out = Bibliography.format(
                            TestSupport.journal("default", Map.of("references.transliteration", system)), List.of(r), d);
                    assertTrue(d.all().isEmpty(), TestSupport.show(d));
                    assertEquals(expected, out.get(0).text());
                    assertEquals(out.get(0).original() + " [" + out.get(0).latin() + "]", out.get(0).text());
                }));
            }
        }
        return tests;
    }
}
