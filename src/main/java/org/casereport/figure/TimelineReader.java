package org.casereport.figure;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.figure.TimelineSpec.Category;
import org.casereport.figure.TimelineSpec.Lane;
import org.casereport.figure.TimelineSpec.Milestone;
import org.casereport.figure.TimelineSpec.MilestoneKind;
import org.casereport.figure.TimelineSpec.Phase;
import org.casereport.model.LocalizedText;
import org.snakeyaml.engine.v2.nodes.Node;

/** Reads a {@code kind: timeline} figure. */
final class TimelineReader {
    private static final Pattern DATE = Pattern.compile("(\\d{4})-(\\d{1,2})(?:-(\\d{1,2}))?");
    private static final Pattern DAY = Pattern.compile("[+\\-\u2212]?\\d{1,5}");

    private final YamlNodes y;
    private Boolean days;          // decided by the first point read
    private Node firstPoint;

    TimelineReader(YamlNodes y) {
        this.y = y;
    }

    TimelineSpec read(Node root, Map<String, Node> top, Set<String> common) {
        Map<String, Node> m = top;
        y.allowOnly(m, "a timeline", FigureReader.with(common, "categories", "lanes", "milestones", "anchor", "legend", "notes", "width"));
        boolean ok = true;

        Map<String, Category> categories = new LinkedHashMap<>();
        Node catN = m.get("categories");
        if (catN != null) {
            Map<String, Node> cm = y.map(catN, "categories", null);
            if (cm != null) {
                for (Map.Entry<String, Node> e : cm.entrySet()) {
                    LocalizedText label = y.label(e.getValue(), "category '" + e.getKey() + "'");
                    if (label == null) ok = false;
                    else categories.put(e.getKey(), new Category(e.getKey(), label));
                }
            } else {
                ok = false;
            }
        }

        List<Lane> lanes = new ArrayList<>();
        Node lanesN = y.required(m, root, "lanes", "a timeline");
        if (lanesN != null) {
            List<Node> items = y.list(lanesN, "lanes");
            if (items == null) ok = false;
            else {
                if (items.isEmpty()) {
                    y.error("figure-missing-field", lanesN, "a timeline needs at least one lane");
                    ok = false;
                }
                for (Node ln : items) {
                    Lane lane = lane(ln, categories);
                    if (lane == null) ok = false;
                    else lanes.add(lane);
                }
            }
        } else {
            ok = false;
        }

        List<Milestone> milestones = new ArrayList<>();
        Node msN = m.get("milestones");
        if (msN != null) {
            List<Node> items = y.list(msN, "milestones");
            if (items == null) ok = false;
            else for (Node mn : items) {
                Milestone ms = milestone(mn);
                if (ms == null) ok = false;
                else milestones.add(ms);
            }
        }

        LocalizedText anchor = null;
        if (m.get("anchor") != null) {
            anchor = y.label(m.get("anchor"), "anchor");
            if (anchor == null) ok = false;
            else if (Boolean.FALSE.equals(days)) {
                y.warning("figure-anchor-unused", m.get("anchor"), "anchor names day 0 of a timeline in days; this one has dates");
            }
        }
        LocalizedText legend = null;
        Node legN = m.get("legend");
        if (legN != null) {
            Map<String, Node> lm = y.map(legN, "legend", Set.of("approximate"));
            if (lm != null && lm.get("approximate") != null) legend = y.bilingual(lm.get("approximate"), "legend.approximate");
        }
        List<LocalizedText> notes = FigureReader.notes(y, m.get("notes"));
        FigureWidth width = FigureReader.width(y, m.get("width"));
        if (!ok || width == null) return null;
        return new TimelineSpec(Boolean.TRUE.equals(days), anchor, List.copyOf(categories.values()), lanes,
                milestones, legend, notes, width);
    }

    private Lane lane(Node n, Map<String, Category> categories) {
        Map<String, Node> m = y.map(n, "a lane", Set.of("label", "phases", "start", "end", "category",
                "approximate", "text"));
        if (m == null) return null;
        Node labelN = y.required(m, n, "label", "a lane");
        LocalizedText label = labelN == null ? null : y.label(labelN, "lane label");
        List<Phase> phases = new ArrayList<>();
        boolean ok = label != null;
        if (m.get("phases") != null) {
            for (String k : List.of("start", "end", "category", "approximate", "text")) {
                if (m.get(k) != null) {
                    y.error("figure-yaml", m.get(k), "a lane has either 'phases' or one phase's '" + k + "', not both");
                    ok = false;
                }
            }
            List<Node> items = y.list(m.get("phases"), "phases");
            if (items == null) return null;
            for (Node pn : items) {
                Map<String, Node> pm = y.map(pn, "a phase", Set.of("start", "end", "category", "approximate", "text"));
                Phase p = pm == null ? null : phase(pn, pm, categories);
                if (p == null) ok = false;
                else phases.add(p);
            }
        } else {
            Phase p = phase(n, m, categories);
            if (p == null) ok = false;
            else phases.add(p);
        }
        return ok ? new Lane(label, phases) : null;
    }

    private Phase phase(Node n, Map<String, Node> m, Map<String, Category> categories) {
        Node sN = y.required(m, n, "start", "a phase");
        Node eN = y.required(m, n, "end", "a phase");
        TimePoint start = sN == null ? null : point(sN, "start");
        TimePoint end = eN == null ? null : point(eN, "end");
        boolean approx = false;
        if (m.get("approximate") != null) {
            Boolean b = y.bool(m.get("approximate"), "approximate");
            if (b == null) return null;
            approx = b;
        }
        LocalizedText text = null;
        if (m.get("text") != null) {
            text = y.label(m.get("text"), "phase text");
            if (text == null) return null;
        }
        String category = null;
        if (m.get("category") != null) {
            category = y.text(m.get("category"), "category");
            if (category == null) return null;
            if (!categories.containsKey(category)) {
                y.error("figure-unknown-category", m.get("category"), "unknown category '" + category + "'"
                        + (categories.isEmpty() ? "; declare it under 'categories:'" : "; declared: " + String.join(", ", categories.keySet())));
                return null;
            }
        } else if (!categories.isEmpty()) {
            y.error("figure-missing-field", n, "a phase has no 'category' (declared: " + String.join(", ", categories.keySet()) + ")");
            return null;
        }
        if (start == null || end == null) return null;
        if (end.endCoord() <= start.startCoord()) {
            y.error("figure-end-before-start", eN, "the phase ends (" + end.text() + ") before it starts (" + start.text() + ")");
            return null;
        }
        return new Phase(text, start.withApproximate(approx), end.withApproximate(approx), category);
    }

    private Milestone milestone(Node n) {
        Map<String, Node> m = y.map(n, "a milestone", Set.of("label", "at", "kind", "approximate"));
        if (m == null) return null;
        Node labelN = y.required(m, n, "label", "a milestone");
        Node atN = y.required(m, n, "at", "a milestone");
        LocalizedText label = labelN == null ? null : y.label(labelN, "milestone label");
        TimePoint at = atN == null ? null : point(atN, "at");
        MilestoneKind kind = MilestoneKind.EVENT;
        if (m.get("kind") != null) {
            String k = y.text(m.get("kind"), "kind");
            if (k == null) return null;
            kind = null;
            for (MilestoneKind mk : MilestoneKind.values()) if (mk.key().equals(k)) kind = mk;
            if (kind == null) {
                y.error("figure-bad-value", m.get("kind"), "unknown milestone kind '" + k
                        + "'; known: diagnosis, surgery, transplant, remission, relapse, event");
                return null;
            }
        }
        boolean approx = false;
        if (m.get("approximate") != null) {
            Boolean b = y.bool(m.get("approximate"), "approximate");
            if (b == null) return null;
            approx = b;
        }
        if (label == null || at == null) return null;
        return new Milestone(label, at.withApproximate(approx), kind);
    }

    /** "2020-07", "2020-07-15", "~2021-01" (approximate), "0", "-7", "+100", "~+30". */
    private TimePoint point(Node n, String what) {
        String t = y.text(n, what);
        if (t == null) return null;
        String s = t;
        boolean approx = false;
        if (s.startsWith("~") || s.startsWith("≈")) {
            approx = true;
            s = s.substring(1).strip();
        }
        TimePoint p;
        Matcher dm = DATE.matcher(s);
        if (dm.matches()) {
            boolean monthOnly = dm.group(3) == null;
            LocalDate date = TimePoint.calendar(Integer.parseInt(dm.group(1)), Integer.parseInt(dm.group(2)),
                    monthOnly ? 1 : Integer.parseInt(dm.group(3)),
                    problem -> y.error("figure-bad-date", n, what + " '" + t + "' is not a date: " + problem));
            if (date == null) return null;
            p = new TimePoint(date, 0, monthOnly, approx, t);
        } else if (DAY.matcher(s).matches()) {
            int d = Integer.parseInt(s.replace('\u2212', '-').replace("+", ""));
            p = new TimePoint(null, d, false, approx, t);
        } else {
            y.error("figure-bad-date", n, what + " '" + t + "' must be a date (YYYY-MM or YYYY-MM-DD) or a day"
                    + " from the anchor (-7, 0, +100); start it with ~ when the date is approximate");
            return null;
        }
        if (days == null) {
            days = !p.isDate();
            firstPoint = n;
        } else if (days == p.isDate()) {
            y.error("figure-mixed-scale", n, "'" + t + "' is a " + (p.isDate() ? "date" : "day number")
                    + ", but the timeline is in " + (days ? "days from the anchor" : "dates") + " (from line "
                    + y.pos(firstPoint).line() + ")");
            return null;
        }
        return p;
    }
}
