package org.casereport.figure;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The figure fonts, PT Sans regular and bold, loaded from the template fonts folder with
 * {@link Font#createFont} (never from the system), so that every output draws the same glyphs.
 */
final class FigureFonts {
    static final String REGULAR = "PTSans-Regular.ttf";
    static final String BOLD = "PTSans-Bold.ttf";
    private static final Map<Path, FigureFonts> CACHE = new ConcurrentHashMap<>();

    final Path regularFile;
    final Path boldFile;
    final Font regular;
    final Font bold;

    private FigureFonts(Path regularFile, Path boldFile, Font regular, Font bold) {
        this.regularFile = regularFile;
        this.boldFile = boldFile;
        this.regular = regular;
        this.bold = bold;
    }

    static FigureFonts load(Path fontsDir) {
        if (fontsDir == null) throw new IllegalArgumentException("no fonts folder given for the figures");
        Path dir = fontsDir.toAbsolutePath().normalize();
        return CACHE.computeIfAbsent(dir, d -> {
            Path r = d.resolve(REGULAR);
            Path b = d.resolve(BOLD);
            return new FigureFonts(r, b, create(r), create(b));
        });
    }

    private static Font create(Path file) {
        if (!Files.isRegularFile(file)) throw new IllegalStateException("figure font missing: " + file.getFileName()
                + " (expected in the template fonts folder)");
        try {
            return Font.createFont(Font.TRUETYPE_FONT, file.toFile());
        } catch (FontFormatException | IOException e) {
            throw new IllegalStateException("cannot load figure font " + file.getFileName() + ": " + e.getMessage(), e);
        }
    }

    Font plain(double size) {
        return regular.deriveFont((float) size);
    }

    Font bold(double size) {
        return bold.deriveFont((float) size);
    }

    /**
     * The folder a figure is measured with when the caller gives none: {@code -Dcasereport.fonts}, the last
     * folder a figure was drawn with, {@code templates/fonts} in the working folder, or the one next to the
     * installed classes (target/classes or the jar, one to three levels up).
     */
    static Path defaultDir() {
        String p = System.getProperty("casereport.fonts");
        if (p != null) return Path.of(p);
        Path last = lastUsed;
        if (last != null) return last;
        Path here = Path.of("templates", "fonts");
        if (Files.isRegularFile(here.resolve(REGULAR))) return here;
        try {
            var src = FigureFonts.class.getProtectionDomain().getCodeSource();
            if (src != null) {
                Path d = Path.of(src.getLocation().toURI()).toAbsolutePath();
                for (int i = 0; i < 4 && d != null; i++, d = d.getParent()) {
                    Path f = d.resolve("templates").resolve("fonts");
                    if (Files.isRegularFile(f.resolve(REGULAR))) return f;
                }
            }
        } catch (java.net.URISyntaxException | RuntimeException e) {
            // fall through to the working folder's templates/fonts
        }
        return here;
    }

    static volatile Path lastUsed;

    static FigureFonts loadAndRemember(Path fontsDir) {
        FigureFonts f = load(fontsDir);
        lastUsed = fontsDir;
        return f;
    }
}
