package org.casereport.cite;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The English form of a Russian document kind ({@code genre}) for a Latin-script entry, as Russian journals' author
 * guidelines print it: "Дис. … д-ра мед. наук" (also "дис. докт. мед. наук") → "Dr. Sci. (Med.) diss.", "Автореф. дис. … канд. биол. наук" →
 * "Cand. Sci. (Biol.) diss. abstract", "Дис. … канд. наук" (no branch named) → "Cand. Sci. diss.", "Клинические рекомендации" → "Clinical guidelines",
 * a legal act's kind, date and number "Федеральный закон от 21.11.2011 № 323-ФЗ" → "Federal Law of November 21, 2011 No. 323-FZ". Anything else is
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

    /** A legal act's kind, date and number: "Федеральный закон от 21.11.2011 № 323-ФЗ" (GOST R 7.0.5's "федер. закон от …"). */
    private static final Pattern ACT = Pattern.compile(
            "(?iu)^\\s*(.+?)\\s+от\\s+(\\d{1,2})\\.(\\d{1,2})\\.(\\d{4})(?:\\s*г\\.)?\\s*(?:№|N)\\s*(\\S+?)\\.?\\s*$");
    private static final Map<String, String> ACTS = Map.ofEntries(
            Map.entry("федеральный закон", "Federal Law"), Map.entry("федер. закон", "Federal Law"),
            Map.entry("федеральный конституционный закон", "Federal Constitutional Law"),
            Map.entry("закон российской федерации", "Law of the Russian Federation"), Map.entry("закон рф", "Law of the Russian Federation"),
            Map.entry("постановление правительства российской федерации", "Decree of the Government of the Russian Federation"),
            Map.entry("постановление правительства рф", "Decree of the Government of the Russian Federation"),
            Map.entry("указ президента российской федерации", "Decree of the President of the Russian Federation"),
            Map.entry("указ президента рф", "Decree of the President of the Russian Federation"),
            Map.entry("приказ министерства здравоохранения российской федерации", "Order of the Ministry of Health of the Russian Federation"),
            Map.entry("приказ минздрава россии", "Order of the Ministry of Health of the Russian Federation"),
            Map.entry("приказ минздрава рф", "Order of the Ministry of Health of the Russian Federation"));
    private static final String[] MONTHS = {"January", "February", "March", "April", "May", "June", "July", "August", "September",
        "October", "November", "December"};

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
        Matcher act = ACT.matcher(genre);
        if (act.matches()) {
            String en = ACTS.get(act.group(1).strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "));
            int month = Integer.parseInt(act.group(3));
            if (en != null && month >= 1 && month <= 12) {
                // "Federal Law of November 21, 2011 No. 323-FZ", as Russian journals' References print it
                return en + " of " + MONTHS[month - 1] + " " + Integer.parseInt(act.group(2)) + ", " + act.group(4) + " No. " + tr.latin(act.group(5));
            }
        }
        String kind = KINDS.get(genre.strip().toLowerCase(Locale.ROOT).replaceAll("[.\\s]+$", "").replaceAll("\\s+", " "));
        return kind != null ? kind : tr.latin(genre);
    }
}
