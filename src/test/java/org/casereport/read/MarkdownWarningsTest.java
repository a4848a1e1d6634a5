package org.casereport.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Block;
import org.casereport.model.Inline;
import org.casereport.model.Manuscript;
import org.casereport.model.Walk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Nothing the writers cannot print is dropped or changed in silence: each Markdown construct they have no form for
 * is a warning at its line and column that says what to write, and the front matter's texts go through the body's
 * own inline conversion. The body's sentences are the example case's (cases/venetoclax-aml-after-neuroblastoma).
 * Before: a strikethrough printed plain, a thematic break vanished, a javascript: or file: link lost its address,
 * a reference-style link [text][ref] lost its link, raw HTML and task boxes printed as text, a definition list ran
 * into one paragraph, a fifth-level heading printed as a third — all without a word, and a list from 5 printed from 1;
 * and a front-matter field read its own way (an autolinked e-mail stayed "<name@…>" text there, a link there in
 * the body).
 */
class MarkdownWarningsTest {
    @TempDir
    Path dir;

    record Read(Manuscript m, List<Diagnostic> diagnostics) {
        /** "line:col rule" of each warning. */
        List<String> warnings() {
            return diagnostics.stream().map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.rule()).toList();
        }

        Diagnostic first(String rule) {
            return diagnostics.stream().filter(d -> d.rule().equals(rule)).findFirst().orElseThrow(() -> new AssertionError(rule + " in " + diagnostics));
        }
    }

    private Read read(String front, String body) throws Exception {
        Files.writeString(dir.resolve("case.md"), front + body);
        Diagnostics d = new Diagnostics();
        Manuscript m = CaseReader.read(dir, d).manuscript();
        assertFalse(d.hasErrors(), d.all().toString());
        return new Read(m, d.all());
    }

    private Read body(String body) throws Exception {
        return read(CaseReaderTest.FRONT, body);
    }

    /** The line of case.md on which the body's line {@code i} (0-based) stands. */
    private static int line(int i) {
        return (int) CaseReaderTest.FRONT.lines().count() + 1 + i;
    }

    @Test
    void strikethroughPrintsPlainWithAWarningAtIt() throws Exception {
        Read r = body("Вторичный ОМЛ встречается ~~часто~~ редко.\n");
        assertEquals(List.of(line(0) + ":27 markdown-unsupported"), r.warnings());
        assertTrue(r.first("markdown-unsupported").message().contains("delete the text, or the ~~"));
        assertEquals("Вторичный ОМЛ встречается часто редко.", Walk.text(((Block.Paragraph) r.m().body().get(0)).content()));
    }

    @Test
    void aThematicBreakIsNotPrintedAndSaysSo() throws Exception {
        Read r = body("Первый абзац.\n\n***\n\nВторой абзац.\n\n- - -\n");
        assertEquals(List.of(line(2) + ":1 markdown-unsupported", line(6) + ":1 markdown-unsupported"), r.warnings());
        assertEquals(2, r.m().body().size());
    }

    @Test
    void aLinkToAnythingButHttpOrMailtoKeepsItsTextAndIsWarned() throws Exception {
        Read r = body("Смотри [протокол](javascript:alert(1)), [файл](file:///etc/passwd) и [раздел](#обсуждение);"
                + " [PubMed](https://pubmed.ncbi.nlm.nih.gov/) остаётся ссылкой.\n");
        assertEquals(List.of(line(0) + ":8 markdown-link", line(0) + ":41 markdown-link", line(0) + ":70 markdown-link"), r.warnings());
        assertTrue(r.first("markdown-link").message().contains("a link to 'javascript:alert(1)' is not printed as a link"));
        List<Inline> in = ((Block.Paragraph) r.m().body().get(0)).content();
        List<Inline.Link> links = in.stream().filter(i -> i instanceof Inline.Link).map(i -> (Inline.Link) i).toList();
        assertEquals(List.of("https://pubmed.ncbi.nlm.nih.gov/"), links.stream().map(Inline.Link::url).toList());
        assertTrue(Walk.text(in).startsWith("Смотри протокол, файл и раздел; PubMed"), Walk.text(in));
    }

    @Test
    void aReferenceStyleLinkKeepsItsAddress() throws Exception {
        Read r = body("Критерии [HLH-2004][hlh] применяются и у взрослых.\n\n[hlh]: https://doi.org/10.1002/pbc.21039\n");
        assertEquals(List.of(), r.warnings());
        Inline.Link link = (Inline.Link) ((Block.Paragraph) r.m().body().get(0)).content().stream()
                .filter(i -> i instanceof Inline.Link).findFirst().orElseThrow();
        assertEquals("https://doi.org/10.1002/pbc.21039", link.url());
        assertEquals("HLH-2004", Walk.text(link.content()));
    }

    @Test
    void rawHtmlAndCommentsPrintAsTextWithAWarningSayingWhatToWrite() throws Exception {
        Read r = body("Тромбоциты 23 × 10<sup>9</sup>/л.\n\n<!-- проверить дозу -->\n\n<div>блок</div>\n");
        assertEquals(List.of(line(0) + ":19 markdown-html", line(0) + ":25 markdown-html", line(2) + ":1 markdown-html",
                line(4) + ":1 markdown-html"), r.warnings());
        assertTrue(r.first("markdown-html").message().contains("'<sup>' prints as the text it is; write Markdown instead (*italic*, **bold**, 10^9^"));
        assertTrue(r.diagnostics().get(2).message().contains("an HTML comment is printed as text: delete it"));
        assertEquals("Тромбоциты 23 × 10<sup>9</sup>/л.", Walk.text(((Block.Paragraph) r.m().body().get(0)).content()));
    }

    @Test
    void taskBoxesDefinitionListsAndDeepHeadingsAreWarnedAndAListFromFiveStartsAtFive() throws Exception {
        Read r = body("""
                - [ ] проверить ферритин
                - [x] миелограмма

                Венетоклакс
                : ингибитор BCL-2

                ##### Пятый уровень

                5. пятый пункт
                6. шестой пункт
                """);
        assertEquals(List.of(line(0) + ":3 markdown-unsupported", line(1) + ":3 markdown-unsupported",
                line(4) + ":1 markdown-unsupported", line(6) + ":1 markdown-unsupported"),
                r.warnings());
        assertTrue(r.diagnostics().get(2).message().contains("a definition list"), r.diagnostics().get(2).message());
        assertTrue(r.diagnostics().get(3).message().contains("a heading of level 5 prints as one of level 3"));
        Block.ListBlock fromFive = (Block.ListBlock) r.m().body().get(r.m().body().size() - 1);
        assertEquals(5, fromFive.start());
    }

    @Test
    void entitiesAndEscapesAreText() throws Exception {
        Read r = body("Ремиссия &mdash; полная; AT&amp;T; \\*не курсив\\*; 25\\ мг.\n");
        assertEquals(List.of(), r.warnings());
        assertEquals("Ремиссия — полная; AT&T; *не курсив*; 25\u00A0мг.", Walk.text(((Block.Paragraph) r.m().body().get(0)).content()));
    }

    /** The inlines without their places: "Text(…)", "Emph[…]", "Link(url)[…]". */
    static String shape(List<Inline> in) {
        return in.stream().map(MarkdownWarningsTest::shape).collect(Collectors.joining());
    }

    static String shape(Inline i) {
        if (i instanceof Inline.Text t) return "Text(" + t.text() + ")";
        if (i instanceof Inline.Emph e) return "Emph[" + shape(e.content()) + "]";
        if (i instanceof Inline.Strong s) return "Strong[" + shape(s.content()) + "]";
        if (i instanceof Inline.Sup s) return "Sup[" + shape(s.content()) + "]";
        if (i instanceof Inline.Sub s) return "Sub[" + shape(s.content()) + "]";
        if (i instanceof Inline.Code c) return "Code(" + c.text() + ")";
        if (i instanceof Inline.Link l) return "Link(" + l.url() + ")[" + shape(l.content()) + "]";
        return i.getClass().getSimpleName();
    }

    @Test
    void theFrontMatterAndTheBodyConvertInlineMarkdownAlike() throws Exception {
        String md = "*KMT2A*-ассоциированный ОМЛ: H~2~O, 10^9^/л, 25\\ мг, \\*не курсив\\*, AT&amp;T, ~~ошибка~~,"
                + " <https://doi.org/10.1002/pbc.21039>, <antoshin@example.org>, [файл](file:///etc/passwd)";
        String front = CaseReaderTest.FRONT.replace("  ru: Заголовок\n", "  ru: '" + md + "'\n");
        Read r = read(front, md + "\n");
        List<Inline> title = r.m().meta().title().get("ru");
        List<Inline> body = ((Block.Paragraph) r.m().body().get(0)).content();
        assertEquals(shape(body), shape(title));
        assertTrue(shape(title).contains("Link(mailto:antoshin@example.org)[Text(antoshin@example.org)]"), shape(title));
        assertTrue(shape(title).contains("/л, 25\u00A0мг, *не курсив*, AT&T, ошибка, )"), shape(title));
        // the same warnings, the front matter's at its field
        List<String> rules = r.diagnostics().stream().map(Diagnostic::rule).sorted().toList();
        assertEquals(List.of("markdown-link", "markdown-link", "markdown-unsupported", "markdown-unsupported"), rules);
        Diagnostic inTitle = r.diagnostics().stream().filter(d -> d.pos().line() == 5).findFirst().orElseThrow();
        assertEquals(7, inTitle.pos().column());
    }

    @Test
    void everyFrontMatterKeyTheWritersDoNotPrintIsWarnedAtItsPlace() throws Exception {
        String front = CaseReaderTest.FRONT
                .replace("  en: Title\n", "  en: Title\n  de: Titel\n")
                .replace("    en: Hospital\n", "    en: Hospital\n    city: Москва\n")
                .replace("  en: [one, two, three]\n", "  en: [one, two, three]\n  fr: [un]\n")
                .replace("    initials: {ru: И.И., en: I.I.}\n", "    initials: {ru: И.И., en: I.I.}\n"
                        + "    degrees: {ru: канд. мед. наук, en: Cand. Sci. (Med.), de: Dr. med.}\n")
                .replace("received:", "checks:\n  enable: [typo-quotes]\nreceived:");
        Read r = read(front, "Текст.\n");
        List<String> unknown = r.diagnostics().stream().filter(d -> d.rule().equals("front-matter-unknown-key"))
                .sorted(java.util.Comparator.comparingInt((Diagnostic d) -> d.pos().line()))
                .map(d -> d.pos().line() + ":" + d.pos().column() + " " + d.message().replaceFirst(" \\(known.*", "")).toList();
        String[] lines = front.split("\n", -1);
        assertEquals(List.of(
                at(lines, "  de: Titel") + ":3 unknown key 'de' of 'title'",
                at(lines, "    degrees:") + ":59 unknown key 'de' of 'authors.0.degrees'",
                at(lines, "    city:") + ":5 unknown key 'city' of an affiliation",
                at(lines, "  fr: [un]") + ":3 unknown key 'fr' of 'keywords'",
                at(lines, "  enable:") + ":3 unknown key 'enable' of 'checks'"), unknown);
        assertInstanceOf(Block.Paragraph.class, r.m().body().get(0));
    }

    private static int at(String[] lines, String start) {
        for (int i = 0; i < lines.length; i++) if (lines[i].startsWith(start)) return i + 1;
        throw new AssertionError(start);
    }
    /**
     * Found writing a case from the docs alone (test resource cases/hemangioma-laser, from a published Russian case
     * report): a footnote of two paragraphs and a list printed as one run of text, the list's markers gone; a list
     * written "1)" printed "1."; "см. @tbl-x" printed "См. Табл. 2", the abbreviation's stop read as a sentence end.
     */
    @Test
    void aFootnoteOfSeveralBlocksIsWarnedAtEachBlockAfterTheFirst() throws Exception {
        Read r = body("Доза подобрана по ЧСС[^1].\n\n[^1]: Первый абзац сноски.\n\n    Второй абзац сноски.\n\n    - пункт в сноске.\n");
        assertEquals(List.of(line(4) + ":5 markdown-unsupported", line(6) + ":5 markdown-unsupported"), r.warnings());
        assertTrue(r.diagnostics().get(1).message().contains("a list in a footnote prints as running text"), r.diagnostics().toString());
        assertEquals("Первый абзац сноски. Второй абзац сноски. пункт в сноске.", Walk.text(r.m().footnotes().get(0).content()));
    }

    @Test
    void aListWrittenWithParenthesesIsWarnedThatItPrintsWithStops() throws Exception {
        Read r = body("Приём препарата:\n\n1) утром;\n2) вечером.\n\nИ дальше:\n\n1. днём.\n");
        assertEquals(List.of(line(2) + ":1 markdown-unsupported"), r.warnings());
        assertTrue(r.first("markdown-unsupported").message().contains("write \"1.\""));
    }

    @Test
    void aReferenceAfterAnAbbreviationIsNotCapitalised() throws Exception {
        Read r = body("Динамика показана на рис. 1 (см. @fig-a), ср. @fig-a, т. е. @fig-a. @fig-a показывает рост. e.g. @fig-a.\n");
        List<Boolean> capitals = new java.util.ArrayList<>();
        for (Inline i : ((Block.Paragraph) r.m().body().get(0)).content()) if (i instanceof Inline.FigRef f) capitals.add(f.capital());
        assertEquals(List.of(false, false, false, true, false), capitals);
    }
}
