package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.casereport.model.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The journal's CSL file: looked up like every template file, a case may override it, a bad one is a diagnostic. */
class StyleFileTest {
    @TempDir
    Path dir;

    private static List<Reference> seed() {
        return TestSupport.read(TestSupport.RES.resolve("seed-references.json"), new Diagnostics());
    }

    private Journal withCaseTemplate(String cslText) throws IOException {
        Path t = dir.resolve("template");
        Files.createDirectories(t);
        Files.writeString(t.resolve("style.csl"), cslText);
        Journal j = TestSupport.journal("default");
        List<Path> dirs = new ArrayList<>(j.dirs());
        dirs.add(0, t);
        return new Journal(j.name(), dirs, j.fontsDir(), j.settings());
    }

    @Test
    void aCasesOwnStyleFileWins() throws IOException {
        String house = Files.readString(TestSupport.ROOT.resolve("templates/default/style.csl"));
        Journal j = withCaseTemplate(house.replace("prefix=\"doi: \"", "prefix=\"https://doi.org/\""));
        Diagnostics d = new Diagnostics();
        List<FormattedReference> out = Bibliography.format(j, seed(), d);
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
        assertTrue(out.get(0).text().endsWith("577–93. https://doi.org/10.1007/s40272-017-0251-3."), out.get(0).text());
    }

    @Test
    void entitiesAddressesAndDependentStylesAreRefused() throws IOException {
        String house = Files.readString(TestSupport.ROOT.resolve("templates/default/style.csl"));
        for (String bad : List.of(
                "https://www.zotero.org/styles/apa",
                "<?xml version=\"1.0\"?><!DOCTYPE style [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + house.substring(house.indexOf("<style")),
                house.replace("<info>", "<info><link href=\"http://www.zotero.org/styles/apa\" rel=\"independent-parent\"/>"),
                "<style/>")) {
            Diagnostics d = new Diagnostics();
            List<FormattedReference> out = Bibliography.format(withCaseTemplate(bad), seed(), d);
            assertTrue(out.isEmpty());
            assertEquals(1, d.all().size(), TestSupport.show(d));
            Diagnostic x = d.all().get(0);
            assertEquals("ref-style-file", x.rule());
            assertTrue(x.pos().file().endsWith("style.csl"), x.toString());
        }
    }

    @Test
    void aMissingStyleFileIsNamed() {
        Journal j = TestSupport.journal("default", java.util.Map.of("references.csl", "nowhere.csl"));
        Diagnostics d = new Diagnostics();
        assertTrue(Bibliography.format(j, seed(), d).isEmpty());
        assertEquals("ref-style-file", d.all().get(0).rule());
        assertTrue(d.all().get(0).message().contains("nowhere.csl"), d.all().get(0).message());
    }

    @Test
    void sameInputSameOutput() {
        Diagnostics d = new Diagnostics();
        List<FormattedReference> a = Bibliography.format(TestSupport.journal("nlm"), seed(), d);
        List<FormattedReference> b = Bibliography.format(TestSupport.journal("nlm"), seed(), d);
        assertEquals(a, b);
        // numbers are ours even where citeproc-java numbers its own run differently
        assertEquals("Berthold F, Spix C, Kaatsch P, Lampert F. Incidence, Survival, and Treatment of Localized and Metastatic "
                + "Neuroblastoma in Germany 1979–2015. Paediatr Drugs. 2017;19(6):577–93.", a.get(0).text());
    }
}
