package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A PDF whose page keeps a clipped-away copy of a line the next page prints (as an HTML engine leaves an entry's first
 * line it moved to the next page): the check reads only what the pages show, so the line is read once.
 */
class ClippedPdfTextTest {
    static final String E3_FIRST = "3. Kushner B.H., Cheung N.K., Kramer K., Heller G., Jhanwar S.C. Neuroblastoma and treatment-related";
    static final String E3_REST = "myelodysplasia/leukemia. J Clin Oncol. 1998;16(12):3880–9. doi: 10.1200/JCO.1998.16.12.3880.";

    static void lines(PDPageContentStream cs, PDType0Font font, float y, List<String> ls) throws Exception {
        cs.beginText();
        cs.setFont(font, 8);
        cs.setLeading(11);
        cs.newLineAtOffset(36, y);
        for (String l : ls) {
            cs.showText(l);
            cs.newLine();
        }
        cs.endText();
    }

    static Path write(Path file) throws Exception {
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, Path.of("templates/fonts/PTSerif-Regular.ttf").toFile());
            PDPage p1 = new PDPage();
            PDPage p2 = new PDPage();
            doc.addPage(p1);
            doc.addPage(p2);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p1)) {
                lines(cs, font, 740, List.of("Вторичный острый миелоидный лейкоз встречается редко [1]; терапия различна [2, 3].", "",
                        "Литература", "1. Berthold F., Spix C., Kaatsch P., Lampert F. Incidence, Survival, and Treatment of Localized and Metastatic",
                        "Neuroblastoma in Germany 1979–2015. Paediatr Drugs. 2017;19(6):577–93. doi: 10.1007/s40272-017-0251-3.",
                        "2. Zhang X. EVI1 Disruption Post Neuroblastoma Treatment: A Case Analysis of Treatment-Associated Acute Myeloid",
                        "Leukemia in a Pediatric Patient. Case Rep Oncol. 2023;16(1):893–9. DOI: DOI: 10.1159/000533571."));
                // the page's content box ends at y = 660; the copy of entry 3's first line lies below it, clipped away
                cs.saveGraphicsState();
                cs.addRect(36, 660, 540, 100);
                cs.clip();
                lines(cs, font, 652, List.of(E3_FIRST));
                cs.restoreGraphicsState();
            }
            try (PDPageContentStream cs = new PDPageContentStream(doc, p2)) {
                lines(cs, font, 740, List.of(E3_FIRST, E3_REST));
            }
            doc.getDocumentInformation().setCreationDate(null);
            doc.setDocumentId(0L);
            doc.save(file.toFile());
        }
        return file;
    }

    @Test
    void aClippedCopyOfALineIsNotRead(@TempDir Path tmp) throws Exception {
        Path file = write(tmp.resolve("clipped.pdf"));
        // plain extraction reads the hidden copy: this is the PDF the check must read right
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            String plain = new PDFTextStripper().getText(doc);
            assertEquals(2, plain.split("Jhanwar S\\.C\\.", -1).length - 1, plain);
        }
        DocxReadingTest.Checked c = DocxReadingTest.check(file);
        long copies = c.text().lines().stream().filter(l -> l.contains("Jhanwar S.C.")).count();
        assertEquals(1, copies, c.text().lines().toString());
        assertTrue(c.text().lines().contains(E3_FIRST), c.text().lines().toString());
        // the list is read as three entries: only the planted doubled label is found, at entry 2
        assertEquals(Set.of("2 ref-doi-label"), c.refFindings(), c.diagnostics().toString());
    }

    @Test
    void textOffThePageIsNotReadAndTextOnItIs(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("off.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDType0Font font = PDType0Font.load(doc, Path.of("templates/fonts/PTSerif-Regular.ttf").toFile());
            PDPage p = new PDPage();
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                lines(cs, font, 740, List.of("Seen on the page."));
                lines(cs, font, -40, List.of("Below the page's edge."));
            }
            doc.save(file.toFile());
        }
        try (PDDocument doc = Loader.loadPDF(file.toFile())) {
            VisibleTextStripper st = new VisibleTextStripper();
            String text = st.getText(doc);
            assertTrue(text.contains("Seen on the page."), text);
            assertTrue(!text.contains("Below"), text);
            assertEquals("Below the page's edge.".length(), st.dropped(), text);
        }
    }
}
