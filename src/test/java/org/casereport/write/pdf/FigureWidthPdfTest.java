package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereport.diag.Diagnostic;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.RenderContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A figure's width on the page, read back from the PDF (the width of the form or image XObject each figure is painted in, read as FigureKeep reads it):
 * {@code width: page} spans the text of the two-column page, {@code 60%} is 0.6 of it, a column figure one column,
 * and a small SVG is never blown up beyond its own size (in the two-column and in the one-column NLM layout).
 */
class FigureWidthPdfTest {
    @TempDir
    static Path dir;

    /** A 120 × 60 pt drawing: smaller than any column. */
    static final String SMALL_SVG = """
            <svg xmlns="http://www.w3.org/2000/svg" width="120pt" height="60pt" viewBox="0 0 120 60">
              <rect x="5" y="5" width="110" height="50" fill="#ccd" stroke="#333"/>
            </svg>
            """;

    static Path variant(String name, String journal, String timelineWidth, String regimenWidth) throws IOException {
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, name, s -> CaseVariant.before("# Описание клинического случая",
                "Схема препарата дана на @fig-icon.").apply(s).replace("journal: default", "journal: " + journal));
        Path fig = c.resolve("figures");
        if (timelineWidth != null) Files.writeString(fig.resolve("timeline.yaml"), Files.readString(fig.resolve("timeline.yaml")) + "\nwidth: " + timelineWidth + "\n");
        if (regimenWidth != null) Files.writeString(fig.resolve("regimen.yaml"), Files.readString(fig.resolve("regimen.yaml")) + "\nwidth: " + regimenWidth + "\n");
        Files.writeString(fig.resolve("icon.svg"), SMALL_SVG);
        Files.writeString(fig.resolve("icon.yaml"), """
                kind: image
                caption: {ru: Схема, en: Scheme}
                file: figures/icon.svg
                width: page
                """);
        return c;
    }

    /** Width and left edge (points) of each figure drawn. */
    record Drawn(List<Double> widths, List<Double> lefts, List<Diagnostic> warnings) {
        /** The left edge of the figure of about this width. */
        double left(double width) {
            for (int i = 0; i < widths.size(); i++) if (Math.abs(widths.get(i) - width) < 3) return lefts.get(i);
            return Double.NaN;
        }
    }

    static Drawn render(Path c) throws Exception {
        Pipeline.Loaded l = Pipeline.load(c, Path.of("templates"));
        RenderContext ctx = new RenderContext(l.journal(), Pipeline.timestamp(l.manuscript()));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(l.manuscript(), ctx, out);
        Files.createDirectories(Path.of("target", "pdf-test"));
        Files.write(Path.of("target", "pdf-test", c.getFileName() + ".pdf"), out.toByteArray());
        List<Double> widths = new ArrayList<>();
        List<Double> lefts = new ArrayList<>();
        try (PDDocument d = Loader.loadPDF(out.toByteArray())) {
            pictures(d, widths, lefts);
        }
        List<Diagnostic> all = new ArrayList<>(l.diagnostics());
        all.addAll(ctx.warnings());
        return new Drawn(widths, lefts, all);
    }

    /** The width and the left edge (points) of each picture painted on a page, as the figure keep finds them. */
    static void pictures(PDDocument d, List<Double> widths, List<Double> lefts) throws IOException {
        for (FigureKeep.Picture p : FigureKeep.pictures(d)) {
            widths.add(p.right() - p.left());
            lefts.add(p.left());
        }
    }

    static boolean near(List<Double> ws, double w) {
        return ws.stream().anyMatch(x -> Math.abs(x - w) < 3);
    }

    @Test
    void pageShareAndColumnWidthsInTheTwoColumnLayout() throws Exception {
        // default journal: A4, margins 15 mm, two columns 6 mm apart → text 180 mm (510 pt), column 87 mm (246 pt)
        Drawn d = render(variant("widths", "default", "60%", "page"));
        double text = Math.floor(180 / 25.4 * 72);
        double column = Math.floor(87 / 25.4 * 72);
        assertTrue(near(d.widths(), text), "regimen across the page (" + text + " pt): " + d.widths());
        assertTrue(near(d.widths(), Math.floor(0.6 * text)), "timeline at 60% of the text: " + d.widths());
        assertTrue(near(d.widths(), 120), "the small SVG at its own 120 pt, though it asks for the page: " + d.widths());
        assertTrue(d.widths().stream().noneMatch(w -> w > text + 1), d.widths().toString());
        // set between the columns, not in one: the page-wide figure starts at the left margin, the others are centred
        // on the page (in the left column the small one would stand at 15 mm + (246 − 120) / 2 = 105 pt)
        double margin = 15 / 25.4 * 72;
        assertEquals(margin, d.left(text), 2, "page-wide regimen at the left margin");
        assertEquals(margin + (text - 120) / 2, d.left(120), 2, "the small page-wide SVG centred on the page");
        assertEquals(margin + (text - Math.floor(0.6 * text)) / 2, d.left(Math.floor(0.6 * text)), 2, "the 60% timeline centred");
        assertEquals(List.of(), d.warnings().stream().filter(w -> w.rule().startsWith("figure-")).toList());
        // without a width, a figure is one column wide
        Drawn plain = render(variant("plain", "default", null, null));
        assertTrue(near(plain.widths(), column), "a column figure is one column wide: " + plain.widths());
    }

    @Test
    void smallSvgIsNotBlownUpInTheOneColumnLayout() throws Exception {
        Drawn d = render(variant("nlm-small", "nlm", null, null));
        assertTrue(near(d.widths(), 120), "the 120 pt SVG stays 120 pt wide in the one-column layout: " + d.widths());
    }

    @Test
    void aLengthWiderThanThePageIsAWarningAndPrintsAtTheTextWidth() throws Exception {
        Drawn d = render(variant("too-wide", "default", "25cm", "12cm"));
        double text = Math.floor(180 / 25.4 * 72);
        assertTrue(near(d.widths(), 12 / 2.54 * 72), "regimen at 12 cm: " + d.widths());
        assertTrue(near(d.widths(), text), "timeline at the text width: " + d.widths());
        List<String> w = d.warnings().stream().map(Diagnostic::toString).toList();
        assertTrue(w.stream().anyMatch(s -> s.contains("figures/timeline.yaml:") && s.contains("'25cm' is wider than the text")
                && s.endsWith("[figure-too-wide]")), w.toString());
    }
}
