package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casereport.diag.Diagnostic;
import org.casereport.model.FormattedReference;
import org.casereport.model.Journal;
import org.casereport.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Entries casereport itself prints (Bibliography.format of real records from src/test/resources/references/types),
 * checked against the journal that printed them: no reference finding. Each record here used to get one: a title
 * beginning "Vitamin D and …" was read as a fourth author "Vitamin D." (the parser took "and" for a separator), a
 * transliterated "Zh.G." printed undotted "ZhG" came back as three initials "Z.H.G.", and a Latin-only Russian entry
 * ending "(In Russ.)" — as the style prints it — was asked for "(In Russ.).".
 */
class OwnOutputRoundTripTest {
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = new com.fasterxml.jackson.databind.ObjectMapper();

    @SuppressWarnings("unchecked")
    static List<Diagnostic> roundTrip(Path dir, String journalName, String... ids) throws Exception {
        var all = JSON.readTree(Path.of("src/test/resources/references/types/published-types.json").toFile());
        List<Reference> refs = new ArrayList<>();
        for (String id : ids) {
            for (var e : all) {
                if (e.get("csl").get("id").asText().equals(id)) {
                    refs.add(new Reference(id, JSON.convertValue(e.get("csl"), java.util.LinkedHashMap.class),
                            org.casereport.diag.SourcePos.file("published-types.json").at(1, 1)));
                }
            }
        }
        assertEquals(ids.length, refs.size(), "records found");
        Journal j = Journals.load(Path.of("templates"), journalName, null);
        List<FormattedReference> printed = org.casereport.cite.Bibliography.format(j, refs, new org.casereport.diag.Diagnostics());
        List<String> lines = new ArrayList<>(List.of("The text cites [1–" + printed.size() + "].", "", "References", ""));
        for (int i = 0; i < printed.size(); i++) lines.add((i + 1) + ". " + printed.get(i).text());
        Path ms = dir.resolve(journalName + ".txt");
        Files.write(ms, lines);
        Findings f = new Findings();
        ManuscriptChecker.check(ms, j, f);
        // a record without DOI gets ref-doi-missing where the style prints DOIs: that is a finding about the record
        return f.diagnostics().stream().filter(d -> d.rule().startsWith("ref-") && !d.rule().equals("ref-doi-missing")).toList();
    }

    static String[] ids() throws Exception {
        var all = JSON.readTree(Path.of("src/test/resources/references/types/published-types.json").toFile());
        List<String> out = new ArrayList<>();
        for (var e : all) {
            String p = e.get("published").asText();
            if (p.startsWith("Kienreich") || p.contains("Yakovlev S") || p.contains("Verizhnikova")) out.add(e.get("csl").get("id").asText());
        }
        return out.toArray(String[]::new);
    }

    @Test
    void theHouseStylesOwnEntriesPassItsCheck(@TempDir Path tmp) throws Exception {
        String[] ids = ids();
        assertEquals(3, ids.length);
        assertEquals(List.of(), roundTrip(tmp, "default", ids));
    }

    @Test
    void theNlmStylesOwnEntriesPassItsCheck(@TempDir Path tmp) throws Exception {
        assertEquals(List.of(), roundTrip(tmp, "nlm", ids()));
    }
}
