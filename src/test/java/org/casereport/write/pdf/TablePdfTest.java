package org.casereport.write.pdf;

import static org.casereport.write.pdf.PdfWriterTest.inOrder;
import static org.casereport.write.pdf.PdfWriterTest.squash;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.casereport.diag.Diagnostic;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.RenderContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.verapdf.pdfa.flavours.PDFAFlavour;

/**
 * Tables in the PDF: long tables break across columns and pages (this used to crash openhtmltopdf's PDF/UA tagging,
 * exit 3), captions and numbers in both languages, notes, and a too-wide table set across the page with a warning.
 */
class TablePdfTest {
    @TempDir
    static Path dir;

    record Out(byte[] pdf, String text, List<Diagnostic> warnings, int pages) { }

    static Out render(String name, String table) throws Exception {
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, name, CaseVariant.before("# Описание клинического случая", table));
        Pipeline.Loaded l = Pipeline.load(c, Path.of("templates"));
        RenderContext ctx = new RenderContext(l.journal(), Pipeline.timestamp(l.manuscript()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(l.manuscript(), ctx, out);
        byte[] pdf = out.toByteArray();
        Files.createDirectories(Path.of("target", "pdf-test"));
        Files.write(Path.of("target", "pdf-test", name + ".pdf"), pdf);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new Out(pdf, new PDFTextStripper().getText(d), List.copyOf(ctx.warnings()), d.getNumberOfPages());
        }
    }

    static String rows(int n, String cell) {
        StringBuilder sb = new StringBuilder("Показатели приведены в @tbl-long.\n\n| № | Показатель | Значение |\n|---|---|--:|\n");
        for (int i = 1; i <= n; i++) sb.append("| ").append(i).append(" | ").append(cell).append(" | v").append(i * 7).append(" |\n");
        return sb.append("\n: Показатели {#tbl-long en=\"Values\"}\n\nПримечание. Значения условные.\n").toString();
    }

    @Test
    void tableThatMovesToTheNextColumnNoLongerCrashesAndIsTagged() throws Exception {
        // 16 rows standing at the foot of a column: openhtmltopdf put a row on the page before and its PDF/UA
        // tagging then threw a NullPointerException (PdfBoxAccessibilityHelper.logIncompatibleChild)
        Out o = render("sixteen", rows(16, "значение"));
        inOrder(o.text, "Таблица 1. Показатели", "Table 1. Values", "№", "1", "значение", "v7", "16", "v112",
                "Примечание. Значения условные.");
        Map<String, String> ua = Vera.failures(o.pdf, PDFAFlavour.PDFUA_1);
        assertTrue(ua.isEmpty(), ua.toString());
    }

    @Test
    void longTableBreaksAcrossColumnsAndPagesWithItsHeaderRepeated() throws Exception {
        Out o = render("long", rows(120, "*KMT2A* 10^9^/л"));
        // every row once, in order
        String flat = squash(o.text);
        int at = -1;
        for (int i = 1; i <= 120; i++) {
            int k = flat.indexOf("KMT2A109/лv" + (i * 7), at + 1);
            assertTrue(k > at, "row " + i + " missing or out of order");
            at = k;
        }
        // the header again on each continued part, with the continued line
        Matcher m = Pattern.compile("Продолжение табл\\. 1").matcher(o.text);
        int parts = 0;
        while (m.find()) parts++;
        assertTrue(parts >= 2, "continued parts: " + parts);
        Matcher h = Pattern.compile("Показатель(?!и)").matcher(o.text);
        int heads = 0;
        while (h.find()) heads++;
        assertTrue(heads >= 3, "header rows printed: " + heads);
        assertTrue(o.pages >= 5, "pages: " + o.pages);
        assertTrue(o.text.contains("табл. 1"), "the reference in the text");
        Map<String, String> ua = Vera.failures(o.pdf, PDFAFlavour.PDFUA_1);
        assertTrue(ua.isEmpty(), ua.toString());
    }

    @Test
    void tooWideTableIsSetAcrossThePageWithAWarningNotClipped() throws Exception {
        StringBuilder t = new StringBuilder("Схема в @tbl-wide.\n\n|");
        for (int c = 1; c <= 8; c++) t.append(" Показатель").append(c).append(" |");
        t.append("\n|").append("---|".repeat(8)).append("\n|");
        for (int c = 1; c <= 8; c++) t.append(" гемоглобин").append(c).append(" |");
        t.append("\n\n: Широкая таблица {#tbl-wide en=\"Wide table\"}\n");
        Out o = render("wide", t.toString());
        int line = lineOf("wide", "| Показатель1");
        assertTrue(o.warnings.stream().anyMatch(d -> d.rule().equals("table-too-wide")
                && d.message().contains("Таблица 1") && d.message().contains("across the page")
                && d.pos().toString().endsWith(":" + line + ":1")), o.warnings.toString());
        for (int c = 1; c <= 8; c++) {
            assertTrue(squash(o.text).contains("гемоглобин" + c), "cell " + c + " is printed whole");
        }
    }

    private static int lineOf(String name, String start) throws Exception {
        List<String> lines = Files.readAllLines(dir.resolve(name).resolve("case.md"));
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).startsWith(start)) return i + 1;
        throw new AssertionError("no line " + start);
    }
}
