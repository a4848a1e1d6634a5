package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.SourcePos;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each printed entry is built from its own record only: a property over generated lists of records with fields left
 * out at random (seeded, so a failure is rerun by its seed), in every shipped style. Every record is either printed
 * with its own distinctive words and none of another record's, or refused with an error at its own position; a record
 * with author, title, year (and journal, for an article) is always printed.
 */
class EntryIntegrityTest {
    private static final String[] TYPES = {"article-journal", "book", "chapter", "webpage", "thesis", "report", "paper-conference"};
    private static final String LATIN = "bcdfghjklmnpqrstvwxz";
    private static final String CYRILLIC = "бвгджзклмнпрстфхцчшщ";

    /** Every journal folder under templates/ (those with a journal.yaml). */
    static List<String> styles() {
        try (Stream<Path> s = Files.list(TestSupport.ROOT.resolve("templates"))) {
            return s.filter(p -> Files.exists(p.resolve("journal.yaml"))).map(p -> p.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    static Stream<Arguments> cases() {
        List<Arguments> out = new ArrayList<>();
        for (String style : styles()) {
            for (long seed = 1; seed <= 12; seed++) out.add(Arguments.of(style, seed));
        }
        return out.stream();
    }

    /** One generated record and the words only it holds, per printed version. */
    private record Generated(Reference ref, List<String> originalWords, List<String> latinWords, boolean complete) {
    }

    @ParameterizedTest(name = "{0}, seed {1}")
    @MethodSource("cases")
    void everyEntryHoldsItsOwnRecordAndNoOther(String style, long seed) {
        Random rnd = new Random(seed * 7919 + style.hashCode());
        Set<String> used = new java.util.HashSet<>();
        List<Generated> gen = new ArrayList<>();
        for (int i = 0; i < 40; i++) gen.add(generate(rnd, i, used));
        Diagnostics d = new Diagnostics();
        List<FormattedReference> out = Bibliography.format(TestSupport.journal(style), gen.stream().map(Generated::ref).toList(), d);
        Map<String, FormattedReference> byId = new HashMap<>();
        for (FormattedReference f : out) assertTrue(byId.put(f.id(), f) == null, "printed twice: " + f.id());
        Map<SourcePos, List<Diagnostic>> errors = d.all().stream().filter(x -> x.severity() == org.casereport.diag.Severity.ERROR)
                .collect(Collectors.groupingBy(Diagnostic::pos));
        for (int i = 0; i < gen.size(); i++) {
            Generated g = gen.get(i);
            FormattedReference f = byId.get(g.ref().id());
            String where = "seed " + seed + ", style " + style + ", record " + (i + 1) + " " + g.ref().csl();
            if (f == null) {
                assertTrue(errors.containsKey(g.ref().pos()), "not printed and no error at its position: " + where + "\n" + TestSupport.show(d));
                assertFalse(g.complete(), "a complete record was refused: " + where + "\n" + TestSupport.show(d));
                continue;
            }
            assertEquals(i + 1, f.number(), where);
            assertFalse(errors.containsKey(g.ref().pos()), "printed although refused: " + where);
            for (String w : g.originalWords()) assertTrue(f.original().contains(w), "original lacks its own \"" + w + "\": " + f.original() + "\n" + where);
            for (String w : g.latinWords()) assertTrue(f.latin().contains(w), "Latin version lacks its own \"" + w + "\": " + f.latin() + "\n" + where);
            assertFalse(f.text().matches("(?s).*\\bnull\\b.*"), "prints null: " + f.text());
            for (int j = 0; j < gen.size(); j++) {
                if (j == i) continue;
                Generated other = gen.get(j);
                for (String w : concat(other.originalWords(), other.latinWords())) {
                    assertFalse(f.text().contains(w), "entry " + (i + 1) + " holds \"" + w + "\" of record " + (j + 1) + ": " + f.text() + "\n" + where);
                }
            }
        }
    }

    /** The defect this guards against: an empty Russian original used to shift every later original by one. */
    @Test
    void anEmptyRussianRecordIsAnErrorAtItsPositionAndShiftsNothing() {
        List<Reference> refs = List.of(
                ru("a", "Иванов", "Первая статья", "First article"),
                new Reference("w", new LinkedHashMap<>(Map.of("id", "w", "type", "webpage", "language", "ru")), SourcePos.file("refs.json").at(9, 3)),
                ru("b", "Петров", "Вторая статья", "Second article"),
                ru("c", "Сидоров", "Третья статья", "Third article"));
        for (String style : styles()) {
            Diagnostics d = new Diagnostics();
            List<FormattedReference> out = Bibliography.format(TestSupport.journal(style), refs, d);
            assertEquals(List.of("a", "b", "c"), out.stream().map(FormattedReference::id).toList(), style);
            assertEquals(List.of(1, 3, 4), out.stream().map(FormattedReference::number).toList(), style);
            assertTrue(out.get(1).original().contains("Петров") && out.get(1).latin().contains("Second article"), out.get(1).text());
            assertTrue(out.get(2).original().contains("Сидоров") && out.get(2).latin().contains("Third article"), out.get(2).text());
            List<Diagnostic> errs = d.all().stream().filter(x -> x.rule().equals("ref-format")).toList();
            assertEquals(1, errs.size(), style + ": " + TestSupport.show(d));
            assertEquals("refs.json:9:3", errs.get(0).pos().toString(), style);
            assertTrue(errs.get(0).message().contains("reference 2 \"w\""), errs.get(0).message());
        }
    }

    private static Reference ru(String id, String family, String title, String titleEn) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("type", "article-journal");
        m.put("language", "ru");
        m.put("author", List.of(Map.of("family", family, "given", "И.И.")));
        m.put("title", title);
        m.put("container-title", "Журнал");
        m.put("issued", Map.of("date-parts", List.of(List.of(2019))));
        m.put("volume", "1");
        m.put("page", "1-5");
        m.put("custom", Map.of("title-en", titleEn));
        return new Reference(id, m, SourcePos.file("refs.json").at(1, 1));
    }

    private static Generated generate(Random rnd, int i, Set<String> used) {
        boolean russian = rnd.nextInt(3) == 0;
        String type = TYPES[rnd.nextInt(TYPES.length)];
        Map<String, Object> m = new LinkedHashMap<>();
        String id = "r" + i;
        m.put("id", id);
        m.put("type", type);
        if (russian) m.put("language", "ru");
        List<String> orig = new ArrayList<>();
        List<String> lat = new ArrayList<>();
        boolean hasAuthor = rnd.nextInt(10) < 7;
        boolean hasTitle = rnd.nextInt(10) < 7;
        boolean hasYear = rnd.nextInt(10) < 7;
        boolean hasContainer = rnd.nextInt(10) < 7;
        if (hasAuthor) {
            String family = capital(word(rnd, russian ? CYRILLIC : LATIN, used));
            m.put("author", List.of(Map.of("family", family, "given", russian ? "Иван" : "John")));
            orig.add(family);
            if (!russian) lat.add(family);
        }
        Map<String, Object> custom = new LinkedHashMap<>();
        if (hasTitle) {
            String t = capital(word(rnd, russian ? CYRILLIC : LATIN, used));
            m.put("title", t + " " + (russian ? "исследование" : "study"));
            orig.add(t);
            if (russian) {
                String en = capital(word(rnd, LATIN, used));
                custom.put("title-en", en + " study");
                lat.add(en);
            } else {
                lat.add(t);
            }
        }
        if (hasContainer) {
            String c = capital(word(rnd, russian ? CYRILLIC : LATIN, used));
            m.put("container-title", c + (russian ? " журнал" : " Journal"));
            if (type.equals("article-journal")) {
                orig.add(c);
                if (!russian) lat.add(c);
            }
        }
        if (hasYear) m.put("issued", Map.of("date-parts", List.of(List.of(1950 + rnd.nextInt(70)))));
        if (rnd.nextBoolean()) m.put("volume", Integer.toString(1 + rnd.nextInt(90)));
        if (rnd.nextBoolean()) m.put("page", (10 + rnd.nextInt(50)) + "-" + (70 + rnd.nextInt(20)));
        if (rnd.nextInt(4) == 0) m.put("URL", "https://example.org/" + word(rnd, LATIN, used));
        if (rnd.nextInt(4) == 0) m.put("publisher", russian ? "Медицина" : "Springer");
        if (!custom.isEmpty()) m.put("custom", custom);
        boolean complete = hasAuthor && hasTitle && hasYear && (hasContainer || !type.equals("article-journal"))
                && (!type.equals("article-journal") || (m.containsKey("volume") && m.containsKey("page")));
        return new Generated(new Reference(id, m, SourcePos.file("generated.json").at(i + 1, 1)), orig, lat, complete);
    }

    private static String word(Random rnd, String letters, Set<String> used) {
        while (true) {
            StringBuilder sb = new StringBuilder();
            for (int k = 0; k < 7; k++) sb.append(letters.charAt(rnd.nextInt(letters.length())));
            if (used.add(sb.toString())) return sb.toString();
        }
    }

    private static String capital(String s) {
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
