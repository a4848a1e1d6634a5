package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.Severity;
import org.casereport.diag.SourcePos;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real published references of every source type (src/test/resources/references/types/published-types.json, each with
 * the page it was read from and the text as printed), formatted in the house style, NLM and GOST: original and Latin
 * version as golden strings, and the words of the published text found in what we print.
 */
class SourceTypesGoldenTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> entries() throws IOException {
        JsonNode all = JSON.readTree(TestSupport.ROOT.resolve("src/test/resources/references/types/published-types.json").toFile());
        List<Arguments> out = new ArrayList<>();
        for (JsonNode e : all) {
            for (String journal : List.of("default", "nlm", "gost")) out.add(Arguments.of(e.get("csl").get("id").asText(), journal, e));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0} in {1}")
    @MethodSource("entries")
    @SuppressWarnings("unchecked")
    void printsAsExpected(String id, String journal, JsonNode e) {
        assertTrue(e.get("source").asText().contains("http"), "every golden names the page it was read from: " + id);
        Map<String, Object> csl = JSON.convertValue(e.get("csl"), LinkedHashMap.class);
        Diagnostics d = new Diagnostics();
        List<FormattedReference> out = Bibliography.format(TestSupport.journal(journal),
                List.of(new Reference(id, csl, SourcePos.file("published-types.json").at(1, 1))), d);
        JsonNode exp = e.get("expected").get(journal);
        if (exp.has("error")) {
            // a record this style cannot print whole: refused with a positioned error, never printed short
            assertEquals(List.of(), out, id + " in " + journal);
            assertTrue(d.all().stream().anyMatch(x -> x.severity() == Severity.ERROR && x.toString().contains(exp.get("error").asText())),
                    id + " in " + journal + ": expected the error \"" + exp.get("error").asText() + "\", got\n" + TestSupport.show(d));
            return;
        }
        assertFalse(d.all().stream().anyMatch(x -> x.severity() == Severity.ERROR), TestSupport.show(d));
        assertEquals(1, out.size());
        assertEquals(exp.get("original").asText(), out.get(0).original(), id + " original in " + journal);
        assertEquals(exp.get("latin").asText(), out.get(0).latin(), id + " Latin version in " + journal);
        // a year the published text prints is in what we print (a web page may print none)
        String published = e.get("published").asText();
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("\\b(19|20)\\d\\d\\b").matcher(published);
        boolean printsAYear = false;
        boolean found = false;
        while (year.find()) {
            printsAYear = true;
            found |= out.get(0).text().contains(year.group());
        }
        assertTrue(found || !printsAYear, id + ": no year of the published text in " + out.get(0).text());
    }
}
