package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The examples of docs/references.md ("Every type as CSL-JSON, BibTeX and RIS") are real: every {@code bibtex} and
 * {@code ris} block is read through {@link ReferenceReader} as a references.bib / references.ris would be, and must
 * print, in every shipped style, original and Latin version, the same entry as the {@code json} block before it —
 * with the same warnings.
 */
class DocExamplesTest {
    private static final Path DOC = TestSupport.ROOT.resolve("docs/references.md");
    private static final Pattern BLOCK = Pattern.compile("(?m)^```(json|bibtex|ris)\\n(.*?)^```$", Pattern.DOTALL);
    private static final Pattern ID = Pattern.compile("\"id\": \"([^\"]+)\"");

    /** [id, format, block, json block] for every BibTeX and RIS block of the section. */
    static Stream<Arguments> blocks() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String section = doc.substring(doc.indexOf("### Every type as CSL-JSON, BibTeX and RIS"));
        section = section.substring(0, section.indexOf("\n## ", 1) < 0 ? section.length() : section.indexOf("\n## ", 1));
        List<Arguments> out = new ArrayList<>();
        String json = null;
        String id = null;
        Matcher m = BLOCK.matcher(section);
        while (m.find()) {
            if (m.group(1).equals("json")) {
                json = m.group(2);
                Matcher i = ID.matcher(json);
                id = i.find() ? i.group(1) : null;
            } else {
                out.add(Arguments.of(id, m.group(1), m.group(2), json));
            }
        }
        return out.stream();
    }

    @Test
    void everyJsonExampleHasItsBibtexAndRisForm() throws IOException {
        String doc = Files.readString(DOC, StandardCharsets.UTF_8);
        String section = doc.substring(doc.indexOf("### Every type as CSL-JSON, BibTeX and RIS"));
        Matcher m = BLOCK.matcher(section.substring(0, section.indexOf("\n## ")));
        List<String> kinds = new ArrayList<>();
        while (m.find()) kinds.add(m.group(1));
        assertTrue(kinds.size() >= 45, "15 types, each in three forms: " + kinds.size());
        for (int k = 0; k < kinds.size(); k += 3) {
            assertEquals(List.of("json", "bibtex", "ris"), kinds.subList(k, Math.min(k + 3, kinds.size())), "block " + k);
        }
    }

    @ParameterizedTest(name = "{0} as {1}")
    @MethodSource("blocks")
    void printsAsItsCslJson(String id, String format, String block, String json, @TempDir Path dir) throws IOException {
        Reference fromJson = readOne(dir, "references.json", "[" + json + "]", id);
        Reference imported = readOne(dir, format.equals("bibtex") ? "references.bib" : "references.ris", block, id);
        for (String style : List.of("default", "nlm", "gost")) {
            Diagnostics dj = new Diagnostics();
            Diagnostics di = new Diagnostics();
            List<FormattedReference> a = Bibliography.format(TestSupport.journal(style), List.of(fromJson), dj);
            List<FormattedReference> b = Bibliography.format(TestSupport.journal(style), List.of(imported), di);
            assertFalse(dj.hasErrors() || di.hasErrors(), TestSupport.show(dj) + TestSupport.show(di));
            assertEquals(1, a.size());
            assertEquals(1, b.size());
            assertEquals(a.get(0).original(), b.get(0).original(), id + " " + format + " original in " + style);
            assertEquals(a.get(0).latin(), b.get(0).latin(), id + " " + format + " Latin version in " + style);
            assertEquals(rules(dj), rules(di), id + " " + format + " warnings in " + style);
        }
    }

    /** RIS names without a comma: a corporate author is printed as written, "Berthold F" stays a person. */
    @Test
    void risCorporateAuthorIsOneName(@TempDir Path dir) throws IOException {
        String ris = "TY  - RPRT\nID  - rodo\nAU  - Российское общество детских онкологов\nAU  - Berthold F\n"
                + "TI  - Нейробластома\nM3  - Клинические рекомендации\nCY  - М.\nPY  - 2020\nLA  - ru\nER  - \n";
        Reference r = readOne(dir, "references.ris", ris, "rodo");
        assertEquals(List.of(Map.of("literal", "Российское общество детских онкологов"), Map.of("family", "Berthold", "given", "F")),
                r.csl().get("author"));
        for (String style : List.of("default", "nlm", "gost")) {
            FormattedReference f = Bibliography.format(TestSupport.journal(style), List.of(r), new Diagnostics()).get(0);
            assertTrue(f.original().startsWith("Российское общество детских онкологов, Berthold F"), style + ": " + f.original());
            assertTrue(f.latin().startsWith("Rossi"), style + ": " + f.latin());
            assertFalse(f.latin().contains("Rossiyskoye O.") || f.latin().contains("onkologov R."), style + ": " + f.latin());
        }
    }

    private static Reference readOne(Path dir, String name, String text, String id) throws IOException {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        Diagnostics d = new Diagnostics();
        List<Reference> refs = ReferenceReader.read(file, name, d);
        assertFalse(d.hasErrors(), TestSupport.show(d));
        assertEquals(1, refs.size(), name + " holds one record");
        assertEquals(id, refs.get(0).id(), name + ": the record's key is the id of its CSL-JSON form");
        return refs.get(0);
    }

    private static TreeSet<String> rules(Diagnostics d) {
        TreeSet<String> out = new TreeSet<>();
        for (Diagnostic x : d.all()) out.add(x.severity() + " " + x.rule());
        return out;
    }
}
