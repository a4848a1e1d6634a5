package org.casereport.figure;

import java.util.List;
import org.casereport.model.FigureSpec;
import org.casereport.model.LocalizedText;

/**
 * A timeline (Gantt chart): lanes of therapy phases and milestones over calendar dates or over days from an
 * anchor event.
 *
 * @param days        true: points are day offsets from the anchor (day 0); false: calendar dates
 * @param anchor      the name of day 0 ("ТГСК"/"HSCT"), for a day timeline; may be null
 * @param categories  the phase categories, in legend order
 * @param lanes       the rows, top to bottom
 * @param milestones  events drawn as marks across all lanes
 * @param legend      extra legend text: the explanation of approximate dates; null for the default wording
 * @param notes       lines printed under the chart (abbreviations, details)
 * @param width       how wide it prints (column, page, a length or a share of the text width)
 */
public record TimelineSpec(boolean days, LocalizedText anchor, List<Category> categories, List<Lane> lanes,
                           List<Milestone> milestones, LocalizedText legend, List<LocalizedText> notes, FigureWidth width)
        implements FigureSpec {
    public TimelineSpec {
        categories = List.copyOf(categories);
        lanes = List.copyOf(lanes);
        milestones = List.copyOf(milestones);
        notes = List.copyOf(notes);
    }

    @Override
    public String kind() {
        return "timeline";
    }

    /** A kind of phase; its look (fill, hatch) follows from its place in the list. */
    public record Category(String key, LocalizedText label) { }

    public record Lane(LocalizedText label, List<Phase> phases) {
        public Lane {
            phases = List.copyOf(phases);
        }
    }

    /** A phase from {@code start} to {@code end} inclusive; {@code label} may be null. */
    public record Phase(LocalizedText label, TimePoint start, TimePoint end, String category) {
        public boolean approximate() {
            return start.approximate() || end.approximate();
        }
    }

    /** An event: diagnosis, surgery, transplant, remission, relapse or another event. */
    public record Milestone(LocalizedText label, TimePoint at, MilestoneKind kind) { }

    public enum MilestoneKind {
        DIAGNOSIS, SURGERY, TRANSPLANT, REMISSION, RELAPSE, EVENT;

        public String key() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public boolean anyApproximate() {
        return lanes.stream().flatMap(l -> l.phases().stream()).anyMatch(Phase::approximate)
                || milestones.stream().anyMatch(m -> m.at().approximate());
    }
}
