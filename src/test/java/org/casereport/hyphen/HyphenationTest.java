package org.casereport.hyphen;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The journal's hyphenation rules on text from the example case (a published Russian case report) and on the kinds of
 * runs that must never break. Breaks are shown with "-" for reading.
 */
class HyphenationTest {
    private static String shown(String s) {
        return Hyphenation.hyphenate(s).replace(Hyphenation.SHY, '-');
    }

    @Test
    void russianWordsBreakByTheTexPatterns() {
        assertEquals("ге-ма-то-ло-гии", shown("гематологии"));
        assertEquals("ре-мис-сия", shown("ремиссия"));
        // no break leaves fewer than two letters on either side
        for (String w : new String[] {"миелобластного", "трансплантации", "венетоклаксом", "химиорезистентность"}) {
            String h = shown(w);
            assertTrue(h.contains("-"), w + " has breaks: " + h);
            assertTrue(h.indexOf('-') >= 2 && h.length() - h.lastIndexOf('-') - 1 >= 2, h);
        }
    }

    @Test
    void englishWordsByTheAmericanPatterns() {
        assertEquals("hy-phen-ation", shown("hyphenation"));
        String h = shown("consolidation");
        assertTrue(h.contains("-") && h.length() - h.lastIndexOf('-') - 1 >= 3, h);
    }

    @Test
    void namesAbbreviationsNumbersAndAddressesStayWhole() {
        String[] whole = {
            "Нейробластома", "НБ", "NMYC", "Kirgizov", "Н.В.", "K.I.",            // capitals: names, abbreviations
            "10-летняя", "CD34+", "5,9", "42", "1990–2010",                       // digits
            "doi:10.1007/s40272-017-0251-3", "https://clinicaltrials.gov/", "www.example.org",
            "antoshin@example.org", "гематологии/онкологии",                    // addresses, slashes
            "т.е.", "просп.", "табл.",                                            // abbreviations
            "ге\u00ADма",                                                         // the author's own soft hyphens
        };
        for (String w : whole) assertEquals(w, Hyphenation.hyphenate(w), w);
        // an abbreviation with a stop before a lower-case word; a sentence's last word may break
        assertEquals("Ленинский просп., 117", shown("Ленинский просп., 117"));
        assertTrue(shown("после трансплантации. Далее").startsWith("по-сле транс-"), shown("после трансплантации. Далее"));
    }

    @Test
    void mixedScriptsAndStressMarksStayWhole() {
        assertArrayEquals(new int[0], Hyphenation.breaks("гемаtology"));
        assertArrayEquals(new int[0], Hyphenation.breaks("гемато\u0301логии"));
    }

    @Test
    void theTextIsOnlyEverGivenSoftHyphens() {
        String s = "Опухоли нейрогенной природы относятся к самым частым новообразованиям детского возраста, "
                + "на их долю приходится 8–10 % всех опухолевых заболеваний у детей.";
        String h = Hyphenation.hyphenate(s);
        assertEquals(s, h.replace(String.valueOf(Hyphenation.SHY), ""));
        assertTrue(h.chars().filter(c -> c == Hyphenation.SHY).count() > 10, h);
        assertEquals(h, Hyphenation.hyphenate(h), "hyphenating twice changes nothing");
    }
}
