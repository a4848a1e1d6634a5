package org.casereport.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.RenderContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A table in the DOCX: a real Word table with its caption paragraphs (Caption style) above it and its note below. */
class TableDocxTest {
    @TempDir
    Path dir;

    @Test
    void tableWithCaptionNumberWidthsAlignmentAndNote() throws Exception {
        String table = """
                Показатели крови даны в @tbl-blood.

                | Показатель                         | При поступлении | Норма      |
                |------------------------------------|----------------:|------------|
                | Гемоглобин, г/л                     | 71              | 110–140    |
                | Тромбоциты, × 10^9^/л               | 23              | 150–400    |

                : Анализ крови при поступлении {#tbl-blood en="Blood count on *admission*" tbl-colwidths="[50,30,20]"}

                Примечание. Норма дана по возрасту.
                """;
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, "tbl", CaseVariant.before("# Описание клинического случая", table));
        Pipeline.Loaded l = Pipeline.load(c, Path.of("templates"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new DocxWriter().write(l.manuscript(), new RenderContext(l.journal(), Pipeline.timestamp(l.manuscript())), out);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(out.toByteArray()))) {
            List<IBodyElement> els = doc.getBodyElements();
            int ti = -1;
            for (int i = 0; i < els.size(); i++) if (els.get(i) instanceof XWPFTable) { ti = i; break; }
            assertTrue(ti > 2, "a Word table");
            XWPFParagraph ru = (XWPFParagraph) els.get(ti - 2);
            XWPFParagraph en = (XWPFParagraph) els.get(ti - 1);
            assertEquals("TableCaption", ru.getStyle());
            assertEquals("Таблица 1. Анализ крови при поступлении", ru.getText());
            assertEquals("Table 1. Blood count on admission", en.getText());
            assertTrue(en.getRuns().stream().anyMatch(r -> r.getText(0) != null && r.getText(0).contains("admission") && r.isItalic()));
            XWPFTable t = (XWPFTable) els.get(ti);
            assertEquals(3, t.getNumberOfRows());
            assertTrue(t.getRow(0).isRepeatHeader());
            assertEquals("При поступлении", t.getRow(0).getCell(1).getText());
            assertEquals(ParagraphAlignment.RIGHT, t.getRow(1).getCell(1).getParagraphs().get(0).getAlignment());
            // widths from tbl-colwidths (Quarto), 50 : 20
            long w0 = t.getRow(1).getCell(0).getCTTc().getTcPr().getTcW().getW() instanceof java.math.BigInteger b ? b.longValue() : 0;
            long w2 = t.getRow(1).getCell(2).getCTTc().getTcPr().getTcW().getW() instanceof java.math.BigInteger b2 ? b2.longValue() : 0;
            assertTrue(w0 > 2 * w2, w0 + " vs " + w2);
            XWPFParagraph note = (XWPFParagraph) els.get(ti + 1);
            assertEquals("Примечание. Норма дана по возрасту.", note.getText());
            String all = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(doc).getText();
            assertTrue(all.contains("Показатели крови даны в табл. 1."), "the reference in the text");
            assertTrue(!all.contains("{#tbl") && !all.contains(": Анализ"), "no caption syntax left as text");
        }
    }
}
