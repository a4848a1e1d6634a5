package org.casereport.write.fo;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.SourcePos;

/**
 * FOP's configuration: the TrueType fonts of the journal's fonts folder, each embedded as a subset under its family
 * name (read from the font) with the style and weight its file name says ({@code -Bold}, {@code -Italic},
 * {@code -BoldItalic}); no font auto-detection, no font cache file; PDF/A-2u, tagged PDF/UA-1.
 */
final class FoFonts {
    private FoFonts() {
    }

    static String configuration(Path fontsDir) {
        StringBuilder fonts = new StringBuilder();
        for (Path f : ttfs(fontsDir)) {
            String file = f.getFileName().toString();
            String face = file.substring(0, file.length() - 4).toLowerCase(Locale.ROOT);
            String weight = face.endsWith("-bold") || face.endsWith("-bolditalic") ? "bold" : "normal";
            String style = face.endsWith("-italic") || face.endsWith("-bolditalic") ? "italic" : "normal";
            fonts.append("<font kerning=\"yes\" embedding-mode=\"subset\" embed-url=\"").append(xml(f.toUri().toString()))
                    .append("\"><font-triplet name=\"").append(xml(family(f))).append("\" style=\"").append(style)
                    .append("\" weight=\"").append(weight).append("\"/></font>");
        }
        return "<fop version=\"1.0\"><use-cache>false</use-cache><accessibility>true</accessibility>"
                + "<renderers><renderer mime=\"application/pdf\">"
                + "<pdf-a-mode>PDF/A-2u</pdf-a-mode><pdf-ua-mode>PDF/UA-1</pdf-ua-mode><version>1.7</version>"
                + "<fonts>" + fonts + "</fonts></renderer></renderers></fop>";
    }

    private static List<Path> ttfs(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new CaseException(Diagnostic.error("font-folder", SourcePos.file(dir.toString()), "no fonts folder"));
        }
        try (Stream<Path> s = Files.list(dir)) {
            return s.filter(p -> p.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".ttf")).sorted().toList();
        } catch (IOException e) {
            throw new CaseException(Diagnostic.error("font-folder", SourcePos.file(dir.toString()),
                    "cannot list the fonts folder: " + e.getMessage()));
        }
    }

    private static String family(Path ttf) {
        try {
            return Font.createFont(Font.TRUETYPE_FONT, ttf.toFile()).getFamily(Locale.ROOT);
        } catch (IOException | FontFormatException e) {
            throw new CaseException(Diagnostic.error("font-read", SourcePos.file(ttf.toString()),
                    "cannot read the font: " + e.getMessage()));
        }
    }

    private static String xml(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace("\"", "&quot;");
    }
}
