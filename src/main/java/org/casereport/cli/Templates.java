package org.casereport.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/** Where the journal templates are: --templates, else ./templates, else beside the installed jar. */
final class Templates {
    private Templates() {
    }

    static Path root(Path option) {
        if (option != null) return Files.isDirectory(option) ? option : null;
        Path here = Path.of("templates");
        if (Files.isDirectory(here)) return here;
        try {
            Path jar = Path.of(Templates.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            for (Path p = jar.getParent(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("templates/default"))) return p.resolve("templates");
            }
        } catch (Exception e) {
            return null;
        }
        return null;
    }
}
