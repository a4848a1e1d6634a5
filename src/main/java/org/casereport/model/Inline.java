package org.casereport.model;
import org.casereport.diag.SourcePos;

import java.util.List;

/** Text-level content of a paragraph, heading, table cell or caption. */
public sealed interface Inline {
    /** Plain characters. */
    record Text(String text) implements Inline { }
    /** Italic. */
    record Emph(List<Inline> content) implements Inline { }
    /** Bold. */
    record Strong(List<Inline> content) implements Inline { }
    /** Superscript, written {@code 10^8^} in the case. */
    record Sup(List<Inline> content) implements Inline { }
    /** Subscript, written {@code H~2~O} in the case. */
    record Sub(List<Inline> content) implements Inline { }
    /** Monospaced code. */
    record Code(String text) implements Inline { }
    /** A hyperlink; only http(s) and mailto targets survive reading. */
    record Link(String url, List<Inline> content) implements Inline { }
    /** A hard line break. */
    record LineBreak() implements Inline { }
    /**
     * A citation {@code [@a; @b]}. {@code numbers} and {@code rendered} ("[2, 3, 6–8]") are filled
     * by the citation transform; before it they are empty.
     */
    record Cite(List<String> keys, SourcePos pos, List<Integer> numbers, String rendered) implements Inline {
        public Cite {
            keys = List.copyOf(keys);
            numbers = List.copyOf(numbers);
        }
    }
    /** A reference to a figure, {@code @fig-id}; {@code rendered} ("рис. 1") is filled by the figure transform. */
    record FigRef(String id, SourcePos pos, String rendered) implements Inline { }
    /** A footnote mark; {@code number} is the footnote's place in {@link Manuscript#footnotes()}. */
    record NoteRef(String label, int number, SourcePos pos) implements Inline { }
}
