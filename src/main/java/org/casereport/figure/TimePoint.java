package org.casereport.figure;

import java.time.LocalDate;

/**
 * A point on a timeline: a calendar date (to the month or to the day) or a day offset from the anchor event
 * (the transplant is day 0). Coordinates are in days: epoch days for dates, the offset for day points.
 *
 * @param date        the date (first day of the month when {@code monthOnly}); null for a day offset
 * @param day         the day offset (when {@code date} is null)
 * @param monthOnly   the source gives only the month
 * @param approximate the source gives no exact date: drawn visibly approximate
 * @param text        as written in the file
 */
public record TimePoint(LocalDate date, int day, boolean monthOnly, boolean approximate, String text) {

    /**
     * The date of a year, month and day as a figure file writes them, or null with {@code problem} told what is
     * wrong in words an author reads ("there is no month 13: a month is 01–12"), not the Java message.
     */
    static LocalDate calendar(int year, int month, int day, java.util.function.Consumer<String> problem) {
        if (month < 1 || month > 12) {
            problem.accept("there is no month " + month + ": a month is 01–12; write YYYY-MM or YYYY-MM-DD");
            return null;
        }
        int length = java.time.YearMonth.of(year, month).lengthOfMonth();
        if (day < 1 || day > length) {
            problem.accept(java.time.Month.of(month).getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.ENGLISH)
                    + " " + year + " has days 01–" + length + ", not " + day + "; write YYYY-MM-DD");
            return null;
        }
        return LocalDate.of(year, month, day);
    }

    public boolean isDate() {
        return date != null;
    }

    /** Where a phase starting here begins. */
    public double startCoord() {
        return date != null ? date.toEpochDay() : day;
    }

    /** Where a phase ending here ends (the whole month or day is included). */
    public double endCoord() {
        if (date == null) return day + 1;
        return monthOnly ? date.plusMonths(1).toEpochDay() : date.toEpochDay() + 1;
    }

    /** Where an event at this point is drawn: the middle of its month or day. */
    public double midCoord() {
        if (date == null) return day + 0.5;
        return monthOnly ? (startCoord() + endCoord()) / 2 : date.toEpochDay() + 0.5;
    }

    public TimePoint withApproximate(boolean a) {
        return new TimePoint(date, day, monthOnly, approximate || a, text);
    }
}
