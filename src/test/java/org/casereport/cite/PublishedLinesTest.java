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
 * Each real reference of src/test/resources/references/types/published-types.json that names the style its journal
 * prints in ({@code style}: default, nlm, gost) is formatted in that style and compared with the line as the journal
 * printed it ({@code printed.original}, {@code printed.latin}): the words and numbers of the two must be the same
 * ({@link PrintedWords}). A difference the tool does not yet remove is listed in the record's {@code gaps}, each with
 * why; a listed gap that no longer occurs fails too, so the list stays true.
 */
class PublishedLinesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<Arguments> records() throws IOException {
        JsonNode all = JSON.readTree(TestSupport.ROOT.resolve("src/test/resources/references/types/published-types.json").toFile());
        List<Arguments> out = new ArrayList<>();
        for (JsonNode e : all) {
            if (e.has("printed")) out.add(Arguments.of(e.get("csl").get("id").asText(), e));
        }
        return out.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("records")
    @SuppressWarnings("unchecked")
    void printsWhatTheJournalPrinted(String id, JsonNode e) {
        assertTrue(e.get("source").asText().contains("http"), "every record names the page it was read from: " + id);
        String style = e.get("style").asText();
        Map<String, Object> overrides = new LinkedHashMap<>();
        if (e.has("in_russian")) overrides.put("references.in_russian", e.get("in_russian").asText());
        if (e.has("transliteration")) overrides.put("references.transliteration", e.get("transliteration").asText());
        Map<String, Object> csl = JSON.convertValue(e.get("csl"), LinkedHashMap.class);
        Diagnostics d = new Diagnostics();
        List<FormattedReference> out = Bibliography.format(TestSupport.journal(style, overrides),
                List.of(new Reference(id, csl, SourcePos.file("published-types.json").at(1, 1))), d);
        assertFalse(d.all().stream().anyMatch(x -> x.severity() == Severity.ERROR), TestSupport.show(d));
        assertEquals(1, out.size());
        FormattedReference ours = out.get(0);

        Map<String, String> gaps = new LinkedHashMap<>();
        for (JsonNode g : e.path("gaps")) {
            assertTrue(g.path("why").asText().length() > 20, id + ": every gap says why");
            gaps.put(g.get("form").asText(), g.get("diff").asText());
        }
        StringBuilder report = new StringBuilder();
        JsonNode printed = e.get("printed");
        for (String form : List.of("original", "latin")) {
            if (!printed.has(form)) continue;
            String mine = form.equals("original") ? ours.original() : ours.latin();
            String diff = PrintedWords.diff(printed.get(form).asText(), mine);
            String expected = gaps.getOrDefault(form, "");
            if (!diff.equals(expected)) {
                report.append(form).append(": published  ").append(printed.get(form).asText()).append('\n')
                        .append(form).append(": we print   ").append(mine).append('\n')
                        .append(form).append(": difference ").append(diff.isEmpty() ? "(none)" : diff)
                        .append(expected.isEmpty() ? "" : "   listed gap: " + expected).append('\n');
            }
        }
        assertEquals("", report.toString(), id + " in the " + style + " style");
    }
}
