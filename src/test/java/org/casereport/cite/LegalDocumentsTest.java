package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.Severity;
import org.casereport.model.FormattedReference;
import org.junit.jupiter.api.Test;

/**
 * Legal acts and standards in every shipped style: an act named by its title keeps its kind, date and number (genre), a
 * standard its designation and publisher. The values are those of the published records fz323, rosstat800 and
 * gostr7100 (src/test/resources/references/types/published-types.json, sources there), some written out in full here.
 */
class LegalDocumentsTest {
    private static final List<String> STYLES = List.of("default", "nlm", "gost");

    private static Map<String, Object> law() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", "fz323");
        r.put("type", "legislation");
        r.put("language", "ru");
        r.put("title", "Об основах охраны здоровья граждан в Российской Федерации");
        r.put("genre", "Федеральный закон от 21.11.2011 № 323-ФЗ");
        r.put("issued", Map.of("date-parts", List.of(List.of(2011, 11, 21))));
        // no custom.genre-en: the Latin kind, date and number are written by Genres
        r.put("custom", Map.of("title-en", "On the basics of protecting the health of citizens in the Russian Federation"));
        return r;
    }

    @Test
    void anActKeepsItsKindDateAndNumberInEveryStyle() {
        for (String style : STYLES) {
            for (String type : List.of("legislation", "regulation")) {
                Map<String, Object> r = law();
                r.put("type", type);
                Diagnostics d = new Diagnostics();
                FormattedReference f = TestSupport.formatOne(style, r, d);
                assertTrue(f.original().contains("Федеральный закон от 21.11.2011 № 323-ФЗ"), style + " " + type + ": " + f.original());
                assertTrue(f.latin().contains("Federal Law of November 21, 2011 No. 323-FZ"), style + " " + type + ": " + f.latin());
                assertFalse(d.all().stream().anyMatch(x -> x.severity() == Severity.ERROR), TestSupport.show(d));
            }
        }
    }

    @Test
    void nlmWritesTheDayOfAnActsDateAfterTheMonth() {
        Diagnostics d = new Diagnostics();
        FormattedReference f = TestSupport.formatOne("nlm", law(), d);
        assertTrue(f.latin().contains("Nov 21, 2011"), f.latin());
        assertFalse(f.latin().contains("Nov21"), f.latin());
    }

    @Test
    void aStandardIsHeadedByItsDesignationAndKeepsItsPublisher() {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("id", "gostr7100");
        r.put("type", "standard");
        r.put("language", "ru");
        r.put("number", "ГОСТ Р 7.0.100–2018");
        r.put("title", "Библиографическая запись. Библиографическое описание: общие требования и правила составления");
        r.put("publisher-place", "Москва");
        r.put("publisher", "Стандартинформ");
        r.put("issued", Map.of("date-parts", List.of(List.of(2018))));
        r.put("custom", Map.of("title-en", "Bibliographic record. Bibliographic description. General requirements and rules"));
        for (String style : STYLES) {
            Diagnostics d = new Diagnostics();
            FormattedReference f = TestSupport.formatOne(style, r, d);
            assertTrue(f.original().startsWith("ГОСТ Р 7.0.100–2018. Библиографическая запись"), style + ": " + f.original());
            assertTrue(f.original().contains("Стандартинформ") && f.original().contains("Москва"), style + ": " + f.original());
            assertTrue(f.latin().startsWith("GOST R 7.0.100–2018. "), style + ": " + f.latin());
            assertTrue(f.latin().contains("Standartinform"), style + ": " + f.latin());
            assertEquals(1, f.original().split("7\\.0\\.100", -1).length - 1, style + ": the designation once: " + f.original());
        }
    }
}
