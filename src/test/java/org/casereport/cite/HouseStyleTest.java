package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.casereport.diag.Diagnostics;
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

    /** The example case's own references.json (written apart from this test) gives the seed's 14 strings exactly. */
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
        java.util.Set<String> matched = new java.util.HashSet<>();
        for (FormattedReference f : out) {
            String id = f.text().replaceFirst(".*(doi: |PMID: )", "");
            String seed = expected.stream().filter(e -> e.endsWith(id)).findFirst().orElse(null);
            assertEquals(seed, f.text(), "reference " + f.id());
            matched.add(seed);
        }
        assertEquals(14, matched.size());
    }
}
