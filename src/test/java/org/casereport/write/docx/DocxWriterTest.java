package org.casereport.write.docx;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.casereport.model.Manuscript;
import org.casereport.model.Journal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdnRef;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** The DOCX writer on a hand-built manuscript, read back with POI. */
class DocxWriterTest {
    static Journal journal;
    static byte[] docx;
    static XWPFDocument doc;

    @BeforeAll
    static void write(@TempDir Path dir) throws IOException {
        journal = DocxFixtures.journal("default");
        // figures from a stand-in drawing: this test is about the writer, not FigureArt
        docx = DocxFixtures.write(DocxFixtures.manuscript(dir), journal, new DocxWriter(DocxFixtures.drawing(0.5)));
        doc = new XWPFDocument(new ByteArrayInputStream(docx));
    }

    static List<XWPFParagraph> paragraphs(XWPFDocument d, String style) {
        List<XWPFParagraph> out = new ArrayList<>();
        for (XWPFParagraph p : d.getParagraphs()) {
            if (style.equals(p.getStyle())) out.add(p);
        }
        return out;
    }

    static List<String> texts(XWPFDocument d, String style) {
        return paragraphs(d, style).stream().map(XWPFParagraph::getText).toList();
    }

    static int indexOf(XWPFDocument d, String text) {
        List<XWPFParagraph> ps = d.getParagraphs();
        for (int i = 0; i < ps.size(); i++) {
            if (ps.get(i).getText().contains(text)) return i;
        }
        return -1;
    }

    @Test
    void frontMatterInBothLanguagesRussianFirst() {
        assertEquals(List.of("Венетоклакс при вторичном ОМЛ после нейробластомы", "Venetoclax for secondary AML after neuroblastoma"),
                texts(doc, "Title"));
        // two affiliations: marks in order of first mention (rdkb first)
        // initials and surname tied by a no-break space (template/Ties)
        assertEquals(List.of("М.М.\u00A0Антошин1, В.В.\u00A0Карташова1,2", "M.M.\u00A0Antoshin1, V.V.\u00A0Kartashova1,2"), texts(doc, "Authors"));
        assertEquals(List.of("1Российская детская клиническая больница", "2РНИМУ им. Н.И. Пирогова",
                "1Russian Children's Clinical Hospital", "2Pirogov Russian National Research Medical University"),
                texts(doc, "Affiliation"));
        XWPFRun mark = paragraphs(doc, "Authors").get(0).getRuns().get(1);
        assertEquals("1", mark.text());
        assertEquals("AffiliationMark", mark.getStyle());
        assertEquals(List.of("Нейробластома — опухоль эмбрионального генеза.", "В статье представлен клинический случай.",
                "Neuroblastoma is an embryonic tumour.", "This article presents a clinical case."), texts(doc, "Abstract"));
        assertEquals(List.of("Ключевые слова: острый миелоидный лейкоз, нейробластома, венетоклакс",
                "Key words: acute myeloid leukemia, neuroblastoma, venetoclax"), texts(doc, "Keywords"));
        assertEquals(List.of("Клиническое наблюдение"), texts(doc, "ArticleInfo"), "the article type before the title, in a style of its own");
        assertEquals(List.of("Контактная информация: Антошин\u00A0М.М.; E-mail: antoshin@example.org",
                "ORCID: М.М. Антошин https://orcid.org/0000-0002-1825-0097",
                "Correspondence: Antoshin\u00A0M.M.; E-mail: antoshin@example.org",
                "ORCID: M.M. Antoshin https://orcid.org/0000-0002-1825-0097"), texts(doc, "Correspondence"));
        assertTrue(indexOf(doc, "Key words") < indexOf(doc, "Актуальность"), "metadata before the body");
        assertTrue(indexOf(doc, "Ключевые слова") < indexOf(doc, "Venetoclax for"), "Russian block before English block");
    }

    @Test
    void bodyHeadingsCitationsAndInlineFormatting() {
        assertEquals(List.of("Актуальность"), texts(doc, "Heading1"));
        assertEquals(List.of("Обсуждение"), texts(doc, "Heading2"));
        List<String> body = texts(doc, "Normal");
        assertTrue(body.get(0).startsWith("Нейробластома – злокачественная опухоль[1]. Клетки in vitro, NC 6,2 × 108, H2O, важно — см. рис. 1"),
                body.get(0));
        assertTrue(body.get(1).contains("Данные литературы [1, 2] и сайт example.org."), body.get(1));
        XWPFParagraph p = paragraphs(doc, "Normal").get(0);
        assertEquals("[1]", runWith(p, "[1]").text());
        assertFalse(runWith(p, "[1]").getVerticalAlignment().toString().equals("superscript"), "bracket style: on the line");
        assertTrue(runWith(p, "in vitro").isItalic());
        assertTrue(runWith(p, "важно").isBold());
        assertEquals("superscript", runWith(p, "8").getVerticalAlignment().toString());
        assertEquals("subscript", runWith(p, "2").getVerticalAlignment().toString());
        assertEquals(List.of("Цитата."), texts(doc, "Quote"));
    }

    static XWPFRun runWith(XWPFParagraph p, String text) {
        for (XWPFRun r : p.getRuns()) {
            if (text.equals(r.text())) return r;
        }
        throw new AssertionError("no run '" + text + "' in: " + p.getText());
    }

    @Test
    void footnoteIsARealWordFootnote() {
        List<XWPFFootnote> normal = doc.getFootnotes().stream()
                .filter(f -> f.getCTFtnEdn().getType() == null || f.getCTFtnEdn().getType() == STFtnEdn.NORMAL).toList();
        assertEquals(1, normal.size());
        XWPFFootnote note = normal.get(0);
        assertEquals(" Примечание к тексту.", note.getParagraphs().get(0).getText());
        assertEquals("FootnoteText", note.getParagraphs().get(0).getStyle());
        List<BigInteger> refs = new ArrayList<>();
        for (XWPFParagraph p : doc.getParagraphs()) {
            for (XWPFRun r : p.getRuns()) {
                for (CTFtnEdnRef ref : r.getCTR().getFootnoteReferenceList()) refs.add(ref.getId());
            }
        }
        assertEquals(List.of(note.getId()), refs);
    }

    @Test
    void listsAreNumberedAndNested() {
        List<XWPFParagraph> items = paragraphs(doc, "ListParagraph");
        assertEquals(List.of("цитарабин", "митоксантрон", "вложенный пункт"), items.stream().map(XWPFParagraph::getText).toList());
        assertEquals(items.get(0).getNumID(), items.get(1).getNumID());
        assertEquals(BigInteger.ZERO, items.get(0).getNumIlvl());
        assertEquals(BigInteger.ONE, items.get(2).getNumIlvl());
        assertEquals("decimal", items.get(0).getNumFmt());
        assertEquals("bullet", items.get(2).getNumFmt());
    }

    @Test
    void tableUsesTheTemplateTableStyle() {
        assertEquals(1, doc.getTables().size());
        XWPFTable t = doc.getTables().get(0);
        assertEquals("CaseTable", t.getStyleID());
        XWPFTableRow header = t.getRow(0);
        assertTrue(header.isRepeatHeader());
        assertEquals("Показатель", header.getCell(0).getText());
        assertEquals("TableHeading", header.getCell(0).getParagraphs().get(0).getStyle());
        XWPFTableCell cell = t.getRow(1).getCell(1);
        assertEquals("5,9 × 106", cell.getText());
        assertEquals("TableText", cell.getParagraphs().get(0).getStyle());
        assertFalse(t.getCTTbl().getTblPr().isSetTblBorders(), "borders come from the table style");
    }

    @Test
    void figureStandsAfterItsParagraphWithBilingualCaption() {
        List<String> captions = texts(doc, "Caption");
        assertEquals(List.of("Рис. 1. Диаграмма Ганта терапии пациента К.", "Fig. 1. Gantt chart of the therapy of patient K."), captions);
        assertEquals("CaptionLabel", paragraphs(doc, "Caption").get(0).getRuns().get(0).getStyle());
        int mention = indexOf(doc, "см. рис. 1");
        int figure = doc.getParagraphs().indexOf(paragraphs(doc, "Figure").get(0));
        assertEquals(mention + 1, figure, "the figure follows the paragraph that first mentions it");
        assertEquals(figure + 1, indexOf(doc, "Рис. 1. Диаграмма"));
        assertEquals(figure + 2, indexOf(doc, "Fig. 1. Gantt"));
    }

    @Test
    void referencesInCitationOrderUnderTheHeading() {
        assertEquals(List.of("Литература / References"), texts(doc, "BibliographyHeading"));
        XWPFParagraph heading = paragraphs(doc, "BibliographyHeading").get(0);
        assertEquals("ru-RU", heading.getRuns().get(0).getLang());
        assertEquals("en-US", heading.getRuns().get(heading.getRuns().size() - 1).getLang());
        int h = doc.getParagraphs().indexOf(heading);
        List<XWPFParagraph> entries = paragraphs(doc, "Bibliography");
        assertEquals(2, entries.size());
        assertEquals(h + 1, doc.getParagraphs().indexOf(entries.get(0)));
        assertEquals(h + 2, doc.getParagraphs().indexOf(entries.get(1)));
        assertEquals("1.\tBerthold F., Spix C. Incidence. Paediatr Drugs. 2017;19(6):577–93.", entries.get(0).getText());
        assertTrue(entries.get(1).getText().startsWith("2.\tИванов И.И. Результаты."), entries.get(1).getText());
        assertTrue(entries.get(1).getText().endsWith("(In Russ.)]"));
        assertEquals("en-US", entries.get(0).getRuns().get(1).getLang());
        assertEquals("ru-RU", entries.get(1).getRuns().get(1).getLang(), "a Russian source is tagged Russian");
    }

    @Test
    void statementsInJournalOrderThenDates() {
        assertEquals(List.of("Конфликт интересов. Авторы заявляют об отсутствии конфликта интересов.",
                "Conflict of interest. The authors declare no conflict of interest.",
                "Финансирование. Исследование проведено без спонсорской поддержки.",
                "Funding. The study was performed without external funding."), texts(doc, "Statement"));
        assertEquals(List.of("Статья поступила в редакцию: 07.03.2025. Принята в печать: 20.06.2025.",
                "Article was received by the editorial staff: 07.03.2025. Accepted for publication: 20.06.2025."),
                texts(doc, "Dates"));
        List<XWPFParagraph> all = doc.getParagraphs();
        assertEquals(all.size() - 1, all.indexOf(paragraphs(doc, "Dates").get(1)), "dates close the manuscript");
        assertTrue(indexOf(doc, "2.\tИванов") < indexOf(doc, "Конфликт интересов"));
    }

    @Test
    void referenceSampleBodyIsCleared() {
        assertEquals(-1, indexOf(doc, "Заголовок статьи"));
        assertEquals(-1, indexOf(doc, "Основной текст статьи"));
    }

    @Test
    void everyStyleUsedIsDefinedInReferenceDocx() throws IOException {
        Set<String> defined = new HashSet<>();
        try (XWPFDocument ref = new XWPFDocument(Files.newInputStream(journal.find("reference.docx")))) {
            for (CTStyle s : ref.getStyles().getCtStyles().getStyleList()) defined.add(s.getStyleId());
        }
        Set<String> used = new HashSet<>();
        for (Map.Entry<String, byte[]> e : DocxZip.entries(docx).entrySet()) {
            if (!e.getKey().startsWith("word/") || !e.getKey().endsWith(".xml") || e.getKey().endsWith("styles.xml")) continue;
            Element root = parse(e.getValue());
            for (String tag : List.of("pStyle", "rStyle", "tblStyle")) {
                NodeList nl = root.getElementsByTagNameNS(ReferenceDocxGenerator.W, tag);
                for (int i = 0; i < nl.getLength(); i++) used.add(((Element) nl.item(i)).getAttributeNS(ReferenceDocxGenerator.W, "val"));
            }
        }
        assertTrue(used.containsAll(List.of("Title", "Authors", "Affiliation", "Abstract", "Keywords", "Heading1", "Heading2",
                "Normal", "Caption", "Bibliography", "BibliographyHeading", "Dates", "Statement", "FootnoteText",
                "FootnoteReference", "CaseTable", "ListParagraph", "Hyperlink", "MetaLabel")), used.toString());
        Set<String> missing = new HashSet<>(used);
        missing.removeAll(defined);
        assertEquals(Set.of(), missing, "styles used but not in reference.docx");
    }

    @Test
    void everyRunCarriesItsLanguage() {
        int tagged = 0;
        for (IBodyElement e : doc.getBodyElements()) {
            List<XWPFParagraph> ps = new ArrayList<>();
            if (e instanceof XWPFParagraph p) ps.add(p);
            if (e instanceof XWPFTable t) t.getRows().forEach(r -> r.getTableCells().forEach(c -> ps.addAll(c.getParagraphs())));
            for (XWPFParagraph p : ps) {
                for (XWPFRun r : p.getRuns()) {
                    assertNotNull(r.getLang(), () -> "run without w:lang: '" + r.text() + "' in '" + p.getText() + "'");
                    tagged++;
                }
            }
        }
        assertTrue(tagged > 50);
        for (XWPFFootnote f : doc.getFootnotes()) {
            for (XWPFParagraph p : f.getParagraphs()) {
                if (p.getRuns().stream().anyMatch(r -> !r.getCTR().getFootnoteRefList().isEmpty())) {
                    p.getRuns().forEach(r -> assertEquals("ru-RU", r.getLang()));
                }
            }
        }
        assertEquals("ru-RU", paragraphs(doc, "Title").get(0).getRuns().get(0).getLang());
        assertEquals("en-US", paragraphs(doc, "Title").get(1).getRuns().get(0).getLang());
        for (XWPFRun r : paragraphs(doc, "Keywords").get(1).getRuns()) assertEquals("en-US", r.getLang());
        for (XWPFRun r : paragraphs(doc, "Abstract").get(0).getRuns()) assertEquals("ru-RU", r.getLang());
        for (XWPFParagraph p : paragraphs(doc, "Normal")) {
            for (XWPFRun r : p.getRuns()) assertEquals("ru-RU", r.getLang(), "the body is in the case's language");
        }
        assertEquals("en-US", paragraphs(doc, "Dates").get(1).getRuns().get(0).getLang());
    }

    @Test
    void coreProperties() {
        var core = doc.getProperties().getCoreProperties();
        assertEquals("Венетоклакс при вторичном ОМЛ после нейробластомы / Venetoclax for secondary AML after neuroblastoma", core.getTitle());
        assertEquals("М.М. Антошин, В.В. Карташова", core.getCreator());
        assertEquals("Журнал детской гематологии и онкологии", core.getSubject());
        assertTrue(core.getKeywords().contains("венетоклакс") && core.getKeywords().contains("venetoclax"), core.getKeywords());
        assertEquals("ru-RU", core.getUnderlyingProperties().getLanguageProperty().orElse(null));
        assertEquals(DocxFixtures.TIMESTAMP, core.getCreated().toInstant());
        assertEquals(DocxFixtures.TIMESTAMP, core.getModified().toInstant());
    }

    @Test
    void sameInputSameBytes(@TempDir Path dir) throws IOException {
        Manuscript m = DocxFixtures.manuscript(dir);
        byte[] again = DocxFixtures.write(m, DocxFixtures.journal("default"), new DocxWriter(DocxFixtures.drawing(0.5)));
        assertArrayEquals(docx, again);
        LocalDateTime expected = LocalDateTime.ofInstant(DocxFixtures.TIMESTAMP, ZoneOffset.UTC);
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(docx))) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                names.add(e.getName());
                assertEquals(expected, e.getTimeLocal(), e.getName());
                assertEquals(null, e.getExtra(), "no extended timestamps: " + e.getName());
            }
        }
        assertEquals("[Content_Types].xml", names.get(0));
        assertEquals("_rels/.rels", names.get(1));
    }

    /** Every part is well-formed XML, and run properties keep the schema's order (Word rejects any other). */
    @Test
    void partsAreWellFormedAndRunPropertiesInSchemaOrder() throws IOException {
        List<String> rPrOrder = List.of("rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
                "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden", "color", "spacing",
                "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect", "bdr", "shd", "fitText", "vertAlign",
                "rtl", "cs", "em", "lang", "eastAsianLayout", "specVanish", "oMath");
        int checked = 0;
        for (Map.Entry<String, byte[]> e : DocxZip.entries(docx).entrySet()) {
            if (!e.getKey().endsWith(".xml") && !e.getKey().endsWith(".rels")) continue;
            Element root = parse(e.getValue());
            NodeList rprs = root.getElementsByTagNameNS(ReferenceDocxGenerator.W, "rPr");
            for (int i = 0; i < rprs.getLength(); i++) {
                Node parent = rprs.item(i).getParentNode();
                if (!"r".equals(parent.getLocalName())) continue;
                int last = -1;
                for (Node c = rprs.item(i).getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c.getNodeType() != Node.ELEMENT_NODE) continue;
                    int at = rPrOrder.indexOf(c.getLocalName());
                    assertTrue(at > last, e.getKey() + ": w:" + c.getLocalName() + " out of order in a run's w:rPr");
                    last = at;
                    checked++;
                }
            }
        }
        assertTrue(checked > 100);
    }

    static Element parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setNamespaceAware(true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            return f.newDocumentBuilder().parse(new ByteArrayInputStream(xml)).getDocumentElement();
        } catch (Exception e) {
            throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
        }
    }

    @Test
    void nlmJournalSuperscriptCitationsTwoListsEnglishFirst(@TempDir Path dir) throws IOException {
        byte[] bytes = DocxFixtures.write(DocxFixtures.manuscript(dir), DocxFixtures.journal("nlm"), new DocxWriter(DocxFixtures.drawing(0.5)));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertEquals(List.of("Venetoclax for secondary AML after neuroblastoma", "Венетоклакс при вторичном ОМЛ после нейробластомы"),
                    texts(d, "Title"));
            XWPFRun cite = runWith(paragraphs(d, "Normal").get(0), "[1]");
            assertEquals("superscript", cite.getVerticalAlignment().toString());
            assertEquals(List.of("Литература", "References"), texts(d, "BibliographyHeading"));
            List<String> entries = texts(d, "Bibliography");
            assertEquals(4, entries.size());
            assertEquals("2.\tИванов И.И. Результаты. Вопросы онкологии. 2023;1:1–9.", entries.get(1));
            assertEquals("2.\tIvanov I.I. Results. Voprosy onkologii. 2023;1:1–9. (In Russ.)", entries.get(3));
            assertEquals("en-US", paragraphs(d, "Bibliography").get(3).getRuns().get(1).getLang());
            assertEquals(List.of("Received: 2025-03-07. Accepted: 2025-06-20.", "Поступила: 2025-03-07. Принята: 2025-06-20."),
                    texts(d, "Dates"));
            assertEquals(List.of("Figure 1. Gantt chart of the therapy of patient K.", "Рис. 1. Диаграмма Ганта терапии пациента К."),
                    texts(d, "Caption"));
        }
    }

    @Test
    void aJournalWithoutReferenceDocxIsAnErrorNotACrash(@TempDir Path dir) throws IOException {
        Journal bare = new Journal("bare", List.of(dir), dir, journal.settings());
        IOException e = assertThrows(IOException.class, () -> DocxFixtures.write(DocxFixtures.manuscript(dir), bare));
        assertTrue(e.getMessage().contains("reference.docx"), e.getMessage());
    }

    @Test
    void committedReferenceDocxIsWhatItsGeneratorMakes() throws Exception {
        assertArrayEquals(ReferenceDocxGenerator.build(), Files.readAllBytes(journal.find("reference.docx")),
                "templates/default/reference.docx is out of date: run ReferenceDocxGenerator");
    }

    @Test
    void charactersXmlCannotCarryAreDropped() {
        assertEquals("ab", org.casereport.model.XmlText.clean("a\u0001b"));
        assertEquals("a\tb\nc", org.casereport.model.XmlText.clean("a\tb\nc"));
        assertEquals("x😀y", org.casereport.model.XmlText.clean("x😀y"));
        assertEquals("xy", org.casereport.model.XmlText.clean("x\uD83Dy"));
        assertEquals("xy", org.casereport.model.XmlText.clean("x\uFFFEy"));
        assertEquals("xy", org.casereport.model.XmlText.clean("x\uDE00y")); // a lone low surrogate
        assertEquals("", org.casereport.model.XmlText.clean(null));
    }

    @Test
    void controlCharactersInTheCaseStillGiveWellFormedXml(@TempDir Path dir) throws IOException {
        Manuscript m = DocxFixtures.manuscript(dir);
        m = m.withBody(List.of(new org.casereport.model.Block.Paragraph(
                List.of(new org.casereport.model.Inline.Text("до\u000Bпосле\u0000", DocxFixtures.POS)), DocxFixtures.POS)));
        byte[] bytes = DocxFixtures.write(m, journal, new DocxWriter(DocxFixtures.drawing(0.5)));
        parse(DocxZip.entries(bytes).get("word/document.xml"));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertEquals(List.of("допосле"), texts(d, "Normal"));
        }
    }

    /** An editor's reference.docx in a journal folder wins over the default, and its styles are what the DOCX carries. */
    @Test
    void anEditorsReferenceDocxChangesTheLook(@TempDir Path dir) throws IOException {
        Path mine = dir.resolve("journal");
        Files.createDirectories(mine);
        try (XWPFDocument ref = new XWPFDocument(Files.newInputStream(journal.find("reference.docx")))) {
            CTStyle title = ref.getStyles().getStyle("Title").getCTStyle();
            title.getRPr().getSzList().get(0).setVal(BigInteger.valueOf(44)); // 22 pt titles
            try (var out = Files.newOutputStream(mine.resolve("reference.docx"))) {
                ref.write(out);
            }
        }
        Journal edited = new Journal("edited", List.of(mine, DocxFixtures.TEMPLATES.resolve("default")),
                journal.fontsDir(), journal.settings());
        byte[] bytes = DocxFixtures.write(DocxFixtures.manuscript(dir), edited, new DocxWriter(DocxFixtures.drawing(0.5)));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            assertEquals("44", d.getStyles().getStyle("Title").getCTStyle().getRPr().getSzList().get(0).getVal().toString());
            assertEquals(2, texts(d, "Title").size());
        }
        assertEquals("32", doc.getStyles().getStyle("Title").getCTStyle().getRPr().getSzList().get(0).getVal().toString(),
                "the default reference.docx is untouched");
    }

    /** Pictures in the sample body of an editor's reference.docx do not travel into the manuscript. */
    @Test
    void picturesOfTheReferenceBodyAreDropped(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("journal");
        Files.createDirectories(mine);
        try (XWPFDocument ref = new XWPFDocument(Files.newInputStream(journal.find("reference.docx")))) {
            byte[] png = DocxFixtures.drawing(1.0).png(null, 72, 72, "ru", null);
            ref.createParagraph().createRun().addPicture(new ByteArrayInputStream(png),
                    org.apache.poi.common.usermodel.PictureType.PNG, "logo.png", 914400, 914400);
            try (var out = Files.newOutputStream(mine.resolve("reference.docx"))) {
                ref.write(out);
            }
        }
        assertTrue(DocxZip.entries(Files.readAllBytes(mine.resolve("reference.docx"))).keySet().stream()
                .anyMatch(n -> n.startsWith("word/media/")), "the edited reference has a picture");
        Journal edited = new Journal("edited", List.of(mine), journal.fontsDir(), journal.settings());
        byte[] bytes = DocxFixtures.write(DocxFixtures.manuscript(dir).withFigures(List.of()), edited,
                new DocxWriter(DocxFixtures.drawing(0.5)));
        Map<String, byte[]> entries = DocxZip.entries(bytes);
        assertEquals(List.of(), entries.keySet().stream().filter(n -> n.startsWith("word/media/")).toList());
        assertFalse(new String(entries.get("word/_rels/document.xml.rels"), java.nio.charset.StandardCharsets.UTF_8)
                .contains("media/"), "no relationship to a dropped picture");
        byte[] withFigure = DocxFixtures.write(DocxFixtures.manuscript(dir), edited, new DocxWriter(DocxFixtures.drawing(0.5)));
        assertEquals(List.of("word/media/image1.png", "word/media/image2.svg"), DocxZip.entries(withFigure).keySet().stream()
                .filter(n -> n.startsWith("word/media/")).toList(), "only the manuscript's figure, PNG and SVG");
    }

    @Test
    void zipTimesBefore1980AreClamped() throws IOException {
        byte[] z = DocxZip.normalize(docx, java.time.Instant.parse("1970-01-01T00:00:00Z"));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(z))) {
            ZipEntry e = in.getNextEntry();
            assertEquals(LocalDateTime.of(1980, 1, 1, 0, 0), e.getTimeLocal());
        }
        assertEquals(DocxZip.entries(docx).keySet(), DocxZip.entries(z).keySet());
    }

    @Test
    void anEnglishCaseHasAnEnglishBody(@TempDir Path dir) throws IOException {
        Manuscript ru = DocxFixtures.manuscript(dir);
        var mt = ru.meta();
        var meta = new org.casereport.model.Metadata(mt.journal(), "en", mt.title(), mt.authors(), mt.affiliations(),
                mt.abstractText(), mt.keywords(), mt.received(), mt.accepted(), mt.statements(), mt.positions(), mt.publication());
        Manuscript en = new Manuscript(ru.id(), ru.caseDir(), meta, ru.body(), ru.footnotes(), ru.references(), ru.figures(),
                ru.bibliography());
        byte[] bytes = DocxFixtures.write(en, journal, new DocxWriter(DocxFixtures.drawing(0.5)));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            for (XWPFParagraph p : paragraphs(d, "Normal")) p.getRuns().forEach(r -> assertEquals("en-US", r.getLang()));
            paragraphs(d, "Heading1").get(0).getRuns().forEach(r -> assertEquals("en-US", r.getLang()));
            assertEquals("en-US", d.getProperties().getCoreProperties().getUnderlyingProperties().getLanguageProperty().orElse(null));
            assertEquals("M.M. Antoshin, V.V. Kartashova", d.getProperties().getCoreProperties().getCreator());
            assertEquals(List.of("Venetoclax for secondary AML after neuroblastoma", "Венетоклакс при вторичном ОМЛ после нейробластомы"),
                    texts(d, "Title"), "an English article of the bilingual journal opens with its English metadata");
        }
        // a journal that keeps its own order for every article (metadata_body_first: false)
        Map<String, Object> settings = new java.util.LinkedHashMap<>(journal.settings());
        settings.put("metadata_body_first", false);
        Journal fixed = new Journal(journal.name(), journal.dirs(), journal.fontsDir(), settings);
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(
                DocxFixtures.write(en, fixed, new DocxWriter(DocxFixtures.drawing(0.5)))))) {
            assertEquals(List.of("Венетоклакс при вторичном ОМЛ после нейробластомы", "Venetoclax for secondary AML after neuroblastoma"),
                    texts(d, "Title"), "metadata_body_first: false: the journal's order");
        }
    }

    @Test
    void aSecondMarkOfTheSameFootnoteRepeatsItsNumber(@TempDir Path dir) throws IOException {
        Manuscript m = DocxFixtures.manuscript(dir);
        List<org.casereport.model.Block> body = new ArrayList<>(m.body());
        body.add(new org.casereport.model.Block.Heading(4, DocxFixtures.text("Глубокий подраздел"), DocxFixtures.POS));
        body.add(new org.casereport.model.Block.Paragraph(List.of(new org.casereport.model.Inline.Text("Снова", DocxFixtures.POS),
                new org.casereport.model.Inline.NoteRef("n1", 1, DocxFixtures.POS)), DocxFixtures.POS));
        byte[] bytes = DocxFixtures.write(m.withBody(body).withBibliography(List.of()), journal,
                new DocxWriter(DocxFixtures.drawing(0.5)));
        try (XWPFDocument d = new XWPFDocument(new ByteArrayInputStream(bytes))) {
            long notes = d.getFootnotes().stream().filter(f -> f.getCTFtnEdn().getType() == STFtnEdn.NORMAL).count();
            assertEquals(1, notes, "one footnote, however often it is marked");
            XWPFParagraph again = paragraphs(d, "Normal").get(paragraphs(d, "Normal").size() - 1);
            assertEquals("Снова1", again.getText());
            assertEquals("FootnoteReference", again.getRuns().get(1).getStyle());
            assertEquals(List.of("Глубокий подраздел"), texts(d, "Heading3"), "level 4 and deeper print as level 3");
            assertEquals(List.of(), texts(d, "BibliographyHeading"), "no references, no heading");
        }
    }

    @Test
    void twipsMeasures() {
        assertEquals(1134, PageSetup.twips("1134", 0), 1e-9);
        assertEquals(1133.86, PageSetup.twips("2cm", 0), 0.01);
        assertEquals(1440, PageSetup.twips("1in", 0), 1e-9);
        assertEquals(240, PageSetup.twips("12pt", 0), 1e-9);
        assertEquals(7, PageSetup.twips("bogus", 7), 1e-9);
        assertEquals(7, PageSetup.twips(null, 7), 1e-9);
    }
}
