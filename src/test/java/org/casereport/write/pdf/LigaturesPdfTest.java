package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereport.model.Block;
import org.casereport.model.Journal;
import org.casereport.model.Manuscript;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PDFBox's glyph substitution (the fonts' ligatures) runs only for a document whose text holds a ligature's
 * characters: the shipped PT fonts substitute "fl" only, so a text without it is set glyph for glyph either way, and
 * a text with it still gets the ligature — and its text layer reads the letters ("reflux"), not the ligature's own
 * code point U+FB02, which extraction tools other than PDFBox (pdftotext, a screen reader) would give. The words with "fl" are from the MeSH headings "Gastroesophageal Reflux"
 * (D005764) and "Influenza, Human" (D007251); "FLT3" is the gene the example case names; the fixture's conflict of
 * interest statement has one more.
 */
class LigaturesPdfTest {
    @TempDir
    Path tmp;

    @Test
    void theShippedFontsSubstituteOnlyWhereFlStands() {
        List<FontSet.Face> faces = FontSet.faces(Fixtures.TEMPLATES.resolve("fonts"));
        assertEquals(16, faces.size(), faces.toString());   // PT Serif 4, PT Sans 4, Noto Serif 4, Noto Sans 4
        for (FontSet.Face f : faces.stream().filter(f -> f.family().startsWith("PT ")).toList()) {
            assertFalse(FontSet.substitutes(f.key(), "Cytometry: FLT3, five, fifty, office"), f.label());
            assertTrue(FontSet.substitutes(f.key(), "Gastroesophageal reflux"), f.label());
            assertTrue(FontSet.substitutes(f.key(), null), f.label() + ": nothing known of the text");
        }
    }

    @Test
    void thePaintedTextHasAttributesStyleSheetStringsAndALowerCaseCopyWhenCssLowersCase() throws IOException {
        Path dir = tmp.resolve("journal");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("article.css"), "@page { @bottom-center { content: counter(page) \" of \" counter(pages); } }\n");
        Journal j = new Journal("t", List.of(dir), Fixtures.TEMPLATES.resolve("fonts"), java.util.Map.of());
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p title=\"Reflux\">FLT3</p></body></html>";
        String text = PaintedText.of(PdfWriter.parse(xhtml, j, "t"), j);
        assertNotNull(text);
        assertTrue(text.contains("Reflux") && text.contains("FLT3") && text.contains(" of "), text);
        assertFalse(text.contains("flt3"), "no lower-case copy without text-transform: lowercase: " + text);

        Files.writeString(dir.resolve("more.css"), "h1 { text-transform: lowercase; }\n");
        String lowered = PaintedText.of(PdfWriter.parse(xhtml, j, "t"), j);
        assertTrue(lowered.contains("flt3"), lowered);
    }

    /**
     * An apostrophe in a style sheet's comment ("the other language's title", as templates/default/article.css had it)
     * opens no string, and a long style sheet with an unclosed quote does not overflow the stack: it used to throw
     * StackOverflowError out of every render of the journal.
     */
    @Test
    void anApostropheInACommentAndALongUnclosedQuoteAreNoStrings() throws IOException {
        Path dir = tmp.resolve("apostrophe");
        Files.createDirectories(dir);
        StringBuilder css = new StringBuilder("/* the second block (the other language's title) is set smaller */\n");
        for (int i = 0; i < 4000; i++) css.append(".c").append(i).append(" { margin: 0 0 1mm 0; }\n");
        css.append(".x::after { content: \" flow\"; }\n.y { font-family: 'PT Sans \\'x\\''; }\n");
        css.append(".z { content: 'unclosed").append(".w { margin: 0; }\n".repeat(4000));
        Files.writeString(dir.resolve("article.css"), css);
        Journal j = new Journal("t", List.of(dir), Fixtures.TEMPLATES.resolve("fonts"), java.util.Map.of());
        String xhtml = "<html xmlns=\"http://www.w3.org/1999/xhtml\"><body><p>x</p></body></html>";
        String text = PaintedText.of(PdfWriter.parse(xhtml, j, "t"), j);
        assertNotNull(text);
        assertTrue(text.contains(" flow"), "the string after the comment is read: " + text.length());
        assertTrue(text.contains("PT Sans \\'x\\'"), "an escaped quote stays inside its string");
        assertFalse(text.contains("s title"), "the comment's apostrophe opened no string");
    }

    @Test
    void aLigatureIsSetWhereTheTextHasOneAndItsTextLayerHasTheLetters() throws Exception {
        Manuscript plain = Fixtures.manuscript();
        List<Block> body = new ArrayList<>(plain.body());
        body.add(Fixtures.p(Fixtures.t("Gastroesophageal reflux after influenza.")));
        Manuscript withFl = plain.withBody(body);
        Journal j = Fixtures.journal("default", null);
        int before = ligatureGlyphs(Fixtures.render(plain, j));
        assertTrue(before >= 1, "the statement's \"conflict\" set with the fl ligature: " + before);
        byte[] pdf = Fixtures.render(withFl, j);
        int glyphs = ligatureGlyphs(pdf);
        assertEquals(before + 2, glyphs, "and reflux and influenza");

        // the text layer has the letters, not U+FB02: each ligature glyph inside an ActualText span ("fl", or the
        // whole word where the word is broken at a line end), and no actual text carries a ligature code point
        List<String> actual = actualTexts(pdf);
        assertTrue(actual.stream().filter(a -> a.contains("fl")).count() >= glyphs, actual.toString());
        assertTrue(actual.stream().noneMatch(a -> a.chars().anyMatch(c -> c >= 0xFB00 && c <= 0xFB06)), actual.toString());
    }

    /** The ActualText of every marked-content span of the pages' own content, in order. */
    private static List<String> actualTexts(byte[] pdf) throws IOException {
        List<String> out = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (org.apache.pdfbox.pdmodel.PDPage page : d.getPages()) {
                for (Object t : new org.apache.pdfbox.pdfparser.PDFStreamParser(page).parse()) {
                    if (t instanceof org.apache.pdfbox.cos.COSDictionary props
                            && props.getDictionaryObject(org.apache.pdfbox.cos.COSName.ACTUAL_TEXT)
                            instanceof org.apache.pdfbox.cos.COSString a) {
                        out.add(a.getString());
                    }
                }
            }
        }
        return out;
    }

    /** Glyphs of the page text whose own Unicode is a ligature (U+FB00–FB06). */
    private static int ligatureGlyphs(byte[] pdf) throws IOException {
        int n = 0;
        try (PDDocument d = Loader.loadPDF(pdf)) {
            for (PageGlyphs.Glyph g : PageGlyphs.all(d)) {
                if (!g.text().isEmpty() && g.text().charAt(0) >= '\uFB00' && g.text().charAt(0) <= '\uFB06') n++;
            }
        }
        return n;
    }
}
