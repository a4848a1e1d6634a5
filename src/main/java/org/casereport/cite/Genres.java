package org.casereport.cite;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English form of a Russian document kind ({@code genre}) for a Latin-script entry, as Russian journals' author
 * guidelines print it: "Дис. … д-ра мед. наук" (also "дис. докт. мед. наук") → "Dr. Sci. (Med.) diss.", "Автореф. дис. … канд. биол. наук" →
 * "Cand. Sci. (Biol.) diss. abstract", "Дис. … канд. наук" (no branch named) → "Cand. Sci. diss.", "Клинические рекомендации" → "Clinical guidelines". Anything else is
 * transliterated; a record can give its own with {@code custom.genre-en}.
 */
final class Genres {
    private static final Pattern THESIS = Pattern.compile(
            "(?iu)^\\s*(автореф(?:ерат)?\\.?\\s*)?дис(?:с|сертации|\\.)?\\.?\\s*(?:…|\\.\\.\\.)?\\s*(д-ра|докт\\.?|доктора|канд\\.?|кандидата)\\s+(?:([а-яё]+)\\.?\\s+)?наук\\s*\\.?\\s*$");
    private static final Map<String, String> SCIENCE = Map.ofEntries(
            Map.entry("мед", "Med."), Map.entry("медицинских", "Med."), Map.entry("биол", "Biol."), Map.entry("биологических", "Biol."),
            Map.entry("фарм", "Pharm."), Map.entry("фармацевтических", "Pharm."), Map.entry("хим", "Chem."), Map.entry("химических", "Chem."),
            Map.entry("психол", "Psychol."), Map.entry("психологических", "Psychol."), Map.entry("пед", "Ped."), Map.entry("педагогических", "Ped."),
            Map.entry("техн", "Eng."), Map.entry("технических", "Eng."), Map.entry("экон", "Econ."), Map.entry("экономических", "Econ."),
            Map.entry("ветеринар", "Vet."), Map.entry("ветеринарных", "Vet."), Map.entry("физ-мат", "Phys.-Math."));
    private static final Map<String, String> KINDS = Map.ofEntries(
            Map.entry("клинические рекомендации", "Clinical guidelines"), Map.entry("клинические протоколы", "Clinical protocols"),
            Map.entry("методические рекомендации", "Guidelines"), Map.entry("препринт", "Preprint"),
            Map.entry("отчет о нир", "Research report"), Map.entry("отчёт о нир", "Research report"),
            Map.entry("тезисы", "Abstract"), Map.entry("тезисы доклада", "Abstract"), Map.entry("монография", "Monograph"),
            Map.entry("учебное пособие", "Textbook"), Map.entry("руководство для врачей", "Manual for physicians"));

    private Genres() {
    }

    static String english(String genre, Transliteration tr) {
        Matcher m = THESIS.matcher(genre);
        if (m.matches()) {
            boolean abstractOf = m.group(1) != null;
            boolean doctor = m.group(2).toLowerCase(Locale.ROOT).startsWith("д");
            String science = m.group(3) == null ? null : SCIENCE.get(m.group(3).toLowerCase(Locale.ROOT).replace("ё", "е"));
            String degree = (doctor ? "Dr. Sci." : "Cand. Sci.") + (science == null ? "" : " (" + science + ")");
            return degree + " diss." + (abstractOf ? " abstract" : "");
        }
        String kind = KINDS.get(genre.strip().toLowerCase(Locale.ROOT).replaceAll("[.\\s]+$", "").replaceAll("\\s+", " "));
        return kind != null ? kind : tr.latin(genre);
    }
}
