package org.casereport.write.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.model.Affiliation;
import org.casereport.model.Author;
import org.casereport.model.Block;
import org.casereport.model.Figure;
import org.casereport.model.Footnote;
import org.casereport.model.FormattedReference;
import org.casereport.model.Inline;
import org.casereport.model.LocalizedText;
import org.casereport.model.Manuscript;
import org.casereport.model.Metadata;
import org.casereport.diag.SourcePos;
import org.casereport.model.Journal;
import org.casereport.write.RenderContext;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/** A manuscript built by hand (until the reader lands), and the journals of the repository's templates/. */
final class Fixtures {
    static final Path ROOT = Path.of("").toAbsolutePath();
    static final Path TEMPLATES = ROOT.resolve("templates");
    static final Instant TIMESTAMP = Instant.parse("2025-06-20T00:00:00Z");

    private Fixtures() {
    }

    static final SourcePos POS = new SourcePos("case.md", 1, 1);

    /** The journal {@code name}, with an optional case template folder first in the lookup order. */
    @SuppressWarnings("unchecked")
    static Journal journal(String name, Path caseTemplateDir) throws IOException {
        Map<String, Object> settings = new LinkedHashMap<>();
        for (String n : List.of("default", name)) {
            Path y = TEMPLATES.resolve(n).resolve("journal.yaml");
            try (Reader r = Files.newBufferedReader(y, StandardCharsets.UTF_8)) {
                Object o = new Load(LoadSettings.builder().build()).loadFromReader(r);
                if (o instanceof Map<?, ?> m) {
                    if (!n.equals("default")) settings.clear();
                    settings.putAll((Map<String, Object>) m);
                }
            }
        }
        List<Path> dirs = new ArrayList<>();
        if (caseTemplateDir != null) dirs.add(caseTemplateDir);
        dirs.add(TEMPLATES.resolve(name));
        if (!name.equals("default")) dirs.add(TEMPLATES.resolve("default"));
        return new Journal(name, dirs, TEMPLATES.resolve("fonts"), settings);
    }

    static RenderContext context(Journal j) {
        return new RenderContext(j, TIMESTAMP);
    }

    static Inline.Text t(String s) {
        return new Inline.Text(s, POS);
    }

    static Inline.Cite cite(String rendered, Integer... numbers) {
        List<String> keys = new ArrayList<>();
        for (Integer n : numbers) keys.add("ref" + n);
        return new Inline.Cite(keys, POS, List.of(numbers), rendered);
    }

    static Block.Paragraph p(Inline... content) {
        return new Block.Paragraph(List.of(content), POS);
    }

    static Block.Heading h(String text) {
        return new Block.Heading(1, List.of(t(text)), POS);
    }

    static final String ABSTRACT_RU = "Нейробластома (НБ) представляет собой новообразование эмбрионального генеза, "
            + "возникающее из недифференцированных нейроэктодермальных клеток нервного гребня.\n\n"
            + "В статье представлен клинический случай успешного применения персонализированной консолидирующей "
            + "терапии венетоклаксом в комбинации с 5-азацитидином.";
    static final String ABSTRACT_EN = "Neuroblastoma (NB) is a malignant embryonic tumor arising from undifferentiated "
            + "neuroectodermal cells of the neural crest.\n\n"
            + "This article presents a clinical case of successful personalized consolidation therapy with venetoclax "
            + "in combination with 5-azacytidine.";

    static Manuscript manuscript() {
        List<Author> authors = List.of(
                new Author(new LocalizedText("Антошин", "Antoshin"), new LocalizedText("М.М.", "M.M."), List.of("rdkb"),
                        null, "antoshin@example.org", true, POS),
                new Author(new LocalizedText("Карташова", "Kartashova"), new LocalizedText("В.В.", "V.V."),
                        List.of("rdkb"), "0000-0002-1825-0097", null, false, POS),
                new Author(new LocalizedText("Скоробогатова", "Skorobogatova"), new LocalizedText("Е.В.", "E.V."),
                        List.of("rdkb"), null, null, false, POS));
        List<Affiliation> affs = List.of(new Affiliation("rdkb", new LocalizedText(
                "Российская детская клиническая больница – филиал ФГАОУ ВО «РНИМУ им. Н.И. Пирогова» Минздрава России; "
                        + "Россия, 117997, Москва, Ленинский просп., 117",
                "Russian Children’s Clinical Hospital – Branch of the N.I. Pirogov Russian National Research Medical "
                        + "University, Ministry of Health of Russia; 117 Leninskiy Prosp., Moscow, 117997, Russia"), POS));
        Map<String, LocalizedText> statements = new LinkedHashMap<>();
        statements.put("conflicts", new LocalizedText("Авторы заявляют об отсутствии конфликта интересов.",
                "The authors declare no conflict of interest."));
        statements.put("funding", new LocalizedText("Исследование проведено без спонсорской поддержки.",
                "The study was performed without external funding."));
        Metadata meta = new Metadata("default", "ru",
                new LocalizedText("Персонализированная консолидирующая терапия венетоклаксом вторичного острого "
                        + "миелобластного лейкоза у пациента после нейробластомы: успешный клинический случай",
                        "Personalized consolidation therapy with venetoclax for secondary acute myeloblastic leukemia "
                                + "in a patient after neuroblastoma: a successful clinical case"),
                authors, affs, new LocalizedText(ABSTRACT_RU, ABSTRACT_EN),
                Map.of("ru", List.of("острый миелоидный лейкоз", "нейробластома", "венетоклакс"),
                        "en", List.of("acute myeloid leukemia", "neuroblastoma", "venetoclax")),
                LocalDate.of(2025, 3, 7), LocalDate.of(2025, 6, 20), statements, Map.of());

        List<Block> body = new ArrayList<>();
        body.add(h("Актуальность"));
        body.add(p(t("Нейробластома (НБ) – это злокачественная опухоль эмбрионального происхождения, происходящая "
                + "из нейробластов нервного гребня. Около 37 % детей относятся к самой неблагоприятной – высокой "
                + "группе риска "), cite("[1]", 1), t(". Значимыми «генетическими красными флагами» являются "
                + "амплификация гена "), new Inline.Emph(List.of(t("NMYC")), POS), t(" и делеции хромосом 1p и 11q"),
                new Inline.NoteRef("n1", 1, POS), t(".")));
        body.add(p(t("Общая 10-летняя выживаемость для НБ группы высокого риска не превышает 30–40 % "), cite("[1, 2]", 1, 2),
                t(". Доза треосульфана 42 г/м"), new Inline.Sup(List.of(t("2")), POS), t(", клеток CD34"),
                new Inline.Sup(List.of(t("+")), POS), t(" – 5,9 × 10"), new Inline.Sup(List.of(t("6")), POS), t("; вода H"),
                new Inline.Sub(List.of(t("2")), POS), t("O.")));
        body.add(h("Описание клинического случая"));
        body.add(p(t("В июле 2020 г. родители пациента К. обратили внимание на объемное образование в левой височной "
                + "области. Специальная терапия была завершена в марте 2022 г. ("),
                new Inline.FigRef("fig-timeline", POS, "рис. 1"), t(").")));
        body.add(new Block.FigureBlock("fig-timeline", POS));
        body.add(new Block.Table(1, List.of(
                List.of(List.of(t("Показатель")), List.of(t("До ТГСК")), List.of(t("После ТГСК"))),
                List.of(List.of(t("Бласты, %")), List.of(t("18,2")), List.of(t("0"))),
                List.of(List.of(t("Химеризм")), List.of(t("–")), List.of(t("донорский")))), POS));
        body.add(new Block.ListBlock(false, List.of(
                List.of(p(t("ритуксимаб в –1-й день;"))),
                List.of(p(t("абатацепт в –1-й и +8-й дни.")))), POS));
        body.add(p(t("По данным портала "), new Inline.Link("https://clinicaltrials.gov/",
                List.of(t("clinicaltrials.gov")), POS), t(", проводится не менее 300 исследований.")));
        body.add(h("Обсуждение"));
        for (int i = 0; i < 6; i++) {
            body.add(p(t("Интенсификация схем лечения онкологических заболеваний за счет комбинаций высоких доз "
                    + "алкилирующих агентов, ингибиторов топоизомеразы II и антрациклинов значимо повысила "
                    + "выживаемость, но вместе с тем привела к увеличению риска вторичных онкологических заболеваний "),
                    cite("[2]", 2), t(".")));
        }
        List<Footnote> notes = List.of(new Footnote("n1", 1,
                List.of(t("Делеции 1p и 11q у пациента не выявлены.")), POS));
        List<Figure> figures = List.of(new Figure("fig-timeline",
                new LocalizedText("Диаграмма Ганта, наглядно отражающая терапию пациента К. по протоколу NB-2004",
                        "Gantt chart clearly illustrating the therapy of patient K. according to the NB-2004 protocol"),
                exampleTimeline(), 1, POS));
        List<FormattedReference> bib = List.of(
                new FormattedReference(1, "berthold2017",
                        "Berthold F., Spix C., Kaatsch P., Lampert F. Incidence, Survival, and Treatment of Localized "
                                + "and Metastatic Neuroblastoma in Germany 1979–2015. Paediatr Drugs. 2017;19(6):577–93. "
                                + "doi: 10.1007/s40272-017-0251-3.",
                        "Berthold F., Spix C., Kaatsch P., Lampert F. Incidence, Survival, and Treatment. 2017.",
                        "Berthold F., Spix C., Kaatsch P., Lampert F. Incidence, Survival, and Treatment. 2017."),
                new FormattedReference(2, "kachanov2016",
                        "Качанов Д.Ю., Шаманская Т.В. Нейробластома. Вопросы гематологии/онкологии и иммунопатологии "
                                + "в педиатрии. 2016;15(1):35–45. [Kachanov D.Yu., Shamanskaya T.V. Neuroblastoma. "
                                + "Pediatric Hematology/Oncology and Immunopathology. 2016;15(1):35–45. (In Russ.)]",
                        "Качанов Д.Ю., Шаманская Т.В. Нейробластома. Вопросы гематологии/онкологии и иммунопатологии "
                                + "в педиатрии. 2016;15(1):35–45.",
                        "Kachanov D.Yu., Shamanskaya T.V. Neuroblastoma. Pediatric Hematology/Oncology and "
                                + "Immunopathology. 2016;15(1):35–45. (In Russ.)"));
        return new Manuscript("fixture", ROOT, meta, body, notes, List.of(), figures, bib);
    }

    static byte[] render(Manuscript m, Journal j) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new PdfWriter().write(m, context(j), out);
        return out.toByteArray();
    }

    /** The example case's real timeline data, so fixtures draw a real figure. */
    static org.casereport.model.FigureSpec exampleTimeline() {
        java.nio.file.Path caseDir = java.nio.file.Path.of("cases/venetoclax-aml-after-neuroblastoma");
        return org.casereport.figure.FigureReader.read(caseDir.resolve("figures/timeline.yaml"), "timeline.yaml", caseDir,
                new org.casereport.diag.Diagnostics()).spec();
    }
}
