package org.casereport.check;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rules that read text: damaged text (mojibake, broken ligatures, split words, homoglyphs, stray marks,
 * two spellings of a term) in every text, and Russian typography in Russian text.
 */
public final class TextRules {
    static final Charset CP1251 = Charset.forName("windows-1251");
    static final Charset CP1252 = Charset.forName("windows-1252");
    static final char NBSP = '\u00A0';

    private TextRules() {
    }

    /** "ru" when the text has more Cyrillic than Latin letters, else "en". */
    public static String script(String t) {
        int cyr = 0;
        int lat = 0;
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (isCyrillic(c)) cyr++;
            else if (isLatin(c)) lat++;
        }
        return cyr > lat ? "ru" : "en";
    }

    static boolean isCyrillic(char c) {
        return Character.UnicodeBlock.of(c) == Character.UnicodeBlock.CYRILLIC && Character.isLetter(c);
    }

    static boolean isLatin(char c) {
        return Character.isLetter(c) && Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN;
    }

    // ------------------------------------------------------------------ damaged text

    /** Runs every damaged-text rule over the segments. */
    public static void damage(List<Segment> segs, Findings out) {
        Set<String> words = wordSet(segs);
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            mojibakeLatin1(s, out);
            mojibakeUtf8(s, out);
            replacementChar(s, out);
            ligatures(s, words, out);
            splitWords(s, i + 1 < segs.size() ? segs.get(i + 1) : null, words, out);
            homoglyphs(s, out);
            strayMarks(s, out);
        }
        spellingVariants(segs, out);
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    static Set<String> wordSet(List<Segment> segs) {
        Set<String> words = new HashSet<>();
        for (Segment s : segs) {
            Matcher m = WORD.matcher(s.masked());
            while (m.find()) words.add(m.group().toLowerCase(Locale.ROOT));
        }
        return words;
    }

    private static final String HI8 = "[\\u00A8\\u00B8\\u00C0-\\u00FF]";
    private static final Pattern MOJI_1252 = Pattern.compile(HI8 + "+(?:[ \\-]" + HI8 + "+)*");
    private static final Pattern RUN3 = Pattern.compile(HI8 + "{3,}");

    /** Windows-1251 bytes read as Latin-1/Windows-1252: "Êëþ÷åâûå ñëîâà". */
    static void mojibakeLatin1(Segment s, Findings out) {
        Matcher m = MOJI_1252.matcher(s.masked());
        while (m.find()) {
            String bad = m.group();
            if (!RUN3.matcher(bad).find()) continue;
            String fixed = new String(bad.getBytes(CP1252), CP1251);
            if (script(fixed).equals("ru")) {
                out.report("text-mojibake", s.pos(m.start()), "mojibake (Windows-1251 text read as Latin-1): \""
                        + bad + "\" should read \"" + fixed + "\"");
            }
        }
    }

    private static final String UTF8_TAIL;
    private static final Pattern MOJI_UTF8;

    static {
        StringBuilder sb = new StringBuilder();
        for (int b = 0x80; b <= 0xBF; b++) {
            String c = new String(new byte[] {(byte) b}, CP1251);
            if (!c.equals("\uFFFD") && c.length() == 1) sb.append(c);
        }
        UTF8_TAIL = sb.toString();
        String tail = "[" + escapeClass(UTF8_TAIL) + "]";
        String unit = "(?:[РСВ]" + tail + "|в" + tail + "{2})";
        MOJI_UTF8 = Pattern.compile(unit + "(?:" + unit + "|[ -~])*" + unit + "|" + unit);
    }

    private static String escapeClass(String chars) {
        StringBuilder sb = new StringBuilder();
        for (char c : chars.toCharArray()) {
            if ("\\[]^-&".indexOf(c) >= 0) sb.append('\\');
            sb.append(c);
        }
        return sb.toString();
    }

    /** UTF-8 bytes read as Windows-1251: "РљР»СЋС‡РµРІС‹Рµ". */
    static void mojibakeUtf8(Segment s, Findings out) {
        Matcher m = MOJI_UTF8.matcher(s.masked());
        while (m.find()) {
            String bad = m.group();
            int pairs = 0;
            for (int i = 0; i + 1 < bad.length(); i++) {
                char c = bad.charAt(i);
                if ((c == 'Р' || c == 'С') && UTF8_TAIL.indexOf(bad.charAt(i + 1)) >= 0) pairs++;
            }
            if (pairs < 2) continue;
            try {
                String fixed = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(bad.getBytes(CP1251))).toString();
                out.report("text-mojibake", s.pos(m.start()), "mojibake (UTF-8 text read as Windows-1251): \""
                        + bad.strip() + "\" should read \"" + fixed.strip() + "\"");
            } catch (CharacterCodingException e) {
                // not mojibake after all
            }
        }
    }

    static void replacementChar(Segment s, Findings out) {
        int i = s.masked().indexOf('\uFFFD');
        if (i >= 0) {
            out.report("text-replacement-char", s.pos(i),
                    "replacement character U+FFFD: this text was decoded with the wrong encoding; restore it from the original");
        }
    }

    private static final Pattern LIGATURE = Pattern.compile(
            "(?<![\\p{L}\\p{M}\\-])(\\p{IsLatin}*(?:ffi|ffl|fi|fl|ff))( {1,3})(\\p{IsLatin}+)(?![\\p{L}\\p{M}])");
    /** Word tails that follow a ligature in English (the joined form is then a word). */
    static final Set<String> LIGATURE_TAILS = Set.copyOf(List.of("es", "ed", "er", "ers", "cacy", "cance", "cant", "cantly",
            "cation", "cations", "ciency", "cient", "ciently", "cial", "cially", "cult", "culty", "culties", "ce", "ces",
            "cer", "cers", "nal", "nally", "ned", "ne", "nes", "nite", "nity", "ght", "ghts", "ber", "bers", "brosis",
            "brotic", "broblast", "broblasts", "ltration", "ltrate", "ltrates", "llment", "eld", "elds", "gure",
            "gures", "rst", "rm", "rms", "rmed", "xed", "xation", "ow", "ows", "uid", "uids", "uorescence",
            "uorescent", "ect", "ects", "ected", "ective", "ectively", "ectiveness", "erent", "erence", "erences",
            "erential", "erentiation", "ering", "ort", "orts", "use", "used", "usion", "nding", "ndings", "nd", "nds",
            "cacious", "brin", "brinogen", "lm", "lms", "ll", "lled", "lling", "ne", "nement", "nish", "nished",
            "ve", "ame", "ags", "ag", "ap", "ight", "ecting", "icient", "iciency", "icult", "iculty", "ering",
            "ity", "ication", "ications", "ied", "ies", "ying", "y", "mmu", "lament", "laments", "lling", "xa"));
    static final Set<String> REAL_WORDS_FF = Set.copyOf(List.of("off", "staff", "cliff", "stuff", "buff", "cuff", "puff",
            "sniff", "stiff", "bluff", "chaff", "scoff", "gruff", "tariff", "sheriff", "plaintiff", "diff", "eff", "ff",
            "riff", "tiff", "huff", "snuff", "whiff", "scuff", "fluff", "gaff", "toff", "doff", "quaff", "skiff",
            "mastiff", "bailiff", "pontiff", "handcuff", "rebuff", "ruff", "kickoff", "takeoff", "cutoff", "trade-off"));
    static final Set<String> REAL_WORDS_FI = Set.of("hifi", "wifi", "scifi", "lofi");

    static void ligatures(Segment s, Set<String> words, Findings out) {
        // read unmasked: PDF copy breaks ligatures inside DOIs and URLs too ("10.3389/fi mmu.2022.954268")
        Matcher m = LIGATURE.matcher(s.text());
        while (m.find()) {
            String left = m.group(1);
            String right = m.group(3);
            String joined = left + right;
            if (!brokenLigature(left, right, words)) continue;
            out.report("text-ligature", s.pos(m.start()), "broken ligature: \"" + m.group() + "\" should read \"" + joined + "\"");
        }
    }

    /** The text with the broken ligatures {@link #ligatures} would report joined again (for parsing references). */
    public static String repairLigatures(String t, Set<String> words) {
        Matcher m = LIGATURE.matcher(t);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        while (m.find()) {
            if (!brokenLigature(m.group(1), m.group(3), words)) continue;
            sb.append(t, last, m.start()).append(m.group(1)).append(m.group(3));
            last = m.end();
        }
        return sb.append(t.substring(last)).toString();
    }

    static boolean brokenLigature(String left, String right, Set<String> words) {
        if (!Character.isLowerCase(right.charAt(0))) return false;
        String l = left.toLowerCase(Locale.ROOT);
        boolean elsewhere = words.contains((left + right).toLowerCase(Locale.ROOT));
        boolean tail = LIGATURE_TAILS.contains(right);
        if (l.endsWith("ff")) return (elsewhere || tail) && !REAL_WORDS_FF.contains(l);
        return !REAL_WORDS_FI.contains(l) && (elsewhere || tail || l.length() <= 3 || !words.contains(right));
    }

    private static final Pattern SPLIT = Pattern.compile("(?<![\\p{L}\\p{M}-])(\\p{L}*\\p{Ll})- (\\p{Ll}[\\p{L}\\p{M}]*)");
    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(?<![\\p{L}\\p{M}-])(\\p{L}*\\p{Ll})-$");
    private static final Pattern LINE_START_WORD = Pattern.compile("^\\s*(\\p{Ll}[\\p{L}\\p{M}]*)");
    static final Set<String> CONJUNCTIONS = Set.of("и", "или", "а", "либо", "and", "or", "to", "nor", "но");

    static void splitWords(Segment s, Segment next, Set<String> words, Findings out) {
        Matcher m = SPLIT.matcher(s.masked());
        while (m.find()) {
            if (CONJUNCTIONS.contains(m.group(2))) continue;
            out.report("text-split-word", s.pos(m.start()), "word split by a hyphen: \"" + m.group() + "\" should read \""
                    + joinSuggestion(m.group(1), m.group(2), words) + "\"");
        }
        if (s.kind() != Segment.Kind.BODY || next == null || next.kind() != Segment.Kind.BODY || next.line() != s.line() + 1) return;
        Matcher e = LINE_END_HYPHEN.matcher(s.masked().stripTrailing());
        Matcher n = LINE_START_WORD.matcher(next.masked());
        if (e.find() && n.find() && !CONJUNCTIONS.contains(n.group(1))) {
            out.report("text-split-word", s.pos(e.start()), "word split across lines: \"" + e.group(1) + "-\" and \""
                    + n.group(1) + "\" print as \"" + e.group(1) + "- " + n.group(1) + "\"; write \""
                    + joinSuggestion(e.group(1), n.group(1), words) + "\" on one line");
        }
    }

    private static String joinSuggestion(String left, String right, Set<String> words) {
        String plain = left + right;
        if (words.contains(plain.toLowerCase(Locale.ROOT))) return plain;
        if (words.contains((left + "-" + right).toLowerCase(Locale.ROOT))) return left + "-" + right;
        return plain;
    }

    static final String LAT_HOMO = "aceopxyABCEHKMOPTX";
    static final String CYR_HOMO = "асеорхуАВСЕНКМОРТХ";

    /**
     * The text with each word that mixes the scripts by look-alike letters only written in its own script, as
     * {@code text-homoglyph} proposes ("Lanсet" with a Cyrillic с reads "Lancet"); one character for one, so every
     * offset stays. A word with a letter that has no look-alike is left as it is.
     */
    static String repairHomoglyphs(String t) {
        StringBuilder b = new StringBuilder(t);
        Matcher m = WORD.matcher(t);
        while (m.find()) {
            Mixed x = mixed(m.group());
            if (x != null && x.fixed() != null) b.replace(m.start(), m.end(), x.fixed());
        }
        return b.toString();
    }

    /**
     * A word that mixes Latin and Cyrillic letters: the script most of its letters are in, and the word with each
     * letter of the other script written as its look-alike in that one (null when one of them has none).
     */
    private record Mixed(boolean toCyr, String fixed) {
    }

    /** The word's mix of scripts, or null for a word in one script. */
    private static Mixed mixed(String w) {
        int cyr = 0;
        int lat = 0;
        for (char c : w.toCharArray()) {
            if (isCyrillic(c)) cyr++;
            else if (isLatin(c)) lat++;
        }
        if (cyr == 0 || lat == 0) return null;
        boolean toCyr = cyr >= lat;
        String from = toCyr ? LAT_HOMO : CYR_HOMO;
        String to = toCyr ? CYR_HOMO : LAT_HOMO;
        char[] fixed = w.toCharArray();
        for (int i = 0; i < fixed.length; i++) {
            if (toCyr ? isLatin(fixed[i]) : isCyrillic(fixed[i])) {
                int k = from.indexOf(fixed[i]);
                if (k < 0) return new Mixed(toCyr, null);
                fixed[i] = to.charAt(k);
            }
        }
        return new Mixed(toCyr, new String(fixed));
    }

    static void homoglyphs(Segment s, Findings out) {
        Matcher m = WORD.matcher(s.masked());
        while (m.find()) {
            String w = m.group();
            Mixed x = mixed(w);
            if (x == null) continue;
            if (x.fixed() == null) {
                out.report("text-mixed-script", s.pos(m.start()), "word mixes Latin and Cyrillic letters: \"" + w + "\"");
                continue;
            }
            boolean toCyr = x.toCyr();
            String fixed = x.fixed();
            List<Integer> at = new ArrayList<>();
            for (int i = 0; i < w.length(); i++) if (w.charAt(i) != fixed.charAt(i)) at.add(i);
            List<Fix> fixes = new ArrayList<>();
            if (s.fixable()) {
                for (int i : at) fixes.add(s.fix(m.start() + i, m.start() + i + 1, String.valueOf(fixed.charAt(i))));
            }
            String which = toCyr ? "Latin letter" : "Cyrillic letter";
            String inWhat = toCyr ? "Cyrillic" : "Latin";
            char first = w.charAt(at.get(0));
            out.report("text-homoglyph", s.pos(m.start() + at.get(0)), which + " '" + first + "' (U+"
                    + String.format(Locale.ROOT, "%04X", (int) first) + ") in the " + inWhat + " word \"" + w
                    + "\": should read \"" + fixed + "\"", fixes);
        }
    }

    static void strayMarks(Segment s, Findings out) {
        String t = s.masked();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.getType(c) != Character.NON_SPACING_MARK) continue;
            char base = i > 0 ? t.charAt(i - 1) : ' ';
            if (Character.isLetter(base)) {
                if ((c == '\u0301' || c == '\u0300') && "аеёиоуыэюяАЕЁИОУЫЭЮЯaeiouyAEIOUY".indexOf(base) >= 0) continue;
                if (Normalizer.normalize("" + base + c, Normalizer.Form.NFC).length() == 1) continue;
            }
            String hint = "\u0313\u0314\u0315\u02BC".indexOf(c) >= 0 ? " (a damaged apostrophe?)" : "";
            out.report("text-stray-mark", s.pos(i), "stray combining mark U+" + String.format(Locale.ROOT, "%04X", (int) c)
                    + " after '" + base + "'" + hint + ": \"" + around(s.text(), i) + "\"");
        }
    }

    private static String around(String t, int i) {
        int a = i;
        while (a > 0 && !Character.isWhitespace(t.charAt(a - 1))) a--;
        int b = i + 1;
        while (b < t.length() && !Character.isWhitespace(t.charAt(b))) b++;
        if (b < t.length()) {
            b++;
            while (b < t.length() && !Character.isWhitespace(t.charAt(b))) b++;
        }
        return t.substring(a, b).strip();
    }

    private static final Pattern TERM = Pattern.compile("(?<![\\p{L}\\p{N}])[A-Za-z0-9]+(?:-[A-Za-z0-9]+)*(?![\\p{L}\\p{N}])");

    private record Form(String text, int count, Segment seg, int at, int order) {
    }

    /** The same term written two ways ("N-MYC"/"NMYC"), or with two letters swapped ("BLC-2"/"BCL-2"). */
    static void spellingVariants(List<Segment> segs, Findings out) {
        Map<String, Map<String, Form>> byKey = new LinkedHashMap<>();
        int order = 0;
        for (Segment s : segs) {
            if (s.kind() == Segment.Kind.REFERENCES) continue;
            Matcher m = TERM.matcher(s.masked());
            while (m.find()) {
                String t = m.group();
                int upper = 0;
                int lower = 0;
                for (char c : t.toCharArray()) {
                    if (c >= 'A' && c <= 'Z') upper++;
                    else if (c >= 'a' && c <= 'z') lower++;
                }
                if (upper < 2 || lower > 0) continue;
                String key = t.replace("-", "");
                if (key.length() < 3) continue;
                Map<String, Form> forms = byKey.computeIfAbsent(key, k -> new LinkedHashMap<>());
                Form f = forms.get(t);
                forms.put(t, f == null ? new Form(t, 1, s, m.start(), order++) : new Form(t, f.count() + 1, f.seg(), f.at(), f.order()));
            }
        }
        // two spellings of one key
        for (Map<String, Form> forms : byKey.values()) {
            if (forms.size() < 2) continue;
            Form main = majority(new ArrayList<>(forms.values()));
            for (Form f : forms.values()) {
                if (f == main) continue;
                out.report("text-spelling-variant", f.seg().pos(f.at()), "\"" + f.text() + "\" is also written \""
                        + main.text() + "\" (" + where(main) + "); use one spelling");
            }
        }
        // two letters swapped
        List<String> keys = new ArrayList<>(byKey.keySet());
        Map<String, Boolean> reported = new HashMap<>();
        for (int i = 0; i < keys.size(); i++) {
            for (int j = i + 1; j < keys.size(); j++) {
                String a = keys.get(i);
                String b = keys.get(j);
                if (!swapped(a, b)) continue;
                Form fa = majority(new ArrayList<>(byKey.get(a).values()));
                Form fb = majority(new ArrayList<>(byKey.get(b).values()));
                Form main = majority(List.of(fa, fb));
                Form odd = main == fa ? fb : fa;
                if (reported.putIfAbsent(odd.text(), true) != null) continue;
                out.report("text-spelling-variant", odd.seg().pos(odd.at()), "\"" + odd.text() + "\" and \"" + main.text()
                        + "\" (" + where(main) + ") differ by two swapped letters; one of them is probably a typo");
            }
        }
    }

    private static String where(Form f) {
        return "line " + f.seg().line();
    }

    /** The most frequent form; on a tie the one written first. */
    private static Form majority(List<Form> forms) {
        Form best = null;
        for (Form f : forms) {
            if (best == null || f.count() > best.count() || f.count() == best.count() && f.order() < best.order()) best = f;
        }
        return best;
    }

    static boolean swapped(String a, String b) {
        if (a.length() != b.length() || a.length() < 3 || a.equals(b)) return false;
        int i = 0;
        while (i < a.length() && a.charAt(i) == b.charAt(i)) i++;
        if (i + 1 >= a.length()) return false;
        if (a.charAt(i) != b.charAt(i + 1) || a.charAt(i + 1) != b.charAt(i)) return false;
        if (!Character.isLetter(a.charAt(i)) || !Character.isLetter(a.charAt(i + 1))) return false;
        return a.substring(i + 2).equals(b.substring(i + 2));
    }

    // ------------------------------------------------------------------ Russian typography

    private static final Pattern SHORT_WORD = Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}\\-.])([вксуоиаВКСУОИА]) (?=[\\p{L}\\p{N}«\"(\\[])");
    private static final Pattern SHORT_WORD_END = Pattern.compile("(?<![\\p{L}\\p{N}\\p{M}\\-.])([вксуоиаВКСУОИА])\\s*$");
    private static final Pattern BLOCK_START = Pattern.compile("^\\s*(?:[#>|]|[-*+]\\s|\\d+[.)]\\s|$)");
    private static final Pattern SPACE_DASH = Pattern.compile("(?<=\\S) ([–—])(?= |$)");
    private static final Pattern HYPHEN_DASH = Pattern.compile("(?<=[\\p{L}\\p{N}»)\"]) - (?=[\\p{L}\\p{N}«(\"])");
    private static final Pattern STRAIGHT_QUOTES = Pattern.compile("\"([^\"]+)\"|“([^”“]+)”|„([^“”„]+)[“”]");
    private static final Pattern RANGE = Pattern.compile(
            "(?<![\\p{L}\\p{N}.,/\\-–−])(\\d+(?:,\\d+)?)-(\\d+(?:,\\d+)?)(?![\\p{L}\\p{N}\\-]|[.,]\\d)");
    private static final Pattern PERCENT = Pattern.compile("(?<=\\d)( ?)%");
    private static final Pattern TIMES = Pattern.compile("(?<=(?<![\\p{L}])\\d{1,9}(?:,\\d{1,9})?)( ?)([xхXХ])( ?)(?=\\d)");

    /** Runs the Russian typography rules over the Russian segments of a case. */
    public static void typography(List<Segment> segs, Findings out) {
        for (int i = 0; i < segs.size(); i++) {
            Segment s = segs.get(i);
            if (!"ru".equals(s.lang()) || s.kind() == Segment.Kind.REFERENCES || s.kind() == Segment.Kind.MANUSCRIPT) continue;
            shortWords(s, i + 1 < segs.size() ? segs.get(i + 1) : null, out);
            simple(s, SPACE_DASH, 0, "typo-nbsp-dash", out, m -> String.valueOf(NBSP),
                    m -> "space before the dash \"" + m.group(1) + "\" should be non-breaking", true);
            simple(s, HYPHEN_DASH, 0, "typo-hyphen-dash", out, m -> NBSP + "– ",
                    m -> "hyphen used as a dash: write \" – \" (en dash, non-breaking space before it)", false);
            quotes(s, out);
            simple(s, RANGE, 0, "typo-range-dash", out, m -> m.group(1) + "–" + m.group(2),
                    m -> "number range \"" + m.group() + "\" should have an en dash: \"" + m.group(1) + "–" + m.group(2) + "\"", false);
            simple(s, PERCENT, 0, "typo-percent", out, m -> NBSP + "%",
                    m -> m.group(1).isEmpty() ? "no space before \"%\": write a non-breaking space between the number and %"
                            : "space before \"%\" should be non-breaking", false);
            simple(s, TIMES, 0, "typo-times", out, m -> NBSP + "×" + NBSP,
                    m -> "\"" + m.group(2) + "\" used as a multiplication sign: write \"×\" (6,2 × 10^8^)", false);
        }
    }

    private interface Fn {
        String apply(Matcher m);
    }

    private static void simple(Segment s, Pattern p, int group, String rule, Findings out, Fn replacement, Fn message,
                               boolean spaceOnly) {
        Matcher m = p.matcher(s.masked());
        while (m.find()) {
            if (!s.clear(m.start(), m.end())) continue;
            // spaceOnly: the match starts with the space to make non-breaking, and only that is replaced
            int end = spaceOnly ? m.start() + 1 : m.end();
            List<Fix> fixes = s.fixable() ? List.of(s.fix(m.start(), end, replacement.apply(m))) : List.of();
            out.report(rule, s.pos(m.start()), message.apply(m), fixes);
        }
    }

    static void shortWords(Segment s, Segment next, Findings out) {
        Matcher m = SHORT_WORD.matcher(s.masked());
        List<Fix> fixes = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int first = -1;
        while (m.find()) {
            if (first < 0) first = m.start();
            if (!seen.contains(m.group(1))) seen.add(m.group(1));
            if (s.fixable()) fixes.add(s.fix(m.end(1), m.end(1) + 1, String.valueOf(NBSP)));
        }
        // a one-letter word at the end of a line is followed by the line break: a space in print
        if (s.kind() == Segment.Kind.BODY && next != null && next.kind() == Segment.Kind.BODY && next.line() == s.line() + 1
                && !BLOCK_START.matcher(next.text()).find()) {
            Matcher e = SHORT_WORD_END.matcher(s.masked());
            if (e.find()) {
                if (first < 0) first = e.start();
                if (!seen.contains(e.group(1))) seen.add(e.group(1));
                if (s.fixable() && next.fixable()) {
                    int lead = 0;
                    while (lead < next.text().length() && Character.isWhitespace(next.text().charAt(lead))) lead++;
                    fixes.add(new Fix(s.file(), s.offset() + e.end(1), next.offset() + lead, String.valueOf(NBSP)));
                }
            }
        }
        if (first < 0) return;
        int n = Math.max(fixes.size(), 1);
        String what = String.join(", ", seen);
        String msg = (n == 1 || !s.fixable() ? "one-letter word (" + what + ") should be followed by a non-breaking space"
                : n + " one-letter words (" + what + ") on this line should be followed by a non-breaking space");
        out.report("typo-nbsp-short-word", s.pos(first), msg, fixes);
    }

    static void quotes(Segment s, Findings out) {
        Matcher m = STRAIGHT_QUOTES.matcher(s.masked());
        while (m.find()) {
            if (s.quoted() && m.group().startsWith("\"")) continue;
            int g = m.group(1) != null ? 1 : m.group(2) != null ? 2 : 3;
            if (!s.clear(m.start(), m.start() + 1) || !s.clear(m.end(g), m.end())) continue;
            List<Fix> fixes = s.fixable() ? List.of(s.fix(m.start(), m.start() + 1, "«"), s.fix(m.end(g), m.end(), "»"))
                    : List.of();
            out.report("typo-quotes", s.pos(m.start()), "quotes in Russian text should be «ёлочки»: «" + m.group(g) + "»", fixes);
        }
    }
}
