package org.casereport.write.docx;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ooxml.POIXMLDocumentPart;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.xmlbeans.XmlCursor;
import org.casereport.figure.FigureArt;
import org.casereport.model.Block;
import org.casereport.model.Inline;
import org.casereport.model.Manuscript;
import org.casereport.model.Journal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The DOCX as an editor opens it: the journal's font, size and line spacing; figure text at least 8 pt as printed;
 * space after tables; table columns wide enough for their longest word. Read back with POI.
 */
class DocxTypesettingTest {
    private static final Path FONTS = Path.of("templates/fonts");

    static XWPFDocument write(Manuscript m, Journal journal) throws IOException {
        return new XWPFDocument(new ByteArrayInputStream(DocxFixtures.write(m, journal, new DocxWriter())));
    }

    static Journal withDocx(Journal base, Map<String, Object> docx) {
        Map<String, Object> settings = new LinkedHashMap<>(base.settings());
        settings.put("docx", docx);
        return new Journal(base.name(), base.dirs(), base.fontsDir(), settings);
    }

    static CTRPr defaults(XWPFDocument d) {
        return d.getStyles().getCtStyles().getDocDefaults().getRPrDefault().getRPr();
    }

    static CTStyle normal(XWPFDocument d) {
        return d.getStyles().getStyle("Normal").getCTStyle();
    }

    static String stylesXml(XWPFDocument d) throws IOException {
        for (POIXMLDocumentPart p : d.getRelations()) {
            if (p.getPackagePart().getPartName().getName().equals("/word/styles.xml")) {
                return new String(p.getPackagePart().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no styles part");
    }

    @Test
    void theDefaultJournalSetsTimesNewRoman12PtAtOneAndAHalfLines(@TempDir Path dir) throws IOException {
        try (XWPFDocument d = write(DocxFixtures.manuscript(dir), DocxFixtures.journal("default"))) {
            assertEquals("Times New Roman", defaults(d).getRFontsArray(0).getAscii());
            assertEquals("Times New Roman", defaults(d).getRFontsArray(0).getHAnsi(), "Cyrillic is set in hAnsi");
            assertEquals("24", normal(d).getRPr().getSzArray(0).getVal().toString(), "12 pt");
            assertEquals("360", normal(d).getPPr().getSpacing().getLine().toString(), "1.5 lines");
            String xml = stylesXml(d);
            assertFalse(xml.contains("PT Serif"), "no style names a font editors do not have");
        }
    }

    @Test
    void aJournalNamesItsOwnFontSizeAndSpacing(@TempDir Path dir) throws IOException {
        Journal j = withDocx(DocxFixtures.journal("default"), Map.of("font", "Arial", "size", "14pt", "line_spacing", 1));
        try (XWPFDocument d = write(DocxFixtures.manuscript(dir), j)) {
            assertEquals("Arial", defaults(d).getRFontsArray(0).getAscii());
            assertEquals("Arial", defaults(d).getRFontsArray(0).getCs());
            assertEquals("28", normal(d).getRPr().getSzArray(0).getVal().toString(), "14 pt");
            assertEquals("240", normal(d).getPPr().getSpacing().getLine().toString(), "single spacing");
            String xml = stylesXml(d);
            assertFalse(xml.contains("Times New Roman"), "every style that used the default font follows the journal");
            // the styles that set their own size keep it
            assertEquals("32", d.getStyles().getStyle("Title").getCTStyle().getRPr().getSzArray(0).getVal().toString());
        }
    }

    @Test
    void aBadValueInJournalYamlIsAnErrorNamingTheKey(@TempDir Path dir) throws IOException {
        Journal j = withDocx(DocxFixtures.journal("default"), Map.of("size", "twelve"));
        IOException e = assertThrows(IOException.class, () -> write(DocxFixtures.manuscript(dir), j));
        assertTrue(e.getMessage().contains("journal.yaml: docx.size: 'twelve' is not a size in points"), e.getMessage());
        Journal k = withDocx(DocxFixtures.journal("default"), Map.of("font", "<w:b/>"));
        IOException f = assertThrows(IOException.class, () -> write(DocxFixtures.manuscript(dir), k));
        assertTrue(f.getMessage().contains("docx.font"), f.getMessage());
    }

    /** The example timeline, drawn by the real figure code: its smallest text prints at 8 pt or more. */
    @Test
    void figureTextPrintsAtLeast8Pt(@TempDir Path dir) throws IOException {
        Manuscript m = DocxFixtures.manuscript(dir);
        double smallest = FigureArt.smallestTextPt(m.figure("fig-timeline"));
        assertTrue(smallest > 0 && smallest < 8, "the drawing sets text under 8 pt at its own width: " + smallest);
        try (XWPFDocument d = write(m, DocxFixtures.journal("default"))) {
            XWPFPicture pic = DocxFigureTest.onlyPicture(d);
            double printedPt = pic.getCTPicture().getSpPr().getXfrm().getExt().getCx() / 12700.0;
            double layoutPt = svgWidthPt(d, pic);
            double printedText = smallest * printedPt / layoutPt;
            assertTrue(printedText >= 7.999, "smallest figure text as printed: " + printedText + " pt");
            assertTrue(DocxFigureTest.dpi(pic) >= 299.5, "still 300 dpi as printed: " + DocxFigureTest.dpi(pic));
        }
    }

    /** The width in points the SVG beside the picture was laid out at (its width attribute). */
    static double svgWidthPt(XWPFDocument d, XWPFPicture pic) throws IOException {
        String relId = null;
        var blip = pic.getCTPicture().getBlipFill().getBlip();
        try (XmlCursor c = blip.getExtLst().getExtArray(0).newCursor()) {
            if (c.toFirstChild()) relId = c.getAttributeText(new javax.xml.namespace.QName(FigureWriter.REL_NS, "embed"));
        }
        assertNotNull(relId);
        String svg = new String(d.getRelationById(relId).getPackagePart().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        Matcher w = Pattern.compile("<svg[^>]*?\\swidth=\"([0-9.]+)pt\"").matcher(svg);
        assertTrue(w.find(), svg.substring(0, Math.min(300, svg.length())));
        return Double.parseDouble(w.group(1));
    }

    /**
     * A laboratory table as Russian case reports print them. The words are those of published laboratory pages:
     * "Лактатдегидрогеназа" (dpmc.ru, "Онкомаркер лдг расшифровка"), "γ-глутамилтрансфераза" (elispot.biz, "Normal ast
     * and alt values"), the units "МЕ/л", "мкмоль/л" (kancler32.ru, "Лабораторная диагностика заболевания печени и
     * поджелудочной железы"). With six equal columns "Аланинаминотрансфераза" is wider than its column and broke
     * inside itself.
     */
    static Block.Table labTable() {
        List<List<List<Inline>>> rows = new ArrayList<>();
        rows.add(cells("Показатель", "Единицы", "При поступлении", "На 14-е сутки", "На 28-е сутки", "Референсные значения"));
        rows.add(cells("Аланинаминотрансфераза", "МЕ/л", "112", "64", "31", "0–40"));
        rows.add(cells("Лактатдегидрогеназа", "Ед/л", "1840", "620", "245", "125–243"));
        rows.add(cells("γ-глутамилтрансфераза", "МЕ/л", "88", "52", "40", "8–61"));
        rows.add(cells("Общий билирубин", "мкмоль/л", "34,2", "18,1", "12,0", "3,4–20,5"));
        return new Block.Table(1, rows, DocxFixtures.POS);
    }

    static List<List<Inline>> cells(String... texts) {
        List<List<Inline>> out = new ArrayList<>();
        for (String t : texts) out.add(DocxFixtures.text(t));
        return out;
    }

    @Test
    void noWordIsWiderThanItsColumnAndTheTableHasSpaceAfterIt(@TempDir Path dir) throws Exception {
        Manuscript m = DocxFixtures.manuscript(dir);
        List<Block> body = new ArrayList<>();
        body.add(labTable());
        body.add(new Block.Paragraph(DocxFixtures.text("Текст после таблицы."), DocxFixtures.POS));
        body.add(labTable());
        try (XWPFDocument d = write(m.withBody(body), DocxFixtures.journal("default"))) {
            Font regular = Font.createFont(Font.TRUETYPE_FONT, FONTS.resolve("PTSerif-Regular.ttf").toFile()).deriveFont(10f);
            Font bold = Font.createFont(Font.TRUETYPE_FONT, FONTS.resolve("PTSerif-Bold.ttf").toFile()).deriveFont(10f);
            FontRenderContext frc = new FontRenderContext(null, true, true);
            double textTwips = (11906 - 2 * 1134);
            assertTrue(regular.getStringBounds("Аланинаминотрансфераза", frc).getWidth() * 20 > textTwips / 6 - 170,
                    "the input that broke: the word is wider than an equal sixth of the text");
            List<IBodyElement> elements = d.getBodyElements();
            int tables = 0;
            for (int i = 0; i < elements.size(); i++) {
                if (!(elements.get(i) instanceof XWPFTable t)) continue;
                tables++;
                assertEquals("fixed", t.getCTTbl().getTblPr().getTblLayout().getType().toString(),
                        "the widths as written, in Word and LibreOffice alike");
                long sum = 0;
                for (int c = 0; c < 6; c++) sum += ((java.math.BigInteger) t.getCTTbl().getTblGrid().getGridColArray(c).getW()).longValue();
                assertEquals(textTwips, sum, 6, "as wide as the text");
                for (int r = 0; r < t.getRows().size(); r++) {
                    for (int c = 0; c < 6; c++) {
                        XWPFTableCell cell = t.getRow(r).getCell(c);
                        long w = ((java.math.BigInteger) t.getCTTbl().getTblGrid().getGridColArray(c).getW()).longValue();
                        assertEquals(w, ((java.math.BigInteger) cell.getCTTc().getTcPr().getTcW().getW()).longValue());
                        Font f = r == 0 ? bold : regular;
                        for (String word : cell.getText().split("\\s+")) {
                            double wordTwips = f.getStringBounds(word, frc).getWidth() * 20;
                            assertTrue(wordTwips <= w - 170, "'" + word + "' (" + Math.round(wordTwips) + " twips) fits column "
                                    + c + " (" + w + " twips less 170 of cell margins)");
                        }
                    }
                }
                assertTrue(i + 1 < elements.size() && elements.get(i + 1) instanceof XWPFParagraph p
                        && "AfterTable".equals(p.getStyle()), "a paragraph of space follows table " + tables);
            }
            assertEquals(2, tables);
            CTStyle after = d.getStyles().getStyle("AfterTable").getCTStyle();
            assertTrue(Integer.parseInt(after.getPPr().getSpacing().getLine().toString()) >= 200, "the space after a table is a line of about 12 pt");
        }
    }

    @Test
    void theSizeOfATableStyleIsFoundThroughItsParents(@TempDir Path dir) throws IOException {
        try (XWPFDocument d = write(DocxFixtures.manuscript(dir), DocxFixtures.journal("default"))) {
            assertEquals(10, ColumnWidths.sizePt(d, "TableText"), 1e-9);
            assertEquals(10, ColumnWidths.sizePt(d, "TableHeading"), 1e-9, "TableHeading is based on TableText");
            assertEquals(12, ColumnWidths.sizePt(d, "Normal"), 1e-9);
        }
    }

    /** Whether a paragraph style, through its basedOn chain, turns Word's automatic hyphenation off. */
    static boolean noHyphens(XWPFDocument d, String styleId) {
        String id = styleId;
        for (int depth = 0; id != null && depth < 16; depth++) {
            CTStyle ct = d.getStyles().getStyle(id).getCTStyle();
            if (ct.isSetPPr() && ct.getPPr().isSetSuppressAutoHyphens()) return isOn(ct.getPPr().getSuppressAutoHyphens());
            id = ct.isSetBasedOn() ? ct.getBasedOn().getVal() : null;
        }
        return false;
    }

    static boolean isOn(org.openxmlformats.schemas.wordprocessingml.x2006.main.CTOnOff v) {
        return !v.isSetVal() || org.apache.poi.ooxml.util.POIXMLUnits.parseOnOff(v);
    }

    /**
     * Seen in LibreOffice with its Russian hyphenation patterns (docs/typesetting.md, DOCX): the table head "При
     * поступле-⏎нии" in a column the case made 18% wide, "On-⏎cology" in the journal's name of the centred «For
     * citation» line, "De-⏎velopment" and "практи-⏎ке" in reference entries. The running text hyphenates (Word's
     * automatic hyphenation is on); names, titles, captions, table cells and entries do not.
     */
    @Test
    void onlyTheRunningTextHyphenates(@TempDir Path dir) throws IOException {
        try (XWPFDocument d = write(DocxFixtures.manuscript(dir), DocxFixtures.journal("default"))) {
            assertTrue(d.getSettings().getCTSettings().isSetAutoHyphenation(), "Word's automatic hyphenation is on");
            for (String style : List.of("Normal", "Abstract", "Statement", "ListParagraph", "Quote", "FootnoteText")) {
                assertFalse(noHyphens(d, style), style + " hyphenates");
            }
            for (String style : List.of("ArticleInfo", "Title", "Authors", "Affiliation", "Correspondence", "ForCitation", "Keywords", "Heading1", "Heading2",
                    "Heading3", "BibliographyHeading", "Figure", "Caption", "TableCaption", "TableText", "TableHeading",
                    "Bibliography", "Dates")) {
                assertTrue(noHyphens(d, style), style + " does not hyphenate");
            }
        }
    }

    /** The input that hyphenated: a column the case gives 18% of the width, its head "При поступлении" and numbers. */
    @Test
    void aColumnNarrowerThanItsLongestWordIsTheOneThatHyphenates(@TempDir Path dir) throws IOException {
        Manuscript m = DocxFixtures.manuscript(dir);
        List<List<List<Inline>>> rows = List.of(cells("Показатель", "При поступлении", "Аланинаминотрансфераза"),
                cells("Гемоглобин, г/л", "104", "78"));
        List<Block.Column> widths = List.of(new Block.Column(null, 0.6), new Block.Column("right", 0.3), new Block.Column(null, 0.1));
        Block.Table table = new Block.Table("tbl-labs", new org.casereport.model.RichText(DocxFixtures.text("Лабораторные показатели"),
                DocxFixtures.text("Laboratory findings")), 1, rows, widths, List.of(), false, 1, DocxFixtures.POS);
        try (XWPFDocument d = write(m.withBody(List.of(table)), DocxFixtures.journal("default"))) {
            XWPFTable t = d.getTables().get(0);
            for (int r = 0; r < 2; r++) {
                for (int c = 0; c < 3; c++) {
                    var ppr = t.getRow(r).getCell(c).getParagraphs().get(0).getCTP().getPPr();
                    boolean off = ppr.isSetSuppressAutoHyphens() && !isOn(ppr.getSuppressAutoHyphens());
                    assertEquals(c == 2, off, "row " + r + " column " + c + ": hyphenation back on only in the 10% column");
                }
            }
        }
    }

    /**
     * Seen on the hlh case: "Fig. 1. …" and then "Таблица 1. …" with no space between (both captions in the Caption
     * style, whose contextual spacing takes the space away), and a table's captions closer to the text above than to
     * their table.
     */
    @Test
    void aTableCaptionStandsApartFromWhatIsAboveIt(@TempDir Path dir) throws IOException {
        Manuscript m = DocxFixtures.manuscript(dir);
        Block.Table table = new Block.Table("tbl-labs", new org.casereport.model.RichText(DocxFixtures.text("Лабораторные показатели"),
                DocxFixtures.text("Laboratory findings")), 1, List.of(cells("Показатель", "Значение"), cells("Гемоглобин", "104")),
                List.of(), List.of(), false, 1, DocxFixtures.POS);
        List<Block> body = List.of(new Block.FigureBlock("fig-timeline", DocxFixtures.POS), table);
        try (XWPFDocument d = write(m.withBody(body), DocxFixtures.journal("default"))) {
            List<String> styles = new ArrayList<>();
            for (XWPFParagraph p : d.getParagraphs()) {
                if (p.getText().startsWith("Таблица 1.") || p.getText().startsWith("Table 1.")) styles.add(p.getStyle());
            }
            assertEquals(List.of("TableCaption", "TableCaption"), styles);
            CTStyle caption = d.getStyles().getStyle("TableCaption").getCTStyle();
            assertEquals("Caption", caption.getBasedOn().getVal());
            int before = Integer.parseInt(caption.getPPr().getSpacing().getBefore().toString());
            int after = Integer.parseInt(caption.getPPr().getSpacing().getAfter().toString());
            assertTrue(before >= 240 && after < before, "space before the captions (" + before + ") more than after (" + after + ")");
        }
        // an editor's reference.docx made before the style: the table's captions take Caption, not Normal
        Path mine = dir.resolve("journal");
        java.nio.file.Files.createDirectories(mine);
        Journal base = DocxFixtures.journal("default");
        try (XWPFDocument ref = new XWPFDocument(java.nio.file.Files.newInputStream(base.find("reference.docx")))) {
            var list = ref.getStyles().getCtStyles().getStyleList();
            for (int i = 0; i < list.size(); i++) {
                if ("TableCaption".equals(list.get(i).getStyleId())) ref.getStyles().getCtStyles().removeStyle(i);
            }
            try (var out = java.nio.file.Files.newOutputStream(mine.resolve("reference.docx"))) {
                ref.write(out);
            }
        }
        Journal older = new Journal("older", List.of(mine, DocxFixtures.TEMPLATES.resolve("default")), base.fontsDir(), base.settings());
        try (XWPFDocument d = write(m.withBody(body), older)) {
            assertEquals(List.of("Таблица 1. Лабораторные показатели", "Table 1. Laboratory findings", "Рис. 1. Диаграмма Ганта терапии пациента К.",
                    "Fig. 1. Gantt chart of the therapy of patient K.").stream().sorted().toList(),
                    DocxWriterTest.texts(d, "Caption").stream().sorted().toList());
        }
    }

    /**
     * Seen in the nlm journal's DOCX: "с инфекцией ²." with the space before the superscript mark, which the PDF
     * takes away. The mark touches its word; a bracketed mark keeps its no-break space.
     */
    @Test
    void aSuperscriptCitationTouchesItsWord(@TempDir Path dir) throws IOException {
        Manuscript m = DocxFixtures.manuscript(dir);
        List<Block> body = List.of(new Block.Paragraph(List.of(
                new Inline.Text("связывают с инфекцией\u00A0", DocxFixtures.POS), DocxFixtures.cite("2", List.of(2), "zhang2023"),
                new Inline.Text(". Ферритин выше 500 мкг/л ", DocxFixtures.POS), DocxFixtures.cite("1,3", List.of(1, 3), "berthold2017"),
                new Inline.Text(".", DocxFixtures.POS)), DocxFixtures.POS));
        try (XWPFDocument d = write(m.withBody(body), DocxFixtures.journal("nlm"))) {
            XWPFParagraph p = DocxWriterTest.paragraphs(d, "Normal").get(0);
            assertEquals("связывают с инфекцией2. Ферритин выше 500 мкг/л1,3.", p.getText());
            assertEquals("superscript", DocxWriterTest.runWith(p, "2").getVerticalAlignment().toString());
        }
        try (XWPFDocument d = write(m.withBody(body), DocxFixtures.journal("default"))) {
            assertTrue(DocxWriterTest.paragraphs(d, "Normal").get(0).getText().startsWith("связывают с инфекцией\u00A02."));
        }
    }
}
