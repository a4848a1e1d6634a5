package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.RenderContext;
import org.casereport.write.Writers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * A nested list prints the same marker per level in the PDF (openhtmltopdf) as Word numbers it in the DOCX:
 * "1.", "a)", "i." and "1." again at the fourth level; "–", "•", "·" and "–" again. Before, the PDF numbered
 * "1." and bulleted "•" at every level, while the DOCX counted "a)" and "i." — the same list read differently
 * in the two files an author sends. The fourth level had no number at all in the DOCX: the reference document
 * defines three levels, and Word prints nothing for a level its definition lacks.
 * The list (test resource lists/nested-four-levels.md) is put into the example case.
 */
class NestedListMarkersTest {
    @TempDir
    Path dir;

    /** Each item's text and the marker it must print with, in order. */
    static final List<String> EXPECTED = List.of(
            "1. Контроль химеризма:",
            "a) в костном мозге;",
            "i. на 30-й день;",
            "ii. на 100-й день:",
            "1. при смешанном химеризме — повтор через месяц.",
            "b) в крови.",
            "2. Профилактика рецидива.",
            "– Консолидация:",
            "• венетоклакс;",
            "· дозу подбирают по концентрации в крови:",
            "– при приёме азолов её снижают.",
            "• 5-азацитидин.",
            "– Наблюдение гематолога.");

    private Pipeline.Loaded load() throws Exception {
        String list = Files.readString(Path.of("src/test/resources/lists/nested-four-levels.md"));
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, "markers", CaseVariant.before("# Актуальность", list));
        return Pipeline.load(c, Path.of("templates"));
    }

    private static byte[] write(String format, Pipeline.Loaded l) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // openhtmltopdf's markers (pdf.engine: html); FoNestedListMarkersTest reads the FO engine's
        Writers.get(format).write(l.manuscript(), new RenderContext(FoCases.engine(l.journal(), "html"),
                Pipeline.timestamp(l.manuscript())), out);
        return out.toByteArray();
    }

    private static String text(String item) {
        return item.substring(item.indexOf(' ') + 1);
    }

    @Test
    void thePdfPrintsEachLevelsMarker() throws Exception {
        Pipeline.Loaded l = load();
        assertEquals(List.of(), l.diagnostics().stream().filter(d -> d.rule().startsWith("markdown")).toList());
        byte[] pdf = write("pdf", l);
        Files.createDirectories(Path.of("target", "pdf-test"));
        Files.write(Path.of("target", "pdf-test", "nested-list-markers.pdf"), pdf);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            PDFTextStripper s = new PDFTextStripper(); // in the order of the content: the columns one after the other
            s.setEndPage(2);
            String page = s.getText(d).replace('\u00A0', ' ').replace("\u00AD", "").replaceAll("\\s+", " ");
            List<String> seen = new ArrayList<>();
            for (String item : EXPECTED) {
                int at = page.indexOf(" " + text(item));
                seen.add(at < 0 ? "(no '" + text(item) + "')" : page.substring(page.lastIndexOf(' ', at - 1) + 1, at) + " " + text(item));
            }
            assertEquals(EXPECTED, seen, page);
        }
    }

    @Test
    void theDocxNumbersEachLevelTheSame() throws Exception {
        Pipeline.Loaded l = load();
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write("docx", l)))) {
            XWPFNumbering numbering = doc.getNumbering();
            Map<String, Integer> counts = new HashMap<>();
            List<String> seen = new ArrayList<>();
            List<String> texts = EXPECTED.stream().map(NestedListMarkersTest::text).toList();
            for (XWPFParagraph p : doc.getParagraphs()) {
                if (p.getNumID() == null) continue;
                int ilvl = p.getNumIlvl().intValue();
                CTNum num = numbering.getNum(p.getNumID()).getCTNum();
                CTLvl lvl = numbering.getAbstractNum(num.getAbstractNumId().getVal()).getCTAbstractNum().getLvlArray(ilvl);
                assertEquals(ilvl, lvl.getIlvl().intValue(), "the definition's levels are in order");
                int start = lvl.getStart() == null ? 1 : lvl.getStart().getVal().intValue();
                for (CTNumLvl o : num.getLvlOverrideArray()) {
                    if (o.getIlvl().intValue() == ilvl && o.getStartOverride() != null) start = o.getStartOverride().getVal().intValue();
                }
                int n = start + counts.merge(p.getNumID() + "/" + ilvl, 1, Integer::sum) - 1;
                String marker = wordMarker(lvl, ilvl, n);
                String t = p.getText().replace('\u00A0', ' ');
                if (texts.contains(t)) seen.add(marker + " " + t);
            }
            assertEquals(EXPECTED, seen);
        }
    }

    /** What Word prints for item {@code n} of a level: its level text with the number in the level's format. */
    private static String wordMarker(CTLvl lvl, int ilvl, int n) {
        STNumberFormat.Enum fmt = lvl.getNumFmt().getVal();
        String number;
        if (fmt == STNumberFormat.DECIMAL) number = Integer.toString(n);
        else if (fmt == STNumberFormat.LOWER_LETTER) number = String.valueOf((char) ('a' + n - 1));
        else if (fmt == STNumberFormat.LOWER_ROMAN) number = List.of("i", "ii", "iii", "iv", "v").get(n - 1);
        else if (fmt == STNumberFormat.BULLET) number = "";
        else throw new AssertionError("format " + fmt + " at level " + ilvl);
        String text = lvl.getLvlText().getVal();
        assertTrue(fmt == STNumberFormat.BULLET || text.contains("%" + (ilvl + 1)), "level " + ilvl + " text " + text);
        return text.replace("%" + (ilvl + 1), number);
    }

    /** A list written from 3 at the second level counts "c)", "d)" in both. */
    @Test
    void aSecondLevelWrittenFromThreeCountsFromC() throws Exception {
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, "from-three", CaseVariant.before("# Актуальность", """
                Этапы:

                1. Индукция:
                    3. третий курс;
                    4. четвёртый курс.
                """));
        Pipeline.Loaded l = Pipeline.load(c, Path.of("templates"));
        try (PDDocument d = Loader.loadPDF(write("pdf", l))) {
            PDFTextStripper s = new PDFTextStripper();
            s.setSortByPosition(true);
            s.setEndPage(1);
            String page = s.getText(d).replace('\u00A0', ' ').replaceAll("[ \\t]+", " ");
            assertTrue(page.contains("c) третий курс;") && page.contains("d) четвёртый курс."), page);
        }
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(write("docx", l)))) {
            XWPFParagraph p = doc.getParagraphs().stream().filter(x -> x.getText().startsWith("третий курс")).findFirst().orElseThrow();
            assertEquals(BigInteger.ONE, p.getNumIlvl());
            CTNum num = doc.getNumbering().getNum(p.getNumID()).getCTNum();
            assertEquals(BigInteger.valueOf(3), num.getLvlOverrideArray(0).getStartOverride().getVal());
            assertEquals(BigInteger.ONE, num.getLvlOverrideArray(0).getIlvl());
        }
    }
}
