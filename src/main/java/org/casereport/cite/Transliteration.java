package org.casereport.cite;

import com.ibm.icu.text.Transliterator;
import java.util.Locale;
import java.util.Map;

/**
 * Russian Cyrillic to Latin script, by the system a journal sets ({@code references.transliteration}).
 *
 * <ul>
 *   <li>{@code bgn}: BGN/PCGN 1947, by ICU4J's {@code Russian-Latin/BGN}, then simplified the way English-language
 *       journals print it: no diaeresis ({@code ë} → {@code e}) and no soft/hard sign marks ({@code ʹ ʺ} dropped),
 *       so "Соловьёв" → "Solovyev", "Ильин" → "Ilin", "Красные" → "Krasnyye", "Юрий" → "Yuriy".</li>
 *   <li>{@code bsi}: the BSI table (British Standards Institution) that Russian journals ask for in their
 *       "References": е, ё, э → e; й → i; ы → y; ъ → "; ь → '; х → kh; ц → ts; щ → shch; ю → yu; я → ya.
 *       ICU has no such transform, so the table is written here.</li>
 *   <li>{@code lc}: the Library of Congress table as journals print it, without diacritics or ligatures: as BSI, but
 *       ю → iu, я → ia ("Юрьев" → "Iur'ev").</li>
 * </ul>
 * Initials (one letter) are transliterated alone by {@link #initial}: Е, Ё, Э → E in both systems, as the journals print
 * "Skorobogatova E.V." (BGN proper would give "Ye.").
 */
public final class Transliteration {
    private static final Map<Character, String> BSI = Map.ofEntries(
            Map.entry('а', "a"), Map.entry('б', "b"), Map.entry('в', "v"), Map.entry('г', "g"), Map.entry('д', "d"),
            Map.entry('е', "e"), Map.entry('ё', "e"), Map.entry('ж', "zh"), Map.entry('з', "z"), Map.entry('и', "i"),
            Map.entry('й', "i"), Map.entry('к', "k"), Map.entry('л', "l"), Map.entry('м', "m"), Map.entry('н', "n"),
            Map.entry('о', "o"), Map.entry('п', "p"), Map.entry('р', "r"), Map.entry('с', "s"), Map.entry('т', "t"),
            Map.entry('у', "u"), Map.entry('ф', "f"), Map.entry('х', "kh"), Map.entry('ц', "ts"), Map.entry('ч', "ch"),
            Map.entry('ш', "sh"), Map.entry('щ', "shch"), Map.entry('ъ', "\""), Map.entry('ы', "y"), Map.entry('ь', "'"),
            Map.entry('э', "e"), Map.entry('ю', "yu"), Map.entry('я', "ya"));

    /**
     * The Library of Congress table without its diacritics and ligatures, as Russian journals print it ("LC" on
     * translit.ru): й → i, ы → y, ь → ', ъ → ", э → e, ю → iu, я → ia, ё → e, х → kh, ц → ts, щ → shch.
     */
    private static final Map<Character, String> LC;

    static {
        Map<Character, String> lc = new java.util.HashMap<>(BSI);
        lc.put('ю', "iu");
        lc.put('я', "ia");
        LC = Map.copyOf(lc);
    }

    private final String system;
    private final Transliterator icu;
    private final Map<Character, String> table;

    private Transliteration(String system, Transliterator icu, Map<Character, String> table) {
        this.system = system;
        this.icu = icu;
        this.table = table;
    }

    /** The known system names. */
    public static final java.util.List<String> SYSTEMS = java.util.List.of("bgn", "bsi", "lc");

    /** @param system "bgn" or "bsi" (case-insensitive); null means bgn */
    public static Transliteration of(String system) {
        String s = system == null ? "bgn" : system.trim().toLowerCase(Locale.ROOT);
        return switch (s) {
            case "bgn", "bgn/pcgn", "bgn-pcgn" -> Holder.BGN;
            case "bsi" -> Holder.BSI_T;
            case "lc", "ala-lc", "loc" -> Holder.LC_T;
            default -> throw new IllegalArgumentException("unknown transliteration \"" + system + "\"; known: " + SYSTEMS);
        };
    }

    private static final class Holder {
        private static final Transliterator REST = Transliterator.getInstance("Cyrillic-Latin; Latin-ASCII");

        /** What is still Cyrillic after a system's table, by ICU's general transform, to plain Latin letters. */
        static String rest(String t) {
            String out;
            synchronized (REST) {
                out = REST.transliterate(t);
            }
            return out.replace("·", "");
        }

        static final Transliteration BGN = new Transliteration("bgn", Transliterator.getInstance("Russian-Latin/BGN"), null);
        static final Transliteration BSI_T = new Transliteration("bsi", null, BSI);
        static final Transliteration LC_T = new Transliteration("lc", null, LC);
    }

    public String system() {
        return system;
    }

    /** Whether the text holds Cyrillic letters. */
    public static boolean hasCyrillic(String s) {
        if (s == null) return false;
        for (int i = 0; i < s.length(); i++) {
            if (Character.UnicodeScript.of(s.charAt(i)) == Character.UnicodeScript.CYRILLIC) return true;
        }
        return false;
    }

    /**
     * Text (names, titles, journal names) in Latin script; non-Cyrillic characters pass unchanged. The result holds no
     * Cyrillic letter and none of ICU's marks (the BGN middle dot "t·s" that tells тс from ц, the primes for ь and ъ,
     * the diaeresis of ё): a letter no system maps (Ukrainian і, ї, є, ґ; Belarusian ў) is written by ICU's general
     * Cyrillic-Latin transform without its diacritics.
     */
    public String latin(String text) {
        if (text == null || !hasCyrillic(text)) return text;
        String t;
        if (icu != null) {
            synchronized (icu) {
                t = icu.transliterate(text);
            }
            t = t.replace("ʹ", "").replace("ʺ", "").replace("·", "").replace("ë", "e").replace("Ë", "E");
        } else {
            t = table(text, table);
        }
        return hasCyrillic(t) || t.indexOf('·') >= 0 ? Holder.rest(t) : t;
    }

    /** One initial letter ("Ю" → "Yu", "Е" → "E", "Ж" → "Zh"). */
    public String initial(String letter) {
        if (letter == null || letter.isEmpty()) return letter;
        char c = letter.charAt(0);
        char lc = Character.toLowerCase(c);
        if (lc == 'е' || lc == 'ё' || lc == 'э') return Character.isUpperCase(c) ? "E" : "e";
        String t = latin(letter);
        if (t.isEmpty()) return t;
        return Character.isUpperCase(c) ? Character.toUpperCase(t.charAt(0)) + t.substring(1).toLowerCase(Locale.ROOT) : t;
    }

    private static String table(String text, Map<Character, String> table) {
        StringBuilder sb = new StringBuilder(text.length() + 8);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            char lc = Character.toLowerCase(c);
            String m = table.get(lc);
            if (m == null) {
                sb.append(c);
                continue;
            }
            if (c == lc || m.isEmpty() || !Character.isLetter(m.charAt(0))) {
                sb.append(m);
            } else if (m.length() > 1 && (upperLetterAt(text, i + 1) || (!letterAt(text, i + 1) && upperLetterAt(text, i - 1)))) {
                sb.append(m.toUpperCase(Locale.ROOT)); // ЩУКИН → SHCHUKIN
            } else {
                sb.append(Character.toUpperCase(m.charAt(0))).append(m, 1, m.length());
            }
        }
        return sb.toString();
    }

    private static boolean letterAt(String s, int i) {
        return i >= 0 && i < s.length() && Character.isLetter(s.charAt(i));
    }

    private static boolean upperLetterAt(String s, int i) {
        return letterAt(s, i) && Character.isUpperCase(s.charAt(i));
    }
}
