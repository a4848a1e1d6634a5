package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.casereport.model.Journal;
import org.junit.jupiter.api.Test;

/** Citation marks as each journal prints them: brackets on the line, or superscript. */
class CitationMarkTest {

    @Test
    void bracketsCollapseRunsOfThreeOrMore() {
        Journal j = TestSupport.journal("default");
        assertFalse(Bibliography.superscript(j));
        assertEquals("[2, 3, 6–8]", Bibliography.citationMark(j, List.of(2, 3, 6, 7, 8)));
        assertEquals("[1]", Bibliography.citationMark(j, List.of(1)));
        assertEquals("[1, 2]", Bibliography.citationMark(j, List.of(2, 1)));
        assertEquals("[1–3]", Bibliography.citationMark(j, List.of(3, 1, 2, 2)));
        assertEquals("[1–4, 9, 11–13]", Bibliography.citationMark(j, List.of(1, 2, 3, 4, 9, 11, 12, 13)));
    }

    @Test
    void superscriptHasNoBracketsOrSpaces() {
        Journal j = TestSupport.journal("nlm");
        assertTrue(Bibliography.superscript(j));
        assertEquals("2,3,6–8", Bibliography.citationMark(j, List.of(2, 3, 6, 7, 8)));
        assertEquals("5", Bibliography.citationMark(j, List.of(5)));
    }

    @Test
    void layoutComesFromTheJournal() {
        assertFalse(Bibliography.twoLists(TestSupport.journal("default")));
        assertTrue(Bibliography.twoLists(TestSupport.journal("nlm")));
    }

    @Test
    void theJournalSetsTheMarks() {
        Journal j = TestSupport.journal("default", Map.of("citations.prefix", "(", "citations.suffix", ")", "citations.delimiter", "; ",
                "citations.collapse", 2));
        assertEquals("(2–3; 6–8)", Bibliography.citationMark(j, List.of(2, 3, 6, 7, 8)));
    }
}
