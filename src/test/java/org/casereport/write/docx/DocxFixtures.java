package org.casereport.write.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.model.Affiliation;
import org.casereport.model.Author;
import org.casereport.model.Block;
import org.casereport.model.Figure;
import org.casereport.model.FigureSpec;
import org.casereport.model.Footnote;
import org.casereport.model.FormattedReference;
import org.casereport.model.Inline;
import org.casereport.model.LocalizedText;
import org.casereport.model.Manuscript;
import org.casereport.model.Metadata;
import org.casereport.model.Reference;
import org.casereport.diag.SourcePos;
import org.casereport.model.Journal;
import org.casereport.write.RenderContext;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** A hand-built manuscript and the project's journal templates, for the DOCX tests. */
final class DocxFixtures {
    static final Path TEMPLATES = Path.of("templates").toAbsolutePath();
    static final Instant TIMESTAMP = Instant.parse("2025-06-20T00:00:00Z");
    static final SourcePos POS = new SourcePos("case.md", 1, 1);

    private DocxFixtures() {
    }

    @SuppressWarnings("unchecked")
    static Journal journal(String name) throws IOException {
        Map<String, Object> settings;
        try (InputStream in = Files.newInputStream(TEMPLATES.resolve(name).resolve("journal.yaml"))) {
            settings = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromInputStream(in);
        }
        List<Path> dirs = name.equals("default") ? List.of(TEMPLATES.resolve("default"))
                : List.of(TEMPLATES.resolve(name), TEMPLATES.resolve("default"));
        return new Journal(name, dirs, TEMPLATES.resolve("fonts"), settings);
    }

    static byte[] write(Manuscript m, Journal journal) throws IOException {
        return write(m, journal, new DocxWriter());
    }

    static byte[] write(Manuscript m, Journal journal, DocxWriter writer) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(m, new RenderContext(journal, TIMESTAMP), out);
        return out.toByteArray();
    }

    /** Draws a stand-in picture of the asked size (a frame and a bar), with a matching SVG; {@code aspect} = height / width. */
    static FigureSource drawing(double aspect) {
        return new FigureSource() {
            @Override
            public byte[] png(Figure figure, double widthPt, int dpi, String lang, Path fontsDir) {
                int w = (int) Math.round(widthPt / 72 * dpi);
                int h = (int) Math.round(w * aspect);
                java.awt.image.BufferedImage img = new java.awt.image.BufferedImage(w, h, java.awt.image.BufferedImage.TYPE_INT_RGB);
                java.awt.Graphics2D g = img.createGraphics();
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, w, h);
                g.setColor(new java.awt.Color(0x3366aa));
                g.fillRect(w / 10, h / 3, w * 6 / 10, h / 3);
                g.setColor(java.awt.Color.BLACK);
                g.drawRect(0, 0, w - 1, h - 1);
                g.dispose();
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                try {
                    javax.imageio.ImageIO.write(img, "png", out);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
                return out.toByteArray();
            }

            @Override
            public String svg(Figure figure, double widthPt, String lang, Path fontsDir) {
                double h = widthPt * aspect;
                return "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + widthPt + "pt\" height=\"" + h + "pt\" viewBox=\"0 0 "
                        + widthPt + " " + h + "\"><rect x=\"" + widthPt / 10 + "\" y=\"" + h / 3 + "\" width=\"" + widthPt * 0.6
                        + "\" height=\"" + h / 3 + "\" fill=\"#3366aa\"/></svg>";
            }
        };
    }

    static List<Inline> text(String s) {
        return List.of(new Inline.Text(s, POS));
    }

    static Inline cite(String rendered, List<Integer> numbers, String... keys) {
        return new Inline.Cite(List.of(keys), POS, numbers, rendered);
    }

    static Manuscript manuscript(Path caseDir) {
        List<Author> authors = List.of(
                new Author(new LocalizedText("Антошин", "Antoshin"), new LocalizedText("М.М.", "M.M."), List.of("rdkb"),
                        "0000-0002-1825-0097", "antoshin@example.org", true, POS),
                new Author(new LocalizedText("Карташова", "Kartashova"), new LocalizedText("В.В.", "V.V."),
                        List.of("rdkb", "rnimu"), null, null, false, POS));
        List<Affiliation> affiliations = List.of(
                new Affiliation("rnimu", new LocalizedText("РНИМУ им. Н.И. Пирогова", "Pirogov Russian National Research Medical University"), POS),
                new Affiliation("rdkb", new LocalizedText("Российская детская клиническая больница", "Russian Children's Clinical Hospital"), POS));
        Map<String, LocalizedText> statements = new LinkedHashMap<>();
        statements.put("funding", new LocalizedText("Исследование проведено без спонсорской поддержки.", "The study was performed without external funding."));
        statements.put("conflicts", new LocalizedText("Авторы заявляют об отсутствии конфликта интересов.", "The authors declare no conflict of interest."));
        Metadata meta = new Metadata("default", "ru",
                new LocalizedText("Венетоклакс при вторичном ОМЛ после нейробластомы", "Venetoclax for secondary AML after neuroblastoma"),
                authors, affiliations,
                new LocalizedText("Нейробластома — опухоль эмбрионального генеза.\n\nВ статье представлен клинический случай.",
                        "Neuroblastoma is an embryonic tumour.\n\nThis article presents a clinical case."),
                Map.of("ru", List.of("острый миелоидный лейкоз", "нейробластома", "венетоклакс"),
                        "en", List.of("acute myeloid leukemia", "neuroblastoma", "venetoclax")),
                LocalDate.of(2025, 3, 7), LocalDate.of(2025, 6, 20), statements, Map.of());

        List<Block> body = List.of(
                new Block.Heading(1, text("Актуальность"), POS),
                new Block.Paragraph(List.of(
                        new Inline.Text("Нейробластома – злокачественная опухоль", POS),
                        cite("[1]", List.of(1), "berthold2017"),
                        new Inline.Text(". Клетки ", POS),
                        new Inline.Emph(text("in vitro"), POS),
                        new Inline.Text(", NC 6,2 × 10", POS),
                        new Inline.Sup(text("8"), POS),
                        new Inline.Text(", H", POS),
                        new Inline.Sub(text("2"), POS),
                        new Inline.Text("O, ", POS),
                        new Inline.Strong(text("важно"), POS),
                        new Inline.Text(" — см. ", POS),
                        new Inline.FigRef("fig-timeline", POS, "рис. 1"),
                        new Inline.NoteRef("n1", 1, POS),
                        new Inline.Text(".", POS)), POS),
                new Block.FigureBlock("fig-timeline", POS),
                new Block.ListBlock(true, List.of(
                        List.of(new Block.Paragraph(text("цитарабин"), POS)),
                        List.of(new Block.Paragraph(text("митоксантрон"), POS),
                                new Block.ListBlock(false, List.of(List.of(new Block.Paragraph(text("вложенный пункт"), POS))), POS))), POS),
                new Block.Table(1, List.of(
                        List.of(text("Показатель"), text("Значение")),
                        List.of(text("CD34+"), List.of(new Inline.Text("5,9 × 10", POS), new Inline.Sup(text("6"), POS)))), POS),
                new Block.Heading(2, text("Обсуждение"), POS),
                new Block.Paragraph(List.of(
                        new Inline.Text("Данные литературы ", POS),
                        cite("[1, 2]", List.of(1, 2), "berthold2017", "zhang2023"),
                        new Inline.Text(" и сайт ", POS),
                        new Inline.Link("https://example.org/", text("example.org"), POS),
                        new Inline.Text(".", POS)), POS),
                new Block.Quote(List.of(new Block.Paragraph(text("Цитата."), POS)), POS));

        List<Footnote> footnotes = List.of(new Footnote("n1", 1, text("Примечание к тексту."), POS));
        List<Reference> references = List.of(
                new Reference("berthold2017", Map.of("type", "article-journal", "title", "Incidence"), POS),
                new Reference("zhang2023", Map.of("type", "article-journal", "title", "Результаты", "language", "ru"), POS));
        FigureSpec spec = org.casereport.write.pdf.FixturesAccess.exampleTimeline();
        List<Figure> figures = List.of(new Figure("fig-timeline",
                new LocalizedText("Диаграмма Ганта терапии пациента К.", "Gantt chart of the therapy of patient K."), spec, 1, POS));
        List<FormattedReference> bibliography = List.of(
                new FormattedReference(1, "berthold2017",
                        "Berthold F., Spix C. Incidence. Paediatr Drugs. 2017;19(6):577–93.",
                        "Berthold F., Spix C. Incidence. Paediatr Drugs. 2017;19(6):577–93.",
                        "Berthold F., Spix C. Incidence. Paediatr Drugs. 2017;19(6):577–93."),
                new FormattedReference(2, "zhang2023",
                        "Иванов И.И. Результаты. Вопросы онкологии. 2023;1:1–9. [Ivanov I.I. Results. Voprosy onkologii. 2023;1:1–9. (In Russ.)]",
                        "Иванов И.И. Результаты. Вопросы онкологии. 2023;1:1–9.",
                        "Ivanov I.I. Results. Voprosy onkologii. 2023;1:1–9. (In Russ.)"));
        return new Manuscript("test-case", caseDir, meta, body, footnotes, references, figures, bibliography);
    }
}
