package org.casereport.cite;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A Russian place of publication in a Latin-script entry: the cities Russian references abbreviate have their English
 * names ("М." → Moscow, "СПб." → St. Petersburg), as Russian journals' author guidelines print them; any other place is
 * transliterated. A record can give its own with {@code custom.publisher-place-en}.
 */
final class Places {
    private static final Map<String, String> ENGLISH = Map.ofEntries(
            Map.entry("м", "Moscow"), Map.entry("москва", "Moscow"),
            Map.entry("спб", "St. Petersburg"), Map.entry("с-пб", "St. Petersburg"), Map.entry("санкт-петербург", "St. Petersburg"),
            Map.entry("л", "Leningrad"), Map.entry("ленинград", "Leningrad"),
            Map.entry("н новгород", "Nizhny Novgorod"), Map.entry("нижний новгород", "Nizhny Novgorod"),
            Map.entry("ростов н/д", "Rostov-on-Don"), Map.entry("ростов-на-дону", "Rostov-on-Don"),
            Map.entry("екатеринбург", "Yekaterinburg"), Map.entry("новосибирск", "Novosibirsk"), Map.entry("казань", "Kazan"),
            Map.entry("томск", "Tomsk"), Map.entry("самара", "Samara"), Map.entry("киев", "Kiev"), Map.entry("минск", "Minsk"));

    /** The two-letter codes of US states and territories and of Canadian provinces and territories (Citing Medicine, appendix E). */
    private static final Set<String> STATES = Set.of(
            "AL", "AK", "AZ", "AR", "CA", "CO", "CT", "DE", "DC", "FL", "GA", "HI", "ID", "IL", "IN", "IA", "KS", "KY",
            "LA", "ME", "MD", "MA", "MI", "MN", "MS", "MO", "MT", "NE", "NV", "NH", "NJ", "NM", "NY", "NC", "ND", "OH",
            "OK", "OR", "PA", "RI", "SC", "SD", "TN", "TX", "UT", "VT", "VA", "WA", "WV", "WI", "WY",
            "AS", "GU", "MP", "PR", "VI",
            "AB", "BC", "MB", "NB", "NL", "NS", "NT", "NU", "ON", "PE", "QC", "SK", "YT");
    private static final Pattern CITY_STATE = Pattern.compile("(\\S.*?),\\s*([A-Z]{2})\\.?");

    private Places() {
    }

    /**
     * A place as Citing Medicine writes it: the state or province after the city in parentheses, "Bethesda, MD" →
     * "Bethesda (MD)", "Toronto, ON" → "Toronto (ON)"; a place without one of those two-letter codes after a comma is
     * left as written ("Basel", "London, UK" — a country is not a state).
     */
    static String citingMedicine(String place) {
        StringBuilder out = new StringBuilder();
        for (String one : place.split("\\s*;\\s*")) {
            Matcher m = CITY_STATE.matcher(one.strip());
            if (out.length() > 0) out.append("; ");
            out.append(m.matches() && STATES.contains(m.group(2)) ? m.group(1) + " (" + m.group(2) + ")" : one.strip());
        }
        return out.toString();
    }

    static String english(String place, Transliteration tr) {
        StringBuilder out = new StringBuilder();
        for (String one : place.split("\\s*[;]\\s*")) {
            String key = one.strip().toLowerCase(java.util.Locale.ROOT).replace(".", "").replaceAll("\\s+", " ").strip();
            String en = ENGLISH.get(key);
            if (out.length() > 0) out.append("; ");
            out.append(en != null ? en : tr.latin(one.strip()));
        }
        return out.toString();
    }
}
