package org.casereport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Block;
import org.casereport.model.Inline;
import org.casereport.model.Manuscript;
import org.casereport.model.Walk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CaseReaderTest {
    static final String FRONT = """
            ---
            journal: default
            language: ru
            title:
              ru: Заголовок
              en: Title
            authors:
              - surname: {ru: Иванов, en: Ivanov}
                initials: {ru: И.И., en: I.I.}
                affiliations: [a1]
                corresponding: true
            affiliations:
              - key: a1
                ru: Больница
                en: Hospital
            abstract:
              ru: Резюме.
              en: Abstract.
            keywords:
              ru: [один, два, три]
              en: [one, two, three]
            received: 2025-03-07
            accepted: 2025-06-20
            ---
            """;

    @TempDir
    Path dir;

    private Manuscript read(String body) throws Exception {
        Files.writeString(dir.resolve("case.md"), FRONT + body);
        Diagnostics d = new Diagnostics();
        Manuscript m = CaseReader.read(dir, d).manuscript();
        assertFalse(d.hasErrors(), d.all().toString());
        return m;
    }

    private CaseException failing(String text) throws Exception {
        Files.writeString(dir.resolve("case.md"), text);
        Diagnostics d = new Diagnostics();
        return assertThrows(CaseException.class, () -> {
            CaseReader.read(dir, d);
            d.throwIfErrors();
        });
    }

    @Test
    void readsFrontMatterInBothLanguages() throws Exception {
        Manuscript m = read("Текст.\n");
        assertEquals("Заголовок", m.meta().title().text("ru"));
        assertEquals("Title", m.meta().title().text("en"));
        assertEquals("И.И. Иванов", m.meta().authors().get(0).displayName("ru"));
        assertEquals("I.I. Ivanov", m.meta().authors().get(0).displayName("en"));
        assertTrue(m.meta().authors().get(0).corresponding());
        assertEquals(List.of("one", "two", "three"), m.meta().keywords("en"));
        assertEquals("2025-06-20", m.meta().accepted().toString());
        assertEquals("Hospital", m.meta().affiliations().get(0).name().text("en"));
        assertEquals(dir.getFileName().toString(), m.id());
    }

    @Test
    void citationsKeepKeysAndPositions() throws Exception {
        Manuscript m = read("# Актуальность\n\nПервое [@a2017]. Второе [@b; @c, p. 5] и рис. (@fig-timeline).\n");
        List<Inline.Cite> cites = new ArrayList<>();
        List<Inline.FigRef> figs = new ArrayList<>();
        Walk.inlines(m, i -> {
            if (i instanceof Inline.Cite c) cites.add(c);
            if (i instanceof Inline.FigRef f) figs.add(f);
        });
        assertEquals(List.of("a2017"), cites.get(0).keys());
        assertEquals(List.of("b", "c"), cites.get(1).keys());
        int bodyLine = FRONT.split("\n").length + 3;
        assertEquals(bodyLine, cites.get(0).pos().line());
        assertEquals(8, cites.get(0).pos().column());
        assertEquals("fig-timeline", figs.get(0).id());
        Block.Heading h = assertInstanceOf(Block.Heading.class, m.body().get(0));
        assertEquals("Актуальность", Walk.text(h.content()));
    }

    @Test
    void superscriptSubscriptTablesFootnotes() throws Exception {
        Manuscript m = read("""
                Доза 140 мг/м^2^, H~2~O, сноска[^n].

                | Показатель | Значение |
                |---|---|
                | CD34+ | 5,9 × 10^6^ |

                [^n]: Текст сноски.
                """);
        Block.Paragraph p = (Block.Paragraph) m.body().get(0);
        assertTrue(p.content().stream().anyMatch(i -> i instanceof Inline.Sup s && Walk.text(s.content()).equals("2")));
        assertTrue(p.content().stream().anyMatch(i -> i instanceof Inline.Sub s && Walk.text(s.content()).equals("2")));
        assertTrue(p.content().stream().anyMatch(i -> i instanceof Inline.NoteRef n && n.number() == 1));
        Block.Table t = assertInstanceOf(Block.Table.class, m.body().get(1));
        assertEquals(1, t.headerRows());
        assertEquals("CD34+", Walk.text(t.rows().get(1).get(0)));
        assertEquals("Текст сноски.", Walk.text(m.footnotes().get(0).content()));
    }

    @Test
    void rawHtmlStaysText() throws Exception {
        Manuscript m = read("Текст <script>alert(1)</script> и <b>жирный</b>.\n\n<div onclick=\"x\">блок</div>\n");
        String all = Walk.text(((Block.Paragraph) m.body().get(0)).content());
        assertTrue(all.contains("<script>alert(1)</script>"), all);
        assertTrue(Walk.text(((Block.Paragraph) m.body().get(1)).content()).contains("<div onclick=\"x\">"));
    }

    @Test
    void brokenYamlIsReportedWithItsPosition() throws Exception {
        CaseException e = failing("---\njournal: default\ntitle: {ru: x, en: y\nlanguage: ru\n---\nТекст\n");
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("yaml-syntax", d.rule());
        assertTrue(d.pos().line() >= 3, d.toString());
        assertTrue(d.toString().startsWith(dir.resolve("case.md") + ":"), d.toString());
    }

    @Test
    void duplicateKeyIsAnError() throws Exception {
        CaseException e = failing(FRONT.replace("language: ru\n", "language: ru\nlanguage: en\n") + "Текст\n");
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("yaml-duplicate-key", d.rule());
        assertEquals(4, d.pos().line());
        assertEquals(1, d.pos().column());
    }

    @Test
    void missingTitleNamesTheKey() throws Exception {
        CaseException e = failing(FRONT.replace("title:\n  ru: Заголовок\n  en: Title\n", "") + "Текст\n");
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.rule().equals("front-matter-missing")
                && d.message().contains("'title'") && d.pos().line() == 2), e.diagnostics().toString());
    }

    @Test
    void aSubtitleIsOptionalRichTextAndOnceGivenIsNeededInEachMetadataLanguage() throws Exception {
        assertTrue(read("Текст\n").meta().subtitle().isEmpty());
        Files.writeString(dir.resolve("case.md"),
                FRONT.replace("  en: Title\n", "  en: Title\nsubtitle:\n  ru: Ген *MECOM*\n  en: The *MECOM* gene\n") + "Текст\n");
        Diagnostics given = new Diagnostics();
        Manuscript m = CaseReader.read(dir, given).manuscript();
        assertTrue(given.all().isEmpty(), "a known key, no diagnostic: " + given.all());
        assertEquals("Ген MECOM", org.casereport.model.PlainText.of(m.meta().subtitle().get("ru")));
        assertInstanceOf(Inline.Emph.class, m.meta().subtitle().get("ru").get(1));
        assertInstanceOf(Inline.Emph.class, m.meta().subtitle().get("en").get(1));
        CaseException e = failing(FRONT.replace("  en: Title\n", "  en: Title\nsubtitle:\n  ru: Ген *MECOM*\n") + "Текст\n");
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.rule().equals("front-matter-missing")
                && d.message().contains("subtitle.en") && d.pos().line() == 8), e.diagnostics().toString());
    }

    @Test
    void missingEnglishAbstractIsAnError() throws Exception {
        CaseException e = failing(FRONT.replace("  en: Abstract.\n", "") + "Текст\n");
        assertTrue(e.diagnostics().stream().anyMatch(d -> d.message().contains("abstract.en")), e.diagnostics().toString());
    }

    @Test
    void unknownAffiliationKey() throws Exception {
        CaseException e = failing(FRONT.replace("affiliations: [a1]", "affiliations: [a2]") + "Текст\n");
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("front-matter-affiliation", d.rule());
        assertEquals(10, d.pos().line());
    }

    @Test
    void invalidDate() throws Exception {
        CaseException e = failing(FRONT.replace("2025-03-07", "07.03.2025") + "Текст\n");
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("front-matter-date", d.rule());
        assertEquals(22, d.pos().line());
        assertEquals(11, d.pos().column());
    }

    @Test
    void notUtf8() throws Exception {
        Files.write(dir.resolve("case.md"), (FRONT + "Текст\n").getBytes(java.nio.charset.Charset.forName("windows-1251")));
        CaseException e = assertThrows(CaseException.class, () -> CaseReader.read(dir, new Diagnostics()));
        assertEquals("encoding", e.diagnostics().get(0).rule());
    }

    @Test
    void noFrontMatter() throws Exception {
        CaseException e = failing("# Просто текст\n");
        assertEquals("front-matter", e.diagnostics().get(0).rule());
        assertEquals(1, e.diagnostics().get(0).pos().line());
    }

    @Test
    void referenceFileOutsideTheCaseIsRefused() throws Exception {
        CaseException e = failing(FRONT.replace("received:", "references: ../../../etc/passwd\nreceived:") + "Текст\n");
        Diagnostic d = e.diagnostics().get(0);
        assertEquals("path-outside-case", d.rule());
        assertEquals(22, d.pos().line());
    }

    @Test
    void missingReferenceFile() throws Exception {
        CaseException e = failing(FRONT.replace("received:", "references: refs.json\nreceived:") + "Текст\n");
        assertEquals("file-missing", e.diagnostics().get(0).rule());
    }

    @Test
    void javaTagsAreJustText() throws Exception {
        Files.writeString(dir.resolve("case.md"), FRONT.replace("journal: default", "journal: !!java.lang.Runtime default")
                + "Текст\n", StandardCharsets.UTF_8);
        Diagnostics d = new Diagnostics();
        Manuscript m = CaseReader.read(dir, d).manuscript();
        assertEquals("default", m.meta().journal());
    }

    /** Every block and inline knows where in case.md it starts, front matter lines counted. */
    @Test
    void everyBlockAndInlineCarriesItsPlaceInCaseMd() throws Exception {
        int first = FRONT.split("\n", -1).length;   // the body's first line, 1-based
        Manuscript m = read("# Введение\n\nТекст *курсив* и **жирный** `код`\nвторая строка H~2~O, 10^8^ [ссылка](https://example.org).\n\n"
                + "| A | B |\n|---|---|\n| ячейка | x |\n");
        Block.Heading h = assertInstanceOf(Block.Heading.class, m.body().get(0));
        assertEquals(first, h.pos().line());
        assertEquals(1, h.pos().column());
        assertEquals(new org.casereport.diag.SourcePos(dir.resolve("case.md").toString(), first, 3), h.content().get(0).pos());
        Block.Paragraph p = assertInstanceOf(Block.Paragraph.class, m.body().get(1));
        assertEquals(first + 2, p.pos().line());
        List<Inline> in = p.content();
        assertEquals("Текст ", ((Inline.Text) in.get(0)).text());
        assertEquals(List.of(first + 2, 1), List.of(in.get(0).pos().line(), in.get(0).pos().column()));
        Inline.Emph em = assertInstanceOf(Inline.Emph.class, in.get(1));
        assertEquals(7, em.pos().column());
        assertEquals(8, em.content().get(0).pos().column());
        Inline.Strong st = assertInstanceOf(Inline.Strong.class, in.get(3));
        assertEquals(18, st.pos().column());
        Inline.Code code = assertInstanceOf(Inline.Code.class, in.get(5));
        assertEquals(29, code.pos().column());
        // the soft line break joins the next line's text, which starts at the break
        Inline.Sub sub = (Inline.Sub) in.stream().filter(i -> i instanceof Inline.Sub).findFirst().orElseThrow();
        assertEquals(List.of(first + 3, 16), List.of(sub.pos().line(), sub.pos().column()));
        Inline.Sup sup = (Inline.Sup) in.stream().filter(i -> i instanceof Inline.Sup).findFirst().orElseThrow();
        assertEquals(List.of(first + 3, 24), List.of(sup.pos().line(), sup.pos().column()));
        Inline.Link link = (Inline.Link) in.stream().filter(i -> i instanceof Inline.Link).findFirst().orElseThrow();
        assertEquals(List.of(first + 3, 28), List.of(link.pos().line(), link.pos().column()));
        assertEquals(29, link.content().get(0).pos().column());
        Block.Table t = assertInstanceOf(Block.Table.class, m.body().get(2));
        assertEquals(first + 5, t.pos().line());
        Inline cell = t.rows().get(1).get(0).get(0);
        assertEquals(List.of(first + 7, 3), List.of(cell.pos().line(), cell.pos().column()));
    }
}
