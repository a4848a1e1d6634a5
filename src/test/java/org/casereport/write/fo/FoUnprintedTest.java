package org.casereport.write.fo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereport.diag.Diagnostic;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.RenderContext;
import org.casereport.write.Writers;
import org.casereport.write.pdf.FoCases;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A front-matter line the case gives (the article type, DOI, UDC, the for-citation lines) that the journal's FO
 * template does not print is a warning at its key, never a silent loss. The shipped FO template prints them all, so
 * it says nothing (the lines are on its page: {@code FoFrontMatterOutputTest}); a journal's or a case's own FO
 * template that leaves them out gets a warning for each.
 */
class FoUnprintedTest {
    @TempDir
    Path dir;

    record Out(List<String> warnings, String text) {
    }

    /** The example case with a UDC, DOI and publication, its own FO template {@code own} if not null. */
    Out render(String engine, String own) throws Exception {
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, "front-" + engine + (own == null ? "" : "-own"), CaseVariant.edits(
                "received: 2025-03-07", """
                        udc: "УДК 616.155.392-036.11:616-085"
                        doi: https://doi.org/10.25207/1608-6228-2025-32-1-63-73
                        published: {year: 2025, volume: 12, issue: 2, pages: 45–52}
                        received: 2025-03-07"""));
        if (own != null) {
            Files.createDirectories(c.resolve("template"));
            Files.writeString(c.resolve("template").resolve(FoWriter.TEMPLATE), own);
        }
        Pipeline.Loaded l = Pipeline.load(c, Path.of("templates"));
        RenderContext ctx = new RenderContext(FoCases.engine(l.journal(), engine), Pipeline.timestamp(l.manuscript()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Writers.get("pdf").write(l.manuscript(), ctx, out);
        try (PDDocument doc = Loader.loadPDF(out.toByteArray())) {
            return new Out(ctx.warnings().stream().map(Diagnostic::toString).filter(s -> s.contains("does not print")).toList(),
                    new PDFTextStripper().getText(doc).replace('\u00A0', ' '));
        }
    }

    @Test
    void theShippedTemplatesPrintEveryLineAndSayNothing() throws Exception {
        for (String engine : List.of("fo", "html")) {
            Out o = render(engine, null);
            assertEquals(List.of(), o.warnings(), engine);
            assertTrue(o.text().contains("10.25207/1608-6228-2025-32-1-63-73"), engine + ": the DOI\n" + o.text());
            assertTrue(o.text().contains("616.155.392-036.11:616-085"), engine + ": the UDC\n" + o.text());
        }
    }

    /** A template of the journal's own (here the case's template/ folder) without the lines: a warning for each. */
    @Test
    void aTemplateThatLeavesALineOutGetsAWarningAtItsKey() throws Exception {
        String shipped = Files.readString(Path.of("templates", "default", FoWriter.TEMPLATE));
        String from = "<#if front.udc?has_content || front.articleType?has_content || front.doi?has_content>";
        String to = "<#list meta as m>";
        int a = shipped.indexOf(from), b = shipped.indexOf(to);
        assertTrue(a > 0 && b > a, "the shipped template's UDC/type/DOI block");
        String own = shipped.substring(0, a) + shipped.substring(b);
        int c = own.indexOf("<#if front.citation?has_content>"), d = own.indexOf("</#if>", c);
        assertTrue(c > 0 && d > c, "the shipped template's for-citation block");
        own = own.substring(0, c) + own.substring(d + "</#if>".length());
        Out o = render("fo", own);
        String all = String.join("\n", o.warnings());
        assertTrue(all.contains("the article's DOI '10.25207/1608-6228-2025-32-1-63-73'"), all);
        assertTrue(all.contains("the UDC index '616.155.392-036.11:616-085'"), all);
        assertTrue(all.contains("the article type 'Клиническое наблюдение'"), all);
        assertTrue(all.contains("the for-citation line (ru) 'Антошин М.М."), all);
        assertTrue(all.contains("the for-citation line (en) 'Antoshin M.M."), all);
        assertTrue(o.warnings().stream().filter(s -> s.contains("DOI")).allMatch(s -> s.contains("case.md:")), all);
        assertTrue(!o.text().contains("616.155.392-036.11:616-085"), "the own template left the UDC out");
    }
}
