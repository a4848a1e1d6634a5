package org.casereport.template;

import org.casereport.model.Journal;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToDoubleBiFunction;
import org.casereport.model.Figure;
import org.casereport.model.Manuscript;

/** What the body's and inline content's views read, and what they count as they go (tables, footnotes placed). */
final class ViewContext {
    final Manuscript m;
    final Journal j;
    final List<String> langs;
    final boolean superscriptCites;
    final double columnWidthPt;
    /** The text width of the page: what a page-wide figure or table spans. */
    final double textWidthPt;
    final ToDoubleBiFunction<Figure, Double> figureHeight;
    final Set<Integer> notesPlaced = new HashSet<>();
    int tables;

    ViewContext(Manuscript m, Journal j, List<String> langs, boolean sup, double colPt, double textPt,
            ToDoubleBiFunction<Figure, Double> figureHeight) {
        this.m = m;
        this.j = j;
        this.langs = langs;
        this.superscriptCites = sup;
        this.columnWidthPt = colPt;
        this.textWidthPt = textPt;
        this.figureHeight = figureHeight;
    }
}
