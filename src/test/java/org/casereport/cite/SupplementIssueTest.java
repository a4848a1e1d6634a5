package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostics;
import org.casereport.model.FormattedReference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A supplement or part of a numbered issue stays inside the issue's parentheses; a supplement of the volume follows it
 * after a space. The three records are the "Volume with supplement", "Issue with supplement" and "Issue with part" samples
 * of the Uniform Requirements' formatted references, as a journal's reference-format page quotes them
 * (https://de.scribd.com/document/207116649/AP-Mr-Format: "Semin Oncol 1996;23(1 Suppl 2):89-97", "Environ Health Perspect
 * 1994;102(Suppl 1):275-82", "N Z Med J 1994;107(986 Pt 1):377-8"). The house style printed the first and the third as
 * "1996;23 1 Suppl 2:89–97": its CSL puts any issue that is not a number after a space.
 */
class SupplementIssueTest {

    private static FormattedReference one(String journal, String volume, String issue) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", "a");
        m.put("type", "article-journal");
        m.put("language", "en");
        m.put("author", List.of(Map.of("family", "Payne", "given", "DK")));
        m.put("title", "Title");
        m.put("container-title", "Seminars in Oncology");
        m.put("container-title-short", "Semin Oncol");
        m.put("issued", Map.of("date-parts", List.of(List.of(1996))));
        m.put("volume", volume);
        m.put("issue", issue);
        m.put("page", "89-97");
        Diagnostics d = new Diagnostics();
        FormattedReference f = TestSupport.formatOne(journal, m, d);
        assertEquals(List.of(), d.all(), TestSupport.show(d));
        return f;
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource(delimiter = '|', value = {
            "23|1 Suppl 2|Payne D.K. Title. Semin Oncol. 1996;23(1 Suppl 2):89–97.|Payne DK. Title. Semin Oncol. 1996;23(1 Suppl 2):89–97.",
            "107|986 Pt 1|Payne D.K. Title. Semin Oncol. 1996;107(986 Pt 1):89–97.|Payne DK. Title. Semin Oncol. 1996;107(986 Pt 1):89–97.",
            "33|15 Suppl|Payne D.K. Title. Semin Oncol. 1996;33(15 Suppl):89–97.|Payne DK. Title. Semin Oncol. 1996;33(15 Suppl):89–97.",
            "102|Suppl 1|Payne D.K. Title. Semin Oncol. 1996;102 Suppl 1:89–97.|Payne DK. Title. Semin Oncol. 1996;102(Suppl 1):89–97.",
    })
    void aNumberedIssuesSupplementStaysInItsParentheses(String volume, String issue, String house, String nlm) {
        assertEquals(house, one("default", volume, issue).text());
        assertEquals(nlm, one("nlm", volume, issue).text());
        // GOST names the issue with its label: the supplement stays with its number
        assertEquals("Payne D. K. Title // Semin Oncol. 1996. Vol. " + volume + ", № " + issue + ". P. 89–97.", one("gost", volume, issue).text());
    }
}
