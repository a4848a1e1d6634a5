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
}
