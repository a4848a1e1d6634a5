package org.casereport.cite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An ISO 8601 date or range as the importers meet it (BibLaTeX's {@code eventdate = {2019-03-29/2019-04-03}}, a RIS
 * note line {@code event-date: 2019-03-29/2019-04-03}) → a CSL date, {@code {"date-parts": [[2019, 3, 29], [2019, 4, 3]]}}.
 */
final class IsoDate {
    private static final Pattern PART = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");

    private IsoDate() {
    }

    /** The CSL date of "2019", "2019-03", "2019-03-29" or a range of two joined by "/"; null for anything else. */
    static Map<String, Object> csl(String text) {
        if (text == null) return null;
        String[] ends = text.strip().split("\\s*/\\s*", -1);
        if (ends.length > 2) return null;
        List<Object> parts = new ArrayList<>();
        for (String end : ends) {
            Matcher m = PART.matcher(end);
            if (!m.matches()) return null;
            List<Integer> p = new ArrayList<>();
            for (int g = 1; g <= 3 && m.group(g) != null; g++) p.add(Integer.parseInt(m.group(g)));
            parts.add(p);
        }
        return Map.of("date-parts", parts);
    }
}
