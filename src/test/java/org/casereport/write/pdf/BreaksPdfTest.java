package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.extractor.XWPFWordExtractor;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.Render;
import org.casereport.write.pdf.PageGlyphs.Glyph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No bad line breaks in the printed PDF: every case under {@code cases/}, and the example case with a paragraph of
 * published text added that holds every tie of {@code template/Ties} a dozen times, each time a word further on, so
 * that the critical places fall at many line ends. The lines are the glyph rows as printed (PDFBox text positions,
 * superscripts on the row of their baseline), not the extracted text, which gives a hyphenated word back whole on
 * the line of its last part. The DOCX of the same render carries the same ties. The PDF checks run on both engines
 * (openhtmltopdf: "html", Apache FOP: "fo").
 */
class BreaksPdfTest {
    /**
     * Published text: the authors' line and an affiliation of Нагорная et al., Здоровье ребенка 2012;1(36)
     * (http://pediatric.mif-ua.com/archive/article/26015), its rubric "Педиатрия/Неонатология" and its first
     * sentence (the shifting words); the doses as the example case gives them (cases/venetoclax-…/case.md); the
     * locators and et al. of the cases' reference lists.
     */
    static final String SHIFT = "Статья посвящена актуальным проблемам острого лейкоза у детей, особенностям "
            + "манифестации, клиники и причинам поздней диагностики.";
    static final String TIES = "Авторы: Нагорная Н.В., Вильчевская Е.В., Марченко Е.Н., Бордюгова Е.В., Дудчак А.П. "
            + "(Институт неотложной и восстановительной хирургии им. В.К. Гусака; рубрика Педиатрия/Неонатология; "
            + "служба гематологии/онкологии) назначили треосульфан 42 г/м^2^ и 10 мг/кг, т. е. 5 % дозы (рис. 1, "
            + "табл. 2, с. 235) — как Kirgizov K.I. et al. и Масчан А.А. и др. в Blood. 2011;118(15):4041–52.";

    @TempDir
    static Path tmp;
    /** Engine → case → PDF. */
    static final Map<String, Map<String, byte[]>> PDFS = new LinkedHashMap<>();
    static final Map<String, String> DOCX_TEXT = new LinkedHashMap<>();

    @BeforeAll
    static void render() throws Exception {
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(Path.of("cases"))) {
            s.filter(p -> Files.isRegularFile(p.resolve("case.md"))).sorted().forEach(cases::add);
        }
        StringBuilder added = new StringBuilder();
        String[] words = SHIFT.split(" ");
        for (int k = 0; k < words.length; k++) {
            added.append(String.join(" ", java.util.Arrays.copyOf(words, k))).append(k == 0 ? "" : " ").append(TIES)
                    .append("\n\n");
        }
        cases.add(CaseVariant.of(CaseVariant.EXAMPLE, tmp, "ties", md -> md.replace("# Актуальность\n\n",
                "# Актуальность\n\n" + added)));
        // two affiliations: the marks after the names and before the affiliations (the second one as cyberleninka
        // gives it for Костылев et al., https://cyberleninka.ru/article/n/novoobrazovaniya-kak-odna-iz-prichin-sindroma-palpiruemoy-opuholi-bryushnoy-polosti-u-detey)
        cases.add(CaseVariant.of(CaseVariant.EXAMPLE, tmp, "marks", md -> md
                .replace("    initials: {ru: В.В., en: V.V.}\n    affiliations: [rdkb]",
                        "    initials: {ru: В.В., en: V.V.}\n    affiliations: [rdkb, petrov]")
                .replace("    initials: {ru: Е.В., en: E.V.}\n    affiliations: [rdkb]",
                        "    initials: {ru: Е.В., en: E.V.}\n    affiliations: [petrov]")
                .replace("\nabstract:\n", "  - key: petrov\n    ru: \"ФГБУ «НИИ онкологии имени Н.Н. Петрова» Минздрава России\"\n"
                        + "    en: \"N.N. Petrov Research Institute of Oncology, Ministry of Health of Russia\"\n\nabstract:\n")));
        for (String engine : List.of("html", "fo")) {
            Map<String, byte[]> pdfs = new LinkedHashMap<>();
            for (Path c : cases) {
                Pipeline.Loaded read = Pipeline.load(c, Path.of("templates"));
                Pipeline.Loaded loaded = new Pipeline.Loaded(read.manuscript(), FoCases.engine(read.journal(), engine),
                        read.diagnostics(), read.read(), read.suppressions());
                Path out = tmp.resolve("out-" + engine).resolve(c.getFileName().toString());
                List<String> formats = engine.equals("html") ? List.of("pdf", "docx") : List.of("pdf");
                List<Path> files = Render.formats(loaded, formats, out, d -> { });
                for (Path f : files) {
                    if (f.toString().endsWith(".pdf")) pdfs.put(c.getFileName().toString(), Files.readAllBytes(f));
                    else DOCX_TEXT.put(c.getFileName().toString(), docxText(f));
                }
            }
            assertEquals(cases.size(), pdfs.size());
            PDFS.put(engine, pdfs);
        }
    }

    private static String docxText(Path f) throws Exception {
        try (InputStream in = Files.newInputStream(f); XWPFDocument d = new XWPFDocument(in);
             XWPFWordExtractor x = new XWPFWordExtractor(d)) {
            return x.getText();
        }
    }

    // ---------------------------------------------------------------- printed lines

    /** A printed line: the glyphs of one row of one column, left to right. */
    record Row(int page, List<Glyph> glyphs, float size) {
        String text() {
            return LineMeasure.text(glyphs).strip();
        }

        /** A glyph set smaller than the line and above its baseline: a superscript. */
        boolean raised(Glyph g) {
            return g.size() < 0.85 * size && !g.space();
        }

        Glyph first() {
            for (Glyph g : glyphs) if (!g.space()) return g;
            return null;
        }
    }

    /**
     * The printed rows: glyphs of a page within half their size of a row's first baseline are one row (a
     * superscript, raised a third of its line's size, joins the row); a row is cut into lines at a gap wider than
     * 12 pt (the gutter between the columns).
     */
    static List<Row> rows(byte[] pdf) throws Exception {
        List<Row> out = new ArrayList<>();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            for (int p = 0; p < doc.getNumberOfPages(); p++) {
                List<Glyph> gs = new ArrayList<>(PageGlyphs.of(doc, p));
                gs.removeIf(Glyph::clipped);
                gs.sort(Comparator.comparingDouble(Glyph::y));
                List<List<Glyph>> rows = new ArrayList<>();
                List<Glyph> cur = null;
                float y0 = 0;
                float size = 0;
                for (Glyph g : gs) {
                    if (cur == null || g.y() - y0 > 0.5 * Math.max(size, g.size())) {
                        cur = new ArrayList<>();
                        rows.add(cur);
                        y0 = g.y();
                        size = 0;
                    }
                    cur.add(g);
                    size = Math.max(size, g.size());
                }
                for (List<Glyph> r : rows) {
                    r.sort(Comparator.comparingDouble(Glyph::x));
                    List<Glyph> line = new ArrayList<>();
                    Glyph prev = null;
                    for (Glyph g : r) {
                        if (prev != null && g.x() - prev.end() > 12) {
                            out.add(row(p, line));
                            line = new ArrayList<>();
                        }
                        line.add(g);
                        if (!g.space()) prev = g;
                    }
                    if (!line.isEmpty()) out.add(row(p, line));
                }
            }
        }
        return out;
    }

    private static Row row(int page, List<Glyph> line) {
        float size = 0;
        for (Glyph g : line) size = Math.max(size, g.size());
        return new Row(page, line, size);
    }

    // an initial stands alone: "V600E." (a mutation, cases/lch-braf-inhibitor-infant) ends in a capital after a digit
    // the initials that end a reference's author list after their surname ("Jhanwar S.C.⏎ Title") may end a line:
    // they stay with the surname, the title is a new part (template/Ties, initials-surname); "Н.⏎В." and
    // "пациента Н.В.⏎Иванова" may not
    private static final Pattern ENDS_WITH_INITIAL = Pattern.compile("(?<![\\p{L}\\p{N}])\\p{Lu}\\.$");
    // (one space or more: FOP paints a no-break space as a glyph and a justified line widens it, which reads as two)
    private static final Pattern AUTHOR_ENDS = Pattern.compile("\\p{Lu}[\\p{L}'-]*\\p{Ll}[ \\u00A0]+(?:\\p{Lu}\\.[\\u00A0\\u2060]?)*\\p{Lu}\\.$");
    // "2013;60(2):" must not end a line before its pages; "histiocytosis (LCH):" in a title may
    private static final Pattern ENDS_WITH_LABEL = Pattern.compile(
            "(?<![\\p{L}])(?:рис|табл|с|No|Fig|т|et|им)\\.?$|№$|(?<![\\p{L}\\p{N}])[вксуоиаВКСУОИА]$|\\d;$|\\d\\):$");
    private static final Pattern STARTS_BADLY = Pattern.compile("^[/,.;:%)²³]|^(?:al|др|е|д|п)\\.(?![\\p{L}])");

    @ParameterizedTest
    @ValueSource(strings = {"html", "fo"})
    void noLineEndsWithAnInitialALabelOrALocatorNorStartsWithASlashOrPunctuation(String engine) throws Exception {
        List<String> bad = new ArrayList<>();
        int lines = 0;
        for (Map.Entry<String, byte[]> e : PDFS.get(engine).entrySet()) {
            for (Row r : rows(e.getValue())) {
                String t = r.text();
                if (t.isEmpty()) continue;
                lines++;
                String where = engine + " " + e.getKey() + " p." + (r.page() + 1) + ": «" + t + "»";
                if (ENDS_WITH_INITIAL.matcher(t).find() && !AUTHOR_ENDS.matcher(t).find()) bad.add("ends with an initial: " + where);
                if (ENDS_WITH_LABEL.matcher(t).find()) bad.add("ends before its number, word or locator: " + where);
                if (STARTS_BADLY.matcher(t).find()) bad.add("starts with what belongs to the line before: " + where);
                Glyph f = r.first();
                if (f != null && r.raised(f) && r.glyphs().size() > 1) {
                    Glyph next = null;
                    for (Glyph g : r.glyphs()) if (g != f && !g.space()) { next = g; break; }
                    // a mark before its word (an affiliation's or a footnote's number) is at home at a line start; a
                    // superscript before punctuation or at the end of nothing is not
                    if (next == null || !next.letter() || next.x() - f.end() > 0.5 * r.size()) {
                        bad.add("starts with a superscript: " + where);
                    }
                }
            }
        }
        assertTrue(lines > 500, "rows read: " + lines);
        assertTrue(bad.isEmpty(), String.join("\n", bad));
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "fo"})
    void theAddedParagraphIsPrintedAndTheTiesReachedIt(String engine) throws Exception {
        String text = extracted(PDFS.get(engine).get("ties"));
        // every copy of the paragraph is there, its words whole
        int n = 0;
        for (int at = text.indexOf("Гусака"); at >= 0; at = text.indexOf("Гусака", at + 1)) n++;
        assertEquals(SHIFT.split(" ").length, n);
        assertTrue(text.contains("Вильчевская\u00A0Е.В."), "a no-break space between surname and initials");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "fo"})
    void theTextLayerCarriesNoJoinersLigaturesOrSoftHyphens(String engine) throws Exception {
        for (Map.Entry<String, byte[]> e : PDFS.get(engine).entrySet()) {
            String text = extracted(e.getValue());
            for (char c : text.toCharArray()) {
                assertFalse(c == '\u2060' || c == '\uFEFF' || c == '\u00AD' || c == '\u200B' || (c >= '\uFB00' && c <= '\uFB06'),
                        e.getKey() + ": U+" + String.format("%04X", (int) c) + " in the extracted text");
            }
            // a word the text has with a superscript keeps it on its line: "г/м2", "109/л"
            assertFalse(Pattern.compile("(?m)^\\s*[²³\\d]\\s*$").matcher(text).find() && e.getKey().equals("ties"),
                    e.getKey() + ": a superscript extracted on a line of its own");
        }
        String ties = extracted(PDFS.get(engine).get("ties"));
        assertTrue(ties.contains("42\u00A0г/м2"), "the superscript on the line of its unit");
        assertTrue(ties.contains("Blood. 2011;118(15):4041–52."), "the locator extracts without a joiner");
    }

    @Test
    void theDocxCarriesTheSameTies() {
        String docx = DOCX_TEXT.get("ties");
        assertTrue(docx.contains("Нагорная\u00A0Н.В.,"), "surname and initials tied, nothing inside the initials");
        assertTrue(docx.contains("гематологии/онкологии"), "nothing put around a slash between words");
        assertTrue(docx.contains("42\u00A0г/\u2060м"), "number, unit and the unit's slash");
        assertTrue(docx.contains("т.\u00A0е. 5\u00A0% дозы (рис.\u00A01, табл.\u00A02, с.\u00A0235)\u00A0— как"), docx);
        assertTrue(docx.contains("Kirgizov\u00A0K.I.\u00A0et\u00A0al."), "et al.");
        assertTrue(docx.contains("Blood. 2011;118(15):4041–52."), "the locator as written: a search finds it");
        String example = DOCX_TEXT.get(CaseVariant.EXAMPLE.getFileName().toString());
        assertTrue(example.contains("М.М.\u00A0Антошин"), "the authors' line of the example");
    }

    @ParameterizedTest
    @ValueSource(strings = {"html", "fo"})
    void affiliationMarksExtractOnTheLineOfTheirName(String engine) throws Exception {
        String text = extracted(PDFS.get(engine).get("marks"));
        assertTrue(text.contains("М.М.\u00A0Антошин1, В.В.\u00A0Карташова1,2, Е.В.\u00A0Скоробогатова2"), text.substring(0, 600));
        assertTrue(text.contains("\n1Российская детская клиническая больница"), "the mark on its affiliation's line");
        assertTrue(text.contains("\n2ФГБУ «НИИ онкологии имени\u00A0Н.Н.\u00A0Петрова»"), "the second mark on its line");
        assertFalse(Pattern.compile("(?m)^[\\d,\\s]{1,4}$").matcher(text.substring(0, text.indexOf("Нейробластома"))).find(),
                "a mark extracted on a line of its own");
    }

    /** The view model the template gets carries the ties, and a reference's locator and pages are one run. */
    @Test
    void theViewTextCarriesTheTies() throws Exception {
        Pipeline.Loaded loaded = Pipeline.load(Path.of("cases", "hlh-after-pneumonia"), Path.of("templates"));
        Map<String, Object> view = org.casereport.template.ArticleView.build(
                org.casereport.template.Ties.apply(loaded.manuscript()), loaded.journal(), (f, w) -> 100);
        String all = String.valueOf(view);
        assertTrue(all.contains("А.С.\u00A0Петрова"), "the author's name");
        assertTrue(all.contains("(ГЛГ)\u00A0– синдром"), "the dash in the abstract");
        assertTrue(all.contains("2,5\u00A0года"), "number and word");
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> lists = (List<Map<String, Object>>) ((Map<String, Object>) view.get("references")).get("lists");
        List<String> keep = new ArrayList<>();
        for (Map<String, Object> list : lists) {
            for (Object e : (List<?>) list.get("entries")) {
                for (Object part : (List<?>) ((Map<?, ?>) e).get("parts")) {
                    Map<?, ?> p = (Map<?, ?>) part;
                    if (Boolean.TRUE.equals(p.get("nobr"))) keep.add((String) p.get("text"));
                }
            }
        }
        assertTrue(keep.contains("2011;118(15):4041–52."), "the locator with its pages, one unbreakable run: " + keep);
    }

    private static String extracted(byte[] pdf) throws Exception {
        try (PDDocument d = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(d);
        }
    }
}
