package org.casereport.template;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.model.Block;
import org.casereport.model.Figure;
import org.casereport.model.Footnote;
import org.casereport.model.FormattedReference;
import org.casereport.model.Inline;
import org.casereport.model.LocalizedText;
import org.casereport.model.Manuscript;
import org.casereport.model.Metadata;
import org.casereport.model.RichText;

/**
 * The one pass that keeps together at a line end what a production editor never lets part: initials ("Н.В.
 * Иванов", "Kirgizov K.I."), a number and its unit ("42 г/м²", "5 %"), "рис. 1", "et al.", "т. е.", "с. 235", a
 * word and the slash after it ("гематологии/онкологии"), a reference's locator ("2021;100(3):107–20"), a
 * one-letter word and the next, a dash and the word before it, a letter and its superscript.
 *
 * <p>It works on text only, by putting a NO-BREAK SPACE (U+00A0) where a space was, and a WORD JOINER (U+2060)
 * after a unit's slash ("г/⁠м²"), the one place without a space where the Unicode line-breaking algorithm (UAX #14,
 * which the PDF engines' line breakers and LibreOffice follow) would break. Where UAX #14 does not break — inside
 * "Н.В.", before a slash, after a locator's colon — nothing is put: a joiner there would only hide the text from a
 * search in the DOCX ("2021;100" would not find "2021;⁠100"). Every writer gets the manuscript after this pass ({@code write/Render}), so both PDF
 * engines and the DOCX set the same ties. URLs, DOIs and e-mail addresses are left as they are. The rule table
 * ({@link #RULES}) is printed in {@code docs/typesetting.md}. Applying the pass twice changes nothing more.
 */
public final class Ties {
    /** NO-BREAK SPACE: a space that does not break (and stretches like a space in justified lines). */
    public static final char NBSP = '\u00A0';
    /** WORD JOINER: no break here, no width, no text. */
    public static final char WJ = '\u2060';

    private Ties() {
    }

    /** One rule: where it applies, and what it puts there. */
    public record Rule(String id, String example, Pattern pattern, String replacement) {
        String apply(String s) {
            return pattern.matcher(s).replaceAll(replacement);
        }
    }

    private static final String NB = String.valueOf(NBSP);
    private static final String J = String.valueOf(WJ);
    /** Not preceded by a letter, digit or combining mark: the start of a word. */
    private static final String START = "(?<![\\p{L}\\p{N}\\p{M}])";

    /**
     * The rules, in the order they are applied. Each pattern opens with a lookahead for what its match must start
     * with ("(?=\p{Lu}\.)" for initials): the same matches, but the lookbehinds after it (a surname up to 40
     * letters back) are tried only where a match can start, not at every character of the text.
     */
    public static final List<Rule> RULES = List.of(
            new Rule("initials-spaced", "Н. В.", Pattern.compile("(?=\\p{Lu}\\. )" + START + "(\\p{Lu}\\.) (?=\\p{Lu}\\.)"), "$1" + NB),
            // not after a surname: in "Алексанян Л.Т. Гемофагоцитарный" (a reference's last author and its title)
            // the initials belong to the name before them, and the line may break after them
            new Rule("initials-surname", "Н.В. Иванов", Pattern.compile(
                    "(?=\\p{Lu}\\.)(?<!\\p{Lu}[\\p{L}'-]{0,40}\\p{Ll}[ " + NB + "])(?<!\\p{Lu}\\.[" + J + NB + "]?)" + START + "((?:\\p{Lu}\\.[" + J + NB + "]?)*\\p{Lu}\\.) (?=\\p{Lu}\\p{Ll})"), "$1" + NB),
            new Rule("initial-word", "пациента К. объемное", Pattern.compile("(?=\\p{Lu}\\. )" + START + "(\\p{Lu}\\.) (?=\\p{Ll})"),
                    "$1" + NB),
            new Rule("surname-initials", "Kirgizov K.I.", Pattern.compile(
                    "(?=\\p{Lu}\\p{Ll})" + START + "(\\p{Lu}\\p{Ll}+(?:-\\p{Lu}?\\p{Ll}+)?) (?=\\p{Lu}\\.)"), "$1" + NB),
            new Rule("before-name", "им. Н.И. Пирогова, ул. Ленина", Pattern.compile(
                    "(?=[иупа])" + START + "((?:им|имени|ул|пос|просп|акад|проф)\\.?) (?=\\p{Lu})"), "$1" + NB),
            new Rule("et-al", "et al., и др.", Pattern.compile("(?=(?:et|и) )" + START + "(et|и) (?=(?:al|др)\\.)"), "$1" + NB),
            new Rule("abbreviation-pair", "т. е., т. д., т. п., т. к.", Pattern.compile("(?=т\\.)" + START + "(т\\.) ?(?=[едпкн]\\.)"),
                    "$1" + NB),
            new Rule("label-number", "рис. 1, табл. 2, с. 235, No. 3, Fig. 1, № 5", Pattern.compile(
                    "(?=[\\p{L}№])" + START + "((?iu:рис|табл|илл|с|стр|гл|пп?|разд|прил|т|вып|ч|No|Nr|Figs?|Tab|pp?|vol)\\.|№|(?iu:table|fig|figure|таблица|рисунок)) "
                            + "(?=[\\dIVX])"), "$1" + NB),
            new Rule("number-unit", "42 г/м², 10 мг/кг, 5 %, 2021 г.", Pattern.compile(
                    "(?<=\\d) (?=(?:[%‰°]|\\p{L}{1,5}(?![\\p{L}\\p{N}\\-])))"), NB),
            new Rule("unit-slash", "г/м², мг/кг, mg/kg", Pattern.compile(
                    "(?<=\\d[" + NB + " ]?\\p{L}{1,4})/(?=\\p{L}{1,4}(?![\\p{L}]))"), "/" + J),
            new Rule("times", "100 × 10⁹/л", Pattern.compile("(?<=\\d) × (?=\\d)"), NB + "×" + NB),
            new Rule("dash", "слово — слово, слово – слово", Pattern.compile("(?<=\\S) (?=[–—] )"), NB),
            new Rule("short-word", "в крови, и др., с 2020", Pattern.compile(
                    "(?=[вксуоиаВКСУОИА] )(?<![\\p{L}\\p{N}\\p{M}\\-." + J + "])([вксуоиаВКСУОИА]) (?=[\\p{L}\\p{N}«\"(\\[])"), "$1" + NB));

    /** A text that ends in a one-letter word and a space (the short-word rule's word before an element). */
    private static final Pattern SHORT_WORD_AT_END = Pattern.compile(
            "(?<![\\p{L}\\p{N}\\p{M}\\-." + J + "])[вксуоиаВКСУОИА] $");

    /** What is left as written: URLs, DOIs, e-mail addresses. */
    private static final Pattern VERBATIM = Pattern.compile(
            "(?i)(?:https?://|www\\.|doi:\\s*|10\\.\\d{4,9}/)\\S+|\\S+@\\S+\\.\\S+");

    /** The text with its ties. */
    public static String text(String s) {
        if (s == null || s.isEmpty()) return s;
        Matcher v = VERBATIM.matcher(s);
        StringBuilder out = new StringBuilder(s.length() + 16);
        int at = 0;
        while (v.find()) {
            out.append(rules(s.substring(at, v.start()))).append(v.group());
            at = v.end();
        }
        out.append(rules(s.substring(at)));
        return out.toString();
    }

    private static String rules(String s) {
        if (s.isEmpty()) return s;
        for (Rule r : RULES) s = r.apply(s);
        return s;
    }

    /** A name as printed: initials and surname that do not part ("Н.⁠В. Иванов", "Kirgizov K.⁠I."). */
    public static String name(String first, String second) {
        String a = first == null ? "" : first.strip();
        String b = second == null ? "" : second.strip();
        if (a.isEmpty() || b.isEmpty()) return text(a + b);
        return text(a) + NBSP + text(b);
    }

    /** The ties removed again: the text a reader (or a search) sees. */
    public static String plain(String s) {
        return s == null ? null : s.replace(String.valueOf(WJ), "").replace(NBSP, ' ');
    }

    // ---------------------------------------------------------------- the manuscript

    /** The manuscript with the ties in every text a writer prints. */
    public static Manuscript apply(Manuscript m) {
        Metadata meta = m.meta() == null ? null : m.meta().mapText(Ties::text, Ties::inlines);
        List<Block> body = m.body().stream().map(Ties::block).toList();
        List<Footnote> notes = m.footnotes().stream()
                .map(n -> new Footnote(n.label(), n.number(), inlines(n.content()), n.pos())).toList();
        List<Figure> figures = m.figures().stream()
                .map(f -> new Figure(f.id(), localized(f.caption()), f.spec(), f.number(), f.pos(), f.content().map(Ties::inlines)))
                .toList();
        List<FormattedReference> refs = m.bibliography().stream()
                .map(r -> new FormattedReference(r.number(), r.id(), text(r.text()), text(r.original()), text(r.latin())))
                .toList();
        return new Manuscript(m.id(), m.caseDir(), meta, body, notes, m.references(), figures, refs);
    }

    static LocalizedText localized(LocalizedText t) {
        return t == null ? null : new LocalizedText(text(t.ru()), text(t.en()));
    }

    private static Block block(Block b) {
        if (b instanceof Block.Heading h) return new Block.Heading(h.level(), inlines(h.content()), h.pos());
        if (b instanceof Block.Paragraph p) return new Block.Paragraph(inlines(p.content()), p.pos());
        if (b instanceof Block.ListBlock l) {
            return l.withItems(l.items().stream().map(item -> item.stream().map(Ties::block).toList()).toList());
        }
        if (b instanceof Block.Table t) {
            return t.withRows(t.rows().stream().map(row -> row.stream().map(Ties::inlines).toList()).toList())
                    .withCaption(new RichText(inlines(t.caption().ru()), inlines(t.caption().en())),
                            t.notes().stream().map(Ties::block).toList());
        }
        if (b instanceof Block.Quote q) return new Block.Quote(q.content().stream().map(Ties::block).toList(), q.pos());
        return b;
    }

    /**
     * A run of inlines with its ties: each text by {@link #text}, and across the elements: the space before a
     * bracketed citation or a figure reference becomes a no-break space ("риска [1]"). A word and the superscript
     * after it ("м²") need nothing: no UAX #14 breaker breaks there, and openhtmltopdf, which breaks at any element
     * boundary, prints the two as one group (the view's {@code nobr}).
     */
    static List<Inline> inlines(List<Inline> in) {
        if (in == null) return null;
        List<Inline> out = new ArrayList<>(in.size());
        for (Inline i : in) out.add(one(i));
        for (int k = 0; k + 1 < out.size(); k++) {
            if (!(out.get(k) instanceof Inline.Text t) || t.text().isEmpty()) continue;
            Inline next = out.get(k + 1);
            String s = t.text();
            char last = s.charAt(s.length() - 1);
            if ((next instanceof Inline.Cite || next instanceof Inline.FigRef) && last == ' '
                    && s.length() > 1 && !Character.isWhitespace(s.charAt(s.length() - 2))) {
                out.set(k, new Inline.Text(s.substring(0, s.length() - 1) + NBSP, t.pos()));
            } else if (last == ' ' && SHORT_WORD_AT_END.matcher(s).find() && (next instanceof Inline.Emph
                    || next instanceof Inline.Strong || next instanceof Inline.Link)) {
                // the short-word tie across an element: "EVI1 и *KMT2A*" (the rule sees one text at a time)
                out.set(k, new Inline.Text(s.substring(0, s.length() - 1) + NBSP, t.pos()));
            }
        }
        return out;
    }

    private static Inline one(Inline i) {
        if (i instanceof Inline.Text t) return new Inline.Text(text(t.text()), t.pos());
        if (i instanceof Inline.Emph e) return new Inline.Emph(inlines(e.content()), e.pos());
        if (i instanceof Inline.Strong s) return new Inline.Strong(inlines(s.content()), s.pos());
        if (i instanceof Inline.Sup s) return new Inline.Sup(inlines(s.content()), s.pos());
        if (i instanceof Inline.Sub s) return new Inline.Sub(inlines(s.content()), s.pos());
        if (i instanceof Inline.Link l) return new Inline.Link(l.url(), inlines(l.content()), l.pos());
        if (i instanceof Inline.Cite c) {
            return new Inline.Cite(c.keys(), c.pos(), c.numbers(), text(c.rendered()), c.locators(), c.narrative(),
                    text(c.author()));
        }
        if (i instanceof Inline.FigRef f) return new Inline.FigRef(f.ids(), f.range(), f.capital(), f.pos(), text(f.rendered()));
        return i;
    }
}
