package org.casereport.write;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.TextPosition;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.docx.DocxWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The front matter in the PDF and the DOCX: inline Markdown in the title, abstract, keywords and affiliations (as
 * rich text on the page, as plain text in the document properties), the fields a Russian journal prints (UDC,
 * article type, DOI, full names, the correspondence block), statements and their labels, drafts, and articles with
 * one metadata language. The forms of the fields follow published first pages (src/test/resources/front/sources.md).
 */
class FrontMatterOutputTest {
    @TempDir
    Path dir;

    static final String TITLE_EN = "Personalized consolidation therapy with venetoclax for secondary acute myeloblastic leukemia in a patient after neuroblastoma: a successful clinical case";

    record Out(String pdfText, List<TextPosition> glyphs, String pdfTitle, String pdfSubject, String pdfKeywords,
               XWPFDocument docx, List<Diagnostic> warnings, String xmp) { }

    /** The PDF engine: openhtmltopdf ("html"); {@link FoFrontMatterOutputTest} runs every test again on Apache FOP. */
    String engine() {
        return "html";
    }

    /** The example case with its front matter edited, rendered to PDF and DOCX. */
    Out render(String name, UnaryOperator<String> edit) throws Exception {
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, name, edit);
        Pipeline.Loaded l = Pipeline.load(c, Path.of("templates"));
        RenderContext ctx = new RenderContext(org.casereport.write.pdf.FoCases.engine(l.journal(), engine()),
                Pipeline.timestamp(l.manuscript()));
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        Writers.get("pdf").write(l.manuscript(), ctx, pdf);
        Files.createDirectories(Path.of("target", "pdf-test"));
        Files.write(Path.of("target", "pdf-test", "front-" + name + "." + engine() + ".pdf"), pdf.toByteArray());
        ByteArrayOutputStream docx = new ByteArrayOutputStream();
        new DocxWriter().write(l.manuscript(), new RenderContext(l.journal(), Pipeline.timestamp(l.manuscript())), docx);
        Files.write(Path.of("target", "pdf-test", "front-" + name + ".docx"), docx.toByteArray());
        List<Diagnostic> warnings = new ArrayList<>(l.diagnostics());
        warnings.addAll(ctx.warnings());
        try (PDDocument d = Loader.loadPDF(pdf.toByteArray())) {
            List<TextPosition> glyphs = new ArrayList<>();
            String text = PdfGlyphs.text(d, 1, glyphs).replace('\u00A0', ' ');
            var info = d.getDocumentInformation();
            var md = d.getDocumentCatalog().getMetadata();
            String xmp = md == null ? "" : new String(md.toByteArray(), java.nio.charset.StandardCharsets.UTF_8);
            return new Out(text, glyphs, info.getTitle(), info.getSubject(), info.getKeywords(),
                    new XWPFDocument(new ByteArrayInputStream(docx.toByteArray())), warnings, xmp);
        }
    }

    static UnaryOperator<String> replace(String... pairs) {
        return s -> {
            for (int i = 0; i < pairs.length; i += 2) {
                if (!s.contains(pairs[i])) throw new IllegalArgumentException("not in case.md: " + pairs[i]);
                s = s.replace(pairs[i], pairs[i + 1]);
            }
            return s;
        };
    }

    /** The fonts of the page-1 glyphs that spell {@code word}, where it is set largest (the title, not the running head). */
    static List<String> fontsOf(List<TextPosition> glyphs, String word) {
        StringBuilder all = new StringBuilder();
        for (TextPosition t : glyphs) all.append(t.getUnicode().length() == 1 ? t.getUnicode() : "?");
        int at = -1;
        for (int i = all.indexOf(word); i >= 0; i = all.indexOf(word, i + 1)) {
            if (at < 0 || glyphs.get(i).getFontSizeInPt() > glyphs.get(at).getFontSizeInPt()) at = i;
        }
        assertTrue(at >= 0, "page 1 has no '" + word + "'");
        List<String> fonts = new ArrayList<>();
        for (int i = at; i < at + word.length(); i++) fonts.add(glyphs.get(i).getFont().getName());
        return fonts;
    }

    static List<XWPFParagraph> styled(XWPFDocument doc, String style) {
        return doc.getParagraphs().stream().filter(p -> style.equals(p.getStyle())).toList();
    }

    static XWPFRun run(XWPFParagraph p, String text) {
        return p.getRuns().stream().filter(r -> text.equals(r.text())).findFirst()
                .orElseThrow(() -> new AssertionError("no run '" + text + "' in: " + p.getText()));
    }

    @Test
    void inlineMarkdownInTitleAbstractKeywordsAndAffiliationsIsRichOnThePageAndPlainInTheProperties() throws Exception {
        UnaryOperator<String> ruTitle = s -> s.replaceFirst("(?m)^  ru: \"Персонализированная.*$",
                "  ru: \"Перестройка *KMT2A* при вторичном остром миелобластном лейкозе после нейробластомы\"");
        Out o = render("rich", ruTitle.andThen(replace(
                TITLE_EN, "*KMT2A* rearrangement in secondary acute myeloblastic leukemia after neuroblastoma",
                "    Нейробластома (НБ)\u00A0– опухоль", "    **Введение.** Нейробластома (НБ)\u00A0– опухоль",
                "    Neuroblastoma (NB) is an embryonal", "    **Background.** Neuroblastoma (NB), 10^9^/l, is an embryonal",
                "    - венетоклакс\n", "    - венетоклакс\n    - ген *ETV6*\n",
                "Ленинский просп., 117\"", "Ленинский просп., 117 (*корпус 2*)\""))::apply);
        // the PDF page: italic and bold glyphs, no Markdown marks
        assertTrue(fontsOf(o.glyphs(), "KMT2A").stream().allMatch(f -> f.contains("Italic")), "italic gene name in the title");
        assertTrue(fontsOf(o.glyphs(), "Введение.").stream().allMatch(f -> f.contains("Bold")), "bold heading of a structured abstract");
        assertTrue(fontsOf(o.glyphs(), "ETV6").stream().allMatch(f -> f.contains("Italic")), "italic keyword");
        // an affiliation is set in italic: emphasis in it is upright, as a typesetter does it
        assertTrue(fontsOf(o.glyphs(), "корпус").stream().noneMatch(f -> f.contains("Italic")), "emphasis in an italic affiliation");
        assertTrue(fontsOf(o.glyphs(), "Ленинский").stream().allMatch(f -> f.contains("Italic")), "the affiliation itself");
        assertFalse(o.pdfText().contains("*"), "no Markdown mark printed:\n" + o.pdfText());
        // the PDF's document information: plain text, a superscript as a superscript character
        assertEquals("Перестройка KMT2A при вторичном остром миелобластном лейкозе после нейробластомы", o.pdfTitle());
        assertTrue(o.pdfSubject().startsWith("Введение. Нейробластома (НБ)"), o.pdfSubject());
        assertTrue(o.pdfKeywords().contains("ген ETV6"), o.pdfKeywords());
        // the DOCX: runs with their formatting; core properties plain
        XWPFParagraph title = styled(o.docx(), "Title").get(0);
        assertTrue(run(title, "KMT2A").isItalic());
        assertFalse(title.getText().contains("*"));
        XWPFParagraph abs = styled(o.docx(), "Abstract").get(0);
        assertTrue(run(abs, "Введение.").isBold());
        XWPFParagraph absEn = styled(o.docx(), "Abstract").stream().filter(p -> p.getText().startsWith("Background.")).findFirst().orElseThrow();
        assertEquals("superscript", run(absEn, "9").getVerticalAlignment().toString());
        assertTrue(run(styled(o.docx(), "Keywords").get(0), "ETV6").isItalic());
        var core = o.docx().getProperties().getCoreProperties();
        assertEquals("Перестройка KMT2A при вторичном остром миелобластном лейкозе после нейробластомы / "
                + "KMT2A rearrangement in secondary acute myeloblastic leukemia after neuroblastoma", core.getTitle());
        assertTrue(core.getDescription().startsWith("Введение. Нейробластома"), core.getDescription());
        assertFalse(core.getDescription().contains("**"));
    }

    @Test
    void anItalicGeneNameInTheSubtitleIsItalicUnderTheTitleInBothLanguagesAndPlainTextInTheTitleMetadata() throws Exception {
        // a gene the example case's article discusses (EVI1, officially MECOM), as a subtitle in each language
        Out o = render("subtitle", replace("\ntitle:\n", """

                subtitle:
                  ru: "Перестройка гена *MECOM* после терапии нейробластомы"
                  en: "*MECOM* rearrangement after therapy for neuroblastoma"
                title:
                """));
        assertTrue(o.warnings().stream().noneMatch(d -> d.message().contains("subtitle")), o.warnings().toString());
        String t = o.pdfText().replaceAll("\\s+", " ");
        assertTrue(t.contains("Перестройка гена MECOM после терапии нейробластомы"), t);
        assertTrue(t.contains("MECOM rearrangement after therapy for neuroblastoma"), t);
        assertFalse(o.pdfText().contains("*"), "no Markdown mark printed:\n" + o.pdfText());
        // under the title: the subtitle's first glyph is below the title's last (both blocks)
        assertTrue(t.indexOf("клинический случай") < t.indexOf("Перестройка гена"), t);
        assertTrue(t.indexOf("a successful clinical case") < t.indexOf("MECOM rearrangement"), t);
        // every "MECOM" on the page is a subtitle's (the example case names the gene nowhere else), in each language
        StringBuilder page = new StringBuilder();
        for (TextPosition g : o.glyphs()) page.append(g.getUnicode().length() == 1 ? g.getUnicode() : "?");
        List<String> fonts = new ArrayList<>();
        for (int i = page.indexOf("MECOM"); i >= 0; i = page.indexOf("MECOM", i + 1)) {
            for (int k = i; k < i + "MECOM".length(); k++) fonts.add(o.glyphs().get(k).getFont().getName());
        }
        assertEquals(2 * "MECOM".length(), fonts.size(), fonts.toString());
        assertTrue(fonts.stream().allMatch(f -> f.contains("Italic")), "italic gene name in the subtitles: " + fonts);
        assertTrue(fontsOf(o.glyphs(), "Перестройка").stream().noneMatch(f -> f.contains("Italic") || f.contains("Bold")),
                "the subtitle itself is upright, regular");
        // the title metadata is "Title: Subtitle" in plain text (no "*")
        assertTrue(o.pdfTitle().startsWith("Персонализированная"), o.pdfTitle());
        assertTrue(o.pdfTitle().endsWith(": Перестройка гена MECOM после терапии нейробластомы"), o.pdfTitle());
        assertTrue(o.xmp().replaceAll("\\s+", " ").matches("(?s).*<dc:title>.*Персонализированная[^<*]*: Перестройка гена "
                + "MECOM после терапии нейробластомы</rdf:li>.*"), o.xmp());
        // the DOCX: a Subtitle paragraph per language, right after its title, the gene an italic run
        List<XWPFParagraph> subs = styled(o.docx(), "Subtitle");
        assertEquals(2, subs.size());
        assertEquals("Перестройка гена MECOM после терапии нейробластомы", subs.get(0).getText());
        assertEquals("MECOM rearrangement after therapy for neuroblastoma", subs.get(1).getText());
        for (XWPFParagraph p : subs) {
            assertTrue(run(p, "MECOM").isItalic(), p.getText());
            List<XWPFParagraph> all = o.docx().getParagraphs();
            assertEquals("Title", all.get(all.indexOf(p) - 1).getStyle(), p.getText());
        }
        assertTrue(o.docx().getStyles().styleExist("Subtitle"));
        String core = o.docx().getProperties().getCoreProperties().getTitle();
        assertTrue(core.matches("Персонализированная[^/*]*: Перестройка гена MECOM после терапии нейробластомы / "
                + "[^/*]*: MECOM rearrangement after therapy for neuroblastoma"), core);
    }

    @Test
    void theFieldsARussianJournalPrintsAroundTheTitle() throws Exception {
        Out o = render("journal-front", replace(
                "received: 2025-03-07", """
                        udc: "УДК 616.155.392-036.11:616-085"
                        doi: https://doi.org/10.25207/1608-6228-2025-32-1-63-73
                        published: {year: 2025, volume: 12, issue: 2, pages: 45–52}
                        running_title: {ru: "Венетоклакс при вторичном ОМЛ", en: "Venetoclax in secondary AML"}
                        received: 2025-03-07""",
                "    corresponding: true\n", """
                            corresponding: true
                            email: antoshin@example.org
                            phone: +7-922-684-17-29
                            full_name: {ru: Антошин Максим Михайлович, en: Maksim M. Antoshin}
                            degrees: {ru: "канд. мед. наук, врач-гематолог", en: "Cand. Sci. (Med.), hematologist"}
                            address: {ru: "117997, Москва, Ленинский просп., 117", en: "117 Leninskiy Prosp., Moscow, 117997, Russia"}
                        """));
        String t = o.pdfText().replaceAll("\\s+", " ");
        assertTrue(t.contains("УДК 616.155.392-036.11:616-085"), t);
        assertTrue(t.contains("DOI: 10.25207/1608-6228-2025-32-1-63-73"), t);
        assertTrue(t.contains("Клиническое наблюдение"), t);
        assertTrue(t.contains("Антошин Максим Михайлович; 117997, Москва, Ленинский просп., 117; E-mail: antoshin@example.org; Тел.: +7-922-684-17-29"), t);
        assertTrue(t.contains("Maksim M. Antoshin; 117 Leninskiy Prosp., Moscow, 117997, Russia; E-mail: antoshin@example.org; Tel.: +7-922-684-17-29"), t);
        // «Для цитирования» in the journal's own reference style: the form of the references of this journal
        assertTrue(t.contains("Для цитирования: Антошин М.М., Карташова В.В., Скоробогатова Е.В. Персонализированная консолидирующая терапия"), t);
        assertTrue(t.contains("Журнал детской гематологии и онкологии. 2025;12(2):45–52"), t);
        assertTrue(t.contains("For citation: Antoshin M.M., Kartashova V.V., Skorobogatova E.V. Personalized consolidation therapy"), t);
        // each kind of line in a style of its own, so that an editor restyles one without the others
        List<String> info = styled(o.docx(), "ArticleInfo").stream().map(XWPFParagraph::getText).toList();
        assertEquals(List.of("УДК 616.155.392-036.11:616-085", "Клиническое наблюдение", "DOI: 10.25207/1608-6228-2025-32-1-63-73"), info);
        List<String> cite = styled(o.docx(), "ForCitation").stream().map(XWPFParagraph::getText).toList();
        assertEquals(2, cite.size(), cite.toString());
        assertTrue(cite.get(0).startsWith("Для цитирования: Антошин") && cite.get(1).startsWith("For citation: Antoshin"), cite.toString());
        List<String> corr = styled(o.docx(), "Correspondence").stream().map(XWPFParagraph::getText).toList();
        assertTrue(corr.stream().anyMatch(s -> s.contains("Антошин Максим Михайлович; 117997")), corr.toString());
        assertTrue(corr.stream().noneMatch(s -> s.startsWith("УДК") || s.startsWith("DOI:") || s.startsWith("Для цитирования")), corr.toString());
    }

    /**
     * The authors' degrees, which were read and printed nowhere: «Сведения об авторах» in the form of Практическая
     * медицина's first pages («Ожегов Анатолий Михайлович — доктор медицинских наук, профессор, врач-гематолог»,
     * src/test/resources/front/sources.md), each author who gives them, in both languages, in the PDF and the DOCX.
     */
    @Test
    void theAuthorsDegreesPrintInTheInformationAboutTheAuthors() throws Exception {
        Out o = render("degrees", CaseVariant.DEGREES);
        String t = o.pdfText().replaceAll("\\s+", " ");
        assertTrue(t.contains("Сведения об авторах: Антошин Максим Михайлович — канд. мед. наук, врач-гематолог;"
                + " Карташова В.В. — доктор медицинских наук, профессор"), t);
        assertTrue(t.contains("Information about the authors: Maksim M. Antoshin — Cand. Sci. (Med.), hematologist;"
                + " Kartashova V.V. — Dr. Sci. (Med.), Professor"), t);
        List<String> docx = styled(o.docx(), "Correspondence").stream().map(p -> p.getText().replace('\u00A0', ' ')).toList();
        assertTrue(docx.contains("Сведения об авторах: Антошин Максим Михайлович — канд. мед. наук, врач-гематолог;"
                + " Карташова В.В. — доктор медицинских наук, профессор"), docx.toString());
        assertTrue(docx.contains("Information about the authors: Maksim M. Antoshin — Cand. Sci. (Med.), hematologist;"
                + " Kartashova V.V. — Dr. Sci. (Med.), Professor"), docx.toString());
        // the third author gives none and is not listed
        assertFalse(t.contains("Скоробогатова Е.В. —"), t);
    }

    @Test
    void statementsTakeTheJournalsLabelsOrTheCasesAndAnUnlabelledOneIsAWarning() throws Exception {
        Out o = render("statements", replace("accepted: 2025-06-20\n", """
                accepted: 2025-06-20
                statements:
                  ethics:
                    ru: Исследование одобрено локальным этическим комитетом.
                    en: The study was approved by the local ethics committee.
                  tumor_board:
                    label: {ru: Онкологический консилиум, en: Tumour board}
                    ru: Тактика лечения утверждена консилиумом.
                    en: The treatment plan was approved by the tumour board.
                  patient_view:
                    ru: Родители пациента довольны результатом лечения.
                    en: The patient's parents are satisfied with the result.
                """));
        List<Diagnostic> labels = o.warnings().stream().filter(d -> d.rule().equals("statement-label")).toList();
        assertEquals(2, labels.size(), labels.toString()); // patient_view, ru and en
        assertTrue(labels.get(0).pos().line() > 1, "positioned at its key: " + labels.get(0));
        assertTrue(labels.get(0).message().contains("'patient_view'"), labels.get(0).message());
        List<String> st = styled(o.docx(), "Statement").stream().map(XWPFParagraph::getText).toList();
        assertTrue(st.contains("Соответствие принципам этики. Исследование одобрено локальным этическим комитетом."), st.toString());
        assertTrue(st.contains("Ethics approval. The study was approved by the local ethics committee."), st.toString());
        assertTrue(st.contains("Онкологический консилиум. Тактика лечения утверждена консилиумом."), st.toString());
        assertTrue(st.contains("Tumour board. The treatment plan was approved by the tumour board."), st.toString());
        assertTrue(st.contains("Родители пациента довольны результатом лечения."), st.toString());
        assertTrue(st.stream().noneMatch(s -> s.contains("patient_view") || s.contains("tumor_board")), st.toString());
    }

    @Test
    void aDraftNeedsNoDatesAndIsMarked() throws Exception {
        Out o = render("draft", replace("received: 2025-03-07\naccepted: 2025-06-20\n", "draft: true\n"));
        assertTrue(o.pdfText().contains("Черновик — не для распространения / Draft — not for distribution"), o.pdfText());
        assertTrue(o.docx().getParagraphs().get(0).getText().startsWith("Черновик"), o.docx().getParagraphs().get(0).getText());
        assertTrue(styled(o.docx(), "Dates").isEmpty());
        // a finished case without dates is still an error
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, "no-dates", replace("received: 2025-03-07\n", ""));
        CaseException e = org.junit.jupiter.api.Assertions.assertThrows(CaseException.class,
                () -> Pipeline.load(c, Path.of("templates")));
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.message().contains("missing required key 'received'")
                && d.pos().line() > 0), e.diagnostics().toString());
    }

    @Test
    void aDateInTheFutureIsAPositionedWarning() throws Exception {
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, "future", replace("accepted: 2025-06-20", "accepted: 2999-06-20"));
        Pipeline.Loaded l = Pipeline.load(c, Path.of("templates"));
        Diagnostic d = l.diagnostics().stream().filter(x -> x.rule().equals("front-matter-date-future")).findFirst().orElseThrow();
        assertEquals(56, d.pos().line());
        assertTrue(d.message().contains("2999-06-20"), d.message());
    }

    @Test
    void aRussianOnlyArticleWhereTheJournalAllowsIt() throws Exception {
        UnaryOperator<String> ruOnly = s -> s.replace("journal: default", "journal: gost\nmetadata_languages: ru")
                .replaceAll("(?m)^  en: .*\\n", "")
                .replaceAll("(?s)  en: \\|\\n(    .*?\\n|\\n)*?(?=\\n?keywords:)", "")
                .replaceAll("(?s)(keywords:\\n  ru:\\n(    - .*?\\n)+)  en:\\n(    - .*?\\n)+", "$1")
                .replaceAll("(?m)^    en: \".*\"\\n", "");
        Out o = render("ru-only", ruOnly);
        assertFalse(o.pdfText().contains("Personalized consolidation"), o.pdfText());
        assertFalse(o.pdfText().contains("Key words"), o.pdfText());
        assertTrue(o.pdfText().contains("Ключевые слова"), o.pdfText());
        assertTrue(styled(o.docx(), "Title").size() == 1, "one title in the DOCX");
        assertTrue(styled(o.docx(), "Keywords").stream().noneMatch(p -> p.getText().startsWith("Key words")));
        // the default journal requires both: the same case is an error there, at metadata_languages
        Path c = CaseVariant.of(CaseVariant.EXAMPLE, dir, "ru-only-default",
                ruOnly.andThen(s -> s.replace("journal: gost", "journal: default"))::apply);
        CaseException e = org.junit.jupiter.api.Assertions.assertThrows(CaseException.class,
                () -> Pipeline.load(c, Path.of("templates")));
        Diagnostic d = e.diagnostics().stream().filter(x -> x.rule().equals("front-matter-languages")).findFirst().orElseThrow();
        assertEquals(4, d.pos().line());
        assertTrue(d.message().contains("add 'en' to metadata_languages"), d.message());
    }
}
