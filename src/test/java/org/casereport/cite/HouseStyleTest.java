package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.casereport.check.Diagnostics;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.junit.jupiter.api.Test;

/** The seed article's 14 references, formatted by templates/default/style.csl, character for character. */
class HouseStyleTest {

    @Test
    void theFourteenSeedReferencesFormatAsTheJournalPrintedThem() {
        Diagnostics d = new Diagnostics();
        List<Reference> refs = TestSupport.read(TestSupport.RES.resolve("seed-references.json"), d);
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
        assertEquals(14, refs.size());
        List<FormattedReference> out = Bibliography.format(TestSupport.journal("default"), refs, d);
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
        List<String> expected = TestSupport.lines(TestSupport.RES.resolve("seed-expected.txt"));
        assertEquals(14, expected.size());
        for (int i = 0; i < 14; i++) {
            FormattedReference f = out.get(i);
            assertEquals(i + 1, f.number());
            assertEquals(refs.get(i).id(), f.id());
            assertEquals(expected.get(i), f.text(), "reference " + (i + 1));
            assertEquals(f.text(), f.original());
            assertEquals(f.text(), f.latin());
        }
    }

    /** The example case's own references.json (written apart from this test) gives the same 14 strings. */
    @Test
    void theExampleCaseReferencesFormatAsTheSeedList() {
        java.nio.file.Path file = TestSupport.ROOT.resolve("cases/venetoclax-aml-after-neuroblastoma/references.json");
        org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.exists(file), "the example case is not here yet");
        Diagnostics d = new Diagnostics();
        List<Reference> refs = TestSupport.read(file, d);
        assertEquals(14, refs.size());
        List<FormattedReference> out = Bibliography.format(TestSupport.journal("default"), refs, d);
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
        List<String> expected = TestSupport.lines(TestSupport.RES.resolve("seed-expected.txt"));
        // Where the case's record follows the source (PubMed) rather than the seed's print, the golden says so:
        java.util.Map<String, String> caseData = java.util.Map.of(
                "Cheung N.K., Kramer", "Cheung N.K.V., Kramer",                      // ref 3: the full initials
                "Sloan–Kettering", "Sloan-Kettering",                                // ref 3: hyphen as in the title record
                "Novel t(1:6)", "Novel t(1;6)",                                      // ref 7: the karyotype as in PubMed
                "Jhanwar S.C., Cheung N.K. Reduced", "Jhanwar S.C., Cheung N.K.V. Reduced"); // ref 9
        java.util.Set<String> matched = new java.util.HashSet<>();
        for (FormattedReference f : out) {
            String id = f.text().replaceFirst(".*(doi: |PMID: )", "");
            String seed = expected.stream().filter(e -> e.endsWith(id)).findFirst().orElse(null);
            String golden = seed;
            for (var e : caseData.entrySet()) golden = golden == null ? null : golden.replace(e.getKey(), e.getValue());
            assertEquals(golden, f.text(), "reference " + f.id());
            matched.add(seed);
        }
        assertEquals(14, matched.size());
    }
}
