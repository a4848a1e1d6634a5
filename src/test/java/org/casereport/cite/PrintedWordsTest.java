package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The comparison PublishedLinesTest makes: what it lets pass and what it catches. */
class PrintedWordsTest {
    @Test
    void punctuationSpacingListNumberRangesAndDoiFormsAreTheJournalsOwn() {
        assertEquals("", PrintedWords.diff("5. Culleton B.F. Kidney Int. 1999; 56: 2214-2219. https://doi.org/10.1/x",
                "Culleton B.F. Kidney Int. 1999;56:2214–9. doi: 10.1/x."));
        assertEquals(List.of("Kuz'mina", "A", "V", "2015", "17", "2", "146", "156"), PrintedWords.words("Kuz’mina A.V. 2015; 17 (2): 146—56."));
    }

    @Test
    void aMissingOrChangedWordOrNumberIsADifference() {
        assertEquals("published only: [Abstract, S912] · ours only: []",
                PrintedWords.diff("Johnson R. Title. In: ICAAC. 2015: Abstract S912.", "Johnson R. Title. In: ICAAC. 2015."));
        assertEquals("published only: [57] · ours only: [56]", PrintedWords.diff("Kidney Int. 1999;57:1.", "Kidney Int. 1999;56:1."));
        assertEquals("published only: [//] · ours only: []", PrintedWords.diff("Title // Врач. 2018", "Title. Врач. 2018"));
    }
}
