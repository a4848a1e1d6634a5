package org.casereport.figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.figure.RegimenSpec.DoseChange;
import org.casereport.figure.RegimenSpec.Drug;
import org.casereport.figure.RegimenSpec.Route;
import org.casereport.figure.RegimenSpec.Unit;
import org.casereport.model.LocalizedText;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.ScalarNode;

/** Reads a {@code kind: regimen} figure. */
final class RegimenReader {
    private static final Pattern RANGE = Pattern.compile("(\\d{1,3})\\s*(?:[-–—]\\s*(\\d{1,3}))?");
    private static final Pattern MONTH = Pattern.compile("~?(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");

    private final YamlNodes y;

    RegimenReader(YamlNodes y) {
        this.y = y;
    }

    RegimenSpec read(Node root, Map<String, Node> top, Set<String> common) {
        Map<String, Node> m = top;
        y.allowOnly(m, "a regimen", FigureReader.with(common, "start", "courses", "course_days", "break_days", "drugs", "notes", "width"));
        boolean ok = true;
        TimePoint start = null;
        if (m.get("start") != null) {
            String t = y.text(m.get("start"), "start");
            Matcher mm = t == null ? null : MONTH.matcher(t);
            if (mm == null || !mm.matches()) {
                if (t != null) y.error("figure-bad-date", m.get("start"), "start '" + t + "' must be a date, YYYY-MM or YYYY-MM-DD");
                ok = false;
            } else {
                boolean monthOnly = mm.group(3) == null;
                LocalDate date = TimePoint.calendar(Integer.parseInt(mm.group(1)), Integer.parseInt(mm.group(2)),
                        monthOnly ? 1 : Integer.parseInt(mm.group(3)),
                        problem -> y.error("figure-bad-date", m.get("start"), "start '" + t + "' is not a date: " + problem));
                if (date == null) ok = false;
                else start = new TimePoint(date, 0, monthOnly, t.startsWith("~"), t);
            }
        }
        Node coursesN = y.required(m, root, "courses", "a regimen");
        Integer courses = coursesN == null ? null : y.integer(coursesN, "courses", 1, 99);
        Integer courseDays = null;
        if (m.get("course_days") != null) courseDays = y.integer(m.get("course_days"), "course_days", 1, 366);
        Integer breakDays = 0;
        if (m.get("break_days") != null) breakDays = y.integer(m.get("break_days"), "break_days", 0, 366);
        if (courses == null || breakDays == null || m.get("course_days") != null && courseDays == null) ok = false;

        List<Drug> drugs = new ArrayList<>();
        List<Node> drugNodes = new ArrayList<>();
        Node drugsN = y.required(m, root, "drugs", "a regimen");
        if (drugsN == null) ok = false;
        else {
            List<Node> items = y.list(drugsN, "drugs");
            if (items == null) ok = false;
            else {
                if (items.isEmpty()) {
                    y.error("figure-missing-field", drugsN, "a regimen needs at least one drug");
                    ok = false;
                }
                for (Node dn : items) {
                    Drug d = drug(dn, courses == null ? 99 : courses);
                    if (d == null) ok = false;
                    else {
                        drugs.add(d);
                        drugNodes.add(dn);
                    }
                }
            }
        }
        int lastDay = 1;
        for (Drug d : drugs) lastDay = Math.max(lastDay, d.days().get(d.days().size() - 1));
        if (courseDays == null) courseDays = lastDay;
        else {
            for (int i = 0; i < drugs.size(); i++) {
                Drug d = drugs.get(i);
                int last = d.days().get(d.days().size() - 1);
                if (last > courseDays) {
                    y.error("figure-bad-days", drugNodes.get(i), "day " + last + " of " + d.name().en()
                            + " is after the end of the course (course_days: " + courseDays + ")");
                    ok = false;
                }
            }
        }
        List<LocalizedText> notes = FigureReader.notes(y, m.get("notes"));
        FigureWidth width = FigureReader.width(y, m.get("width"));
        if (!ok || width == null) return null;
        return new RegimenSpec(start, courses, courseDays, breakDays, drugs, notes, width);
    }

    private Drug drug(Node n, int courses) {
        Map<String, Node> m = y.map(n, "a drug", Set.of("name", "dose", "unit", "route", "days", "approximate",
                "note", "changes"));
        if (m == null) return null;
        Node nameN = y.required(m, n, "name", "a drug");
        Node doseN = y.required(m, n, "dose", "a drug");
        Node unitN = y.required(m, n, "unit", "a drug");
        Node routeN = y.required(m, n, "route", "a drug");
        Node daysN = y.required(m, n, "days", "a drug");
        LocalizedText name = nameN == null ? null : y.label(nameN, "drug name");
        Double dose = doseN == null ? null : y.number(doseN, "dose");
        Unit unit = null;
        if (unitN != null) {
            String u = y.text(unitN, "unit");
            if (u != null) {
                unit = Units.unit(u);
                if (unit == null) {
                    y.error("figure-unknown-unit", unitN, "unknown dose unit '" + u + "'; known: "
                            + String.join(", ", Units.unitNames()));
                }
            }
        }
        Route route = null;
        if (routeN != null) {
            String r = y.text(routeN, "route");
            if (r != null) {
                route = Units.route(r);
                if (route == null) {
                    y.error("figure-unknown-route", routeN, "unknown route '" + r + "'; known: "
                            + String.join(", ", Units.routeNames()));
                }
            }
        }
        List<Integer> days = daysN == null ? null : days(daysN);
        boolean approx = false;
        if (m.get("approximate") != null) {
            Boolean b = y.bool(m.get("approximate"), "approximate");
            if (b == null) return null;
            approx = b;
        }
        LocalizedText note = null;
        if (m.get("note") != null) {
            note = y.label(m.get("note"), "note");
            if (note == null) return null;
        }
        List<DoseChange> changes = new ArrayList<>();
        boolean ok = true;
        if (m.get("changes") != null) {
            List<Node> items = y.list(m.get("changes"), "changes");
            if (items == null) return null;
            for (Node cn : items) {
                Map<String, Node> cm = y.map(cn, "a dose change", Set.of("dose", "from_course", "text"));
                if (cm == null) {
                    ok = false;
                    continue;
                }
                Double cd = null;
                if (cm.get("dose") != null) {
                    cd = y.number(cm.get("dose"), "dose");
                    if (cd == null) ok = false;
                }
                int from = 0;
                if (cm.get("from_course") != null) {
                    Integer f = y.integer(cm.get("from_course"), "from_course", 1, courses);
                    if (f == null) ok = false;
                    else from = f;
                }
                Node whenN = y.required(cm, cn, "text", "a dose change");
                LocalizedText when = whenN == null ? null : y.bilingual(whenN, "text");
                if (when == null) ok = false;
                else changes.add(new DoseChange(cd, from, when));
            }
        }
        if (!ok || name == null || dose == null || unit == null || route == null || days == null) return null;
        return new Drug(name, dose, unit, route, days, approx, note, changes);
    }

    /** "1-4", "1–14", "1, 8, 15", "1-4, 8" or a list of numbers and ranges. */
    private List<Integer> days(Node n) {
        List<Node> parts = new ArrayList<>();
        if (n instanceof ScalarNode) parts.add(n);
        else {
            List<Node> items = y.list(n, "days");
            if (items == null) return null;
            parts.addAll(items);
        }
        TreeSet<Integer> out = new TreeSet<>();
        for (Node p : parts) {
            String t = y.text(p, "days");
            if (t == null) return null;
            for (String piece : t.split(",")) {
                Matcher mm = RANGE.matcher(piece.strip());
                if (!mm.matches()) {
                    y.error("figure-bad-days", p, "days '" + t + "' must be day numbers or ranges: 1-4, 8, 15");
                    return null;
                }
                int a = Integer.parseInt(mm.group(1));
                int b = mm.group(2) == null ? a : Integer.parseInt(mm.group(2));
                if (a < 1 || b < a) {
                    y.error(b < a ? "figure-end-before-start" : "figure-bad-days", p,
                            "days '" + piece.strip() + "': " + (b < a ? "the range ends before it starts" : "days count from 1"));
                    return null;
                }
                for (int i = a; i <= b; i++) out.add(i);
            }
        }
        if (out.isEmpty()) {
            y.error("figure-bad-days", n, "no days given");
            return null;
        }
        return List.copyOf(out);
    }
}
