package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.casereport.write.pdf.FoWideFigureTest.body;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
import org.casereport.diag.Diagnostic;
import org.casereport.write.CaseVariant;
import org.casereport.write.pdf.PageGlyphs.Glyph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A page-wide table ({@code width=page}) in the FO engine is set at the top of a page (write/fo/FoWideBlocks, the
 * page-wide figures' placement), read back with PDFBox. Before, both cases' table 1 stood in mid-page, the columns
 * balanced above it: cases/hlh-after-pneumonia (tbl-criteria, first mentioned on page 1, written after the
 * paragraph that opens page 2; page 1 ends with table 2) and cases/lch-braf-inhibitor-infant (tbl-course, first
 * mentioned on page 1, page 1 ending inside the paragraph that mentions it). A table the engine cannot move stays
 * where it is and the render warns at it.
 */
class FoWideTableTest {
    /** The case, its table id, and the Russian and English caption labels of that table (squeezed). */
    private record Wide(FoCases.Rendered r, String id, String ru, String en) { }

    static Wide hlh;
    static Wide lch;

    @BeforeAll
    static void render() throws Exception {
        hlh = new Wide(FoCases.render(Path.of("cases", "hlh-after-pneumonia")), "tbl-criteria", "Таблица1.", "Table1.");
        lch = new Wide(FoCases.render(Path.of("cases", "lch-braf-inhibitor-infant")), "tbl-course", "Таблица1.", "Table1.");
    }

    @Test
    void hlhTableOpensAPageAboveEveryBodyLine() throws Exception {
        tableOpensItsPage(hlh);
    }

    @Test
    void lchTableOpensAPageAboveEveryBodyLine() throws Exception {
        tableOpensItsPage(lch);
    }

    @Test
    void hlhTextRunsOnAcrossTheTable() throws Exception {
        textRunsOn(hlh);
    }

    @Test
    void lchTextRunsOnAcrossTheTable() throws Exception {
        textRunsOn(lch);
    }

    @Test
    void neitherCaseWarnsThatItsTableStaysInMidPage() {
        for (Wide w : List.of(hlh, lch)) {
            assertTrue(w.r().context().warnings().stream().noneMatch(d -> d.message().contains("stays in mid-page")),
                    w.r().dir() + ": " + w.r().context().warnings());
        }
    }

    /**
     * The hlh case with table 1 written before the Introduction's paragraph that mentions it (page 1, in mid-page):
     * it cannot go to page 1's top (the front matter) and going to page 2's would take it past table 2 (the tables keep
     * their order). It stays where the author wrote it, and the warning names it at its line of case.md.
     */
    @Test
    void aTableThatCannotMoveStaysAndIsNamed(@TempDir Path dir) throws Exception {
        Path variant = CaseVariant.of(Path.of("cases", "hlh-after-pneumonia"), dir, "hlh-table-first", s -> {
            int from = s.indexOf("| Критерий HLH-2004");
            int to = s.indexOf('\n', s.indexOf("{#tbl-criteria")) + 1;
            String table = s.substring(from, to);
            String rest = s.substring(0, from) + s.substring(to);
            int at = rest.indexOf("\nДиагноз ставят по критериям HLH-2004");
            return rest.substring(0, at + 1) + table + "\n" + rest.substring(at + 1);
        });
        List<String> md = Files.readAllLines(variant.resolve("case.md"));
        int line = 0;
        while (!md.get(line).startsWith("| Критерий HLH-2004")) line++;
        FoCases.Rendered r = FoCases.render(variant);
        List<Diagnostic> stays = r.context().warnings().stream()
                .filter(d -> d.rule().equals("pdf-fo-layout") && d.message().contains("stays in mid-page")).toList();
        assertEquals(1, stays.size(), "one warning: " + r.context().warnings());
        Diagnostic d = stays.get(0);
        assertTrue(d.message().startsWith("table 1 (width: page)"), d.message());
        assertTrue(d.message().contains("move the table or give it width: column"), d.message());
        assertTrue(d.pos().file().endsWith("case.md"), "at case.md: " + d.pos());
        assertEquals(line + 1, d.pos().line(), "at the table's first line: " + d);
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            int page = pageOfLabel(doc, "Таблица1.");
            assertEquals(0, page, "table 1 stays on page 1");
            float label = labelY(doc, page, "Таблица1.");
            assertTrue(PageGlyphs.of(doc, page).stream().anyMatch(g -> body(g) && g.y() < label),
                    "table 1 stays in mid-page, below body text, where the author wrote it");
        }
    }

    /**
     * A page-wide table longer than a page goes on across pages: its header row is printed again at the head of the
     * table's part on the next page, above every row there, and its captions (both languages) stay with its first
     * part, above the header. The input: the hlh case with table 1's own eight body rows written ten times over (a
     * long table, not data).
     */
    @Test
    void aTableLongerThanAPageRepeatsItsHeader(@TempDir Path dir) throws Exception {
        Path variant = CaseVariant.of(Path.of("cases", "hlh-after-pneumonia"), dir, "hlh-long-table", s -> {
            int from = s.indexOf("| Лихорадка");
            int to = s.indexOf("\n\n", from) + 1;
            return s.substring(0, from) + s.substring(from, to).repeat(10) + s.substring(to);
        });
        FoCases.Rendered r = FoCases.render(variant);
        try (PDDocument doc = Loader.loadPDF(r.pdf())) {
            int page = pageOfLabel(doc, "Table1.");
            assertTrue(page >= 0, "table 1's caption is printed");
            List<Integer> heads = new ArrayList<>();
            for (int p = page; p < doc.getNumberOfPages(); p++) {
                Map<Long, List<Glyph>> lines = small(PageGlyphs.of(doc, p));
                Double head = null;
                for (var e : lines.entrySet()) {
                    if (squeezed(text(e.getValue())).startsWith("КритерийHLH2004")
                            && e.getValue().get(0).font().contains("Bold")) head = (double) e.getKey();
                }
                if (head == null) break;
                heads.add(p);
                double top = head;
                double firstRow = lines.entrySet().stream().filter(e -> squeezed(text(e.getValue())).startsWith("Лихорадка")
                        || squeezed(text(e.getValue())).startsWith("Спленомегалия")).mapToDouble(Map.Entry::getKey).min().orElseThrow();
                assertTrue(top < firstRow, "page " + (p + 1) + ": the header above the table's rows");
                if (p == page) {
                    float ru = labelY(doc, p, "Таблица1."), en = labelY(doc, p, "Table1.");
                    assertTrue(ru < top && en < top, "the captions above the header on page " + (p + 1));
                    assertTrue(lines.keySet().stream().noneMatch(y -> y > en + 1 && y < top - 1), "nothing between the captions and the header");
                }
            }
            assertTrue(heads.size() >= 2, "the header printed on two pages or more: " + heads);
        }
    }

    /**
     * Page-wide: the table's rows reach into both halves of the page; its Russian and English caption labels are on
     * its page, above its first row; every body line of the page is below its last row; not on page 1; the text
     * that first mentions it is on that page or before.
     */
    private static void tableOpensItsPage(Wide w) throws Exception {
        List<String[]> rows = rows(w.r().dir(), w.id());
        try (PDDocument doc = Loader.loadPDF(w.r().pdf())) {
            int page = pageOfLabel(doc, w.en());
            assertTrue(page > 0, w.id() + ": its caption is on a page after the first: " + page);
            assertEquals(page, pageOfLabel(doc, w.ru()), w.id() + ": both caption labels on one page");
            float width = doc.getPage(page).getMediaBox().getWidth();
            List<Glyph> glyphs = PageGlyphs.of(doc, page);
            float ru = labelY(doc, page, w.ru()), en = labelY(doc, page, w.en());
            Map<Long, List<Glyph>> lines = small(glyphs);
            double firstRow = rowY(lines, rows.get(0)[0]), lastRow = rowY(lines, rows.get(rows.size() - 1)[0]);
            assertTrue(ru < firstRow && en < firstRow, w.id() + ": the captions (" + ru + ", " + en + ") above the first row " + firstRow);
            List<Glyph> table = lines.entrySet().stream().filter(e -> e.getKey() >= firstRow - 1 && e.getKey() <= lastRow + 1)
                    .flatMap(e -> e.getValue().stream()).toList();
            assertTrue(table.stream().anyMatch(g -> g.end() < width / 2 - 40) && table.stream().anyMatch(g -> g.x() > width / 2 + 40),
                    w.id() + ": the rows reach into both halves of the page");
            for (Glyph g : glyphs) {
                if (!body(g) || g.y() < 60) continue;
                assertTrue(g.y() > lastRow, w.id() + ": a body line above the table's last row on page " + (page + 1) + ": " + g);
            }
        }
    }

    /**
     * The last body line of the page before the table and the first one below it read, joined, as the case's text
     * does (its tables, captions and table notes left out, references and citations taken away on both sides); when
     * the break is inside a paragraph the line before is justified to its column's right edge and the line after it
     * has no indent.
     */
    private static void textRunsOn(Wide w) throws Exception {
        String source = Files.readString(w.r().dir().resolve("case.md"));
        source = source.replaceAll("(?m)^\\|.*\\n", "").replaceAll("(?m)^: .*\\n", "")
                .replaceAll("(?m)^(Примечание|Note)\\. .*\\n", "");
        source = squeezed(source.replaceAll("\\[@[^\\]]*\\]", "").replaceAll("@(tbl|fig)-[\\w-]+(–@(tbl|fig)-[\\w-]+)?", "")
                .replaceAll("\\[\\^[^\\]]*\\]", "").replaceAll("[*_^]", ""));
        try (PDDocument doc = Loader.loadPDF(w.r().pdf())) {
            int page = pageOfLabel(doc, w.en());
            List<List<Glyph>> before = bodyLines(PageGlyphs.of(doc, page - 1), doc.getPage(page - 1).getMediaBox().getWidth(), 1);
            List<List<Glyph>> after = bodyLines(PageGlyphs.of(doc, page), doc.getPage(page).getMediaBox().getWidth(), 0);
            List<Glyph> last = before.get(before.size() - 1), first = after.get(0);
            String joined = squeezed(plain(text(last) + " " + text(first)));
            assertTrue(source.contains(joined), w.id() + ": the text across the table is the case's: '" + text(last) + "' / '" + text(first) + "'");
            boolean paragraphEnd = last.get(last.size() - 1).text().matches("[.!?)]");
            if (!paragraphEnd) {
                double rightEdge = before.stream().mapToDouble(l -> l.get(l.size() - 1).end()).max().orElseThrow();
                double leftEdge = after.stream().mapToDouble(l -> l.get(0).x()).min().orElseThrow();
                assertEquals(rightEdge, last.get(last.size() - 1).end(), 1.0, "justified: " + text(last));
                assertEquals(leftEdge, first.get(0).x(), 1.0, "no indent: " + text(first));
            }
        }
    }

    /** The table's rows in case.md (the lines starting with "|" before its caption), cells stripped, without the rule. */
    private static List<String[]> rows(Path dir, String id) throws Exception {
        List<String> md = Files.readAllLines(dir.resolve("case.md"));
        int caption = 0;
        while (!md.get(caption).contains("{#" + id)) caption++;
        int end = caption - 1;
        while (md.get(end).isBlank()) end--;
        int start = end;
        while (start > 0 && md.get(start - 1).startsWith("|")) start--;
        List<String[]> out = new ArrayList<>();
        for (int i = start + 2; i <= end; i++) { // header, rule, rows: the body rows
            String[] cells = md.get(i).substring(1).split("\\|");
            for (int k = 0; k < cells.length; k++) cells[k] = cells[k].strip().replaceAll("[*_^]", "");
            out.add(cells);
        }
        assertFalse(out.isEmpty(), id + " has rows in case.md");
        return out;
    }

    /** The page's lines of glyphs under body size (captions, tables, notes), keyed by rounded baseline. */
    private static Map<Long, List<Glyph>> small(List<Glyph> glyphs) {
        Map<Long, List<Glyph>> out = new TreeMap<>();
        for (Glyph g : glyphs) {
            if (g.space() || g.size() >= 8.5 || !g.font().contains("PTSans")) continue;
            out.computeIfAbsent((long) Math.round(g.y()), k -> new ArrayList<>()).add(g);
        }
        out.values().forEach(l -> l.sort(Comparator.comparingDouble(Glyph::x)));
        return out;
    }

    /** The baseline of the line that starts with the cell's text (its first cell). */
    private static double rowY(Map<Long, List<Glyph>> lines, String cell) {
        String want = squeezed(cell);
        for (var e : lines.entrySet()) if (squeezed(text(e.getValue())).startsWith(want)) return e.getKey();
        throw new AssertionError("no table row starts with '" + cell + "'");
    }

    /** The page (0-based) whose bold caption glyphs hold the label; -1 if none. */
    private static int pageOfLabel(PDDocument doc, String label) throws Exception {
        for (int p = 0; p < doc.getNumberOfPages(); p++) {
            if (squeezed(bold(PageGlyphs.of(doc, p)).stream().map(Glyph::text).collect(Collectors.joining())).contains(label)) return p;
        }
        return -1;
    }

    /** The baseline of the label's first glyph on the page. */
    private static float labelY(PDDocument doc, int page, String label) throws Exception {
        List<Glyph> bold = bold(PageGlyphs.of(doc, page)).stream().filter(g -> !squeezed(g.text()).isEmpty()).toList();
        StringBuilder s = new StringBuilder();
        List<Glyph> at = new ArrayList<>();
        for (Glyph g : bold) {
            for (char c : squeezed(g.text()).toCharArray()) {
                s.append(c);
                at.add(g);
            }
        }
        int i = s.indexOf(label);
        assertTrue(i >= 0, label + " on page " + (page + 1));
        return at.get(i).y();
    }

    private static List<Glyph> bold(List<Glyph> glyphs) {
        return glyphs.stream().filter(g -> g.font().contains("Bold") && g.size() < 8.5).toList();
    }

    /** The body lines of one column of a page, top to bottom, each left to right; a column has some. */
    private static List<List<Glyph>> bodyLines(List<Glyph> page, float width, int column) {
        List<List<Glyph>> out = FoWideFigureTest.lines(page, width, column);
        assertFalse(out.isEmpty(), "body lines in column " + column);
        return out;
    }

    private static String text(List<Glyph> line) {
        return line.stream().map(Glyph::text).collect(Collectors.joining());
    }

    /** Printed text without its citations and figure and table references ("[1, 5]", "табл. 2", "Fig. 1"). */
    private static String plain(String s) {
        return s.replace('\u00a0', ' ').replaceAll("\\[[\\d,–\\- ]+\\]", "")
                .replaceAll("(табл|рис|Table|Fig)\\.? ?\\d+([,–] ?\\d+)*", "");
    }

    private static String squeezed(String s) {
        return java.text.Normalizer.normalize(s, java.text.Normalizer.Form.NFKC).replaceAll("[\\s\u00a0\u00ad\u2060\\-‐]", "");
    }
}
