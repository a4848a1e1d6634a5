package org.casereport.read;

import org.casereport.source.YamlTree;
import org.casereport.source.CaseFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.SourcePos;
import org.casereport.model.Journal;

/**
 * Finds and reads a journal template. Lookup order for every template file: the case's own {@code template/}
 * folder, then {@code templates/<journal>/}, then {@code templates/default/}.
 */
public final class JournalReader {
    public static final String SETTINGS = "journal.yaml";

    private JournalReader() {
    }

    /**
     * @param where where the journal was named (the front matter's {@code journal:}), for the error
     */
    public static Journal read(Path templatesRoot, String name, Path caseDir, SourcePos where) {
        if (name == null || !name.matches("[A-Za-z0-9][A-Za-z0-9_.-]*")) {
            throw new CaseException(Diagnostic.error("journal-unknown", where, "not a journal template name: '" + name + "'"));
        }
        Path dir = templatesRoot.resolve(name);
        if (!Files.isRegularFile(dir.resolve(SETTINGS))) {
            throw new CaseException(Diagnostic.error("journal-unknown", where, "unknown journal '" + name
                    + "': no " + templatesRoot.resolve(name).resolve(SETTINGS) + " (known: " + String.join(", ", known(templatesRoot)) + ")"));
        }
        List<Path> dirs = new ArrayList<>();
        if (caseDir != null && Files.isDirectory(caseDir.resolve("template"))) {
            CaseFiles.requireInside(caseDir, caseDir.resolve("template"), "the case's template folder");
            dirs.add(caseDir.resolve("template").toAbsolutePath().normalize());
        }
        dirs.add(dir.toAbsolutePath().normalize());
        Path def = templatesRoot.resolve("default").toAbsolutePath().normalize();
        if (!dirs.contains(def) && Files.isDirectory(def)) dirs.add(def);
        String display = dir.resolve(SETTINGS).toString();
        YamlTree yaml = YamlTree.parse(CaseReader.readUtf8(dir.resolve(SETTINGS), display), display, 0);
        @SuppressWarnings("unchecked")
        Map<String, Object> settings = yaml.value() instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
        return new Journal(name, dirs, templatesRoot.resolve("fonts").toAbsolutePath().normalize(), settings);
    }

    /** The journal templates under {@code templatesRoot}. */
    public static List<String> known(Path templatesRoot) {
        try (var s = Files.list(templatesRoot)) {
            return s.filter(p -> Files.isRegularFile(p.resolve(SETTINGS))).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (java.io.IOException e) {
            return List.of();
        }
    }
}
