package org.casereport.cite;

import java.util.Map;

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

    private Places() {
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
