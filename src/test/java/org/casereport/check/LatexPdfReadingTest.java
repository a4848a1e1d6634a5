package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A PDF made by pdfLaTeX (refs/latex/make.sh): words hyphenated at line ends (LineHyphens), DOIs wrapped by the url
 * package after "https:" or "https://", list labels "[1]". Read back, every entry is the line as written in the source
 * list; one made with bitmap Type 3 fonts says its glyphs cannot be read.
 */
class LatexPdfReadingTest {
    static List<String> entries(String file) throws Exception {
        Findings f = new Findings();
        ManuscriptText ms = ManuscriptText.read(ReferenceCorpusTest.DIR.resolve(file), f);
        return ManuscriptChecker.entries(ms.lines(), ManuscriptChecker.trailingList(ms.lines()), ms.file(), ms.paragraphs(), ms.furniture())
                .stream().map(ManuscriptChecker.Entry::text).toList();
    }

    @Test
    void aLatexPdfReadsAsTheListItWasMadeFrom() throws Exception {
        List<String> got = entries("real-ouci-hsct-nlm-latex.pdf");
        List<String> source = java.nio.file.Files.readAllLines(ReferenceCorpusTest.DIR.resolve("real-ouci-hsct-nlm.txt")).stream()
                .filter(l -> l.matches("\\d+\\. .*")).map(l -> l.replaceFirst("^\\d+\\. ", "")).toList();
        assertEquals(source, got);
    }

    @Test
    void aType3FontPdfSaysItsGlyphsCannotBeReadAndProposesNothingFromThem() throws Exception {
        Findings f = new Findings();
        Path pdf = Path.of("src/test/resources/check/cases/ms-latex-type3/manuscript.pdf");
        ManuscriptChecker.check(pdf, Journals.load(Path.of("templates"), "nlm", null), f);
        List<String> rules = f.diagnostics().stream().map(d -> d.rule()).toList();
        assertEquals(List.of("manuscript-glyphs-unmapped"), rules);
        assertTrue(f.diagnostics().get(0).message().startsWith("9 character(s)"), f.diagnostics().get(0).message());
        // the same list in Type 1 fonts reads clean: the warning is the fonts', not the list's
        Findings clean = new Findings();
        ManuscriptChecker.check(ReferenceCorpusTest.DIR.resolve("real-ouci-hsct-nlm-latex.pdf"), Journals.load(Path.of("templates"), "nlm", null), clean);
        assertEquals(List.of(), clean.diagnostics());
    }
}
