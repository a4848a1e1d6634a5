package org.casereport.figure;

import java.time.LocalDate;

/** The few words a figure prints itself (axis titles, legend entries, month names), per body language. */
final class Labels {
    private Labels() {
    }

    private static final String[] MONTHS_RU = {"янв", "фев", "мар", "апр", "май", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"};
    private static final String[] MONTHS_EN = {"Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};

    static boolean en(String lang) {
        return "en".equals(lang);
    }

    static String month(int month, String lang) {
        return (en(lang) ? MONTHS_EN : MONTHS_RU)[month - 1];
    }

    static String monthYear(LocalDate d, String lang) {
        return month(d.getMonthValue(), lang) + " " + d.getYear();
    }

    static String approximate(String lang) {
        return en(lang) ? "approximate date (not given exactly in the source)"
                : "приблизительная дата (в источнике не указана точно)";
    }

    static String daysFrom(String anchor, String lang) {
        if (anchor == null) return en(lang) ? "days" : "дни";
        return en(lang) ? "days from " + anchor : "дни от " + anchor;
    }

    static String courseDays(String lang) {
        return en(lang) ? "Day of course" : "День курса";
    }

    static String breakDays(int n, String lang) {
        return en(lang) ? "break " + n + " d" : "перерыв " + n + " дн.";
    }

    static String courses(String lang) {
        return en(lang) ? "Courses" : "Курсы";
    }

    static String from(LocalDate d, String lang) {
        return (en(lang) ? "from " : "с ") + monthYear(d, lang);
    }

    static String dayGiven(String lang) {
        return en(lang) ? "day given" : "день введения";
    }

    static String daysAssumed(String lang) {
        return en(lang) ? "days assumed (not given in the source)" : "дни приёма предположены (в источнике не указаны)";
    }

    static String fromCourse(int n, String lang) {
        return en(lang) ? "from course " + n : "с " + n + "-го курса";
    }
}
