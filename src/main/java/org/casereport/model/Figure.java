package org.casereport.model;
import org.casereport.diag.SourcePos;

/**
 * A figure of the case: its id ("fig-timeline"), caption in both languages, what to draw, and its number
 * (order of first mention; 0 before the figure transform).
 */
public record Figure(String id, LocalizedText caption, FigureSpec spec, int number, SourcePos pos) {
    public Figure withNumber(int n) {
        return new Figure(id, caption, spec, n, pos);
    }
}
