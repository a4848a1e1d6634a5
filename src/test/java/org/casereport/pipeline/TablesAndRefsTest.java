package org.casereport.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.model.Block;
import org.casereport.model.Inline;
import org.casereport.model.Manuscript;
import org.casereport.model.Walk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Table captions (pandoc's syntax), numbers by first mention, and figure/table references with lists and ranges. */
class TablesAndRefsTest {
    static final String FRONT = """
            ---
            journal: default
            language: ru
            title: {ru: Заголовок, en: Title}
            authors:
              - surname: {ru: Иванов, en: Ivanov}
                initials: {ru: И.И., en: I.I.}
                affiliations: [a1]
                email: ivanov@example.org
                corresponding: true
            affiliations:
              - {key: a1, ru: Больница, en: Hospital}
            abstract: {ru: Резюме., en: Abstract.}
            keywords: {ru: [один, два, три], en: [one, two, three]}
            received: 2025-03-07
            accepted: 2025-06-20
            ---
            """;

    @TempDir
    Path dir;

    private Pipeline.Loaded load(String body) throws Exception {
        Files.writeString(dir.resolve("case.md"), FRONT + body);
        Files.createDirectories(dir.resolve("figures"));
        for (String f : List.of("a", "b", "c")) {
            Files.writeString(dir.resolve("figures/" + f + ".yaml"), """
                    kind: timeline
                    caption: {ru: Подпись, en: Caption}
                    lanes:
                      - label: {ru: Этап, en: Stage}
                        start: 2020-01
                        end: 2020-03
                    """);
        }
        return Pipeline.load(dir, Path.of("templates"));
    }

    private static List<Block.Table> tables(Manuscript m) {
        return m.body().stream().filter(b -> b instanceof Block.Table).map(b -> (Block.Table) b).toList();
    }

    private static List<String> refs(Manuscript m) {
        List<String> out = new ArrayList<>();
        Walk.inlines(m, i -> {
            if (i instanceof Inline.FigRef r) out.add(r.rendered());
        });
        return out;
    }

    @Test
    void pandocCaptionAfterTableWithEnglishAttributeIdAndNote() throws Exception {
        Pipeline.Loaded l = load("""
                Показатели крови приведены в @tbl-blood; исходные данные — в @tbl-base.

                | Показатель | Значение |
                |---|--:|
                | Лейкоциты, × 10^9^/л | 2,1 |

                : Анализ крови при поступлении, *KMT2A* {#tbl-blood en="Blood count on admission, *KMT2A*"}

                Примечание. Норма по возрасту.

                Table: Исходные данные {#tbl-base en="Baseline"}

                | A | B |
                |---|---|
                | 1 | 2 |

                Текст @fig-a, @fig-b и @fig-c.
                """);
        List<Block.Table> t = tables(l.manuscript());
        assertEquals(2, t.size());
        Block.Table blood = t.get(0);
        assertEquals("tbl-blood", blood.id());
        assertEquals(1, blood.number());
        assertEquals("Анализ крови при поступлении, KMT2A", blood.caption().text("ru"));
        assertEquals("Blood count on admission, KMT2A", blood.caption().text("en"));
        assertInstanceOf(Inline.Emph.class, blood.caption().en().get(1));
        assertInstanceOf(Inline.Emph.class, blood.caption().ru().get(1));
        assertEquals("right", blood.columns().get(1).align());
        assertEquals(1, blood.notes().size());
        assertTrue(Walk.text(((Block.Paragraph) blood.notes().get(0)).content()).startsWith("Примечание. Норма"));
        Block.Table base = t.get(1);
        assertEquals("tbl-base", base.id());
        assertEquals(2, base.number());
        assertEquals("Исходные данные", base.caption().text("ru"));
        // neither caption nor note is left in the body as text
        for (Block b : l.manuscript().body()) {
            if (b instanceof Block.Paragraph p) {
                String s = Walk.text(p.content());
                assertFalse(s.contains("{#tbl") || s.startsWith(":") || s.startsWith("Table:") || s.startsWith("Примечание"), s);
            }
        }
        assertEquals(List.of("табл. 1", "табл. 2", "рис. 1–3"), refs(l.manuscript()));
    }

    @Test
    void listsRangesAndCapitalAtSentenceStart() throws Exception {
        Pipeline.Loaded l = load("""
                @fig-c показывает схему. Далее (@fig-a, @fig-b) и [@fig-a; @fig-c], затем @fig-c–@fig-b.

                Сравните @fig-b и @fig-c. @tbl-x дает итог.

                | A | B |
                |---|---|
                | 1 | 2 |

                : Итог {#tbl-x en="Summary"}
                """);
        // numbers by first mention: c = 1, a = 2, b = 3; a list prints sorted, a range fills what is between
        assertEquals(List.of("Рис. 1", "рис. 2, 3", "рис. 1, 2", "рис. 1–3", "рис. 1, 3", "Табл. 1"), refs(l.manuscript()));
        String para = Walk.text(((Block.Paragraph) l.manuscript().body().get(0)).content());
        assertTrue(para.startsWith("Рис. 1 показывает схему. Далее (рис. 2, 3) и (рис. 1, 2), затем рис. 1–3."), para);
    }

    @Test
    void englishBodyPrintsFigAndTable() throws Exception {
        Pipeline.Loaded l = load("""
                See @fig-a–@fig-c and @tbl-x; @fig-b is the middle one.

                | A | B |
                |---|---|
                | 1 | 2 |

                : Итог {#tbl-x en="Summary"}
                """.replace("", "").strip() + "\n");
        // the body language is Russian in FRONT: switch it
        Files.writeString(dir.resolve("case.md"), Files.readString(dir.resolve("case.md")).replace("language: ru", "language: en"));
        l = Pipeline.load(dir, Path.of("templates"));
        // fig-b, mentioned after the range, still gets a number of its own (3): the range is 1–2
        assertEquals(List.of("Fig. 1, 2", "Table 1", "Fig. 3"), refs(l.manuscript()));
    }

    /** An English body: the caption's text is the English one and ru="…" the Russian one (cases/lch-braf-inhibitor-infant). */
    @Test
    void englishBodyCaptionTextIsEnglishAndRuAttributeRussian() throws Exception {
        load("");
        Files.writeString(dir.resolve("case.md"), FRONT.replace("language: ru", "language: en") + """
                Values are in @tbl-course and @tbl-old.

                | Time point | DAS |
                |------------|----:|
                | Week 4     | 3   |

                : Disease *activity* {#tbl-course ru="Активность *болезни*" width=page}

                | Time point | DAS |
                |------------|----:|
                | Week 26    | 0   |

                : Laboratory values {#tbl-old en="Laboratory values"}
                """);
        Pipeline.Loaded l = Pipeline.load(dir, Path.of("templates"));
        Block.Table t = tables(l.manuscript()).get(0);
        assertEquals("Disease activity", Walk.text(t.caption().en()));
        assertEquals("Активность болезни", Walk.text(t.caption().ru()));
        assertInstanceOf(Inline.Emph.class, t.caption().en().get(1), "inline Markdown in the English text");
        assertInstanceOf(Inline.Emph.class, t.caption().ru().get(1), "inline Markdown in ru=\"…\"");
        assertTrue(t.pageWide());
        // the Russian body's way round in an English body: said at the attribute, and printed as a Russian body's
        Block.Table old = tables(l.manuscript()).get(1);
        assertEquals("Laboratory values", Walk.text(old.caption().en()));
        assertEquals("Laboratory values", Walk.text(old.caption().ru()));
        int line = FRONT.split("\n").length + 13;
        List<String> w = l.diagnostics().stream().map(Diagnostic::toString).toList();
        assertTrue(w.stream().anyMatch(s -> s.contains("[table-attribute]") && s.contains(":" + line + ":")
                && s.contains("the body is in English") && s.contains("ru=")), w.toString());
        assertFalse(w.stream().anyMatch(s -> s.contains("[table-attribute]") && s.contains(":" + (line - 6) + ":")), w.toString());
    }

    /**
     * Inline Markdown in a figure caption (cases/lch-braf-inhibitor-infant/figures/mapk-pathway.yaml) is read into
     * the figure's content by the front matter's reader: italic and superscript, not the marks as text.
     */
    @Test
    void figureCaptionMarkdownIsRead() throws Exception {
        load("См. @fig-a.\n");
        Files.writeString(dir.resolve("figures/a.yaml"), """
                kind: timeline
                caption:
                  ru: "Мутация *BRAF*^V600E^ и H~2~O"
                  en: "The *BRAF*^V600E^ mutation"
                lanes:
                  - label: {ru: Этап, en: Stage}
                    start: 2020-01
                    end: 2020-03
                """);
        Pipeline.Loaded l = Pipeline.load(dir, Path.of("templates"));
        org.casereport.model.Figure f = l.manuscript().figure("fig-a");
        List<Inline> en = f.content().en();
        assertInstanceOf(Inline.Emph.class, en.get(1));
        assertEquals("BRAF", Walk.text(((Inline.Emph) en.get(1)).content()));
        assertInstanceOf(Inline.Sup.class, en.get(2));
        assertInstanceOf(Inline.Sub.class, f.content().ru().get(4));
        assertEquals("The BRAF^V600E^ mutation", f.caption().en(), "the plain caption has no Markdown emphasis marks");
        assertEquals("Мутация BRAF^V600E^ и H₂O", f.caption().ru());
        assertTrue(l.diagnostics().stream().noneMatch(d -> d.toString().contains("fig-a") && d.toString().contains("markdown")));
    }

    /** A Russian body that repeats its own language as an attribute: a warning, the text stays the Russian caption. */
    @Test
    void russianBodyRuAttributeIsAWarning() throws Exception {
        Pipeline.Loaded l = load("""
                Смотрите @tbl-x.

                | A | B |
                |---|---|
                | 1 | 2 |

                : Итог {#tbl-x ru="Другой итог" en="Summary"}
                """);
        Block.Table t = tables(l.manuscript()).get(0);
        assertEquals("Итог", Walk.text(t.caption().ru()));
        assertEquals("Summary", Walk.text(t.caption().en()));
        List<String> w = l.diagnostics().stream().map(Diagnostic::toString).toList();
        assertTrue(w.stream().anyMatch(s -> s.contains("[table-attribute]") && s.contains("already its Russian caption")), w.toString());
    }

    @Test
    void nonBreakingSpaceAndWarnings() throws Exception {
        Pipeline.Loaded l = load("""
                Доза 25\\ мг.

                | A | B |
                |---|---|
                | 1 | 2 |

                : Одна подпись {#tbl-y}

                | C | D |
                |---|---|
                | 3 | 4 |
                """);
        String para = Walk.text(((Block.Paragraph) l.manuscript().body().get(0)).content());
        assertEquals("Доза 25\u00A0мг.", para);
        List<String> w = l.diagnostics().stream().map(Diagnostic::toString).toList();
        assertTrue(w.stream().anyMatch(s -> s.contains("[table-unreferenced]") && s.contains("tbl-y")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.contains("[table-caption-language]")), w.toString());
        assertTrue(w.stream().anyMatch(s -> s.contains("[table-caption]") && s.contains(":" + (FRONT.split("\n").length + 9) + ":1:")), w.toString());
        assertEquals(List.of(1, 2), tables(l.manuscript()).stream().map(Block.Table::number).toList());
    }

    @Test
    void unknownTableIsAnErrorAtItsPlace() {
        CaseException e = assertThrows(CaseException.class, () -> load("Смотрите @tbl-nope.\n"));
        String s = e.diagnostics().toString();
        assertTrue(s.contains("[table-unknown]") && s.contains("no table 'tbl-nope'"), s);
    }
}
