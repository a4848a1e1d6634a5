package org.casereport.figure;

import java.util.List;
import org.casereport.model.FigureSpec;
import org.casereport.model.LocalizedText;

/**
 * A regimen of repeating courses: which drug on which days of a course, at what dose, by which route; the
 * course length, the break between courses and the number of courses.
 *
 * @param start        the date of the first course (may be null)
 * @param courses      number of courses
 * @param courseDays   length of one course in days (day 1 … courseDays)
 * @param breakDays    days between the end of a course and day 1 of the next
 * @param drugs        the drugs, top to bottom
 * @param notes        lines printed under the chart
 * @param width        how wide it prints (column, page, a length or a share of the text width)
 */
public record RegimenSpec(TimePoint start, int courses, int courseDays, int breakDays, List<Drug> drugs,
                          List<LocalizedText> notes, FigureWidth width) implements FigureSpec {
    public RegimenSpec {
        drugs = List.copyOf(drugs);
        notes = List.copyOf(notes);
    }

    @Override
    public String kind() {
        return "regimen";
    }

    /**
     * @param days        the days of the course it is given on (1-based, ascending)
     * @param approximate the source does not give the days exactly: they are assumed (and drawn so)
     * @param changes     dose changes (a reduction with a CYP3A4 inhibitor…)
     */
    public record Drug(LocalizedText name, double dose, Unit unit, Route route, List<Integer> days,
                       boolean approximate, LocalizedText note, List<DoseChange> changes) {
        public Drug {
            days = List.copyOf(days);
            changes = List.copyOf(changes);
        }
    }

    /**
     * A change of dose: to {@code dose} (null when the source does not give the new dose), from course
     * {@code fromCourse} (0 = all courses), {@code text} says what and why ("dose reduced with voriconazole, a CYP3A4 inhibitor").
     */
    public record DoseChange(Double dose, int fromCourse, LocalizedText text) { }

    /** A dose unit, printed per language. */
    public record Unit(String key, String ru, String en) {
        public String label(String lang) {
            return "en".equals(lang) ? en : ru;
        }
    }

    /** A route of administration, printed per language. */
    public record Route(String key, String ru, String en) {
        public String label(String lang) {
            return "en".equals(lang) ? en : ru;
        }
    }
}
