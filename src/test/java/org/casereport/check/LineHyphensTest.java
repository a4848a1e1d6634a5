package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A TeX PDF's line-end hyphens: the typesetter's breaks are soft, the words' own hyphens stay (LineHyphens). */
class LineHyphensTest {
    private static final String SHY = "\u00AD";

    @Test
    void theTypesettersBreaksBecomeSoftHyphens() {
        List<String> in = List.of("1. Knight K. Prevalence and outcomes of ane-", "mia in cancer.", "2. Злокачественные новообразования: преждевремен-",
                "ная смертность.");
        List<String> out = LineHyphens.soften(in);
        assertEquals("1. Knight K. Prevalence and outcomes of ane" + SHY, out.get(0));
        assertEquals("2. Злокачественные новообразования: преждевремен" + SHY, out.get(2));
        assertEquals(in.get(1), out.get(1));
        // same length: every line:column of a finding stays where it was
        for (int i = 0; i < in.size(); i++) assertEquals(in.get(i).length(), out.get(i).length());
    }

    @Test
    void aWordsOwnHyphenStays() {
        // the patterns do not break "metaanalysis" after "Meta": the hyphen is the word's; nor is a next line in capitals
        // a word's end; and a compound the text writes with its hyphen elsewhere keeps it
        List<String> in = List.of("Pearse RM. Meta-", "analysis of the association. A treatment-", "related leukemia, treatment-related in", "a review. ane-",
                "Mia");
        List<String> out = LineHyphens.soften(in);
        assertEquals(in, out);
    }

    @Test
    void onlyTexHyphenates() {
        assertTrue(LineHyphens.texProducer("pdfTeX-1.40.24", "TeX"));
        assertTrue(LineHyphens.texProducer("xdvipdfmx (20220710)", "XeTeX output 2024.01.01"));
        assertTrue(LineHyphens.texProducer("LuaTeX-1.15.0", null));
        assertFalse(LineHyphens.texProducer("LibreOffice 7.4", "Writer"));
        assertFalse(LineHyphens.texProducer("openhtmltopdf.com", null));
        assertFalse(LineHyphens.texProducer("Microsoft® Word for Microsoft 365", "Microsoft® Word for Microsoft 365"));
        assertFalse(LineHyphens.texProducer(null, null));
    }
}
