package org.casereport.model;
import org.casereport.diag.SourcePos;

import java.util.List;

/**
 * Text-level content of a paragraph, heading, table cell or caption. Every inline carries the place in the
 * case where it starts ({@link #pos()}): for text, the place of its first character.
 */
public sealed interface Inline {
    SourcePos pos();

    /** The inlines with each run of adjacent texts joined into one, at the place of its first. */
    static List<Inline> joinText(List<Inline> in) {
        List<Inline> out = new java.util.ArrayList<>();
        for (Inline i : in) {
            if (i instanceof Text t && !out.isEmpty() && out.get(out.size() - 1) instanceof Text prev) {
                out.set(out.size() - 1, new Text(prev.text() + t.text(), prev.pos()));
            } else {
                out.add(i);
            }
        }
        return out;
    }

    /** Plain characters. */
    record Text(String text, SourcePos pos) implements Inline { }
    /** Italic. */
    record Emph(List<Inline> content, SourcePos pos) implements Inline { }
    /** Bold. */
    record Strong(List<Inline> content, SourcePos pos) implements Inline { }
    /** Superscript, written {@code 10^8^} in the case. */
    record Sup(List<Inline> content, SourcePos pos) implements Inline { }
    /** Subscript, written {@code H~2~O} in the case. */
    record Sub(List<Inline> content, SourcePos pos) implements Inline { }
    /** Monospaced code. */
    record Code(String text, SourcePos pos) implements Inline { }
    /** A hyperlink; only http(s) and mailto targets survive reading. */
    record Link(String url, List<Inline> content, SourcePos pos) implements Inline { }
    /** A hard line break. */
    record LineBreak(SourcePos pos) implements Inline { }
    /**
     * A citation {@code [@a; @b]}, {@code [@a, с. 235]}, {@code [-@a]}, or narrative {@code @a} (author in the text).
     * {@code locators} run parallel to {@code keys} ("" where none). {@code numbers}, {@code rendered} ("[2, 3, 6–8]",
     * "[3, с. 235]") and, for a narrative citation, {@code author} ("Berthold et al.", "Бертольд и соавт.", printed
     * before the mark) are filled by the citation transform; before it they are empty.
     */
    record Cite(List<String> keys, SourcePos pos, List<Integer> numbers, String rendered, List<String> locators,
                boolean narrative, String author) implements Inline {
        public Cite {
            keys = List.copyOf(keys);
            numbers = List.copyOf(numbers);
            locators = locators == null || locators.isEmpty() ? java.util.Collections.nCopies(keys.size(), "") : List.copyOf(locators);
        }

        /** A bracketed citation without locators. */
        public Cite(List<String> keys, SourcePos pos, List<Integer> numbers, String rendered) {
            this(keys, pos, numbers, rendered, List.of(), false, null);
        }

        /** The author text and the mark as running text: "Berthold et al. [1]". */
        public String plain() {
            String mark = rendered == null ? "" : rendered;
            return author == null || author.isEmpty() ? mark : author + " " + mark;
        }
    }
    /**
     * A reference to one or more figures or tables: {@code @fig-id}, {@code @tbl-id}, a list
     * ({@code @fig-a, @fig-b}) or a range ({@code @fig-a–@fig-c}) of one kind. {@code rendered} ("рис. 1, 2",
     * "табл. 1–3") is filled by the figure and table transform.
     *
     * @param ids     the ids as written, in order (a range: its first and last)
     * @param range   the ids are the two ends of a range
     * @param capital the reference starts a sentence: its label is printed with a capital ("Рис. 3")
     */
    record FigRef(List<String> ids, boolean range, boolean capital, SourcePos pos, String rendered) implements Inline {
        public FigRef {
            ids = List.copyOf(ids);
        }

        /** One figure or table, mid-sentence. */
        public FigRef(String id, SourcePos pos, String rendered) {
            this(List.of(id), false, false, pos, rendered);
        }

        /** The first id. */
        public String id() {
            return ids.get(0);
        }

        /** The same reference, printed as {@code text}. */
        public FigRef rendered(String text) {
            return new FigRef(ids, range, capital, pos, text);
        }

        /** True for a reference to tables ({@code @tbl-…}). */
        public boolean toTable() {
            return id().startsWith("tbl-");
        }
    }
    /** A footnote mark; {@code number} is the footnote's place in {@link Manuscript#footnotes()}. */
    record NoteRef(String label, int number, SourcePos pos) implements Inline { }
}
