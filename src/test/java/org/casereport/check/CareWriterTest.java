package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.casereport.diag.SourcePos;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The CARE checklist's DOCX: same items, same bytes; no clock time in the package. */
class CareWriterTest {
    private static List<Care.Item> items() {
        return List.of(
                new Care.Item(1, "care-title", "Title", "The diagnosis or intervention of primary focus followed by the words \"case report\"",
                        true, new SourcePos("case.md", 1, 1), "Venetoclax … case report"),
                new Care.Item(12, "care-perspective", "Patient perspective",
                        "The patient's (or parents') perspective on the treatment received", false, SourcePos.file("case.md"), ""));
    }

    @Test
    void twoWritesGiveTheSameBytesAndEveryEntryCarriesTheFixedDate(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("a-care.docx");
        Path b = tmp.resolve("b-care.docx");
        CareWriter.writeDocx(a, "case-x", items());
        CareWriter.writeDocx(b, "case-x", items());
        assertArrayEquals(Files.readAllBytes(a), Files.readAllBytes(b));

        List<String> names = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(Files.readAllBytes(a)))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                names.add(e.getName());
                assertEquals(LocalDateTime.of(2025, 1, 1, 0, 0), e.getTimeLocal(), e.getName());
                assertEquals(null, e.getExtra(), e.getName() + ": no extended timestamp field");
            }
        }
        assertEquals("[Content_Types].xml", names.get(0));
        assertTrue(names.contains("word/document.xml"), names.toString());
    }

    @Test
    void theRepackedChecklistStillReadsAsTheTable(@TempDir Path tmp) throws Exception {
        Path a = tmp.resolve("case-x-care.docx");
        CareWriter.writeDocx(a, "case-x", items());
        try (XWPFDocument doc = new XWPFDocument(Files.newInputStream(a))) {
            assertEquals("CARE checklist — case-x", doc.getParagraphs().get(0).getText());
            XWPFTable t = doc.getTables().get(0);
            assertEquals(3, t.getNumberOfRows());
            assertEquals("Where in the case", t.getRow(0).getCell(4).getText());
            assertEquals("12", t.getRow(2).getCell(0).getText());
            assertEquals("no", t.getRow(2).getCell(3).getText());
            assertEquals("—", t.getRow(2).getCell(4).getText());
            assertEquals("casereport", doc.getProperties().getCoreProperties().getCreator());
        }
        assertTrue(Files.list(tmp).noneMatch(p -> p.getFileName().toString().endsWith(".part")));
    }
}
