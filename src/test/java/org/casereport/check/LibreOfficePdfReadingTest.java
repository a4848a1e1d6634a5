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
}
