package org.casereport.write.fo;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;

/**
 * Where the FO engine lets FOP break a word: a capitalised Russian word breaks as its lower-case form does (the
 * venetoclax case's "Хирургический этап лечения был выполнен в Российской детской клинической больнице (РДКБ)",
 * whose first line FOP could only set with 13.7 pt word spaces while "Российской" had to stay whole); an all-capital
 * abbreviation, a Latin name and a capitalised word in a run with a digit stay whole.
 */
class FoHyphensTest {
    private static FoHyphens read(String text) throws Exception {
        String fo = "<fo:root xmlns:fo='http://www.w3.org/1999/XSL/Format'><fo:block hyphenate='true' xml:lang='ru'>"
                + text + "</fo:block></fo:root>";
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document dom = f.newDocumentBuilder().parse(new ByteArrayInputStream(fo.getBytes(StandardCharsets.UTF_8)));
        return FoHyphens.read(dom);
    }

    @Test
    void aCapitalisedRussianWordBreaksAsItsLowerCaseForm() throws Exception {
        FoHyphens h = read("Хирургический этап лечения был выполнен в\u00A0Российской детской клинической больнице "
                + "(РДКБ) по протоколу Pediatric Oncopanel. Гистологически опухоль соответствовала");
        int[] ros = h.points("Российской");
        assertTrue(ros.length > 0, "Российской breaks");
        assertTrue(h.points("Гистологически").length > 0, "a sentence's first word breaks");
        assertTrue(h.points("Хирургический").length > 0, "a paragraph's first word breaks");
        assertArrayEquals(new int[0], h.points("(РДКБ)"), "an abbreviation stays whole");
        assertArrayEquals(new int[0], h.points("Pediatric"), "a Latin capitalised word stays whole");
        assertArrayEquals(new int[0], h.points("Oncopanel."), "a Latin capitalised word stays whole");
        assertTrue(h.points("клинической").length > 0);
    }

    @Test
    void aCapitalisedWordInARunWithADigitStaysWhole() throws Exception {
        FoHyphens h = read("штамм Стафилококк-2021 выделен");
        assertArrayEquals(new int[0], h.points("Стафилококк"));
    }
}
