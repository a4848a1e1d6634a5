package org.casereport.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.casereport.model.Journal;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/** Reads a journal template's settings ({@code templates/<name>/journal.yaml}) for the checker. */
public final class Journals {
    private Journals() {
    }

    /** The journal, or null when {@code templates/<name>/journal.yaml} does not exist or cannot be read. */
    @SuppressWarnings("unchecked")
    public static Journal load(Path templatesRoot, String name, Path caseDir) {
        if (name == null || !name.matches("[A-Za-z0-9_.-]+") || name.startsWith(".")) return null;
        Path dir = templatesRoot.resolve(name).normalize();
        Path yaml = dir.resolve("journal.yaml");
        if (!dir.startsWith(templatesRoot.normalize()) || !Files.isRegularFile(yaml)) return null;
        Object settings;
        try {
            settings = new Load(LoadSettings.builder().setLabel(yaml.toString()).build()).loadFromString(Files.readString(yaml));
        } catch (IOException | YamlEngineException e) {
            return null;
        }
        List<Path> dirs = new ArrayList<>();
        if (caseDir != null) dirs.add(caseDir.resolve("template"));
        dirs.add(dir);
        if (!name.equals("default")) dirs.add(templatesRoot.resolve("default"));
        return new Journal(name, dirs, templatesRoot.resolve("fonts"),
                settings instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of());
    }

    /** Names of the journals under templatesRoot, for messages. */
    public static List<String> names(Path templatesRoot) {
        try (var st = Files.list(templatesRoot)) {
            return st.filter(p -> Files.isRegularFile(p.resolve("journal.yaml"))).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }
}
