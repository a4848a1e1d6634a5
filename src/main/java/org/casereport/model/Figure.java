package org.casereport.model;
import org.casereport.diag.SourcePos;

/**
 * A figure of the case: its id ("fig-timeline"), caption in both languages, what to draw, and its number
 * (order of first mention; 0 before the figure transform).
 *
 * @param caption the caption as plain text (alt text, document outlines, checks): what {@code content} reads as
 * @param content the caption with its inline markup ({@code *BRAF*^V600E^}), as the PDF and the DOCX print it
 */
public record Figure(String id, LocalizedText caption, FigureSpec spec, int number, SourcePos pos, RichText content) {
    public Figure {
        if (caption == null) caption = LocalizedText.EMPTY;
        if (content == null || content.isEmpty()) content = RichText.plain(caption);
    }

    /** A figure whose caption has no markup: the plain caption is its content. */
    public Figure(String id, LocalizedText caption, FigureSpec spec, int number, SourcePos pos) {
        this(id, caption, spec, number, pos, null);
    }

    public Figure withNumber(int n) {
        return new Figure(id, caption, spec, n, pos, content);
    }

    /** The same figure with its caption read as inline Markdown: the plain caption becomes that content's text. */
    public Figure withContent(RichText rich) {
        LocalizedText plain = new LocalizedText(rich.has("ru") ? PlainText.of(rich.ru()) : null,
                rich.has("en") ? PlainText.of(rich.en()) : null);
        return new Figure(id, plain, spec, number, pos, rich);
    }
}
