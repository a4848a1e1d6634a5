package org.casereport.figure;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Figure;
import org.casereport.model.FigureSpec;
import org.casereport.model.LocalizedText;
import org.casereport.diag.SourcePos;
import org.casereport.source.CaseText;
import org.casereport.source.YamlTree;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads one figure declaration ({@code figures/<name>.yaml}) of a case. */
public final class FigureReader {
    /** The print width an image is checked at unless told otherwise: one column of a two-column A4 page, 8 cm. */
    public static final double COLUMN_WIDTH_PT = 8 / 2.54 * 72;
    /** The width of the text block of an A4 page (17 cm), for images printed across the page. */
    public static final double PAGE_WIDTH_PT = 17 / 2.54 * 72;
    /** Raster images must have at least this many pixels an inch at their print width. */
    public static final int MIN_DPI = 300;

    private static final Pattern ID = Pattern.compile("[A-Za-z][A-Za-z0-9_-]*");

    private FigureReader() {
    }

    /**
     * @param caseDir the case folder: an image file must lie inside it
     * @return the figure (number 0), or null when it has errors (reported to {@code diagnostics})
     */
    public static Figure read(Path file, String displayName, Path caseDir, Diagnostics diagnostics) {
        return read(file, displayName, caseDir, diagnostics, COLUMN_WIDTH_PT, PAGE_WIDTH_PT);
    }

    /**
     * As {@link #read(Path, String, Path, Diagnostics)}, checking image resolution at the given print widths
     * (points): {@code columnWidthPt} for ordinary figures, {@code pageWidthPt} for {@code width: page}.
     */
    public static Figure read(Path file, String displayName, Path caseDir, Diagnostics diagnostics,
                              double columnWidthPt, double pageWidthPt) {
        return readFile(file, displayName, caseDir, diagnostics, columnWidthPt, pageWidthPt).figure();
    }

    /**
     * A figure file as read: the figure (null when it has errors) and the file's text and positioned YAML tree
     * (null when the file could not be read or parsed), which the checker reads instead of parsing it again.
     */
    public record Read(Figure figure, String file, CaseText text, YamlTree tree) {
    }

    public static Read readFile(Path file, String displayName, Path caseDir, Diagnostics diagnostics) {
        return readFile(file, displayName, caseDir, diagnostics, COLUMN_WIDTH_PT, PAGE_WIDTH_PT);
    }

    public static Read readFile(Path file, String displayName, Path caseDir, Diagnostics diagnostics,
                                double columnWidthPt, double pageWidthPt) {
        Diagnostics local = new Diagnostics();
        YamlNodes y = new YamlNodes(displayName, local);
        Figure f = readInto(y, file, caseDir, columnWidthPt, pageWidthPt);
        diagnostics.addAll(local.all());
        return new Read(local.hasErrors() ? null : f, displayName, y.text(), y.tree());
    }

    private static Figure readInto(YamlNodes y, Path file, Path caseDir, double columnWidthPt, double pageWidthPt) {
        Node root = y.compose(file);
        if (root == null) return null;
        Map<String, Node> top = y.map(root, "a figure file", null);
        if (top == null) return null;
        Node kindN = y.required(top, root, "kind", "the figure");
        Node captionN = y.required(top, root, "caption", "the figure");
        String kind = kindN == null ? null : y.text(kindN, "kind");
        LocalizedText caption = captionN == null ? null : y.bilingual(captionN, "caption");

        String name = file.getFileName().toString().replaceFirst("\\.ya?ml$", "");
        String id = "fig-" + name;
        Node idN = top.get("id");
        if (idN != null) {
            String v = y.text(idN, "id");
            if (v != null && !ID.matcher(v).matches()) {
                y.error("figure-bad-id", idN, "id '" + v + "' must be letters, digits, '-' or '_', starting with a letter");
            } else if (v != null) {
                id = v;
            }
        } else if (!ID.matcher(id).matches()) {
            y.error("figure-bad-id", SourcePos.file(y.file()), "the file name gives the id '" + id
                    + "': name the file with letters, digits and '-', or set id:");
        }
        if (kind == null) return null;
        Set<String> common = Set.of("kind", "caption", "id");
        FigureSpec spec = switch (kind) {
            case "timeline" -> new TimelineReader(y).read(root, top, common);
            case "regimen" -> new RegimenReader(y).read(root, top, common);
            case "image" -> new ImageFigureReader(y, caseDir, columnWidthPt, pageWidthPt).read(root, top, common);
            default -> {
                y.error("figure-unknown-kind", kindN, "unknown figure kind '" + kind + "'; known: timeline, regimen, image");
                yield null;
            }
        };
        if (spec == null || caption == null) return null;
        return new Figure(id, caption, spec, 0, y.pos(root));
    }

    static Set<String> with(Set<String> a, String... more) {
        Set<String> s = new java.util.HashSet<>(a);
        s.addAll(java.util.List.of(more));
        return s;
    }

    /**
     * {@code width:} {@code column} (default), {@code page}, a length ({@code 12cm}, {@code 90mm}, {@code 4in},
     * {@code 250pt}) or a share of the text width ({@code 60%}); null (reported) for anything else. A width beyond
     * the text width of an A4 page is a warning and prints at the text width.
     */
    static FigureWidth width(YamlNodes y, Node n) {
        if (n == null) return FigureWidth.COLUMN;
        String w = y.text(n, "width");
        if (w == null) return null;
        FigureWidth width = FigureWidth.parse(w);
        if (width == null) {
            y.error("figure-bad-value", n, "width must be 'column', 'page', a length (12cm, 90mm, 4in, 250pt) or a share"
                    + " of the text width (60%), not '" + w + "'");
            return null;
        }
        if (width.tooWide(PAGE_WIDTH_PT)) {
            y.diagnostics().warning("figure-too-wide", y.pos(n), "width '" + w + "' is wider than the text (17 cm on an"
                    + " A4 page): the figure prints at the text width; write 'page' for that");
        }
        return width;
    }

    static java.util.List<LocalizedText> notes(YamlNodes y, Node n) {
        java.util.List<LocalizedText> out = new ArrayList<>();
        if (n == null) return out;
        java.util.List<Node> items = y.list(n, "notes");
        if (items == null) return out;
        for (Node item : items) {
            LocalizedText t = y.label(item, "a note");
            if (t != null) out.add(t);
        }
        return out;
    }
}
