package org.casereport.check;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.hyphen.Hyphenation;

/**
 * The hyphens a typesetter put at line ends to break a word ("ane-" / "mia", "преждевремен-" / "ная"), told from
 * the hyphens of the text ("treatment-" / "related"), in the text of a PDF made by TeX (pdfTeX, XeTeX, LuaTeX), which
 * hyphenates by the same TeX patterns the renderer uses (hyph-en-us, hyph-ru). A break is the typesetter's when
 * the patterns allow a break at that place of the word written whole and the text nowhere writes the word with its
 * hyphen; TeX breaks a word that has a hyphen only at the hyphen, so a place the patterns do not allow is the
 * word's own hyphen; and a break after a common first element of a compound ("meta-", "anti-", "long-", "сердечно-") or
 * before a common last one ("-related", "-based", "-analysis") is taken for the word's hyphen too, though TeX could
 * have broken "metaanalysis" there: a compound's hyphen lost is a wrong title, a soft hyphen kept is one as well, and
 * compounds are far rarer at line ends than TeX's breaks. Such a hyphen becomes a soft hyphen (U+00AD, the same length, so every line:column stays), which
 * the reading of the list drops when it joins the lines. Word, LibreOffice and HTML engines do not hyphenate unless
 * asked: their line-end hyphens are left as written.
 */
final class LineHyphens {
    private static final Pattern TEX = Pattern.compile("(?i).*\\b(?:pdftex|xetex|luatex|luahbtex|tex)\\b.*");
    private static final Pattern END = Pattern.compile("(\\p{L}+)-$");
    private static final Pattern START = Pattern.compile("^\\s*(\\p{Ll}+)");

    /** First and last elements of the hyphenated compounds of medical titles (English and Russian). */
    private static final java.util.Set<String> FIRST = java.util.Set.of("meta", "anti", "non", "post", "pre", "self", "long", "short",
            "high", "low", "well", "follow", "dose", "treatment", "therapy", "cross", "cost", "risk", "single", "multi", "double", "first",
            "second", "third", "large", "small", "over", "under", "inter", "intra", "extra", "ultra", "semi", "mid", "full", "open", "end",
            "one", "two", "three", "four", "five", "all", "drug", "cell", "gene", "host", "graft", "versus", "age", "sex", "side", "case",
            "time", "real", "world", "state", "health", "population", "hospital", "community", "sars", "covid", "мета", "анти", "пост",
            "сердечно", "клинико", "медико", "научно", "лечебно", "социально", "физико", "историко", "онко", "химио", "радио", "иммуно",
            "врачебно", "опухоль");
    private static final java.util.Set<String> LAST = java.util.Set.of("related", "based", "associated", "induced", "free", "term", "up",
            "analysis", "analyses", "specific", "dependent", "independent", "positive", "negative", "risk", "like", "type", "wide", "scale",
            "level", "line", "year", "month", "day", "old", "host", "derived", "mediated", "directed", "guided", "centered", "controlled",
            "blind", "arm", "label", "world", "art", "care", "cell", "dose", "time", "life");

    private LineHyphens() {
    }

    /** Whether a PDF of this producer and creator hyphenates at line ends by TeX's patterns. */
    static boolean texProducer(String producer, String creator) {
        return producer != null && TEX.matcher(producer).matches() || creator != null && TEX.matcher(creator).matches();
    }

    /**
     * Whether a line-end hyphen between {@code left} and {@code right} ("Verizh-" / "nikova") may be a typesetter's
     * break: TeX's patterns allow a break there, neither part is a common element of compounds, and {@code all} (the
     * whole text, in lower case) nowhere writes the word with its hyphen.
     */
    static boolean typesetters(String left, String right, String all) {
        if (!right.chars().allMatch(Character::isLowerCase)) return false;
        String word = (left + right).toLowerCase(Locale.ROOT);
        boolean breakable = false;
        for (int k : Hyphenation.breaks(word)) breakable |= k == left.length();
        if (FIRST.contains(left.toLowerCase(Locale.ROOT)) || LAST.contains(right.toLowerCase(Locale.ROOT))) return false;
        // the word written with its hyphen somewhere else on one line: the hyphen is the word's
        String compound = (left + "-" + right).toLowerCase(Locale.ROOT);
        return breakable && !Pattern.compile("(?<!\\p{L})" + Pattern.quote(compound) + "(?!\\p{L})").matcher(all).find();
    }

    /** The lines with each typesetter's line-end hyphen made a soft hyphen. */
    static List<String> soften(List<String> lines) {
        String all = String.join("\n", lines).toLowerCase(Locale.ROOT);
        List<String> out = new ArrayList<>(lines);
        for (int i = 0; i + 1 < out.size(); i++) {
            String l = out.get(i).stripTrailing();
            Matcher a = END.matcher(l);
            if (!a.find()) continue;
            Matcher b = START.matcher(out.get(i + 1));
            if (!b.find()) continue;
            if (!typesetters(a.group(1), b.group(1), all)) continue;
            int at = l.length() - 1;
            String line = out.get(i);
            out.set(i, line.substring(0, at) + Hyphenation.SHY + line.substring(at + 1));
        }
        return out;
    }
}
