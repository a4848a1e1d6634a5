package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.casereport.model.Journal;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.RenderContext;
import org.casereport.write.Writers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A nested list keeps its level: in both PDF engines the text of a second-level item starts a level's indent right
 * of a first-level item's, and every first-level item's text starts at the same place; in the DOCX the items are
 * Word numbering at ilvl 0 and 1 of a definition whose level 1 is indented further. Before, an item made of a
 * paragraph and a nested list set its paragraph with the body's first-line indent — exactly where the nested
 * items' text stood, so "1. Индукция ремиссии:" and its "1. цитарабин" could not be told apart (both engines).
 * The list is the treatment of the example case (cases/venetoclax-aml-after-neuroblastoma) set out as a scheme.
 */
class NestedListTest {
    @TempDir
    Path dir;

    static final String LIST = """
            Схема лечения:

            1. Индукция ремиссии:
                1. цитарабин 100 мг/м^2^;
                2. идарубицин 12 мг/м^2^.
            2. Консолидация:
                - венетоклакс;
                - 5-азацитидин.
            3. Трансплантация.
            """;

    private Pipeline.Loaded load() throws Exception {
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, "nested", CaseVariant.before("# Актуальность", LIST));
        return Pipeline.load(c, Path.of("templates"));
    }

    private static byte[] write(String format, Pipeline.Loaded l, Journal j) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writers.get(format).write(l.manuscript(), new RenderContext(j, Pipeline.timestamp(l.manuscript())), out);
        return out.toByteArray();
    }

    /** The x (pt) of the first glyph of {@code word}'s first occurrence on page 1. */
    private static float x(List<TextPosition> glyphs, String word) {
        StringBuilder all = new StringBuilder();
        for (TextPosition t : glyphs) all.append(t.getUnicode().length() == 1 ? t.getUnicode() : "?");
        int at = all.indexOf(word);
        assertTrue(at >= 0, "page 1 has no '" + word + "'");
        return glyphs.get(at).getXDirAdj();
    }

    private static void levelsKept(byte[] pdf, String engine) throws Exception {
        Files.createDirectories(Path.of("target", "pdf-test"));
        Files.write(Path.of("target", "pdf-test", "nested-list-" + engine + ".pdf"), pdf);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<TextPosition> glyphs = new ArrayList<>();
            org.casereport.write.PdfGlyphs.text(d, 1, glyphs);
            float induction = x(glyphs, "Индукция ремиссии");
            float consolidation = x(glyphs, "Консолидация:");
            float transplant = x(glyphs, "Трансплантация.");
            float cytarabine = x(glyphs, "цитарабин 100");
            float idarubicin = x(glyphs, "идарубицин 12");
            float venetoclax = x(glyphs, "венетоклакс;");
            String where = engine + ": level 1 at " + induction + ", " + consolidation + ", " + transplant
                    + "; level 2 at " + cytarabine + ", " + idarubicin + ", " + venetoclax;
            assertEquals(transplant, induction, 0.5f, where);
            assertEquals(transplant, consolidation, 0.5f, where);
            assertEquals(cytarabine, idarubicin, 0.5f, where);
            assertEquals(cytarabine, venetoclax, 1.5f, where);
            float mm = 72f / 25.4f;
            assertTrue(cytarabine - induction > 3 * mm, "level 2 is indented: " + where);
        }
    }

    @Test
    void theOpenhtmltopdfEngineIndentsTheSecondLevel() throws Exception {
        Pipeline.Loaded l = load();
        levelsKept(write("pdf", l, FoCases.engine(l.journal(), "html")), "html");
    }

    @Test
    void theFoEngineIndentsTheSecondLevel() throws Exception {
        Pipeline.Loaded l = load();
        levelsKept(write("pdf", l, FoCases.fo(l.journal())), "fo");
    }

    @Test
    void theDocxHasWordNumberingLevels() throws Exception {
        Pipeline.Loaded l = load();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write("docx", l, l.journal())))) {
            XWPFNumbering numbering = doc.getNumbering();
            List<String> seen = new ArrayList<>();
            BigInteger[] indents = new BigInteger[2];
            for (XWPFParagraph p : doc.getParagraphs()) {
                String t = p.getText().replace('\u00A0', ' ');
                if (p.getNumID() == null || !List.of("Индукция ремиссии:", "цитарабин 100 мг/м2;", "идарубицин 12 мг/м2.",
                        "Консолидация:", "венетоклакс;", "5-азацитидин.", "Трансплантация.").contains(t)) continue;
                int ilvl = p.getNumIlvl().intValue();
                BigInteger abstractId = numbering.getNum(p.getNumID()).getCTNum().getAbstractNumId().getVal();
                CTLvl lvl = numbering.getAbstractNum(abstractId).getCTAbstractNum().getLvlArray(ilvl);
                String fmt = lvl.getNumFmt().getVal() == STNumberFormat.BULLET ? "bullet" : lvl.getNumFmt().getVal().toString();
                seen.add(ilvl + " " + fmt + " " + t);
                if (lvl.getPPr() != null && lvl.getPPr().getInd() != null) indents[ilvl] = (BigInteger) lvl.getPPr().getInd().getLeft();
            }
            assertEquals(List.of("0 decimal Индукция ремиссии:", "1 lowerLetter цитарабин 100 мг/м2;", "1 lowerLetter идарубицин 12 мг/м2.",
                    "0 decimal Консолидация:", "1 bullet венетоклакс;", "1 bullet 5-азацитидин.", "0 decimal Трансплантация."), seen);
            assertTrue(indents[0] != null && indents[1] != null && indents[1].compareTo(indents[0]) > 0,
                    "level 1 is indented further than level 0: " + indents[0] + ", " + indents[1]);
        }
    }

    /**
     * A numbered list written from 5 (the fifth and sixth steps, after a paragraph between) prints 5 and 6 — it
     * printed 1 and 2 — in both engines, and is a Word list whose numbering starts at 5.
     */
    @Test
    void aListWrittenFromFiveStartsAtFiveEverywhere() throws Exception {
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, "from-five", CaseVariant.before("# Актуальность", """
                Затем, после трансплантации:

                5. консолидация венетоклаксом;
                6. наблюдение.
                """));
        Pipeline.Loaded l = Pipeline.load(c, Path.of("templates"));
        for (Journal j : List.of(FoCases.engine(l.journal(), "html"), FoCases.fo(l.journal()))) {
            try (PDDocument d = Loader.loadPDF(write("pdf", l, j))) {
                PDFTextStripper s = new PDFTextStripper();
                s.setSortByPosition(true); // openhtmltopdf draws list numbers after the page's text
                s.setEndPage(1);
                String text = s.getText(d).replace('\u00A0', ' ').replace("\u00AD", "").replaceAll("[ \\t]+", " ");
                assertTrue(text.contains("5. консолидация венетоклаксом;") && text.contains("6. наблюдение."), text);
            }
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write("docx", l, l.journal())))) {
            XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText().startsWith("консолидация венетоклаксом"))
                    .findFirst().orElseThrow();
            var num = doc.getNumbering().getNum(p.getNumID()).getCTNum();
            assertEquals(BigInteger.valueOf(5), num.getLvlOverrideArray(0).getStartOverride().getVal());
        }
    }
}
