package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.casereport.hyphen.Hyphenation;
import org.junit.jupiter.api.Test;

/**
 * The hyphenated texts are kept for the process: a second write of the same paragraph (a re-render in watch) gets the
 * same soft hyphens, and its hyphenator knows the same offered breaks as the first, so the hyphen marks do not depend
 * on whether a text was met before. The sentence is from the example case (cases/venetoclax-aml-after-neuroblastoma).
 */
class SoftHyphensTest {
    private static final String TEXT = "Вторичный острый миелоидный лейкоз, развившийся после лечения нейробластомы, "
            + "встречается редко и относится к тяжелым осложнениям противоопухолевой терапии.";

    @Test
    void aTextMetAgainGetsTheSameSoftHyphensAndTheSameOfferedBreaks() {
        SoftHyphens first = new SoftHyphens();
        String once = first.hyphenateText(TEXT);
        assertEquals(Hyphenation.hyphenate(TEXT), once);
        assertTrue(once.indexOf(Hyphenation.SHY) > 0, once);
        String word = "противоопухолевой";
        int at = -1;
        for (int i = 2; i < word.length() - 1; i++) if (first.offered(word, i)) at = i;
        assertTrue(at > 0, "the first write offered a break in " + word);

        SoftHyphens second = new SoftHyphens();
        assertFalse(second.any(), "a new write has offered nothing yet");
        assertEquals(once, second.hyphenateText(TEXT));
        assertTrue(second.offered(word, at), "the second write knows the same break");
        assertFalse(second.offered(word, 1));
        assertEquals(" ", second.hyphenateText(" "));
    }
}
