package org.casereport.write.docx;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackagePartName;
import org.apache.poi.openxml4j.opc.PackagingURIHelper;
import org.apache.poi.openxml4j.opc.TargetMode;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.FootnotesDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.NumberingDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.SettingsDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Builds {@code templates/default/reference.docx}: the styles, list numbering, footnote separators, page
 * setup and fonts that {@link DocxWriter} writes the manuscript with. An editor may open the result in Word or
 * LibreOffice and change the styles there; this program is only how the shipped default was made.
 *
 * <p>Run: {@code java -cp target/test-classes:target/classes:<deps> org.casereport.write.docx.ReferenceDocxGenerator [out.docx]}
 */
public final class ReferenceDocxGenerator {
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String NS = "xmlns:w=\"" + W + "\"";
    /**
     * The body font: Times New Roman, which every editor's Word and LibreOffice has (or substitutes metrically, as
     * Liberation Serif), and which Russian journals' author guidelines ask for (docs/templates.md). A journal names
     * another in journal.yaml ({@code docx.font}); the writer puts it in place of this one.
     */
    private static final String SERIF = "<w:rFonts w:ascii=\"Times New Roman\" w:hAnsi=\"Times New Roman\" w:eastAsia=\"Times New Roman\" w:cs=\"Times New Roman\"/>";
    private static final String MONO = "<w:rFonts w:ascii=\"Courier New\" w:hAnsi=\"Courier New\" w:eastAsia=\"Courier New\" w:cs=\"Courier New\"/>";
    /**
     * Word's automatic hyphenation (on in settings) is for the running text: lines of names, titles, captions, table
     * cells and reference entries are not hyphenated ("При поступле-нии" in a table head, "On-cology" in a journal's
     * name, "De-velopment" in an entry), as Russian journals' manuscripts are set.
     */
    private static final String NO_HYPHENS = "<w:suppressAutoHyphens/>";
    private static final Instant FIXED = Instant.parse("2025-01-01T00:00:00Z");

    private ReferenceDocxGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Path out = Path.of(args.length > 0 ? args[0] : "templates/default/reference.docx");
        Files.write(out, build());
        System.out.println("wrote " + out);
    }

    /** The reference document's bytes (reproducible). */
    public static byte[] build() throws Exception {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.createStyles().setStyles(StylesDocument.Factory.parse(styles()).getStyles());
            doc.createNumbering().setNumbering(NumberingDocument.Factory.parse(numbering()).getNumbering());
            doc.createFootnotes().setFootnotes(FootnotesDocument.Factory.parse(footnotes()).getFootnotes());
            doc.getSettings().getCTSettings().set(SettingsDocument.Factory.parse(settings()).getSettings());
            addFontTable(doc);

            // A4, 2 cm margins all round: a 17 cm (481.9 pt) text column; figures are drawn at this width
            CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
            CTPageSz size = sect.addNewPgSz();
            size.setW(BigInteger.valueOf(11906));
            size.setH(BigInteger.valueOf(16838));
            CTPageMar mar = sect.addNewPgMar();
            for (var side : List.<java.util.function.Consumer<BigInteger>>of(mar::setTop, mar::setBottom, mar::setLeft, mar::setRight)) {
                side.accept(BigInteger.valueOf(1134));
            }
            mar.setHeader(BigInteger.valueOf(567));
            mar.setFooter(BigInteger.valueOf(567));
            mar.setGutter(BigInteger.ZERO);
            sect.addNewCols().setSpace(BigInteger.valueOf(708));
            XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
            XWPFParagraph fp = footer.createParagraph();
            fp.setStyle("Footer");
            fp.setAlignment(ParagraphAlignment.CENTER);
            fp.getCTP().addNewFldSimple().setInstr(" PAGE ");

            // A sample body so the styles can be seen when the file is opened; the writer clears it.
            sample(doc, "ArticleInfo", "Клиническое наблюдение / Case report");
            sample(doc, "Title", "Заголовок статьи / Title of the article");
            sample(doc, "Authors", "И.О. Фамилия, I.O. Surname");
            sample(doc, "Affiliation", "Учреждение; адрес / Institution; address");
            sample(doc, "Abstract", "Текст резюме.");
            sample(doc, "Keywords", "Ключевые слова: …");
            sample(doc, "ForCitation", "Для цитирования: Фамилия И.О. Заголовок статьи. Журнал. 2025;1(1):1–9.");
            sample(doc, "Heading1", "Раздел");
            sample(doc, "Heading2", "Подраздел");
            sample(doc, "Normal", "Основной текст статьи [1].");
            sample(doc, "Caption", "Рис. 1. Подпись / Fig. 1. Caption");
            sample(doc, "TableCaption", "Таблица 1. Подпись / Table 1. Caption");
            sample(doc, "BibliographyHeading", "Литература / References");
            sample(doc, "Bibliography", "1.\tAuthor A.A. Title. Journal. 2020;1(1):1–2.");
            sample(doc, "Statement", "Конфликт интересов. …");
            sample(doc, "Dates", "Статья поступила в редакцию: 01.01.2025. Принята в печать: 01.02.2025.");

            var core = doc.getProperties().getCoreProperties();
            core.setTitle("casereport reference document");
            core.setCreator("casereport");
            core.setCreated(Optional.of(Date.from(FIXED)));
            core.setModified(Optional.of(Date.from(FIXED)));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            doc.write(bytes);
            return DocxZip.normalize(bytes.toByteArray(), FIXED);
        }
    }

    private static void sample(XWPFDocument doc, String style, String text) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        p.createRun().setText(text);
    }

    private static void addFontTable(XWPFDocument doc) throws Exception {
        String xml = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                + "<w:fonts " + NS + ">"
                + font("Times New Roman", null, "roman")
                + font("Courier New", null, "modern")
                + font("Symbol", null, "roman")
                + "</w:fonts>";
        PackagePartName name = PackagingURIHelper.createPartName("/word/fontTable.xml");
        PackagePart part = doc.getPackage().createPart(name,
                "application/vnd.openxmlformats-officedocument.wordprocessingml.fontTable+xml");
        try (OutputStream os = part.getOutputStream()) {
            os.write(xml.getBytes(StandardCharsets.UTF_8));
        }
        doc.getPackagePart().addRelationship(name, TargetMode.INTERNAL,
                "http://schemas.openxmlformats.org/officeDocument/2006/relationships/fontTable", "rIdFontTable");
    }

    private static String font(String name, String alt, String family) {
        return "<w:font w:name=\"" + name + "\">"
                + (alt == null ? "" : "<w:altName w:val=\"" + alt + "\"/>")
                + "<w:charset w:val=\"CC\"/><w:family w:val=\"" + family + "\"/><w:pitch w:val=\""
                + ("modern".equals(family) ? "fixed" : "variable") + "\"/></w:font>";
    }

    private static String settings() {
        return "<w:settings " + NS + ">"
                + "<w:zoom w:percent=\"100\"/>"
                + "<w:defaultTabStop w:val=\"709\"/>"
                + "<w:autoHyphenation/>"
                + "<w:characterSpacingControl w:val=\"doNotCompress\"/>"
                + "<w:footnotePr><w:footnote w:id=\"-1\"/><w:footnote w:id=\"0\"/></w:footnotePr>"
                + "<w:compat><w:compatSetting w:name=\"compatibilityMode\" w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/></w:compat>"
                + "<w:themeFontLang w:val=\"ru-RU\"/>"
                + "<w:decimalSymbol w:val=\",\"/><w:listSeparator w:val=\";\"/>"
                + "</w:settings>";
    }

    private static String footnotes() {
        return "<w:footnotes " + NS + ">"
                + "<w:footnote w:type=\"separator\" w:id=\"-1\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:separator/></w:r></w:p></w:footnote>"
                + "<w:footnote w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>"
                + "</w:footnotes>";
    }

    /** Two list definitions: 1 = bulleted (dash, bullet, middle dot: the PDF fonts have no white bullet "◦"), 2 = numbered (1. a) i.). */
    private static String numbering() {
        StringBuilder s = new StringBuilder("<w:numbering " + NS + ">");
        s.append("<w:abstractNum w:abstractNumId=\"1\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        String[] bullets = {"–", "•", "·"};
        for (int i = 0; i < 3; i++) {
            s.append(level(i, "bullet", bullets[i]));
        }
        s.append("</w:abstractNum>");
        s.append("<w:abstractNum w:abstractNumId=\"2\"><w:multiLevelType w:val=\"hybridMultilevel\"/>");
        s.append(level(0, "decimal", "%1.")).append(level(1, "lowerLetter", "%2)")).append(level(2, "lowerRoman", "%3."));
        s.append("</w:abstractNum>");
        return s.append("</w:numbering>").toString();
    }

    private static String level(int ilvl, String fmt, String text) {
        int left = 709 * (ilvl + 1);
        return "<w:lvl w:ilvl=\"" + ilvl + "\"><w:start w:val=\"1\"/><w:numFmt w:val=\"" + fmt + "\"/>"
                + "<w:lvlText w:val=\"" + text + "\"/><w:lvlJc w:val=\"left\"/>"
                + "<w:pPr><w:ind w:left=\"" + left + "\" w:hanging=\"357\"/></w:pPr>"
                + ("bullet".equals(fmt) ? "<w:rPr>" + SERIF + "</w:rPr>" : "")
                + "</w:lvl>";
    }

    // ---- styles: child elements in the order the schema requires (Word rejects any other) ----

    private static String styles() {
        StringBuilder s = new StringBuilder("<w:styles " + NS + ">");
        s.append("<w:docDefaults><w:rPrDefault><w:rPr>").append(SERIF)
                .append("<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/><w:lang w:val=\"ru-RU\" w:eastAsia=\"ru-RU\" w:bidi=\"ar-SA\"/>")
                .append("</w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/></w:pPr></w:pPrDefault></w:docDefaults>");

        // Normal: the running text of a submission manuscript — 12 pt, 1.5 lines, justified, 1.25 cm indent
        para(s, "Normal", "Normal", null, null, true,
                "<w:widowControl/><w:spacing w:after=\"0\" w:line=\"360\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"709\"/><w:jc w:val=\"both\"/>",
                "");
        para(s, "Title", "Title", "Normal", "Authors", true,
                "<w:keepNext/>" + NO_HYPHENS + "<w:spacing w:before=\"240\" w:after=\"240\" w:line=\"288\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
                "<w:b/><w:bCs/><w:sz w:val=\"32\"/><w:szCs w:val=\"32\"/>");
        para(s, "Authors", "Authors", "Normal", "Affiliation", true,
                "<w:keepNext/>" + NO_HYPHENS + "<w:spacing w:after=\"120\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
                "<w:b/><w:bCs/>");
        para(s, "Affiliation", "Affiliation", "Normal", "Affiliation", true,
                "<w:keepNext/>" + NO_HYPHENS + "<w:spacing w:after=\"60\" w:line=\"276\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
                "<w:i/><w:iCs/><w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>");
        para(s, "Correspondence", "Correspondence", "Normal", "Abstract", true,
                NO_HYPHENS + "<w:spacing w:before=\"60\" w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
                "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        // the lines before the title: draft mark, UDC, article type, DOI
        para(s, "ArticleInfo", "Article Info", "Normal", "Title", true,
                "<w:keepNext/>" + NO_HYPHENS + "<w:spacing w:after=\"60\" w:line=\"276\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
                "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        // «Для цитирования» / "For citation": the article as an entry of the journal's list
        para(s, "ForCitation", "For Citation", "Normal", "Normal", true,
                NO_HYPHENS + "<w:spacing w:before=\"120\" w:after=\"120\" w:line=\"276\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/>",
                "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        para(s, "Abstract", "Abstract", "Normal", "Abstract", true,
                "<w:spacing w:before=\"240\" w:after=\"0\" w:line=\"276\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"709\"/><w:contextualSpacing/><w:jc w:val=\"both\"/>",
                "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>");
        para(s, "Keywords", "Keywords", "Normal", "Normal", true,
                NO_HYPHENS + "<w:spacing w:before=\"120\" w:after=\"360\" w:line=\"276\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/>",
                "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>");
        for (int level = 1; level <= 3; level++) {
            String rpr = "<w:b/><w:bCs/>" + (level == 2 ? "<w:i/><w:iCs/>" : "")
                    + (level == 3 ? "" : "<w:sz w:val=\"" + (level == 1 ? 26 : 24) + "\"/><w:szCs w:val=\"" + (level == 1 ? 26 : 24) + "\"/>");
            if (level == 3) rpr = "<w:i/><w:iCs/>";
            para(s, "Heading" + level, "heading " + level, "Normal", "Normal", true,
                    "<w:keepNext/><w:keepLines/>" + NO_HYPHENS + "<w:spacing w:before=\"" + (level == 1 ? 360 : 240) + "\" w:after=\"120\"/>"
                            + "<w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/><w:outlineLvl w:val=\"" + (level - 1) + "\"/>",
                    rpr);
        }
        para(s, "ListParagraph", "List Paragraph", "Normal", null, true,
                "<w:ind w:left=\"709\" w:firstLine=\"0\"/><w:contextualSpacing/>", "");
        para(s, "Quote", "Quote", "Normal", "Normal", true,
                "<w:spacing w:before=\"120\" w:after=\"120\"/><w:ind w:left=\"709\" w:right=\"709\" w:firstLine=\"0\"/>",
                "<w:i/><w:iCs/>");
        para(s, "Figure", "Figure", "Normal", "Caption", true,
                "<w:keepNext/>" + NO_HYPHENS + "<w:spacing w:before=\"240\" w:after=\"120\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
                "");
        // the Russian and English captions sit together (contextual spacing); space after the pair
        para(s, "Caption", "caption", "Normal", "Normal", true,
                NO_HYPHENS + "<w:spacing w:after=\"240\" w:line=\"276\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:contextualSpacing/><w:jc w:val=\"left\"/>",
                "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        // a table's captions stand above it: space before the pair (also after a figure's captions), less after
        para(s, "TableCaption", "Table Caption", "Caption", "Normal", true,
                "<w:keepNext/>" + NO_HYPHENS + "<w:spacing w:before=\"240\" w:after=\"120\"/>", "");
        para(s, "TableText", "Table Text", "Normal", null, true,
                NO_HYPHENS + "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"left\"/>",
                "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        para(s, "TableHeading", "Table Heading", "TableText", null, true,
                "<w:keepNext/>", "<w:b/><w:bCs/>");
        // Word sets no space after a table; the writer puts an empty paragraph of this style there (one 12 pt line)
        para(s, "AfterTable", "After Table", "Normal", "Normal", false,
                "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"240\" w:lineRule=\"exact\"/><w:ind w:firstLine=\"0\"/>",
                "<w:sz w:val=\"24\"/><w:szCs w:val=\"24\"/>");
        para(s, "BibliographyHeading", "Bibliography Heading", "Heading1", "Bibliography", true,
                "<w:spacing w:before=\"480\" w:after=\"240\"/><w:jc w:val=\"center\"/>",
                "<w:caps/><w:spacing w:val=\"20\"/>");
        para(s, "Bibliography", "Bibliography", "Normal", "Bibliography", true,
                "<w:tabs><w:tab w:val=\"left\" w:pos=\"567\"/></w:tabs>" + NO_HYPHENS + "<w:spacing w:after=\"60\" w:line=\"276\" w:lineRule=\"auto\"/>"
                        + "<w:ind w:left=\"567\" w:hanging=\"567\"/><w:jc w:val=\"left\"/>",
                "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>");
        para(s, "Statement", "Statement", "Normal", "Statement", true,
                "<w:spacing w:before=\"240\" w:after=\"60\" w:line=\"276\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:contextualSpacing/><w:jc w:val=\"both\"/>",
                "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>");
        para(s, "Dates", "Dates", "Normal", "Dates", true,
                NO_HYPHENS + "<w:spacing w:before=\"240\" w:after=\"0\" w:line=\"276\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:contextualSpacing/><w:jc w:val=\"left\"/>",
                "<w:i/><w:iCs/><w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        para(s, "FootnoteText", "footnote text", "Normal", null, false,
                "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"both\"/>",
                "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");
        para(s, "Footer", "footer", "Normal", null, false,
                "<w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/><w:jc w:val=\"center\"/>",
                "<w:sz w:val=\"20\"/><w:szCs w:val=\"20\"/>");

        s.append("<w:style w:type=\"character\" w:default=\"1\" w:styleId=\"DefaultParagraphFont\"><w:name w:val=\"Default Paragraph Font\"/>"
                + "<w:uiPriority w:val=\"1\"/><w:semiHidden/><w:unhideWhenUsed/></w:style>");
        chr(s, "FootnoteReference", "footnote reference", "<w:vertAlign w:val=\"superscript\"/>");
        chr(s, "Hyperlink", "Hyperlink", "<w:color w:val=\"0563C1\"/><w:u w:val=\"single\"/>");
        chr(s, "MetaLabel", "Meta Label", "<w:b/><w:bCs/>");
        chr(s, "CaptionLabel", "Caption Label", "<w:b/><w:bCs/>");
        chr(s, "AffiliationMark", "Affiliation Mark", "<w:vertAlign w:val=\"superscript\"/>");
        chr(s, "VerbatimChar", "Verbatim Char", MONO + "<w:sz w:val=\"22\"/><w:szCs w:val=\"22\"/>");

        s.append("<w:style w:type=\"table\" w:default=\"1\" w:styleId=\"TableNormal\"><w:name w:val=\"Normal Table\"/>"
                + "<w:uiPriority w:val=\"99\"/><w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:tblCellMar><w:top w:w=\"0\" w:type=\"dxa\"/><w:left w:w=\"108\" w:type=\"dxa\"/><w:bottom w:w=\"0\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"108\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        String border = "w:val=\"single\" w:sz=\"4\" w:space=\"0\" w:color=\"000000\"";
        s.append("<w:style w:type=\"table\" w:styleId=\"CaseTable\"><w:name w:val=\"Case Table\"/><w:basedOn w:val=\"TableNormal\"/>"
                + "<w:uiPriority w:val=\"59\"/><w:qFormat/>"
                + "<w:pPr><w:spacing w:after=\"0\" w:line=\"240\" w:lineRule=\"auto\"/><w:ind w:firstLine=\"0\"/></w:pPr>"
                + "<w:tblPr><w:tblBorders><w:top " + border + "/><w:left " + border + "/><w:bottom " + border + "/><w:right "
                + border + "/><w:insideH " + border + "/><w:insideV " + border + "/></w:tblBorders>"
                + "<w:tblCellMar><w:top w:w=\"28\" w:type=\"dxa\"/><w:left w:w=\"85\" w:type=\"dxa\"/><w:bottom w:w=\"28\" w:type=\"dxa\"/>"
                + "<w:right w:w=\"85\" w:type=\"dxa\"/></w:tblCellMar></w:tblPr></w:style>");
        return s.append("</w:styles>").toString();
    }

    private static void para(StringBuilder s, String id, String name, String basedOn, String next, boolean primary,
                             String pPr, String rPr) {
        s.append("<w:style w:type=\"paragraph\"").append("Normal".equals(id) ? " w:default=\"1\"" : "")
                .append(" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name).append("\"/>");
        if (basedOn != null) s.append("<w:basedOn w:val=\"").append(basedOn).append("\"/>");
        if (next != null) s.append("<w:next w:val=\"").append(next).append("\"/>");
        if (primary) s.append("<w:qFormat/>");
        s.append("<w:pPr>").append(pPr).append("</w:pPr>");
        if (!rPr.isEmpty()) s.append("<w:rPr>").append(rPr).append("</w:rPr>");
        s.append("</w:style>");
    }

    private static void chr(StringBuilder s, String id, String name, String rPr) {
        s.append("<w:style w:type=\"character\" w:styleId=\"").append(id).append("\"><w:name w:val=\"").append(name)
                .append("\"/><w:basedOn w:val=\"DefaultParagraphFont\"/><w:uiPriority w:val=\"99\"/><w:unhideWhenUsed/>")
                .append("<w:rPr>").append(rPr).append("</w:rPr></w:style>");
    }
}
