package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * PDFs made by LibreOffice Writer from the corpus's Word files (refs/libreoffice/make.sh; LibreOffice 7.4): Word's
 * automatic numbering printed as "1." with a tab, lines broken after a hyphen of the text ("non-" / "Hodgkin’s"),
 * before an em dash ("cT1" / "—2N0M0") and inside a URL; two Cyrillic lists as an author's manuscript (Times New
 * Roman, set as Liberation Serif, 12 pt, 1.5 lines, justified), a Cyrillic "В" and "К" inside Latin text. Read back, every entry is
 * the line of the list the Word file was made from (a line broken before an unspaced em dash is joined without a space, a
 * justified line's stretched space is one space); the findings are those of that list (expected.tsv, run by
 * {@link ReferenceCorpusTest}).
 */
class LibreOfficePdfReadingTest {
    @ParameterizedTest
    @ValueSource(strings = {"real-bloodjournal-nlm", "real-globalauthorid-f", "real-kld", "real-studentlibrary-gost"})
    void aLibreOfficePdfReadsAsTheListItWasMadeFrom(String name) throws Exception {
        List<String> got = LatexPdfReadingTest.entries(name + "-libreoffice.pdf");
        List<String> source = Files.readAllLines(ReferenceCorpusTest.DIR.resolve(name + ".txt")).stream()
                .filter(l -> l.matches("\\d+\\. .*")).map(l -> l.replaceFirst("^\\d+\\. ", "")).toList();
        assertEquals(source, got);
    }

    /**
     * real-kld.docx with Word's automatic hyphenation on, exported as a tagged PDF (refs/libreoffice/make.sh): three
     * words are broken with a hyphen the text does not have ("Verizh-" / "nikova", "laborator-" / "naya", "hu-" /
     * "man"), and "erythemato-sus" keeps the hyphen the published list has. A PDF does not say which line-end hyphens are
     * the typesetter's, so each such hyphen gets a warning where it is, and its entry is read both ways: what holds for
     * both readings is reported, the word written "Verizh(-)nikova". So the hyphenated PDF gets every finding the
     * unhyphenated PDF of the same list gets (it used to get none of the style's on entries 1 and 3), no expected entry
     * picks a reading ("Verizh-nikova", "hu-man"), and no proposal is made from an entry read two ways.
     */
    @org.junit.jupiter.api.Test
    void aHyphenatedPdfIsReadBothWaysWhereItCannotSayWhichHyphenIsTheWords() throws Exception {
        java.nio.file.Path pdf = ReferenceCorpusTest.DIR.resolve("real-kld-hyphenated-libreoffice.pdf");
        var journal = Journals.load(java.nio.file.Path.of("templates"), "default", null);
        ManuscriptChecker.Result r = ManuscriptChecker.check(pdf, journal, new Findings());
        List<String> unsure = r.diagnostics().stream().filter(d -> d.rule().equals("manuscript-hyphen-unsure"))
                .map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.message().substring(0, d.message().indexOf(" at the line end"))).toList();
        assertEquals(List.of("4:96 reference 1: the hyphen of \"Verizh-\"", "6:96 reference 1: the hyphen of \"laborator-\"",
                "10:97 reference 3: the hyphen of \"hu-\""), unsure);
        for (var d : r.diagnostics()) {
            org.junit.jupiter.api.Assertions.assertFalse(d.message().matches("(?s).*expected entry.*(?:Verizh-nikova|hu-man|laborator-naya).*"), d.toString());
            org.junit.jupiter.api.Assertions.assertFalse(d.message().matches("(?s).*expected entry.*(?:Verizhnikova|[ (]human |laboratornaya).*"), d.toString());
        }
        // the same findings as the PDF of the same list without hyphenation, the uncertain words written with "(-)"
        ManuscriptChecker.Result plain = ManuscriptChecker.check(ReferenceCorpusTest.DIR.resolve("real-kld-libreoffice.pdf"), journal, new Findings());
        List<String> want = plain.diagnostics().stream().map(d -> d.rule() + " " + d.message()).toList();
        List<String> got = r.diagnostics().stream().filter(d -> !d.rule().equals("manuscript-hyphen-unsure"))
                .map(d -> d.rule() + " " + d.message().replace("Verizh(-)nikova", "Verizhnikova").replace("laborator(-)naya", "laboratornaya")
                        .replace("hu(-)man", "human")).toList();
        assertEquals(want, got);
        org.junit.jupiter.api.Assertions.assertTrue(r.diagnostics().stream().anyMatch(d -> d.rule().equals("ref-locator-spacing")
                && d.message().startsWith("reference 3:") && d.message().contains("in hu(-)man systemic")), "entry 3 read both ways");
        assertEquals(List.of(2, 4), r.proposals().stream().map(TrackedChanges.Proposal::number).toList());
        // the entries without such a hyphen read as the list the Word file was made from
        List<String> entries = LatexPdfReadingTest.entries("real-kld-hyphenated-libreoffice.pdf");
        List<String> source = Files.readAllLines(ReferenceCorpusTest.DIR.resolve("real-kld.txt")).stream()
                .filter(l -> l.matches("\\d+\\. .*")).map(l -> l.replaceFirst("^\\d+\\. ", "")).toList();
        assertEquals(source.get(1), entries.get(1));
        assertEquals(source.get(3), entries.get(3));
        assertEquals(source.get(0).replace("Verizhnikova", "Verizh-nikova").replace("laboratornaya", "laborator-naya"), entries.get(0));
    }
}
