package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** "The style prints DOIs" is read exactly from the CSL layout: the trait that drives the "missing DOI" finding. */
class CslDoiReachTest {
    private static String style(String body) {
        return "<style xmlns=\"http://purl.org/net/xbiblio/csl\" class=\"in-text\" version=\"1.0\">"
                + "<macro name=\"id\">" + body + "</macro>"
                + "<bibliography><layout><text variable=\"title\"/><text macro=\"id\"/></layout></bibliography></style>";
    }

    @Test
    void theShippedStyles() throws Exception {
        assertTrue(CslDoiReach.printsDoi(Files.readString(Path.of("templates/default/style.csl")), "article-journal"));
        assertTrue(CslDoiReach.printsDoi(Files.readString(Path.of("templates/gost/gost.csl")), "article-journal"));
        // NLM prints no DOI for an article (casereport adds one only to an article ahead of print, in Java)
        assertFalse(CslDoiReach.printsDoi(Files.readString(Path.of("templates/nlm/nlm-citation-sequence.csl")), "article-journal"));
        assertTrue(ManuscriptChecker.traits(Journals.load(Path.of("templates"), "default", null)).printsDoi());
        assertFalse(ManuscriptChecker.traits(Journals.load(Path.of("templates"), "nlm", null)).printsDoi());
    }

    @Test
    void aDoiPrintedWhenPresentCounts() throws Exception {
        assertTrue(CslDoiReach.printsDoi(style("<text variable=\"DOI\" prefix=\"doi: \"/>"), "article-journal"));
        assertTrue(CslDoiReach.printsDoi(style("<choose><if variable=\"DOI\"><text variable=\"DOI\"/></if>"
                + "<else-if variable=\"PMID\"><text variable=\"PMID\"/></else-if></choose>"), "article-journal"));
        assertTrue(CslDoiReach.printsDoi(style("<choose><if type=\"book\"><text variable=\"ISBN\"/></if>"
                + "<else><text variable=\"DOI\"/></else></choose>"), "article-journal"));
    }

    @Test
    void aConditionalDoiDoesNot() throws Exception {
        // the DOI only when the article has no pages (an e-locator article): not every article's DOI
        assertFalse(CslDoiReach.printsDoi(style("<choose><if variable=\"page\" match=\"none\"><text variable=\"DOI\"/></if></choose>"), "article-journal"));
        // after an undecided branch: only sometimes reached
        assertFalse(CslDoiReach.printsDoi(style("<choose><if variable=\"URL\"><text variable=\"URL\"/></if>"
                + "<else><text variable=\"DOI\"/></else></choose>"), "article-journal"));
        // only for another type
        assertFalse(CslDoiReach.printsDoi(style("<choose><if type=\"webpage\"><text variable=\"DOI\"/></if></choose>"), "article-journal"));
        assertFalse(CslDoiReach.printsDoi(style("<choose><if type=\"article-journal\" match=\"none\"><text variable=\"DOI\"/></if></choose>"), "article-journal"));
        // a DOI condition that prints something else, a macro never called, a DOI only in the sort keys
        assertFalse(CslDoiReach.printsDoi(style("<choose><if variable=\"DOI\"><text value=\"[online]\"/></if></choose>"), "article-journal"));
        assertFalse(CslDoiReach.printsDoi("<style xmlns=\"http://purl.org/net/xbiblio/csl\" version=\"1.0\"><macro name=\"x\"><text variable=\"DOI\"/></macro>"
                + "<bibliography><sort><key variable=\"DOI\"/></sort><layout><text variable=\"title\"/></layout></bibliography></style>", "article-journal"));
    }
}
