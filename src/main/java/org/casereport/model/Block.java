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
    /** A bulleted or numbered list; each item is a list of blocks. */
    record ListBlock(boolean ordered, List<List<Block>> items, SourcePos pos) implements Block { }
    /** A table: rows of cells, the first {@code headerRows} rows are the header. */
    record Table(int headerRows, List<List<List<Inline>>> rows, SourcePos pos) implements Block { }
    /** A quotation. */
    record Quote(List<Block> content, SourcePos pos) implements Block { }
    /** The place where a figure stands; put after the paragraph that first mentions it. */
    record FigureBlock(String figureId, SourcePos pos) implements Block { }
}
