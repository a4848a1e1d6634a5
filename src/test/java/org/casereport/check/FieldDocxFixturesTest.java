package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The committed field-code manuscripts (checked with their expected findings by CheckCasesTest) are what
 * {@link FieldDocxFixtures} writes, byte for byte, and hold the field codes they are meant to.
 */
class FieldDocxFixturesTest {
    static final Path CASES = Path.of("src/test/resources/check/cases");

    @Test
    void theCommittedFilesAreTheGeneratorsOutput(@TempDir Path tmp) throws Exception {
        for (FieldDocxFixtures.Manager m : FieldDocxFixtures.Manager.values()) {
            Path committed = CASES.resolve("ms-docx-" + m.name().toLowerCase()).resolve("manuscript.docx");
            Path fresh = tmp.resolve(m + ".docx");
            FieldDocxFixtures.write(fresh, m);
            assertArrayEquals(Files.readAllBytes(committed), Files.readAllBytes(fresh), committed + " is stale: rerun FieldDocxFixtures");
            String xml;
            try (var zip = new java.util.zip.ZipFile(fresh.toFile())) {
                xml = new String(zip.getInputStream(zip.getEntry("word/document.xml")).readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            String cite = switch (m) {
                case ZOTERO -> "ADDIN ZOTERO_ITEM CSL_CITATION {";
                case MENDELEY -> "w:instr=\"ADDIN Mendeley Citation{";
                case ENDNOTE -> "ADDIN EN.CITE <EndNote><Cite>";
            };
            assertTrue(xml.contains(cite), m + ": " + xml);
            assertTrue(xml.contains(m == FieldDocxFixtures.Manager.ENDNOTE ? "ADDIN EN.REFLIST" : "CSL_BIBLIOGRAPHY"), m + ": " + xml);
            // the codes carry the bait text; the check's reading of the file does not
            assertTrue(xml.contains("Effi  cacy"), xml);
            ManuscriptText t = ManuscriptText.read(fresh, new Findings());
            assertFalse(String.join("\n", t.lines()).contains("Effi  cacy") || String.join("\n", t.lines()).contains("ADDIN"), t.lines().toString());
        }
    }
}
