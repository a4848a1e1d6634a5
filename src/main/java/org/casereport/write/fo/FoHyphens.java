package org.casereport.write.fo;

import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casereport.hyphen.Hyphenation;
import org.casereport.write.pdf.OfferedBreaks;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Where the words of the FO may break, by casereport's hyphenation ({@link Hyphenation}: the journal's rules, none in
 * names, abbreviations, numbers, URLs…), read from the text of every block the template marks
 * {@code hyphenate="true"} in its context (an abbreviation is told by what follows it). FOP's own hyphenation then asks
 * {@link FoHyphenationTree} for each word, which answers from this record; so FOP's breaks at these places are
 * hyphenation breaks of its own (flagged penalties), and {@code hyphenation-ladder-count} limits how many lines in a
 * row end in one. Soft hyphens in the text would not do: FOP breaks at them without counting them.
 *
 * <p>Not a word in a group that keeps on one line ({@code keep-together.within-line="always"}: "(рис. 1).", a note's
 * mark with its word): FOP would break inside the group at a hyphenation point. A word seen there is never broken.
 */
final class FoHyphens implements OfferedBreaks {
    static final String FO_NS = "http://www.w3.org/1999/XSL/Format";

    /** A word (its letters) → the offsets it may break at, from every place it stands outside a kept group. */
    private final Map<String, Set<Integer>> offered = new ConcurrentHashMap<>();
    /** Words seen in a group kept on one line. */
    private final Set<String> kept = ConcurrentHashMap.newKeySet();
    /** The languages the FO sets ({@code xml:lang}, {@code language}), as FOP keys its hyphenation: "ru", "en_US". */
    private final Set<String> languages = new HashSet<>();

    private FoHyphens() {
    }

    static FoHyphens read(Document dom) {
        FoHyphens h = new FoHyphens();
        NodeList all = dom.getElementsByTagNameNS(FO_NS, "*");
        for (int i = 0; i < all.getLength(); i++) {
            Element e = (Element) all.item(i);
            h.language(e.getAttributeNS("http://www.w3.org/XML/1998/namespace", "lang"));
            h.language(e.getAttribute("language"));
            if ("true".equals(e.getAttribute("hyphenate"))) h.words(e, false);
        }
        return h;
    }

    private void language(String tag) {
        if (tag == null || tag.isBlank()) return;
        String[] p = tag.trim().split("[-_]");
        String lang = p[0].toLowerCase(java.util.Locale.ROOT);
        languages.add(lang);
        if (p.length > 1) languages.add(lang + "_" + p[1].toUpperCase(java.util.Locale.ROOT));
    }

    Set<String> languages() {
        return languages;
    }

    /**
     * The words of a hyphenated block's text; a nested block that is hyphenated itself (a note's text inside its
     * mark's group) is read on its own.
     */
    private void words(Node n, boolean inKept) {
        for (Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == Node.TEXT_NODE) {
                String text = c.getNodeValue();
                if (inKept) eachWord(text, text, (w, at) -> kept.add(w));
                else rememberAll(text);
            } else if (c.getNodeType() == Node.ELEMENT_NODE) {
                Element e = (Element) c;
                if ("true".equals(e.getAttribute("hyphenate")) || "footnote-body".equals(e.getLocalName())) continue;
                words(e, inKept || "always".equals(e.getAttribute("keep-together.within-line")));
            }
        }
    }

    /**
     * The words of a text and their breaks: a capitalised Russian word ("Российской", "Хирургический") breaks as its
     * lower-case form would, where it stands (casereport's hyphenation leaves every word with a capital whole, for the
     * default engine's first-fit lines); abbreviations, all-capital words and Latin names stay whole.
     */
    private void rememberAll(String text) {
        java.util.List<String> words = new java.util.ArrayList<>();
        java.util.List<Set<Integer>> plain = new java.util.ArrayList<>();
        eachWord(text, Hyphenation.hyphenate(text), (w, at) -> {
            words.add(w);
            plain.add(at);
        });
        String lowered = lowerInitials(text);
        java.util.List<Set<Integer>> low = new java.util.ArrayList<>();
        if (lowered.equals(text)) low.addAll(plain);
        else eachWord(text, Hyphenation.hyphenate(lowered), (w, at) -> low.add(at));
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            remember(w, capitalised(w) ? low.get(i) : plain.get(i));
        }
    }

    /** A Russian word of six letters or more with a capital first letter and the rest lower case. */
    static boolean capitalised(String word) {
        if (word.length() < 6 || !Character.isUpperCase(word.charAt(0))
                || Character.UnicodeScript.of(word.charAt(0)) != Character.UnicodeScript.CYRILLIC) return false;
        for (int k = 1; k < word.length(); k++) {
            char c = word.charAt(k);
            if (!Character.isLowerCase(c) || Character.UnicodeScript.of(c) != Character.UnicodeScript.CYRILLIC) return false;
        }
        return true;
    }

    /** The text with the first letter of every {@linkplain #capitalised capitalised} word in lower case (same length). */
    static String lowerInitials(String text) {
        StringBuilder b = null;
        int i = 0;
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                continue;
            }
            int s = i;
            while (i < text.length() && letterOrMark(text.charAt(i))) i++;
            if (capitalised(text.substring(s, i))) {
                if (b == null) b = new StringBuilder(text);
                b.setCharAt(s, Character.toLowerCase(text.charAt(s)));
            }
        }
        return b == null ? text : b.toString();
    }

    /**
     * A word and where it was given a break here. A word that has breaks of its own but none here (its context
     * forbids them: an abbreviation, a run with a digit or a slash) is never broken: FOP's word is not the run
     * casereport's rules read ("гематологии/онкологии" is two words to FOP).
     */
    private void remember(String word, Set<Integer> at) {
        if (at.isEmpty()) {
            if (Hyphenation.breaks(lowerInitials(word)).length > 0) kept.add(word);
            return;
        }
        offered.merge(word, at, (a, b) -> {
            a.retainAll(b);
            return a;
        });
    }

    /**
     * Each word (a run of letters) of {@code text} with the offsets in it where {@code hyphenated} (the same text
     * with soft hyphens added) breaks it.
     */
    private static void eachWord(String text, String hyphenated, java.util.function.BiConsumer<String, Set<Integer>> to) {
        int i = 0, j = 0; // text[i], hyphenated[j]
        while (i < text.length()) {
            if (!Character.isLetter(text.charAt(i))) {
                i++;
                j++;
                continue;
            }
            int s = i;
            Set<Integer> at = new HashSet<>();
            while (i < text.length() && letterOrMark(text.charAt(i))) {
                if (hyphenated.charAt(j) == Hyphenation.SHY && text.charAt(i) != Hyphenation.SHY) {
                    at.add(i - s);
                    j++;
                    continue;
                }
                i++;
                j++;
            }
            to.accept(text.substring(s, i), at);
        }
    }

    static boolean letterOrMark(char c) {
        return Character.isLetter(c) || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    /**
     * Where FOP's word (the text between two break opportunities, punctuation and all, perhaps across inline
     * elements) may break: the places {@link Hyphenation} gives the word itself that its context in the FO offered
     * too. Offsets into {@code word}, ascending.
     */
    int[] points(String word) {
        String h = Hyphenation.hyphenate(lowerInitials(word));
        if (h.length() == word.length()) return new int[0];
        java.util.List<Integer> out = new java.util.ArrayList<>();
        eachWord(word, h, new java.util.function.BiConsumer<>() {
            int from = 0;

            @Override
            public void accept(String w, Set<Integer> at) {
                int s = word.indexOf(w, from);
                from = s + w.length();
                at.stream().sorted().filter(k -> offered(w, k)).forEach(k -> out.add(s + k));
            }
        });
        return out.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public boolean offered(String word, int at) {
        Set<Integer> s = offered.get(word);
        return s != null && s.contains(at) && !kept.contains(word);
    }

    @Override
    public boolean any() {
        return offered.values().stream().anyMatch(s -> !s.isEmpty());
    }
}
