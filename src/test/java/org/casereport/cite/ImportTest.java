package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** BibTeX and RIS exports of the same references format exactly as the CSL-JSON; positions and broken input. */
class ImportTest {

    private static List<String> formatted(String file, String journal) {
        Diagnostics d = new Diagnostics();
        List<Reference> refs = TestSupport.read(TestSupport.RES.resolve(file), d);
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
        List<FormattedReference> out = Bibliography.format(TestSupport.journal(journal), refs, d);
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
        return out.stream().map(FormattedReference::text).toList();
    }

    @Test
    void bibtexGivesTheSameFourteenStrings() {
        List<String> golden = TestSupport.lines(TestSupport.RES.resolve("seed-expected.txt"));
        assertEquals(golden, formatted("seed-references.bib", "default"));
        assertEquals(formatted("seed-references.json", "nlm"), formatted("seed-references.bib", "nlm"));
    }

    @Test
    void risGivesTheSameFourteenStrings() {
        List<String> golden = TestSupport.lines(TestSupport.RES.resolve("seed-references.json").resolveSibling("seed-expected.txt"));
        assertEquals(golden, formatted("seed-references.ris", "default"));
        assertEquals(formatted("seed-references.json", "nlm"), formatted("seed-references.ris", "nlm"));
    }

    @Test
    void bibtexRussianSourceWithCyrillicAndEnglishFieldsGivesTheSameStringAsCslJson() {
        assertEquals(formatted("russian-sample.json", "default"), formatted("russian-sample.bib", "default"));
        assertEquals(formatted("russian-sample.json", "nlm"), formatted("russian-sample.bib", "nlm"));
    }

    @Test
    void bibtexMapsNumberToIssueAndDecodesLatex() {
        Diagnostics d = new Diagnostics();
        List<Reference> refs = TestSupport.read(TestSupport.RES.resolve("seed-references.bib"), d);
        Reference whittle = refs.stream().filter(r -> r.id().equals("whittle2017")).findFirst().orElseThrow();
        assertEquals("8", whittle.csl().get("issue"));
        assertEquals(null, whittle.csl().get("number"));
        assertEquals("e486-e488", whittle.csl().get("page"));
        assertEquals("en", whittle.language());
        assertTrue(whittle.csl().get("author").toString().contains("López-Terrada"), whittle.csl().get("author").toString());
        Reference berthold = refs.get(0);
        assertEquals("Paediatr Drugs", berthold.csl().get("container-title-short"));
        assertEquals("28786082", berthold.csl().get("PMID"));
        assertEquals(3, berthold.pos().line());
        assertEquals(1, berthold.pos().column());
    }

    @Test
    void positionsPointToEachRecordsFirstLine() throws IOException {
        Diagnostics d = new Diagnostics();
        List<Reference> json = TestSupport.read(TestSupport.RES.resolve("seed-references.json"), d);
        List<String> lines = Files.readAllLines(TestSupport.RES.resolve("seed-references.json"));
        for (Reference r : json) {
            assertEquals("{", lines.get(r.pos().line() - 1).substring(r.pos().column() - 1, r.pos().column()), r.id());
            assertTrue(lines.get(r.pos().line()).contains("\"id\": \"" + r.id() + "\""), r.id());
        }
        List<Reference> ris = TestSupport.read(TestSupport.RES.resolve("seed-references.ris"), d);
        List<String> risLines = Files.readAllLines(TestSupport.RES.resolve("seed-references.ris"));
        for (Reference r : ris) {
            assertEquals("TY  - JOUR", risLines.get(r.pos().line() - 1), r.id());
            assertEquals("ID  - " + r.id(), risLines.get(r.pos().line()), r.id());
        }
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
        assertTrue(json.get(0).pos().file().endsWith("seed-references.json"));
    }

    @Test
    void brokenJsonIsAnErrorWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("references.json");
        Files.writeString(f, "[\n  {\"id\": \"a\", \"title\": \"x\"},\n  {\"id\": \"b\" \"title\": \"y\"}\n]\n");
        Diagnostics d = new Diagnostics();
        List<Reference> refs = ReferenceReader.read(f, "cases/x/references.json", d);
        assertEquals(1, d.all().size(), TestSupport.show(d));
        Diagnostic e = d.all().get(0);
        assertEquals("ref-syntax", e.rule());
        assertEquals(3, e.pos().line());
        assertEquals(14, e.pos().column());
        assertTrue(e.toString().startsWith("cases/x/references.json:3:14: error: broken JSON"), e.toString());
        assertTrue(refs.size() <= 1);
    }

    @Test
    void notAnArrayAndDuplicateIdsAreErrors(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("references.json");
        Files.writeString(f, "{\"id\": \"a\"}");
        Diagnostics d = new Diagnostics();
        ReferenceReader.read(f, "references.json", d);
        assertEquals("references.json:1:1: error: expected a CSL-JSON array [ … ] of references [ref-syntax]", d.all().get(0).toString());

        Files.writeString(f, "[{\"id\": \"a\"},\n {\"id\": \"a\"}]");
        Diagnostics d2 = new Diagnostics();
        assertEquals(1, ReferenceReader.read(f, "references.json", d2).size());
        assertEquals("references.json:2:2: error: the id \"a\" is used twice (first at references.json:1:2) [ref-duplicate-id]",
                d2.all().get(0).toString());
    }

    @Test
    void brokenBibtexIsAnErrorWithLineAndColumn(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("references.bib");
        Files.writeString(f, "@article{a,\n  title = {One},\n}\n\n@article{b,\n  title = {Two,\n}\n");
        Diagnostics d = new Diagnostics();
        ReferenceReader.read(f, "references.bib", d);
        assertEquals(1, d.all().size(), TestSupport.show(d));
        assertEquals("ref-syntax", d.all().get(0).rule());
        assertTrue(d.all().get(0).pos().line() >= 5, d.all().get(0).toString());
    }

    @Test
    void risWithoutEndLineOrWithStrayLinesIsReported(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("references.ris");
        Files.writeString(f, "AU  - Stray, A.\nTY  - JOUR\nID  - x\nTI  - A title\n  continued here\nPY  - 2020\n");
        Diagnostics d = new Diagnostics();
        List<Reference> refs = ReferenceReader.read(f, "references.ris", d);
        assertEquals(1, refs.size());
        assertEquals("A title continued here", refs.get(0).csl().get("title"));
        assertEquals(2, d.all().size(), TestSupport.show(d));
        assertEquals("references.ris:1:1", d.all().get(0).pos().toString());
        assertEquals("references.ris:2:1", d.all().get(1).pos().toString());
    }

    @Test
    void notUtf8IsAnError(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("references.json");
        Files.write(f, new byte[] {'[', (byte) 0xC0, ']'});
        Diagnostics d = new Diagnostics();
        assertTrue(ReferenceReader.read(f, "references.json", d).isEmpty());
        assertEquals("encoding", d.all().get(0).rule());
    }

    @Test
    void risRussianSourceTakesItsEnglishTitleFromTT(@TempDir Path dir) throws IOException {
        Path f = dir.resolve("references.ris");
        Files.writeString(f, "TY  - JOUR\nAU  - Иванов, Иван Иванович\nAU  - Щукина, Ю.\nTI  - Острый миелоидный лейкоз у детей\n"
                + "TT  - Acute myeloid leukemia in children\nJO  - Онкогематология\nPY  - 2019\nVL  - 14\nIS  - 2\nSP  - 10\nEP  - 18\n"
                + "LA  - rus\nER  - \n");
        Diagnostics d = new Diagnostics();
        List<Reference> refs = ReferenceReader.read(f, "references.ris", d);
        assertEquals("ivanov2019", refs.get(0).id());
        FormattedReference out = Bibliography.format(TestSupport.journal("default"), refs, d).get(0);
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
        assertEquals("Иванов И.И., Щукина Ю. Острый миелоидный лейкоз у детей. Онкогематология. 2019;14(2):10–8. "
                + "[Ivanov I.I., Shchukina Yu. Acute myeloid leukemia in children. Onkogematologiya. 2019;14(2):10–8. (In Russ.)]", out.text());
    }

    /** jbibtex's printer used to drop these accents and letters silently ("Goncalves", "Nikšic", "ódz", "Erdos"). */
    @org.junit.jupiter.params.ParameterizedTest(name = "{0} → {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', value = {
            "Gon{\\c{c}}alves|Gonçalves", "Gon\\c{c}alves|Gonçalves", "Gon{\\c c}alves|Gonçalves",
            "Nik{\\v{s}}i{\\'c}|Nikšić", "Ole{\\u{i}}nik|Oleĭnik", "Erd{\\H{o}}s|Erdős", "{\\l}{\\'o}d{\\'z}|łódź",
            "{\\aa}berg|åberg", "{\\o}ster|øster", "Stra{\\ss}e|Straße", "\\k{a}|ą", "\\={a}|ā", "\\.{z}|ż",
            "Cr{\\^{e}}pe|Crêpe", "Mart{\\'\\i}nez|Martínez", "D{\\\"u}rer|Dürer",
    })
    void latexAccentsAndLettersAreDecoded(String latex, String text) {
        assertEquals(text, BibTeXImport.latex(latex));
    }
}
