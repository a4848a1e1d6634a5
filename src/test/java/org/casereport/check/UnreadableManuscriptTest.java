package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.casereport.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A manuscript that cannot be read — cut short in transfer, damaged, or without a text layer — is refused through the
 * command line with exit 2 and one line naming the file and the reason (it used to exit 1, as if it had findings).
 */
class UnreadableManuscriptTest {
    static final Path CASES = Path.of("src/test/resources/check/cases");

    record Run(int exit, String out, String err) {
    }

    static Run check(Path file) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"check", "--templates", "templates", file.toString()}, new PrintWriter(out), new PrintWriter(err));
        return new Run(exit, out.toString(), err.toString());
    }

    /** Exit 2, exactly one finding line naming the file with the reason, and no stack trace anywhere. */
    static void refused(Run r, Path file, String reason) {
        assertEquals(2, r.exit(), r.out() + r.err());
        List<String> lines = r.out().lines().filter(l -> l.contains("[manuscript-unreadable]")).toList();
        assertEquals(1, lines.size(), r.out());
        assertTrue(lines.get(0).startsWith(file + ": error: "), lines.get(0));
        assertTrue(lines.get(0).contains(reason), lines.get(0));
        assertFalse((r.out() + r.err()).contains("\tat "), "no stack trace: " + r.err());
        assertFalse((r.out() + r.err()).contains("Exception"), "no exception name: " + r.out() + r.err());
    }

    @Test
    void aWholeManuscriptIsChecked() {
        // the same files whole are read and checked: findings, not a refusal
        Run docx = check(CASES.resolve("ms-docx/manuscript.docx"));
        Run pdf = check(CASES.resolve("ms-pdf/manuscript.pdf"));
        assertFalse(docx.out().contains("manuscript-unreadable"), docx.out());
        assertFalse(pdf.out().contains("manuscript-unreadable"), pdf.out());
        assertTrue(docx.exit() < 2 && pdf.exit() < 2, docx.exit() + " " + pdf.exit());
    }

    @Test
    void aTruncatedPdfExits2(@TempDir Path tmp) throws Exception {
        byte[] whole = Files.readAllBytes(CASES.resolve("ms-pdf/manuscript.pdf"));
        Path cut = Files.write(tmp.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length * 2 / 3));
        refused(check(cut), cut, "truncated");
    }

    @Test
    void aPdfCutJustBeforeItsEndExits2(@TempDir Path tmp) throws Exception {
        byte[] whole = Files.readAllBytes(CASES.resolve("ms-pdf/manuscript.pdf"));
        String tail = new String(whole, whole.length - 10, 10, java.nio.charset.StandardCharsets.ISO_8859_1);
        int eof = tail.lastIndexOf("%%EOF");
        assertTrue(eof >= 0, "the fixture ends with %%EOF: " + tail);
        Path cut = Files.write(tmp.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length - 10 + eof));
        refused(check(cut), cut, "truncated");
    }

    @Test
    void aTruncatedDocxExits2(@TempDir Path tmp) throws Exception {
        byte[] whole = Files.readAllBytes(CASES.resolve("ms-docx/manuscript.docx"));
        Path cut = Files.write(tmp.resolve("cut.docx"), Arrays.copyOf(whole, whole.length / 2));
        refused(check(cut), cut, "cannot read it as a DOCX file");
    }

    @Test
    void aPdfNamedDocxAndGarbageExit2(@TempDir Path tmp) throws Exception {
        Path foreign = Files.copy(CASES.resolve("ms-pdf/manuscript.pdf"), tmp.resolve("really-a-pdf.docx"));
        refused(check(foreign), foreign, "cannot read it as a DOCX file");
        Path garbage = Files.write(tmp.resolve("garbage.pdf"), "not a PDF at all\n%%EOF\n".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        refused(check(garbage), garbage, "cannot read it as a PDF file");
    }

    @Test
    void aPdfWithoutTextExits2(@TempDir Path tmp) throws Exception {
        Path empty = tmp.resolve("scan.pdf");
        try (var doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            doc.addPage(new org.apache.pdfbox.pdmodel.PDPage());
            doc.save(empty.toFile());
        }
        refused(check(empty), empty, "no text layer");
    }

    @Test
    void oneUnreadableAmongGoodOnesStillExits2AndTheOthersAreChecked(@TempDir Path tmp) throws Exception {
        byte[] whole = Files.readAllBytes(CASES.resolve("ms-pdf/manuscript.pdf"));
        Path cut = Files.write(tmp.resolve("cut.pdf"), Arrays.copyOf(whole, whole.length / 2));
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int exit = Main.run(new String[] {"check", "--templates", "templates", CASES.resolve("ms-citations/manuscript.txt").toString(), cut.toString()},
                new PrintWriter(out), new PrintWriter(err));
        assertEquals(2, exit);
        assertTrue(out.toString().contains("ms-citations/manuscript.txt:"), "the good manuscript is still checked: " + out);
        assertTrue(out.toString().contains("cut.pdf: error: the PDF is truncated"), out.toString());
    }

    @Test
    void anEmptyFileExits2(@TempDir Path tmp) throws Exception {
        Path docx = Files.write(tmp.resolve("empty.docx"), new byte[0]);
        refused(check(docx), docx, "cannot read it as a DOCX file");
        Path pdf = Files.write(tmp.resolve("empty.pdf"), new byte[0]);
        refused(check(pdf), pdf, "truncated");
    }

    @Test
    void aBinaryFileNamedTxtExits2(@TempDir Path tmp) throws Exception {
        // a .docx renamed .txt (a ZIP package: NUL bytes), and UTF-16 text, are not read as Windows-1251 text
        Path renamed = Files.copy(CASES.resolve("ms-docx/manuscript.docx"), tmp.resolve("manuscript.txt"));
        refused(check(renamed), renamed, "not a text file");
        Path utf16 = Files.write(tmp.resolve("utf16.txt"), "Литература\n1. Smith J. A title. Blood. 2020;1(2):3–4.\n"
                .getBytes(java.nio.charset.StandardCharsets.UTF_16LE));
        refused(check(utf16), utf16, "not a text file");
        // a UTF-8 text is still checked
        Run ok = check(CASES.resolve("ms-citations/manuscript.txt"));
        assertFalse(ok.out().contains("manuscript-unreadable"), ok.out());
    }
}
