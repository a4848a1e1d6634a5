package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereport.model.Journal;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.Render;
import org.casereport.write.pdf.PageGlyphs.Glyph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In columns, a heading keeps with what follows it and the last page's columns are balanced: read back from the PDF
 * with PDFBox. A heading line is one set in the bold sans face at 9 pt or more (h2 11 pt, h3 10 pt, the reference
 * list's heading 9 pt; labels, captions and table heads are smaller); it must not be the last line of its column or
 * page while text follows. Every case (cases/ and the hemangioma fixture) in every journal, and the example case
 * with a growing paragraph before its last section, so that the heading meets the foot of a column at some length.
 * Before the keep, the hemangioma fixture printed "ЛИТЕРАТУРА / REFERENCES" alone at the foot of page 1's right
 * column, and the example with 8 words of padding "Заключение" at the foot of page 4's left column.
 *
 * <p>The last page: every case's two columns end within a block of each other, the left not the shorter, and
 * every page before the last has its glyphs where the unbalanced render has them.
 */
class ColumnKeepTest {
    @TempDir
    static Path dir;

    /** The example case's own sentence (the opening of its case description), repeated as padding. */
    static final String PAD = "Заболевание дебютировало в июле 2020 г., когда родители обнаружили у пациента К. объемное образование в левой височной области. ";

    record Row(int page, int column, float y, float x, String text, boolean heading) {
    }

    /** The lines of every page between the running head and the page number, in reading order. */
    static List<Row> rows(PDDocument d, int columns, double topPt, double bottomPt) throws IOException {
        List<Row> out = new ArrayList<>();
        for (int p = 0; p < d.getNumberOfPages(); p++) {
            float width = d.getPage(p).getMediaBox().getWidth();
            float height = d.getPage(p).getMediaBox().getHeight();
            Map<String, List<Glyph>> rows = new TreeMap<>();
            for (Glyph g : PageGlyphs.of(d, p)) {
                if (g.space() || g.y() < topPt - 2 || g.y() > height - bottomPt + 2) continue;
                int col = columns > 1 && g.x() + g.width() / 2 >= width / 2 ? 1 : 0;
                rows.computeIfAbsent(col + "/" + String.format("%08.1f", g.y()), k -> new ArrayList<>()).add(g);
            }
            for (Map.Entry<String, List<Glyph>> e : rows.entrySet()) {
                List<Glyph> gs = e.getValue();
                gs.sort(java.util.Comparator.comparingDouble(Glyph::x));
                boolean heading = gs.stream().filter(Glyph::letter)
                        .allMatch(g -> g.font().contains("Sans") && g.font().contains("Bold") && g.size() >= 8.9)
                        && gs.stream().anyMatch(Glyph::letter);
                StringBuilder t = new StringBuilder();
                for (Glyph g : gs) t.append(g.text());
                out.add(new Row(p + 1, Integer.parseInt(e.getKey().substring(0, 1)), gs.get(0).y(), gs.get(0).x(), t.toString(), heading));
            }
        }
        return out;
    }

    /** Every heading line that is the last of its column while a line follows in another column or page. */
    static List<String> headingsAtTheFoot(byte[] pdf, Journal j) throws IOException {
        double[] m = org.casereport.template.ArticleView.marginsPt(j);
        try (PDDocument d = Loader.loadPDF(pdf)) {
            List<Row> rows = rows(d, j.integer("page.columns", 1), m[0], m[2]);
            List<String> out = new ArrayList<>();
            for (int i = 0; i + 1 < rows.size(); i++) {
                Row r = rows.get(i);
                Row next = rows.get(i + 1);
                if (r.heading() && (next.page() != r.page() || next.column() != r.column())) {
                    out.add("page " + r.page() + " column " + (r.column() + 1) + ": " + r.text());
                }
            }
            return out;
        }
    }

    /** The case in the given journal (null: its own). */
    static Pipeline.Loaded load(Path c, String journal) throws IOException {
        return load(c, journal, dir);
    }

    /** The case in the given journal (null: its own), a variant written under {@code dir}. */
    static Pipeline.Loaded load(Path c, String journal, Path dir) throws IOException {
        Path in = journal == null || journal.equals("default") ? c : CaseVariant.of(c, dir, c.getFileName() + "-in-" + journal, s -> {
            String t = s.replaceFirst("(?m)^journal: \\S+", "journal: " + journal);
            if (t.equals(s) && !s.contains("\njournal: " + journal)) throw new IllegalArgumentException("no journal line in " + c);
            return t;
        });
        Pipeline.Loaded l = Pipeline.load(in, Path.of("templates"));
        if (journal != null) assertEquals(journal, l.journal().name(), c.toString());
        return l;
    }

    /** The default engine's passes (HeadingKeep, ColumnBalancer, WideBlockMove): rendered with pdf.engine: html. */
    static byte[] render(Pipeline.Loaded l, String name) throws IOException {
        Path out = dir.resolve(name);
        Pipeline.Loaded html = new Pipeline.Loaded(l.manuscript(), FoCases.engine(l.journal(), "html"), l.diagnostics(),
                l.read(), l.suppressions());
        List<Path> files = Render.formats(html, List.of("pdf"), out, d -> { });
        byte[] pdf = Files.readAllBytes(files.get(0));
        Files.createDirectories(Path.of("target", "pdf-test"));
        Files.write(Path.of("target", "pdf-test", "column-keep-" + name + ".pdf"), pdf);
        return pdf;
    }

    static List<Path> cases() throws IOException {
        List<Path> out = new ArrayList<>();
        try (var s = Files.list(Path.of("cases"))) {
            s.filter(p -> Files.isRegularFile(p.resolve("case.md"))).sorted().forEach(out::add);
        }
        out.add(Path.of("src", "test", "resources", "cases", "hemangioma-laser"));
        return out;
    }

    @Test
    void noHeadingEndsAColumnInAnyCaseOrJournal() throws Exception {
        List<Path> cases = cases();
        assertTrue(cases.size() >= 4, "cases: " + cases);
        for (Path c : cases) {
            for (String journal : List.of("default", "gost", "nlm")) {
                Pipeline.Loaded l = load(c, journal);
                String name = c.getFileName() + "-" + journal;
                assertEquals(List.of(), headingsAtTheFoot(render(l, name), l.journal()), name);
            }
        }
    }

    @Test
    void aSectionHeadingKeepsItsFirstLine() throws Exception {
        sweep("Когда многоэтапное лечение", "section");
    }

    @Test
    void theLastPageIsBalancedAndNothingElseMoves() throws Exception {
        for (Path c : cases()) {
            Pipeline.Loaded on = load(c, null);
            assertTrue(!"false".equals(on.journal().string("page.balance", "true")), "the journal balances: " + c);
            Pipeline.Loaded off = new Pipeline.Loaded(on.manuscript(), balancing(on.journal(), false), on.diagnostics(),
                    on.read(), on.suppressions());
            byte[] balanced = render(on, c.getFileName() + "-balanced");
            byte[] plain = render(off, c.getFileName() + "-unbalanced");
            double[] m = org.casereport.template.ArticleView.marginsPt(on.journal());
            try (PDDocument b = Loader.loadPDF(balanced); PDDocument u = Loader.loadPDF(plain)) {
                assertEquals(u.getNumberOfPages(), b.getNumberOfPages(), c.toString());
                int last = b.getNumberOfPages() - 1;
                // a flow above a page-wide block is balanced too, and what follows it moves up: only the pages
                // before the first such block stay as the unbalanced render has them
                for (int p = 0; p < Math.min(last, firstPageWide(u, m)); p++) {
                    assertEquals(positions(u, p), positions(b, p), c + ": page " + (p + 1) + " moved");
                }
                double[] lb = bottoms(b, last, m);
                double[] lu = bottoms(u, last, m);
                String where = c.getFileName() + " last page: balanced " + lb[0] + " / " + lb[1] + ", unbalanced "
                        + lu[0] + " / " + lu[1] + " (column tops " + lb[2] + ")";
                System.out.println(where);
                double left = lb[0] - lb[2], right = lb[1] == 0 ? 0 : lb[1] - lb[2];
                assertTrue(left + 6 >= right, "the right column is the longer: " + where);
                // within one block: the blocks of the cases' last pages are reference entries of up to 6 lines
                // (moving one more to the right column would make it the longer)
                assertTrue(left - right <= 6 * 11.7, "not balanced: " + where);
                assertTrue(lu[1] > 0 || left - right < lu[0] - lb[2], "no more even than unbalanced: " + where);
            }
        }
    }

    @Test
    void theColumnsAboveAPageWideTableAreBalanced() throws Exception {
        // the lch case: its page-wide table 1 follows two column figures and a paragraph on page 2; unbalanced, all
        // of them stood in the left column and the right column above the table was empty
        Path c = Path.of("cases", "lch-braf-inhibitor-infant");
        Pipeline.Loaded on = load(c, null);
        Pipeline.Loaded off = new Pipeline.Loaded(on.manuscript(), balancing(on.journal(), false), on.diagnostics(),
                on.read(), on.suppressions());
        double[] m = org.casereport.template.ArticleView.marginsPt(on.journal());
        int[] rightRows = new int[2];
        double[][] bottoms = new double[2][];
        int i = 0;
        for (byte[] pdf : List.of(render(off, "lch-table-unbalanced"), render(on, "lch-table-balanced"))) {
            try (PDDocument d = Loader.loadPDF(pdf)) {
                List<Row> rows = rows(d, 2, m[0], m[2]);
                // the one paragraph between table 1 and the page-wide figure 3 could not be balanced: figure 3
                // moves above it, and the paragraph opens the two columns that follow
                Row fig3 = rows.stream().filter(r -> r.text().startsWith("Fig.3.")).findFirst().orElseThrow();
                Row lone = rows.stream().filter(r -> r.text().startsWith("Becausethedisease")).findFirst().orElseThrow();
                long rightBelow = rows.stream().filter(r -> r.page() == lone.page() && r.column() == 1 && r.y() > lone.y() - 2).count();
                if (i == 0) {
                    assertTrue(fig3.page() > lone.page() || fig3.y() > lone.y(), "unbalanced: figure 3 after the paragraph");
                    assertEquals(0, rows.stream().filter(r -> r.page() == lone.page() && r.column() == 1
                            && r.y() > lone.y() - 2 && r.y() < (fig3.page() == lone.page() ? fig3.y() : 1e9)).count(),
                            "unbalanced: the right column beside the lone paragraph is empty");
                } else {
                    assertEquals(lone.page(), fig3.page(), "figure 3 on the page of its mention");
                    assertTrue(fig3.y() < lone.y(), "balanced: figure 3 above the paragraph");
                    assertTrue(rightBelow >= 5, "balanced: the right column beside the paragraph holds text: " + rightBelow);
                }
                Row table = rows.stream().filter(r -> r.text().startsWith("Table1.")).findFirst().orElseThrow();
                List<Row> above = rows.stream().filter(r -> r.page() == table.page() && r.y() < table.y() - 2).toList();
                rightRows[i] = (int) above.stream().filter(r -> r.column() == 1).count();
                bottoms[i] = new double[] {
                    above.stream().filter(r -> r.column() == 0).mapToDouble(Row::y).max().orElse(0),
                    above.stream().filter(r -> r.column() == 1).mapToDouble(Row::y).max().orElse(0)};
            }
            i++;
        }
        assertEquals(0, rightRows[0], "the unbalanced render leaves the right column above the table empty");
        assertTrue(rightRows[1] > 0, "balanced: the right column above the table holds text");
        assertTrue(bottoms[1][0] + 6 >= bottoms[1][1], "the left column not the shorter: " + java.util.Arrays.toString(bottoms[1]));
        assertTrue(bottoms[1][0] < bottoms[0][0], "the table moved up: " + bottoms[1][0] + " vs " + bottoms[0][0]);
    }

    /**
     * The first page (from 0) with a line set across the page (a glyph centred within 8 pt of the page's middle,
     * where the columns have their gap), or the number of pages.
     */
    private static int firstPageWide(PDDocument d, double[] margins) throws IOException {
        for (int p = 0; p < d.getNumberOfPages(); p++) {
            float mid = d.getPage(p).getMediaBox().getWidth() / 2;
            float height = d.getPage(p).getMediaBox().getHeight();
            for (Glyph g : PageGlyphs.of(d, p)) {
                if (g.space() || g.y() < margins[0] - 2 || g.y() > height - margins[2] + 2) continue;
                if (Math.abs(g.x() + g.width() / 2 - mid) < 8) return p;
            }
        }
        return d.getNumberOfPages();
    }

    static Journal balancing(Journal j, boolean on) {
        Map<String, Object> settings = new java.util.LinkedHashMap<>(j.settings());
        @SuppressWarnings("unchecked")
        Map<String, Object> page = new java.util.LinkedHashMap<>((Map<String, Object>) settings.get("page"));
        page.put("balance", on);
        settings.put("page", page);
        return new Journal(j.name(), j.dirs(), j.fontsDir(), settings);
    }

    private static List<String> positions(PDDocument d, int page) throws IOException {
        List<String> out = new ArrayList<>();
        for (Glyph g : PageGlyphs.of(d, page)) out.add(g.text() + "@" + g.x() + "," + g.y());
        return out;
    }

    /** The lowest glyph of the left and the right column of a page, and the highest of both (in the text area). */
    private static double[] bottoms(PDDocument d, int page, double[] margins) throws IOException {
        float width = d.getPage(page).getMediaBox().getWidth();
        float height = d.getPage(page).getMediaBox().getHeight();
        double[] out = {0, 0, Double.MAX_VALUE};
        for (Glyph g : PageGlyphs.of(d, page)) {
            if (g.space() || g.y() < margins[0] - 2 || g.y() > height - margins[2] + 2) continue;
            int col = g.x() + g.width() / 2 < width / 2 ? 0 : 1;
            out[col] = Math.max(out[col], g.y());
            out[2] = Math.min(out[2], g.y());
        }
        return out;
    }

    /** The example with 0, 8, 16 … 120 words of padding before {@code anchor}: no heading alone at a column's foot. */
    private static void sweep(String anchor, String what) throws Exception {
        String[] words = PAD.repeat(20).strip().split(" ");
        int headingsSeen = 0;
        for (int n = 0; n <= 120; n += 8) {
            String pad = n == 0 ? "" : String.join(" ", java.util.Arrays.copyOf(words, n)) + ". ";
            UnaryOperator<String> edit = CaseVariant.before(anchor, pad);
            Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, what + n, edit);
            Pipeline.Loaded l = load(c, null);
            byte[] pdf = render(l, what + "-" + n);
            assertEquals(List.of(), headingsAtTheFoot(pdf, l.journal()), what + ", padding " + n);
            try (PDDocument d = Loader.loadPDF(pdf)) {
                headingsSeen += (int) rows(d, 2, 56, 51).stream().filter(Row::heading).count();
            }
        }
        assertTrue(headingsSeen > 0, "no heading line found at all: the test reads no heading");
    }
}
