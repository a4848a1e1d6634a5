package org.casereport.cli;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where the journal templates are: --templates, else ./templates, else a {@code templates/} folder beside the
 * installed jar, else the journals shipped inside the jar (unpacked once into the user's cache folder).
 */
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
            return shipped();
        }
        return shipped();
    }

    private static Path shipped() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path cache = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        try {
            return org.casereport.build.ShippedTemplates.unpack(cache.resolve("casereport"));
        } catch (java.io.IOException e) {
            return null;
        }
    }
}
