package org.casereport.write.fo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.List;
import org.casereport.diag.Diagnostic;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.RenderContext;
import org.casereport.write.Writers;
import org.casereport.write.pdf.FoCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The FO templates do not print every front-matter line the openhtmltopdf ones print (the article type, DOI, UDC,
 * the for-citation lines): each one the case has is a warning at its key, where the FO page used to lose it
 * silently; the default engine, which prints them, says nothing.
 */
class FoUnprintedTest {
    @TempDir
    Path dir;

    List<String> warnings(String engine) throws Exception {
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, "front-" + engine, CaseVariant.edits(
                "received: 2025-03-07", """
                        udc: "УДК 616.155.392-036.11:616-085"
                        doi: https://doi.org/10.25207/1608-6228-2025-32-1-63-73
                        published: {year: 2025, volume: 12, issue: 2, pages: 45–52}
                        received: 2025-03-07"""));
        Pipeline.Loaded l = Pipeline.load(c, Path.of("templates"));
        RenderContext ctx = new RenderContext("fo".equals(engine) ? FoCases.fo(l.journal()) : l.journal(), Pipeline.timestamp(l.manuscript()));
        Writers.get("pdf").write(l.manuscript(), ctx, new ByteArrayOutputStream());
        return ctx.warnings().stream().map(Diagnostic::toString).filter(s -> s.contains("does not print")).toList();
    }

    @Test
    void eachFrontMatterLineTheFoPageLeavesOutIsAWarning() throws Exception {
        List<String> fo = warnings("fo");
        String all = String.join("\n", fo);
        assertTrue(all.contains("the article's DOI '10.25207/1608-6228-2025-32-1-63-73'"), all);
        assertTrue(all.contains("the UDC index '616.155.392-036.11:616-085'"), all);
        assertTrue(all.contains("the article type 'Клиническое наблюдение'"), all);
        assertTrue(all.contains("the for-citation line (ru) 'Антошин М.М."), all);
        assertTrue(all.contains("the for-citation line (en) 'Antoshin M.M."), all);
        assertTrue(fo.stream().filter(s -> s.contains("DOI")).allMatch(s -> s.contains("case.md:")), all);
        assertEquals(List.of(), warnings("html"));
    }
}
