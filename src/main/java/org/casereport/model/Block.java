package org.casereport.model;
import org.casereport.diag.SourcePos;

import java.util.List;

/** Block-level content of the body. */
public sealed interface Block {
    SourcePos pos();

    /** A section heading; level 1 is a section of the article ("Обсуждение"). */
    record Heading(int level, List<Inline> content, SourcePos pos) implements Block { }
    /** A paragraph of running text. */
    record Paragraph(List<Inline> content, SourcePos pos) implements Block { }
    /**
     * A bulleted or numbered list; each item is a list of blocks.
     *
     * @param start the number of a numbered list's first item, as written ("5." starts at 5); 1 for a bulleted one
     */
    record ListBlock(boolean ordered, List<List<Block>> items, int start, SourcePos pos) implements Block {
        /** A list numbered (or bulleted) from 1. */
        public ListBlock(boolean ordered, List<List<Block>> items, SourcePos pos) {
            this(ordered, items, 1, pos);
        }

        /** The same list with other items. */
        public ListBlock withItems(List<List<Block>> newItems) {
            return new ListBlock(ordered, newItems, start, pos);
        }
    }
    /**
     * A table: rows of cells, the first {@code headerRows} rows are the header (repeated where the table breaks).
     *
     * @param id      "tbl-…" from the caption's {@code {#tbl-…}}, or null for a table without a caption
     * @param caption the caption in both languages (empty for a table without one)
     * @param notes   the note printed under the table ("Примечание. …"), empty for none
     * @param columns one per column: alignment and relative width
     * @param pageWide {@code width=page}: set across the page in a journal of several columns
     * @param number  its number (order of first mention; 0 before the table transform)
     */
    record Table(String id, RichText caption, int headerRows, List<List<List<Inline>>> rows, List<Column> columns,
                 List<Block> notes, boolean pageWide, int number, SourcePos pos) implements Block {
        public Table {
            rows = List.copyOf(rows);
            columns = List.copyOf(columns);
            notes = List.copyOf(notes);
            if (caption == null) caption = RichText.EMPTY;
        }

        /** A bare table without caption, number or column settings. */
        public Table(int headerRows, List<List<List<Inline>>> rows, SourcePos pos) {
            this(null, RichText.EMPTY, headerRows, rows, List.of(), List.of(), false, 0, pos);
        }

        public Table withRows(List<List<List<Inline>>> newRows) {
            return new Table(id, caption, headerRows, newRows, columns, notes, pageWide, number, pos);
        }

        public Table withNumber(int n) {
            return new Table(id, caption, headerRows, rows, columns, notes, pageWide, n, pos);
        }

        public Table withCaption(RichText c, List<Block> newNotes) {
            return new Table(id, c, headerRows, rows, columns, newNotes, pageWide, number, pos);
        }

        /** The number of columns (the widest row). */
        public int columnCount() {
            return rows.stream().mapToInt(List::size).max().orElse(0);
        }
    }

    /**
     * A column of a table: its alignment ("left", "center", "right" or null for the default) and its relative
     * width (a share of the table's width, 0 when the writer sizes it to its content).
     */
    record Column(String align, double width) { }
    /** A quotation. */
    record Quote(List<Block> content, SourcePos pos) implements Block { }
    /** The place where a figure stands; put after the paragraph that first mentions it. */
    record FigureBlock(String figureId, SourcePos pos) implements Block { }
}
