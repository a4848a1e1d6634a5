package org.casereport.write.fo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.xmlgraphics.io.Resource;
import org.apache.xmlgraphics.io.ResourceResolver;
import org.casereport.figure.FigureArt;
import org.casereport.model.Figure;
import org.casereport.model.Manuscript;

/**
 * What FOP may read: the font files of the journal's fonts folder and the manuscript's figures, addressed
 * {@code figure:<id>} (drawn by {@link FigureArt}: SVG, or PNG for a raster image). Nothing else — no other file,
 * no network — and FOP writes no file. Every refused address is recorded.
 */
final class FoResources implements ResourceResolver {
    static final String FIGURE = "figure";
    private static final int RASTER_DPI = 300;

    private final Manuscript manuscript;
    private final Path fontsDir;
    private final String lang;
    private final double columnWidthPt;
    private final double textWidthPt;
    private final List<String> refused = Collections.synchronizedList(new ArrayList<>());

    /** The figures are drawn at the width they print at: one column, the page ({@code width: page}) or their own. */
    FoResources(Manuscript manuscript, Path fontsDir, double columnWidthPt, double textWidthPt) {
        this.manuscript = manuscript;
        this.fontsDir = fontsDir.toAbsolutePath().normalize();
        this.lang = manuscript.meta().language();
        this.columnWidthPt = columnWidthPt;
        this.textWidthPt = textWidthPt;
    }

    /** The base address FOP resolves relative font names against: the fonts folder. */
    URI base() {
        return fontsDir.toUri();
    }

    List<String> refused() {
        synchronized (refused) {
            return List.copyOf(refused);
        }
    }

    @Override
    public Resource getResource(URI uri) throws IOException {
        if (FIGURE.equals(uri.getScheme())) return new Resource(figure(uri.getSchemeSpecificPart()));
        if ("file".equals(uri.getScheme())) {
            Path p = Path.of(uri).toAbsolutePath().normalize();
            if (p.startsWith(fontsDir) && Files.isRegularFile(p) && p.toRealPath().startsWith(fontsDir.toRealPath())) {
                return new Resource(Files.newInputStream(p));
            }
        }
        refused.add(uri.toString());
        throw new IOException("refused: " + uri);
    }

    @Override
    public OutputStream getOutputStream(URI uri) throws IOException {
        refused.add(uri.toString());
        throw new IOException("FOP may not write files: " + uri);
    }

    private InputStream figure(String id) throws IOException {
        Figure f = manuscript.figure(id);
        if (f == null) {
            refused.add(FIGURE + ":" + id);
            throw new IOException("no figure " + id);
        }
        double width = FigureArt.printWidthPt(f, columnWidthPt, textWidthPt);
        String svg = FigureArt.svg(f, width, lang, fontsDir);
        byte[] bytes = svg != null ? svg.getBytes(StandardCharsets.UTF_8)
                : FigureArt.png(f, width, RASTER_DPI, lang, fontsDir);
        if (bytes == null) throw new IOException("figure " + id + " cannot be drawn");
        return new ByteArrayInputStream(bytes);
    }
}
