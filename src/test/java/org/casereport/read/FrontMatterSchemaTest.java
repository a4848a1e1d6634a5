package org.casereport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.casereport.source.YamlTree;
import org.casereport.diag.Diagnostics;
import org.junit.jupiter.api.Test;

/** The published JSON Schema (docs/case.schema.json) accepts every case in cases/ and rejects broken front matter. */
class FrontMatterSchemaTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final JsonSchema SCHEMA;

    static {
        try {
            SCHEMA = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(Files.readString(Path.of("docs/case.schema.json")));
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Set<ValidationMessage> validate(Path caseDir) {
        YamlTree tree = CaseReader.read(caseDir, new Diagnostics()).frontMatter();
        JsonNode node = JSON.valueToTree(tree.value());
        return SCHEMA.validate(node);
    }

    @Test
    void everyCaseValidates() throws Exception {
        try (Stream<Path> cases = Files.list(Path.of("cases"))) {
            for (Path c : cases.filter(Files::isDirectory).toList()) {
                assertEquals(Set.of(), validate(c), c.toString());
            }
        }
    }

    @Test
    void schemaRejectsAMissingTitleAndABadOrcid(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String front = CaseReaderTest.FRONT.replace("title:\n  ru: Заголовок\n  en: Title\n", "")
                .replace("corresponding: true", "corresponding: true\n    orcid: 0000-12")
                .replace("journal: default", "journal: default\nunknown_key: x");
        Files.writeString(dir.resolve("case.md"), front + "Текст\n");
        YamlTree tree = YamlTree.parse(front.substring(4, front.length() - 4), "case.md", 1);
        Set<ValidationMessage> errors = SCHEMA.validate(JSON.valueToTree(tree.value()));
        String all = errors.toString();
        assertFalse(errors.isEmpty());
        org.junit.jupiter.api.Assertions.assertTrue(all.contains("title") && all.contains("orcid") && all.contains("unknown_key"), all);
    }
}
