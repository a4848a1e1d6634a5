package org.casereport.write;

/**
 * Every test of {@link FrontMatterOutputTest} on the FO engine (journal.yaml {@code pdf.engine: fo}, Apache FOP over
 * article.fo.ftlh): the same fields, labels and forms on the page.
 */
class FoFrontMatterOutputTest extends FrontMatterOutputTest {
    @Override
    String engine() {
        return "fo";
    }
}
