package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereport.template.Journal;
import org.junit.jupiter.api.Test;

class PdfWriterTest {
    @Test
    void rendersTheFixture() throws Exception {
        Journal j = Fixtures.journal("default", null);
        byte[] pdf = Fixtures.render(Fixtures.manuscript(), j);
        Path out = Path.of("target", "pdf-test");
        Files.createDirectories(out);
        Files.write(out.resolve("fixture.pdf"), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(doc);
            System.out.println(text);
            assertTrue(text.contains("Актуальность"));
        }
    }
}
