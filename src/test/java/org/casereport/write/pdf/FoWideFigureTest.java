package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Rectangle2D;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereport.write.pdf.PageGlyphs.Glyph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A page-wide figure in the FO engine is set at the top of a page (write/fo/FoWideBlocks), read back with PDFBox on
 * the lch case (cases/lch-braf-inhibitor-infant), whose figure 3 (the timeline, {@code width: page}) is first
 * mentioned on page 2, after page-wide table 1 and figure 2: it goes to the top of page 3, and the paragraph that
 * page 2 ends in is split there, the split not visible.
 */
class FoWideFigureTest {
    static FoCases.Rendered lch;

    @BeforeAll
    static void render() throws Exception {
        lch = FoCases.render(Path.of("cases", "lch-braf-inhibitor-infant"));
    }

    /** The page (0-based) whose bold caption glyphs read "Fig. 3."; -1 if none. */
    private static int pageOfLabel(PDDocument doc, String label) throws Exception {
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            String bold = PageGlyphs.of(doc, p).stream().filter(g -> g.font().contains("Bold") && g.size() < 8.5)
                    .map(Glyph::text).collect(Collectors.joining()).replace(" ", "");
            if (bold.contains(label)) return p;
        }
        return -1;
    }

    /** A body glyph: PT Serif from 8.5 pt, not a space (the journal's body face; notes and captions are smaller). */
    static boolean body(Glyph g) {
        return !g.space() && g.size() >= 8.5 && g.font().contains("PTSerif");
    }

    /**
     * The figure's picture and caption label stand above every body line of its page, the picture and the caption
     * span more than a column (it is printed page-wide), and it is not on page 1; its mention is on the page before.
     */
    @Test
    void figureAboveEveryBodyLineOfItsPage() throws Exception {
        try (PDDocument doc = Loader.loadPDF(lch.pdf())) {
            int page = pageOfLabel(doc, "Fig.3.");
            assertTrue(page > 0, "figure 3's caption is on a page after the first: " + page);
            float height = doc.getPage(page).getMediaBox().getHeight();
            float width = doc.getPage(page).getMediaBox().getWidth();
            List<Glyph> glyphs = PageGlyphs.of(doc, page);
            Glyph label = glyphs.stream().filter(g -> g.font().contains("Bold") && g.size() < 8.5 && g.text().equals("F"))
                    .min(Comparator.comparingDouble(Glyph::y)).orElseThrow();
            // the timeline is drawn as vector art (FOP draws an SVG's labels as outlines): the painted paths above the
            // caption reach into both halves of the page; the caption's first line runs past the left column too
            List<Rectangle2D> art = paths(doc, page).stream().filter(r -> r.getMaxY() < label.y() - 2 && r.getMinY() > 60).toList();
            assertTrue(art.stream().anyMatch(r -> r.getMinX() < width / 2 - 40) && art.stream().anyMatch(r -> r.getMaxX() > width / 2 + 40),
                    "the figure's art spans the page above its caption: " + art.size() + " paths");
            double captionEnd = glyphs.stream().filter(g -> !g.space() && Math.abs(g.y() - label.y()) < 0.5)
                    .mapToDouble(Glyph::end).max().orElseThrow();
            assertTrue(captionEnd > width / 2 + 20, "the caption is set across the page: it ends at " + captionEnd);
            double artTop = art.stream().mapToDouble(Rectangle2D::getMinY).min().orElseThrow();
            Rectangle2D picture = new Rectangle2D.Double(0, artTop, width, label.y() - artTop);
            for (Glyph g : glyphs) {
                if (!body(g) || g.y() < 60) continue;
                assertTrue(g.y() > label.y() && g.y() > picture.getMaxY(), "a body line above figure 3 on page " + (page + 1) + ": " + g);
            }
            String mentions = new org.apache.pdfbox.text.PDFTextStripper() {
                {
                    setStartPage(page);
                    setEndPage(page);
                }
            }.getText(doc);
            assertTrue(mentions.replace('\u00a0', ' ').contains("Fig. 3"), "figure 3 is mentioned on the page before its own");
        }
    }

    /**
     * The text runs on across the figure: the last body line of the page before and the first one below the figure
     * read, joined, as the case's own sentence does (no word lost or doubled); the line before the break is
     * justified to its column's right edge, and the line after it starts at the column's left edge with no indent
     * (the paragraph was split at that line end), or the break is a paragraph's end.
     */
    @Test
    void textRunsOnAcrossTheFigure() throws Exception {
        // citations and figure references taken away on both sides ("[@a; @b]" / "[2, 9]", "@fig-x" / "Fig. 1–3")
        String source = squeezed(Files.readString(lch.dir().resolve("case.md")).replaceAll("\\[@[^\\]]*\\]", "")
                .replaceAll("@(tbl|fig)-[\\w-]+(–@(tbl|fig)-[\\w-]+)?", "").replaceAll("[*_^]", ""));
        try (PDDocument doc = Loader.loadPDF(lch.pdf())) {
            int page = pageOfLabel(doc, "Fig.3.");
            List<List<Glyph>> before = lines(PageGlyphs.of(doc, page - 1), doc.getPage(page - 1).getMediaBox().getWidth(), 1);
            List<List<Glyph>> after = lines(PageGlyphs.of(doc, page), doc.getPage(page).getMediaBox().getWidth(), 0);
            List<Glyph> last = before.get(before.size() - 1), first = after.get(0);
            String joined = squeezed((text(last) + " " + text(first)).replace('\u00a0', ' ')
                    .replaceAll("\\[[\\d,–\\- ]+\\]", "").replaceAll("(Table|Fig)\\.? ?\\d+([,–] ?\\d+)*", ""));
            assertTrue(source.contains(joined), "the text across the figure is the case's: '" + text(last) + "' / '" + text(first) + "'");
            float width = doc.getPage(page).getMediaBox().getWidth();
            double rightEdge = before.stream().mapToDouble(l -> l.get(l.size() - 1).end()).max().orElseThrow();
            double leftEdge = after.stream().mapToDouble(l -> l.get(0).x()).min().orElseThrow();
            boolean paragraphEnd = last.get(last.size() - 1).text().matches("[.!?)]");
            if (!paragraphEnd) {
                assertEquals(rightEdge, last.get(last.size() - 1).end(), 1.0, "the last line before the figure is justified: " + text(last));
                assertEquals(leftEdge, first.get(0).x(), 1.0, "the line after the figure has no indent: " + text(first));
            }
            assertTrue(width > 0);
        }
    }

    /** The boxes (top-down, points) of the paths filled or stroked on a page's own content. */
    private static List<Rectangle2D> paths(PDDocument doc, int page) throws java.io.IOException {
        org.apache.pdfbox.pdmodel.PDPage p = doc.getPage(page);
        float height = p.getMediaBox().getHeight();
        List<Rectangle2D> out = new ArrayList<>();
        new org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine(p) {
            private Rectangle2D path;

            {
                processPage(p);
            }

            private void add(java.awt.geom.Point2D q) {
                java.awt.geom.Point2D.Double d = new java.awt.geom.Point2D.Double(q.getX(), height - q.getY());
                if (path == null) path = new Rectangle2D.Double(d.x, d.y, 0, 0);
                else path.add(d);
            }

            private void paint() {
                if (path != null) out.add(path);
                path = null;
            }

            @Override
            public void appendRectangle(java.awt.geom.Point2D p0, java.awt.geom.Point2D p1, java.awt.geom.Point2D p2,
                                        java.awt.geom.Point2D p3) {
                add(p0);
                add(p1);
                add(p2);
                add(p3);
            }

            @Override
            public void drawImage(org.apache.pdfbox.pdmodel.graphics.image.PDImage image) {
            }

            @Override
            public void clip(int windingRule) {
            }

            @Override
            public void moveTo(float x, float y) {
                add(new java.awt.geom.Point2D.Float(x, y));
            }

            @Override
            public void lineTo(float x, float y) {
                add(new java.awt.geom.Point2D.Float(x, y));
            }

            @Override
            public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
                add(new java.awt.geom.Point2D.Float(x3, y3));
            }

            @Override
            public java.awt.geom.Point2D getCurrentPoint() {
                return new java.awt.geom.Point2D.Float(0, 0);
            }

            @Override
            public void closePath() {
            }

            @Override
            public void endPath() {
                path = null;
            }

            @Override
            public void strokePath() {
                paint();
            }

            @Override
            public void fillPath(int windingRule) {
                paint();
            }

            @Override
            public void fillAndStrokePath(int windingRule) {
                paint();
            }

            @Override
            public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {
            }
        };
        return out;
    }

    /** The body lines (PT Serif, 9 pt) of one column of a page, top to bottom, each left to right. */
    static List<List<Glyph>> lines(List<Glyph> page, float width, int column) {
        Map<Long, List<Glyph>> byLine = new TreeMap<>();
        for (Glyph g : page) {
            if (!body(g) || g.y() < 60) continue;
            int col = g.x() + g.width() / 2 < width / 2 ? 0 : 1;
            if (col == column) byLine.computeIfAbsent((long) Math.round(g.y()), k -> new ArrayList<>()).add(g);
        }
        List<List<Glyph>> out = new ArrayList<>();
        for (List<Glyph> l : byLine.values()) {
            l.sort(Comparator.comparingDouble(Glyph::x));
            out.add(l);
        }
        return out;
    }

    private static String text(List<Glyph> line) {
        return line.stream().map(Glyph::text).collect(Collectors.joining());
    }

    private static String squeezed(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("[\\s\u00a0\u00ad\u2060\\-‐]", "");
    }
}
