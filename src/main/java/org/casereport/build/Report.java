package org.casereport.build;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.casereport.diag.Severity;

/** The words a build prints: one progress line per case, and the summary. Shared by the command line and Maven. */
public final class Report {
    private Report() {
    }

    /** {@code [12/40] case-id  pdf docx  0.4 s  2 warnings}. */
    public static String progress(Build.CaseResult r, int done, int total) {
        String width = String.valueOf(total);
        StringBuilder b = new StringBuilder();
        b.append('[').append(String.format(Locale.ROOT, "%" + width.length() + "d", done)).append('/').append(total).append("] ");
        b.append(r.id()).append("  ");
        switch (r.status()) {
            case BUILT -> b.append(String.join(" ", r.formats()));
            case CHECKED -> b.append("checked");
            case UP_TO_DATE -> b.append(r.count(Severity.ERROR) > 0 ? "up to date, FAILED" : "up to date");
            case FAILED -> b.append("FAILED");
        }
        b.append("  ").append(seconds(r.nanos()));
        String counts = counts(r.count(Severity.ERROR), r.count(Severity.WARNING));
        if (!counts.isEmpty()) b.append("  ").append(counts);
        return b.toString();
    }

    /** {@code casereport build: 40 case(s): 38 built, 1 up to date, 1 failed; 1 error(s), 2 warning(s); 3.2 s}. */
    public static String summary(String what, Build.Summary s, boolean strict) {
        List<String> parts = new ArrayList<>();
        long built = s.count(Build.Status.BUILT);
        long checked = s.count(Build.Status.CHECKED);
        long upToDate = s.count(Build.Status.UP_TO_DATE);
        long failed = s.count(Build.Status.FAILED);
        if (built > 0) parts.add(built + " built");
        if (checked > 0) parts.add(checked + " checked");
        if (upToDate > 0) parts.add(upToDate + " up to date");
        if (failed > 0) parts.add(failed + " failed");
        String removed = "";
        if (!s.removed().isEmpty()) {
            boolean deleted = s.removed().stream().allMatch(Build.Removed::deleted);
            removed = "; " + s.removed().size() + " removed case(s) " + (deleted ? "cleaned" : "left outputs (--clean removes them)");
        }
        return String.format(Locale.ROOT, "casereport %s: %d case(s)%s; %d error(s), %d warning(s)%s; %s%s", what,
                s.cases().size(), parts.isEmpty() ? "" : ": " + String.join(", ", parts), s.count(Severity.ERROR),
                s.count(Severity.WARNING), removed, seconds(s.nanos()), strict ? " (strict: warnings fail the build)" : "");
    }

    /** The line for a removed case's outputs. */
    public static String removed(Build.Removed r) {
        List<String> files = r.outputs().stream().map(Object::toString).toList();
        return r.deleted()
                ? "removed the outputs of deleted case " + r.folder() + ": " + String.join(", ", files)
                : "case " + r.folder() + " was deleted; its outputs remain (--clean removes them): " + String.join(", ", files);
    }

    static String counts(int errors, int warnings) {
        List<String> parts = new ArrayList<>();
        if (errors > 0) parts.add(errors + (errors == 1 ? " error" : " errors"));
        if (warnings > 0) parts.add(warnings + (warnings == 1 ? " warning" : " warnings"));
        return String.join(", ", parts);
    }

    static String seconds(long nanos) {
        double s = nanos / 1e9;
        return s < 10 ? String.format(Locale.ROOT, "%.1f s", s) : String.format(Locale.ROOT, "%.0f s", s);
    }
}
