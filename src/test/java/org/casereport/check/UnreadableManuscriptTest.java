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
import java.util.Map;
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
        // a .docx renamed .txt (a ZIP package: NUL bytes on both sides of the pairs) and a PDF renamed .txt are not text
        Path renamed = Files.copy(CASES.resolve("ms-docx/manuscript.docx"), tmp.resolve("manuscript.txt"));
        refused(check(renamed), renamed, "not a text file");
        Path pdf = Files.copy(CASES.resolve("ms-pdf/manuscript.pdf"), tmp.resolve("pdf.txt"));
        refused(check(pdf), pdf, "not a text file");
        // a UTF-16 byte order mark before bytes that are not UTF-16 (an odd count: cut short)
        byte[] cut = ("\uFEFFЛитература\n1. Smith J.").getBytes(java.nio.charset.StandardCharsets.UTF_16LE);
        Path broken = Files.write(tmp.resolve("broken.txt"), Arrays.copyOf(cut, cut.length - 1));
        refused(check(broken), broken, "does not decode as UTF-16");
        // a UTF-8 text is still checked
        Run ok = check(CASES.resolve("ms-citations/manuscript.txt"));
        assertFalse(ok.out().contains("manuscript-unreadable"), ok.out());
    }

    /**
     * A manuscript saved as UTF-16 (Notepad's "Unicode": little-endian with a byte order mark; big-endian; without a
     * mark) or as UTF-8 with a byte order mark is read as the same text: the same findings at the same lines and
     * columns as the UTF-8 file, the file's own name in each.
     */
    @Test
    void utf16AndUtf8WithBomAreReadAsTheText(@TempDir Path tmp) throws Exception {
        Path original = CASES.resolve("ms-russian/manuscript.txt");
        String text = Files.readString(original);
        Run utf8 = check(original);
        List<String> expected = findings(utf8, original);
        assertTrue(expected.size() >= 3, "the fixture has findings to compare: " + utf8.out());
        java.nio.charset.Charset le = java.nio.charset.StandardCharsets.UTF_16LE;
        java.nio.charset.Charset be = java.nio.charset.StandardCharsets.UTF_16BE;
        Map<String, byte[]> forms = new java.util.LinkedHashMap<>();
        forms.put("utf16le-bom.txt", ("\uFEFF" + text).getBytes(le));
        forms.put("utf16be-bom.txt", ("\uFEFF" + text).getBytes(be));
        forms.put("utf16le.txt", text.getBytes(le));
        forms.put("utf16be.txt", text.getBytes(be));
        forms.put("utf8-bom.txt", ("\uFEFF" + text).getBytes(java.nio.charset.StandardCharsets.UTF_8));
        forms.put("utf16le-crlf.txt", ("\uFEFF" + text.replace("\n", "\r\n")).getBytes(le));
        for (Map.Entry<String, byte[]> f : forms.entrySet()) {
            Path file = Files.write(tmp.resolve(f.getKey()), f.getValue());
            Run r = check(file);
            assertFalse(r.out().contains("manuscript-unreadable") || r.out().contains("text-mojibake"), f.getKey() + ": " + r.out());
            assertEquals(utf8.exit(), r.exit(), f.getKey() + ": " + r.out());
            assertEquals(expected, findings(r, file), f.getKey());
        }
    }

    /** The finding lines of a run, the file's name replaced by "FILE". */
    private static List<String> findings(Run r, Path file) {
        return r.out().lines().filter(l -> l.startsWith(file.toString() + ":")).map(l -> "FILE" + l.substring(file.toString().length())).toList();
    }
}
