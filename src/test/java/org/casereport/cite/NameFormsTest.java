package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.SourcePos;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Names in every written form, et al. for any script, an author's own Latin spelling, a Russian source known only in
 * Latin script, journals without volumes — each the input that used to come out wrong.
 */
class NameFormsTest {
    private static Map<String, Object> article(String id, String language, List<Map<String, Object>> authors, String title) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", id);
        m.put("type", "article-journal");
        if (language != null) m.put("language", language);
        m.put("author", authors);
        m.put("title", title);
        m.put("container-title", "Blood");
        m.put("issued", Map.of("date-parts", List.of(List.of(2019))));
        m.put("volume", "134");
        m.put("page", "10-15");
        return m;
    }

    private static FormattedReference one(String journal, Map<String, Object> csl, Diagnostics d) {
        return TestSupport.formatOne(journal, csl, d);
    }

    /** "GM" used to lose its second letter; "TYu" its digraph; "Ju.P." (Ю as some journals transliterate it) its "u". */
    @ParameterizedTest(name = "{0} → {1} / {2}")
    @CsvSource(delimiter = '|', value = {
            "GM|Smith G.M.|Smith GM",
            "G.M.|Smith G.M.|Smith GM",
            "G. M.|Smith G.M.|Smith GM",
            "Georgy Mikhailovich|Smith G.M.|Smith GM",
            "TYu|Smith T.Yu.|Smith TYu",
            "T.Yu.|Smith T.Yu.|Smith TYu",
            "Kh.|Smith Kh.|Smith Kh",
            "Ju.P.|Smith Ju.P.|Smith JuP",
            "Ju. P.|Smith Ju.P.|Smith JuP",
            "Jane A.|Smith J.A.|Smith JA",
    })
    void initialsInEveryWrittenForm(String given, String house, String nlm) {
        Map<String, Object> csl = article("a", "en", List.of(Map.of("family", "Smith", "given", given)), "Title");
        assertTrue(one("default", csl, new Diagnostics()).text().startsWith(house + " Title."), one("default", csl, new Diagnostics()).text());
        assertTrue(one("nlm", csl, new Diagnostics()).text().startsWith(nlm + ". Title."), one("nlm", csl, new Diagnostics()).text());
    }

    /**
     * A hyphenated given name written as initials, as «ВИЧ-инфекция и иммуносупрессии» prints "Bouillon-Minoisa J.-B." and
     * "Tang Y.-W." (hiv.bmoc-spb.ru/jour/article/view/605): GOST (initialize-with-hyphen, CSL's default) keeps the hyphen;
     * the house style and NLM, which set it false, print both initials without it.
     */
    @Test
    void hyphenatedInitialsKeepTheirHyphenWhereTheStyleDoes() {
        Map<String, Object> csl = article("a", "en", List.of(Map.of("family", "Bouillon-Minoisa", "given", "J.-B."),
                Map.of("family", "Tang", "given", "Y.-W.")), "Title");
        String gost = one("gost", csl, new Diagnostics()).text();
        assertTrue(gost.startsWith("Bouillon-Minoisa J.-B., Tang Y.-W. Title"), gost);
        String house = one("default", csl, new Diagnostics()).text();
        assertTrue(house.startsWith("Bouillon-Minoisa J.B., Tang Y.W. Title."), house);
        String nlm = one("nlm", csl, new Diagnostics()).text();
        assertTrue(nlm.startsWith("Bouillon-Minoisa JB, Tang YW. Title."), nlm);
    }

    @Test
    void packedCyrillicInitialsAreKept() {
        Map<String, Object> csl = article("a", "ru", List.of(Map.of("family", "Иванов", "given", "ГМ")), "Статья");
        csl.put("custom", Map.of("title-en", "Article"));
        FormattedReference f = one("default", csl, new Diagnostics());
        assertTrue(f.original().startsWith("Иванов Г.М. Статья."), f.original());
        assertTrue(f.latin().startsWith("Ivanov G.M. Article."), f.latin());
    }

    /** "et al." used to be dropped for Latin-script names even with authors-truncated. */
    @Test
    void etAlForLatinScriptNamesWhenTheSourceTruncated() {
        Map<String, Object> csl = article("a", "en", List.of(Map.of("family", "Smith", "given", "John"), Map.of("family", "Doe", "given", "Jane A.")), "Title");
        csl.put("custom", Map.of("authors-truncated", true));
        assertTrue(one("default", csl, new Diagnostics()).text().startsWith("Smith J., Doe J.A. et al. Title."), one("default", csl, new Diagnostics()).text());
        // NLM puts its delimiter before et al. (as its own "… Nikšić M, et al." does); the house style does not
        assertTrue(one("nlm", csl, new Diagnostics()).text().startsWith("Smith J, Doe JA, et al. Title."), one("nlm", csl, new Diagnostics()).text());
    }

    /** The author's own Latin spelling (Yuriev), not the system's (Yur'ev / Yuryev). */
    @Test
    void authorsOwnLatinSpellingIsUsedInsteadOfTransliteration() {
        Map<String, Object> csl = article("a", "ru", List.of(Map.of("family", "Юрьев", "given", "Тимур Юрьевич"), Map.of("family", "Щукин", "given", "В.В.")), "Статья");
        csl.put("custom", Map.of("title-en", "Article", "authors-latin", List.of(Map.of("family", "Yuriev", "given", "Timur Yu."))));
        FormattedReference f = one("nlm", csl, new Diagnostics());
        assertTrue(f.original().startsWith("Юрьев ТЮ, Щукин ВВ. Статья."), f.original());
        assertTrue(f.latin().startsWith("Yuriev TYu, Shchukin VV. Article."), f.latin());
    }

    /** A Russian source given only in English used to be printed twice, with a warning about its English title. */
    @Test
    void russianSourceKnownOnlyInEnglishIsPrintedOnceWithInRuss() {
        Map<String, Object> csl = article("a", "ru", List.of(Map.of("family", "Ivanov", "given", "I.I.")), "Results of treatment");
        csl.put("container-title", "Pediatric Hematology/Oncology and Immunopathology");
        for (String journal : List.of("default", "nlm")) {
            Diagnostics d = new Diagnostics();
            FormattedReference f = one(journal, csl, d);
            assertTrue(d.all().isEmpty(), TestSupport.show(d));
            assertTrue(f.text().endsWith(" (In Russ.)"), f.text());
            assertFalse(f.text().contains("["), f.text());
            assertEquals(f.original(), f.latin());
        }
    }

    /** "2019;5(12):10–15" and "2019;(3):88–97" used to be refused for lack of a volume. */
    @Test
    void journalsWithoutVolumes() {
        Map<String, Object> csl = article("a", "en", List.of(Map.of("family", "Smith", "given", "J.")), "Title");
        csl.remove("volume");
        csl.put("issue", "5(12)");
        Diagnostics d = new Diagnostics();
        Bibliography.check(List.of(new Reference("a", csl, SourcePos.file("r.json").at(1, 1))), 2026, d);
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
        assertEquals("Smith J. Title. Blood. 2019;5(12):10–5.", one("default", csl, d).text());
        csl.put("issue", "3");
        assertEquals("Smith J. Title. Blood. 2019;(3):10–5.", one("default", csl, d).text());
    }

    /** BGN output used to hold ICU's middle dot ("Sovet·skaya"); no system leaves a non-Latin letter. */
    @ParameterizedTest(name = "{0}: {1} → {2}")
    @CsvSource({
            "bgn,Детская,Detskaya",
            "bgn,Советская,Sovetskaya",
            "bgn,Шахматы,Shakhmaty",
            "bsi,Юрьев,Yur'ev",
            "lc,Юрьев,Iur'ev",
            "lc,Ярославль,Iaroslavl'",
            "bgn,Київ,Kiiv",
            "bsi,Київ,Kiiv",
    })
    void transliterationStaysInLatinScript(String system, String cyrillic, String latin) {
        String out = Transliteration.of(system).latin(cyrillic);
        assertEquals(latin, out);
        assertTrue(out.codePoints().allMatch(c -> c < 0x80), out);
    }

    /** Corporate authors in every shipped style: printed as written (transliterated in a Latin version), never inverted or initialised. */
    @ParameterizedTest(name = "{0} in {1}")
    @CsvSource(delimiter = '|', value = {
            "World Health Organization|default", "World Health Organization|nlm", "World Health Organization|gost",
            "Российское общество детских онкологов|default", "Российское общество детских онкологов|nlm", "Российское общество детских онкологов|gost",
            "Минздрав России|default", "Минздрав России|nlm", "Минздрав России|gost",
            "Всемирная Организация Здравоохранения|default", "Всемирная Организация Здравоохранения|nlm", "Всемирная Организация Здравоохранения|gost",
    })
    void corporateAuthorsArePrintedAsWritten(String body, String journal) {
        boolean russian = body.codePoints().anyMatch(c -> Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC);
        for (Map<String, Object> name : List.<Map<String, Object>>of(Map.of("literal", body), Map.of("family", body))) {
            Map<String, Object> csl = article("a", russian ? "ru" : "en", List.of(name), russian ? "Статья" : "Title");
            if (russian) csl.put("custom", Map.of("title-en", "Article"));
            FormattedReference f = one(journal, csl, new Diagnostics());
            assertTrue(f.original().startsWith(body + ". "), journal + " " + name + ": " + f.original());
            String latin = russian ? Transliteration.of("bgn").latin(body) : body;
            String[] words = latin.split(" ");
            // the first word starts the entry and every word is there whole: no "Organization W.H.", no "Минздрав Р."
            assertTrue(f.latin().startsWith(words[0].substring(0, 3)), journal + " " + name + ": " + f.latin());
            for (String w : words) assertTrue(f.latin().contains(w.substring(0, Math.min(4, w.length()))), journal + " " + name + ": " + f.latin());
            assertFalse(f.latin().matches("^\\S+ \\p{Lu}\\.?\\p{Lu}?\\.? .*"), journal + " " + name + ": initialised: " + f.latin());
        }
    }

    /** A person written as one Cyrillic string: surname, given name, patronymic, or surname and initials. */
    @Test
    void cyrillicPersonAsOneString() {
        for (String lit : List.of("Иванов Иван Иванович", "Иванов И.И.")) {
            Map<String, Object> csl = article("a", "ru", List.of(Map.of("literal", lit)), "Статья");
            csl.put("custom", Map.of("title-en", "Article"));
            assertTrue(one("default", csl, new Diagnostics()).original().startsWith("Иванов И.И. Статья."), lit);
        }
    }
}
