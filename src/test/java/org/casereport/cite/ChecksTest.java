package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.Severity;
import org.casereport.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One test a rule: the record that breaks it, the diagnostic with its file:line:col, severity and rule id. */
class ChecksTest {
    private static final int NOW = 2025;
    /** A complete journal article; each test spoils one thing. */
    private static final String OK = "\"type\": \"article-journal\", \"author\": [{\"family\": \"Zhang\", \"given\": \"X.\"}], "
            + "\"title\": \"T\", \"container-title\": \"Case Rep Oncol\", \"issued\": {\"date-parts\": [[2023]]}, \"volume\": \"16\", ";

    @TempDir
    Path dir;

    private List<Reference> refs(String... records) throws IOException {
        Path f = dir.resolve("references.json");
        Files.writeString(f, "[\n" + String.join(",\n", records) + "\n]\n");
        Diagnostics d = new Diagnostics();
        List<Reference> r = ReferenceReader.read(f, "references.json", d);
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
        return r;
    }

    private static Diagnostics check(List<Reference> refs) {
        Diagnostics d = new Diagnostics();
        Bibliography.check(refs, NOW, d);
        return d;
    }

    private static Diagnostic only(Diagnostics d, String rule, Severity severity) {
        assertEquals(1, d.all().size(), TestSupport.show(d));
        Diagnostic x = d.all().get(0);
        assertEquals(rule, x.rule());
        assertEquals(severity, x.severity());
        return x;
    }

    @Test
    void theSeedReferencesPassEveryCheck() {
        Diagnostics d = new Diagnostics();
        List<Reference> refs = TestSupport.read(TestSupport.RES.resolve("seed-references.json"), d);
        Bibliography.check(refs, NOW, d);
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
    }

    @Test
    void uncitedReferenceIsAWarning() throws IOException {
        List<Reference> refs = refs("{\"id\": \"a\", " + OK + "\"page\": \"1-2\"}", "{\"id\": \"b\", " + OK + "\"page\": \"3-4\"}");
        Diagnostics d = new Diagnostics();
        Bibliography.checkUncited(refs, Set.of("a"), d);
        Diagnostic x = only(d, "ref-uncited", Severity.WARNING);
        assertEquals("references.json:3:1: warning: reference \"b\" is never cited in the text [ref-uncited]", x.toString());
    }

    @Test
    void duplicateDoiOrPmidIsAWarning() throws IOException {
        Diagnostics d = check(refs(
                "{\"id\": \"a\", " + OK + "\"page\": \"1-2\", \"DOI\": \"10.1159/000533571\"}",
                "{\"id\": \"b\", " + OK + "\"page\": \"1-2\", \"DOI\": \"10.1159/000533571\"}",
                "{\"id\": \"c\", " + OK + "\"page\": \"1-2\", \"PMID\": \"10685657\"}",
                "{\"id\": \"d\", " + OK + "\"page\": \"1-2\", \"PMID\": \"10685657\"}"));
        assertEquals(2, d.all().size(), TestSupport.show(d));
        assertTrue(d.all().stream().allMatch(x -> x.rule().equals("ref-duplicate") && x.severity() == Severity.WARNING));
        assertEquals("references.json:3:1", d.all().get(0).pos().toString());
        assertTrue(d.all().get(0).message().contains("\"a\" and \"b\""), d.all().get(0).message());
        assertEquals("references.json:5:1", d.all().get(1).pos().toString());
        assertTrue(d.all().get(1).message().contains("PMID 10685657"), d.all().get(1).message());
    }

    @Test
    void malformedDoiIsAnError() throws IOException {
        Diagnostic x = only(check(refs("{\"id\": \"a\", " + OK + "\"page\": \"1-2\", \"DOI\": \"https://doi.org/10.1159/000533571\"}")),
                "ref-doi-malformed", Severity.ERROR);
        assertEquals("references.json:2:1", x.pos().toString());
        assertTrue(x.message().contains("without the resolver"), x.message());
        only(check(refs("{\"id\": \"a\", " + OK + "\"page\": \"1-2\", \"DOI\": \"10.1159 000533571\"}")), "ref-doi-malformed", Severity.ERROR);
    }

    /**
     * An unsigned journal article (no author: the entry begins with its title) is valid, as the formatter prints it:
     * the real record terapiya2023 of references/types/published-types.json (its source page noted there).
     */
    @Test
    void unsignedArticleIsValid() throws IOException {
        com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper();
        String record = null;
        for (com.fasterxml.jackson.databind.JsonNode e : json.readTree(TestSupport.ROOT.resolve("src/test/resources/references/types/published-types.json").toFile())) {
            if (e.get("csl").get("id").asText().equals("terapiya2023")) record = json.writeValueAsString(e.get("csl"));
        }
        assertTrue(record != null && !record.contains("\"author\""), "the real unsigned record terapiya2023 is in the corpus");
        Diagnostics d = check(refs(record));
        assertTrue(d.all().stream().noneMatch(x -> x.severity() == Severity.ERROR), TestSupport.show(d));
        // without its title too, it is refused: an entry needs something to begin with
        Diagnostic x = only(check(refs(record.replaceFirst("\"title\":\"[^\"]*\",", ""))), "ref-missing-field", Severity.ERROR);
        assertTrue(x.message().contains("lacks title"), x.message());
    }

    @Test
    void malformedPmidIsAnError() throws IOException {
        Diagnostic x = only(check(refs("{\"id\": \"a\", " + OK + "\"page\": \"1-2\", \"PMID\": \"PMC1234567\"}")),
                "ref-pmid-malformed", Severity.ERROR);
        assertEquals("references.json:2:1", x.pos().toString());
    }

    @Test
    void journalArticleMissingFieldsIsAnError() throws IOException {
        Diagnostic x = only(check(refs("{\"id\": \"a\", \"type\": \"article-journal\", \"title\": \"T\", \"issued\": {\"date-parts\": [[2020]]}}")),
                "ref-missing-field", Severity.ERROR);
        assertEquals("references.json:2:1: error: journal article \"a\" lacks container-title (journal), volume (or issue), "
                + "page (or article number) [ref-missing-field]", x.toString());
        // an article number stands for the pages; a book is not held to journal fields
        assertTrue(check(refs("{\"id\": \"a\", " + OK + "\"number\": \"1324013\"}")).all().isEmpty());
        assertTrue(check(refs("{\"id\": \"a\", \"type\": \"book\", \"title\": \"T\"}")).all().isEmpty());
    }

    @Test
    void yearInTheFutureIsAnErrorAgainstTheGivenClock() throws IOException {
        List<Reference> refs = refs("{\"id\": \"a\", " + OK.replace("2023", "2026") + "\"page\": \"1-2\"}");
        Diagnostic x = only(check(refs), "ref-year-future", Severity.ERROR);
        assertTrue(x.message().contains("2026") && x.message().contains("2025"), x.message());
        Diagnostics later = new Diagnostics();
        Bibliography.check(refs, 2026, later);
        assertTrue(later.all().isEmpty(), TestSupport.show(later));
    }

    @Test
    void reversedPageRangeIsAnError() throws IOException {
        Diagnostic x = only(check(refs("{\"id\": \"a\", " + OK + "\"page\": \"593-577\"}")), "ref-page-range", Severity.ERROR);
        assertTrue(x.message().contains("593-577"), x.message());
        // shortened, prefixed and electronic ranges are fine
        for (String ok : List.of("577-93", "577–593", "e486-e488", "S39-44", "2289-304", "954268", "12-15, 20-22")) {
            assertTrue(check(refs("{\"id\": \"a\", " + OK + "\"page\": \"" + ok + "\"}")).all().isEmpty(), ok);
        }
        only(check(refs("{\"id\": \"a\", " + OK + "\"page\": \"e488-e486\"}")), "ref-page-range", Severity.ERROR);
    }

    @Test
    void aRecordCiteprocCannotTakeIsAnErrorAndTheOthersStillFormat() throws IOException {
        List<Reference> refs = refs("{\"id\": \"a\", " + OK.replace("article-journal", "no-such-type") + "\"page\": \"1-2\"}",
                "{\"id\": \"b\", " + OK.replace("{\"date-parts\": [[2023]]}", "\"2023\"") + "\"page\": \"1-2\"}",
                "{\"id\": \"c\", " + OK + "\"page\": \"3-14\"}");
        Diagnostics d = new Diagnostics();
        List<org.casereport.model.FormattedReference> out = Bibliography.format(TestSupport.journal("nlm"), refs, d);
        assertEquals(2, d.all().size(), TestSupport.show(d));
        assertTrue(d.all().stream().allMatch(x -> x.rule().equals("ref-format") && x.severity() == Severity.ERROR));
        assertEquals("references.json:2:1", d.all().get(0).pos().toString());
        assertEquals(1, out.size());
        assertEquals(3, out.get(0).number());
        assertEquals("Zhang X. T. Case Rep Oncol. 2023;16:3–14.", out.get(0).text());
    }
}
