package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.Render;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * veraPDF (PDF/A-2u and PDF/UA-1) on the FO engine's PDF of every case under cases/ in the one-column journals, as
 * the command line renders it with the journal's own engine ({@code pdf.engine: fo}); the two-column default journal's
 * cases are checked in {@link FoEngineTest#pdfAAndUa}.
 */
class FoJournalsVeraTest {
    @TempDir
    Path tmp;

    @ParameterizedTest
    @ValueSource(strings = {"gost", "nlm"})
    void everyCasePassesPdfAAndUa(String journal) throws Exception {
        List<Path> cases = FoCases.dirs();
        assertTrue(cases.size() >= 3, "cases: " + cases);
        for (Path c : cases) {
            Path in = CaseVariant.of(c, tmp.resolve(journal), c.getFileName().toString(),
                    s -> s.replaceFirst("(?m)^journal: *\\S+ *$", "journal: " + journal));
            Pipeline.Loaded l = Pipeline.load(in, Path.of("templates"));
            assertEquals(journal, l.journal().name());
            assertEquals("fo", l.journal().string("pdf.engine", "html"), journal + ": the journal's engine");
            byte[] pdf = Files.readAllBytes(Render.formats(l, List.of("pdf"), tmp.resolve("out-" + journal)
                    .resolve(c.getFileName().toString()), d -> { }).get(0));
            Map<String, String> a = Vera.failures(pdf, PDFAFlavour.PDFA_2_U);
            assertTrue(a.isEmpty(), journal + " " + c.getFileName() + ": PDF/A-2u: " + a);
            Map<String, String> ua = Vera.failures(pdf, PDFAFlavour.PDFUA_1);
            assertTrue(ua.isEmpty(), journal + " " + c.getFileName() + ": PDF/UA-1: " + ua);
        }
    }
}
