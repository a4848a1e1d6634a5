package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.RenderContext;
import org.casereport.write.Writers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FO engine prints a nested list's markers per level as the default engine and the DOCX do ("1.", "a)", "i.";
 * "–", "•", "·": {@link NestedListMarkersTest#EXPECTED}); its template numbered "1." and bulleted "•" at every level.
 */
class FoNestedListMarkersTest {
    @TempDir
    Path dir;

    @Test
    void theFoPdfPrintsEachLevelsMarker() throws Exception {
        String list = Files.readString(Path.of("src/test/resources/lists/nested-four-levels.md"));
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, "markers", CaseVariant.before("# Актуальность", list));
        Pipeline.Loaded l = Pipeline.load(c, Path.of("templates"));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writers.get("pdf").write(l.manuscript(), new RenderContext(FoCases.fo(l.journal()), Pipeline.timestamp(l.manuscript())), out);
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            PDFTextStripper s = new PDFTextStripper(); // in the order of the content: the columns one after the other
            s.setEndPage(2);
            String page = s.getText(d).replace('\u00A0', ' ').replace("\u00AD", "").replaceAll("\\s+", " ");
            List<String> seen = new ArrayList<>();
            for (String item : NestedListMarkersTest.EXPECTED) {
                String text = item.substring(item.indexOf(' ') + 1);
                int at = page.indexOf(" " + text);
                seen.add(at < 0 ? "(no '" + text + "')" : page.substring(page.lastIndexOf(' ', at - 1) + 1, at) + " " + text);
            }
            assertEquals(NestedListMarkersTest.EXPECTED, seen, page);
        }
    }
}
