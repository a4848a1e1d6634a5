package org.casereport.check;

import java.time.Year;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.check.EntryParts.Part;
import org.casereport.check.EntryParts.Type;

/**
 * The checks of one reference entry that read its parts ({@link EntryParser}) and, where a part could not be
 * found, the text itself: identifiers, labels, dashes, scripts, spacing, damaged fragments, missing parts. Each
 * deviation is a {@link Deviation}: the stretch of the entry that is wrong and, when it can be repaired without
 * guessing, what it should read. None invents a fact: a missing DOI is reported, never made up.
 */
public final class EntryRules {
    /** One deviation: the rule, the stretch {@code [start, end)} of the entry, the message, the repair (null when there is none). */
    public record Deviation(String rule, int start, int end, String message, String replacement) {
    }

    /**
     * What the journal's style prints, as far as these checks need it; {@code issueRequired}: whether an article
     * without its issue is reported (journal.yaml {@code checks: {issue: optional|required}}; NLM allows leaving
     * the issue out where a journal pages its volume continuously).
     */
    public record StyleTraits(String doiLabel, String inRussian, boolean compactLocator, boolean nlmAbbreviations, boolean printsDoi,
            boolean issueRequired) {
        public static final StyleTraits VANCOUVER = new StyleTraits("doi: ", "(In Russ.)", true, true, true, true);
    }

    private EntryRules() {
    }

    private static final Pattern DASH_IN_DOI = Pattern.compile("[–—‑‐−]");
    private static final Pattern JUNK = Pattern.compile(
            "(?iu)Читать ещ[её]\\s*>?|\\[email\\s*protected]|Скачать(?:\\s+файл)?|Надоели баннеры\\??|Availablefrom:?|Show more|"
                    + "View (?:Article|in Scopus|at Publisher)|Google Scholar|CrossRef|PubMed(?= |$)|[►•|]");
    private static final Pattern DOUBLED_PUNCT = Pattern.compile("(?<![.])([.,;:])\\s?\\1(?![.])|\\.\\s\\.(?!\\s?\\.)");
    private static final Pattern SPACE_BEFORE = Pattern.compile("(?<=\\S) +([.,;:])(?=\\s|$)");
    private static final Pattern NO_SPACE_AFTER_COMMA = Pattern.compile("(?<=[\\p{L}.]),(?=\\p{L})");
    /** "M.:Geotar" — a place of publication run into its publisher. */
    private static final Pattern NO_SPACE_AFTER_COLON = Pattern.compile("(?<=\\p{L}\\.):(?=\\p{L})");

    public static List<Deviation> check(String text, EntryParts p, StyleTraits style, int currentYear) {
        List<Deviation> out = new ArrayList<>();
        String masked = maskIds(text, p);
        doi(text, p, style, out);
        inRussian(text, p, style, out);
        junk(text, masked, out);
        spacing(text, masked, p, style, out);
        initials(text, p, out);
        titleCompounds(text, p, out);
        year(p, currentYear, out);
        pages(text, p, out);
        supplement(text, masked, out);
        authorSeparators(text, p, out);
        journal(text, p, style, out);
        missing(p, style, out);
        return out;
    }

    /** The entry with DOI, URL and the Latin version's brackets left as they are, other text as written; ids as NUL. */
    private static String maskIds(String text, EntryParts p) {
        char[] c = text.toCharArray();
        for (Part q : new Part[] {p.doiWithLabel, p.url}) {
            if (q != null) java.util.Arrays.fill(c, q.start(), q.end(), '\u0000');
        }
        return new String(c);
    }

    // ------------------------------------------------------------------------------------------ identifiers

    static void doi(String text, EntryParts p, StyleTraits style, List<Deviation> out) {
        if (p.doi == null) return;
        String label = text.substring(p.doiWithLabel.start(), p.doi.start());
        String lower = label.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        String doi = p.doi.text();
        String fixed = DASH_IN_DOI.matcher(doi).replaceAll("-").replaceAll("\\s+", "").replaceFirst("^10,", "10.");
        fixed = toLatin(fixed);
        String expected = style.doiLabel() + fixed;
        if (!fixed.equals(doi)) {
            String what = DASH_IN_DOI.matcher(doi).find() ? "a dash that is not a hyphen" : doi.matches(".*\\s.*") ? "a space (a DOI broken across lines?)"
                    : doi.startsWith("10,") ? "a comma for the full stop" : "Cyrillic letters that look Latin";
            out.add(new Deviation("ref-doi-malformed", p.doi.start(), p.doi.end(), "the DOI has " + what + ": found \"" + doi
                    + "\", expected \"" + fixed + "\"", fixed));
        }
        String problem = null;
        if (lower.matches("(?:doi:?){2,}.*|.*(?:doi:?)+(?:url:)?.*(?:doi:?)+.*")) problem = "a doubled label";
        else if (lower.matches(".*(?:001|d0i|do1|d01).*")) problem = "a damaged label (OCR)";
        else if (lower.contains("dx.doi.org")) problem = "the legacy dx.doi.org resolver";
        else if (lower.contains("url:")) problem = "a URL label";
        else if (lower.contains("doi.org") && lower.startsWith("doi")) problem = "both a label and a resolver";
        else if (lower.contains("doi.org") && style.printsDoi()) problem = "a resolver link where the style prints \"" + style.doiLabel().strip() + "\"";
        // a style that prints no DOI (NLM) has no label to ask for: only a damaged label (above) is a finding
        else if (!style.printsDoi()) problem = null;
        else if (!lower.isEmpty() && !lower.equals(style.doiLabel().toLowerCase(Locale.ROOT).replaceAll("\\s+", ""))) {
            problem = "the label \"" + label.strip() + "\" where the style prints \"" + style.doiLabel().strip() + "\"";
        } else if (lower.isEmpty() && style.printsDoi()) problem = "no label";
        if (problem != null) {
            out.add(new Deviation("ref-doi-label", p.doiWithLabel.start(), p.doi.start(), "the DOI has " + problem + ": found \""
                    + text.substring(p.doiWithLabel.start(), p.doi.end()) + "\", expected \"" + expected + "\"", style.doiLabel()));
        }
    }

    /** The DOI as it should read: hyphens for dashes, no spaces, Latin letters. */
    static String toLatinDoi(String doi) {
        return toLatin(DASH_IN_DOI.matcher(doi).replaceAll("-").replaceAll("\\s+", "").replaceFirst("^10,", "10."));
    }

    private static String toLatin(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            int k = TextRules.CYR_HOMO.indexOf(c);
            b.append(k >= 0 ? TextRules.LAT_HOMO.charAt(k) : c);
        }
        return b.toString();
    }

    static void inRussian(String text, EntryParts p, StyleTraits style, List<Deviation> out) {
        if (p.inRussian == null) return;
        String found = p.inRussian.text().strip();
        String core = found.endsWith(".") && !found.endsWith("Russ.)") ? found.substring(0, found.length() - 1) : found;
        if (core.equals(style.inRussian())) return;
        int end = p.inRussian.start() + core.length();
        out.add(new Deviation("ref-in-russian", p.inRussian.start(), end, "the language note reads \"" + core + "\", the style prints \""
                + style.inRussian() + "\"", style.inRussian()));
    }

    // ------------------------------------------------------------------------------------------ text

    static void junk(String text, String masked, List<Deviation> out) {
        Matcher m = JUNK.matcher(masked);
        while (m.find()) {
            String f = m.group();
            String repl = f.equalsIgnoreCase("Availablefrom:") || f.equalsIgnoreCase("Availablefrom") ? "Available from:" : "";
            out.add(new Deviation("ref-junk", m.start(), m.end(), "a fragment that is not part of a reference (copied with the page?): \""
                    + f + "\"", repl.isEmpty() ? null : repl));
        }
        m = DOUBLED_PUNCT.matcher(masked);
        while (m.find()) {
            if (text.substring(Math.max(0, m.start() - 2), Math.min(text.length(), m.end() + 2)).contains("...")) continue;
            out.add(new Deviation("ref-junk", m.start(), m.end(), "doubled punctuation \"" + m.group() + "\"", m.group().substring(0, 1)));
        }
    }

    static void spacing(String text, String masked, EntryParts p, StyleTraits style, List<Deviation> out) {
        Matcher m = SPACE_BEFORE.matcher(masked);
        while (m.find()) {
            // "М. : Медицина" and "Т. 4 ; № 2" are GOST punctuation with spaces on both sides
            int after = m.end();
            if (m.group(1).equals(":") || m.group(1).equals(";") && p.layout.equals("gost")) continue;
            if (after < text.length() && text.charAt(after) == ' ' && (m.group(1).equals(";") || m.group(1).equals(":"))) continue;
            out.add(new Deviation("ref-spacing", m.start(), m.end(), "a space before \"" + m.group(1) + "\"", m.group(1)));
        }
        m = NO_SPACE_AFTER_COMMA.matcher(masked);
        while (m.find()) {
            out.add(new Deviation("ref-spacing", m.start(), m.end(), "no space after a comma: \"" + around(text, m.start()) + "\"", ", "));
        }
        m = NO_SPACE_AFTER_COLON.matcher(masked);
        while (m.find()) {
            out.add(new Deviation("ref-spacing", m.start(), m.end(), "no space after a colon: \"" + around(text, m.start()) + "\"", ": "));
        }
        // spaces inside the locator "2018; 391 (10125): 1023–1075" where the style prints "2018;391(10125):1023–1075"
        if (style.compactLocator() && p.type == Type.ARTICLE && p.year != null && (p.volume != null || p.issue != null || p.pages != null)) {
            int a = p.year.start();
            int b = p.pages != null ? p.pages.end() : p.issue != null ? p.issue.end() + 1 : p.volume.end();
            if (b <= text.length() && b > a) {
                String loc = text.substring(a, b);
                if (loc.contains(";") && loc.matches("(?s).*[;:(]\\s.*|.*\\s[;:(].*|.*\\d\\s\\(.*")) {
                    String compact = loc.replaceAll("\\s*([;:])\\s*", "$1").replaceAll("\\s*\\(\\s*", "(").replaceAll("\\s*\\)", ")");
                    if (p.date != null) compact = compact.replaceFirst("^(\\d{4})(\\p{Lu})", "$1 $2");
                    out.add(new Deviation("ref-locator-spacing", a, b, "spaces inside the year;volume(issue):pages: found \"" + loc
                            + "\", expected \"" + compact + "\"", compact));
                }
            }
        }
    }

    private static String around(String t, int i) {
        return t.substring(Math.max(0, i - 12), Math.min(t.length(), i + 12));
    }

    /** Latin initials with a Cyrillic letter that looks the same ("Smith А." with Cyrillic А), and the reverse. */
    static void initials(String text, EntryParts p, List<Deviation> out) {
        if (p.authorsPart == null) return;
        int a = p.authorsPart.start();
        String s = text.substring(a, p.authorsPart.end());
        Matcher w = Pattern.compile("[\\p{L}\\p{M}.-]+").matcher(s);
        String script = TextRules.script(s);
        while (w.find()) {
            String word = w.group();
            StringBuilder fixed = new StringBuilder();
            boolean bad = false;
            boolean homo = true;
            for (char c : word.toCharArray()) {
                boolean foreign = script.equals("en") ? TextRules.isCyrillic(c) : TextRules.isLatin(c);
                if (foreign) {
                    bad = true;
                    String from = script.equals("en") ? TextRules.CYR_HOMO : TextRules.LAT_HOMO;
                    String to = script.equals("en") ? TextRules.LAT_HOMO : TextRules.CYR_HOMO;
                    int k = from.indexOf(c);
                    if (k < 0) homo = false;
                    fixed.append(k >= 0 ? to.charAt(k) : c);
                } else {
                    fixed.append(c);
                }
            }
            if (bad) {
                out.add(new Deviation("ref-author-script", a + w.start(), a + w.end(), "the author name \"" + word + "\" mixes "
                        + (script.equals("en") ? "Cyrillic letters into Latin" : "Latin letters into Cyrillic")
                        + (homo ? ": expected \"" + fixed + "\"" : ""), homo ? fixed.toString() : null));
            }
        }
    }

    /**
     * A compound of a Latin-script title whose parts are in two scripts ("В-cell" with a Cyrillic В): the damaged-text
     * rules read each part as a word of its own script, so the mix is found here.
     */
    static void titleCompounds(String text, EntryParts p, List<Deviation> out) {
        if (p.title == null || !TextRules.script(p.title.text()).equals("en")) return;
        Matcher w = Pattern.compile("\\p{L}+(?:-\\p{L}+)+").matcher(p.title.text());
        while (w.find()) {
            String word = w.group();
            if (word.chars().noneMatch(c -> TextRules.isCyrillic((char) c)) || word.chars().noneMatch(c -> TextRules.isLatin((char) c))) continue;
            StringBuilder fixed = new StringBuilder();
            boolean homo = true;
            for (char c : word.toCharArray()) {
                int k = TextRules.isCyrillic(c) ? TextRules.CYR_HOMO.indexOf(c) : -2;
                if (k == -1) homo = false;
                fixed.append(k >= 0 ? TextRules.LAT_HOMO.charAt(k) : c);
            }
            int at = p.title.start() + w.start();
            out.add(new Deviation("ref-author-script", at, at + word.length(), "the title word \"" + word + "\" mixes Cyrillic letters into Latin"
                    + (homo ? ": expected \"" + fixed + "\"" : ""), homo ? fixed.toString() : null));
        }
        // a Cyrillic look-alike standing alone among Latin words ("peripheral В cell" with a Cyrillic В): when the title
        // has no Cyrillic word of its own, the letter is the Latin one typed in the wrong layout
        if (CYRILLIC_WORD.matcher(p.title.text()).find()) return;
        Matcher one = LONE_LETTER.matcher(p.title.text());
        while (one.find()) {
            char c = one.group().charAt(0);
            int k = TextRules.CYR_HOMO.indexOf(c);
            if (!TextRules.isCyrillic(c) || k < 0) continue;
            int at = p.title.start() + one.start();
            String latin = String.valueOf(TextRules.LAT_HOMO.charAt(k));
            out.add(new Deviation("ref-author-script", at, at + 1, "the title word \"" + c + "\" is a Cyrillic letter among Latin words: expected \""
                    + latin + "\"", latin));
        }
    }

    /** A word of two or more Cyrillic letters, not part of a compound with Latin parts. */
    private static final Pattern CYRILLIC_WORD = Pattern.compile("(?<![\\p{L}-])[\\p{IsCyrillic}]{2,}(?![\\p{L}-])");
    /** A letter standing alone: no letter, digit or hyphen on either side. */
    private static final Pattern LONE_LETTER = Pattern.compile("(?<![\\p{L}\\p{N}-])\\p{L}(?![\\p{L}\\p{N}-])");

    static void year(EntryParts p, int currentYear, List<Deviation> out) {
        if (p.year == null) return;
        int y = Integer.parseInt(p.year.text());
        if (y > currentYear) {
            out.add(new Deviation("ref-year-future", p.year.start(), p.year.end(), "the year " + y + " is in the future (it is "
                    + currentYear + ")", null));
        }
    }

    private static final Pattern RANGE = Pattern.compile("^([A-Za-z]*)(\\d+)([A-Za-z]?)\\s*[-–—‑]\\s*([A-Za-z]*)(\\d+)([A-Za-z]?)$");

    /** Two numbers next to each other in a DOI, "…2019.3.12-18", "…-2023-27-1-92-110": a page range it may name. */
    private static final Pattern DOI_NUMBER_PAIR = Pattern.compile("(?<=[./_-])(\\d{1,5})[-_.](?=(\\d{1,5})(?:$|[./_-]))");

    static void pages(String text, EntryParts p, List<Deviation> out) {
        if (p.pages == null) return;
        joinedRange(p, out);
        Matcher m = RANGE.matcher(p.pages.text());
        if (!m.matches()) return;
        String a = m.group(2);
        String b = m.group(5);
        String full = b.length() < a.length() ? a.substring(0, a.length() - b.length()) + b : b;
        if (full.length() > 9 || a.length() > 9) return;
        if (Long.parseLong(full) < Long.parseLong(a)) {
            out.add(new Deviation("ref-pages-reversed", p.pages.start(), p.pages.end(), "the page range \"" + p.pages.text()
                    + "\" ends before it begins: check the pages against the source", null));
        }
    }

    /**
     * "2019;(3):1218" with the DOI "…2019.3.12-18": a page range whose dash was lost, read as one page. Reported only
     * where the entry's own DOI names the range (first page below the last, their digits the page written), so the
     * repair "12–18" is a fact of the entry; a long single page without such a DOI cannot be told from an article
     * number and is left alone.
     */
    static void joinedRange(EntryParts p, List<Deviation> out) {
        String pg = p.pages.text();
        if (p.doi == null || !pg.matches("\\d{3,10}")) return;
        Matcher m = DOI_NUMBER_PAIR.matcher(toLatinDoi(p.doi.text()));
        while (m.find()) {
            String a = m.group(1);
            String b = m.group(2);
            if (!(a + b).equals(pg) || a.startsWith("0") || b.startsWith("0")) continue;
            String last = b.length() < a.length() ? a.substring(0, a.length() - b.length()) + b : b;
            if (Long.parseLong(last) <= Long.parseLong(a)) continue;
            out.add(new Deviation("ref-pages-joined", p.pages.start(), p.pages.end(), "the pages \"" + pg + "\" are the range " + a + "–" + b
                    + " its DOI names, with the dash lost: expected \"" + a + "–" + b + "\"", a + "–" + b));
            return;
        }
    }

    /** "63 Suppl 4(Suppl 4)", "Suppl. Suppl", "Suppl 1 Suppl 1": the supplement written twice in the locator. */
    private static final Pattern SUPPL_DOUBLED = Pattern.compile(
            "(?i)\\b(Suppl\\.?(?:\\s*(\\d+|[A-Z]))?)\\s*\\(?\\s*Suppl\\b\\.?(?:\\s*(\\d+|[A-Z]))?\\s*\\)?");

    static void supplement(String text, String masked, List<Deviation> out) {
        Matcher m = SUPPL_DOUBLED.matcher(masked);
        while (m.find()) {
            String first = m.group(2);
            String second = m.group(3);
            if (first != null && second != null && !first.equalsIgnoreCase(second)) continue;   // two different supplements
            String keep = m.group(1).replaceAll("\\s+", " ");
            if (first == null && second != null) keep = keep.strip() + " " + second;
            int end = m.end();
            // "Suppl 4(Suppl 4):" keeps what follows; an unbalanced bracket stays outside the stretch
            String found = text.substring(m.start(), end);
            if (found.endsWith(" ")) end--;
            out.add(new Deviation("ref-supplement-doubled", m.start(), end, "the supplement is written twice: found \""
                    + text.substring(m.start(), end) + "\", expected \"" + keep + "\"", keep));
        }
    }

    /** "Carson JL MA, Hebert PC": two sets of initials in one name — a comma (or a name) lost between two people. */
    private static final Pattern TWO_INITIALS = Pattern.compile(
            "(?<=^|, |\\bIn: )(\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+)*) (\\p{Lu}{1,3}) (\\p{Lu}{1,3})(?=, |\\. |\\.$|$)");
    /** "Smith J; Jones K" (a semicolon), "Smith J, Jones K and Brown L", "… & Brown L" between personal names. */
    private static final Pattern WRONG_SEPARATOR = Pattern.compile(
            "(?<=\\b\\p{Lu}{1,3})(;| and| &|, and|, &) (?=\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+)* \\p{Lu}{1,3}(?:[,;] |\\. |\\.$| and | & ))");

    static void authorSeparators(String text, EntryParts p, List<Deviation> out) {
        if (!p.layout.equals("vancouver")) return;
        // the people of the entry: its authors, up to the title, and a chapter's editors ("In: … editors.")
        int end = p.title != null ? p.title.start() : p.authorsPart != null ? p.authorsPart.end() : 0;
        List<int[]> spans = new ArrayList<>();
        if (end > 0) spans.add(new int[] {0, Math.min(end, text.length())});
        Matcher in = Pattern.compile("\\bIn: ([^.]*?)(?:, )?\\b(?:editors?|eds?)\\b").matcher(text);
        if (in.find()) spans.add(new int[] {in.start(), in.end(1)});
        for (int[] sp : spans) {
            String s = text.substring(sp[0], sp[1]);
            if (!TextRules.script(s).equals("en")) continue;
            Matcher m = TWO_INITIALS.matcher(s);
            while (m.find()) {
                out.add(new Deviation("ref-author-separator", sp[0] + m.start(), sp[0] + m.end(), "\"" + m.group()
                        + "\" has two sets of initials: a comma or a name lost between two people? (check against the source)", null));
            }
            m = WRONG_SEPARATOR.matcher(s);
            while (m.find()) {
                out.add(new Deviation("ref-author-separator", sp[0] + m.start(), sp[0] + m.end(), "\"" + m.group().strip()
                        + "\" between authors, where the style separates them by a comma", ", "));
            }
        }
    }

    // ------------------------------------------------------------------------------------------ journal

    /** Words of journal titles and their NLM (ISO 4) abbreviations. */
    static final Map<String, String> LTWA = new HashMap<>();

    static {
        String[] pairs = {
            "journal", "J", "journals", "J", "international", "Int", "american", "Am", "british", "Br", "european", "Eur",
            "clinical", "Clin", "clinic", "Clin", "oncology", "Oncol", "oncological", "Oncol", "hematology", "Hematol",
            "haematology", "Haematol", "haematologica", "Haematologica", "pediatric", "Pediatr", "paediatric", "Paediatr",
            "pediatrics", "Pediatr", "paediatrics", "Paediatr", "medicine", "Med", "medical", "Med", "research", "Res",
            "reports", "Rep", "report", "Rep", "case", "Case", "cancer", "Cancer", "annals", "Ann", "archives", "Arch",
            "biology", "Biol", "biological", "Biol", "biomaterials", "Biomater", "functional", "Funct", "surgery", "Surg",
            "surgical", "Surg", "pathology", "Pathol", "blood", "Blood", "transfusion", "Transfus", "immunology", "Immunol",
            "frontiers", "Front", "in", "", "of", "", "the", "", "and", "", "for", "", "on", "", "science", "Sci", "sciences", "Sci",
            "national", "Natl", "institute", "Inst", "new", "N", "england", "Engl", "lancet", "Lancet", "nature", "Nat",
            "reviews", "Rev", "review", "Rev", "therapy", "Ther", "therapeutics", "Ther", "drugs", "Drugs", "genetics", "Genet",
            "molecular", "Mol", "cell", "Cell", "cellular", "Cell", "experimental", "Exp", "translational", "Transl",
            "leukemia", "Leukemia", "lymphoma", "Lymphoma", "bone", "Bone", "marrow", "Marrow", "transplantation", "Transplant",
            "radiology", "Radiol", "radiation", "Radiat", "diagnostic", "Diagn", "neurology", "Neurol", "endocrinology", "Endocrinol",
            "gastroenterology", "Gastroenterol", "cardiology", "Cardiol", "dermatology", "Dermatol", "urology", "Urol",
            "nephrology", "Nephrol", "infectious", "Infect", "diseases", "Dis", "disease", "Dis", "public", "Public", "health", "Health",
            "academy", "Acad", "association", "Assoc", "society", "Soc", "proceedings", "Proc", "physiology", "Physiol",
            "pharmacology", "Pharmacol", "chemistry", "Chem", "biochemistry", "Biochem", "current", "Curr", "opinion", "Opin",
            "advances", "Adv", "world", "World", "modern", "Mod", "today", "Today", "hematologic", "Hematol", "malignancies", "Malig",
            "communications", "Commun", "letters", "Lett", "oncologist", "Oncologist", "critical", "Crit", "care", "Care",
            "emergency", "Emerg", "internal", "Intern", "general", "Gen", "family", "Fam", "practice", "Pract", "investigation", "Invest",
            "indian", "Indian", "chinese", "Chin", "japanese", "Jpn", "korean", "Korean", "german", "Ger", "russian", "Russ",
        };
        for (int i = 0; i < pairs.length; i += 2) LTWA.put(pairs[i], pairs[i + 1]);
    }

    static void journal(String text, EntryParts p, StyleTraits style, List<Deviation> out) {
        if (!style.nlmAbbreviations() || p.type != Type.ARTICLE || p.container == null || p.layout.equals("gost") && p.latin == null && false) return;
        String j = p.container.text();
        if (!TextRules.script(j).equals("en") || j.contains("=") || j.matches(".*\\p{IsCyrillic}.*")) return;
        if (j.contains(".")) {
            String fixed = j.replace(".", "").replaceAll("\\s+", " ").strip();
            fixed = abbreviate(fixed, true);
            out.add(new Deviation("ref-journal-abbrev", p.container.start(), p.container.end(), "the journal abbreviation \"" + j
                    + "\" has full stops; the style prints the NLM abbreviation \"" + fixed + "\"", fixed));
            return;
        }
        String[] words = j.split("\\s+");
        if (words.length < 2) return;
        String abbr = abbreviate(j, false);
        if (abbr != null && !abbr.equals(j)) {
            out.add(new Deviation("ref-journal-abbrev", p.container.start(), p.container.end(), "the full journal name \"" + j
                    + "\" where the style prints the NLM abbreviation \"" + abbr + "\"", abbr));
        }
    }

    /**
     * The NLM abbreviation of a journal name, word by word; null when a word of a full name is not known (so no
     * abbreviation is guessed). With {@code lenient}, unknown words are kept as written (an abbreviation already).
     */
    static String abbreviate(String name, boolean lenient) {
        List<String> out = new ArrayList<>();
        boolean changed = false;
        for (String w : name.split("\\s+")) {
            String key = w.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
            String a = LTWA.get(key);
            if (a == null) {
                if (!lenient && w.length() > 4 && !w.equals(w.toUpperCase(Locale.ROOT))) return null;
                out.add(w);
                continue;
            }
            if (!a.equalsIgnoreCase(w)) changed = true;
            if (!a.isEmpty()) out.add(a);
        }
        if (!changed && !lenient) return name;
        return String.join(" ", out);
    }

    // ------------------------------------------------------------------------------------------ missing parts

    static void missing(EntryParts p, StyleTraits style, List<Deviation> out) {
        if (p.type == Type.UNKNOWN) return;   // reported once, as a split that failed
        List<String> m = p.missing();
        m.remove("authors");   // an entry without personal authors is not wrong by itself
        if (!style.issueRequired()) m.remove("issue");
        if (!m.isEmpty()) {
            int at = p.year != null ? p.year.start() : p.container != null ? p.container.start() : 0;
            out.add(new Deviation("ref-missing-part", at, at, "no " + String.join(", no ", m) + " found in this " + typeName(p.type), null));
        }
        if (p.type == Type.ARTICLE && style.printsDoi() && p.doi == null && p.pmid == null) {
            int at = p.pages != null ? p.pages.end() : p.year != null ? p.year.end() : 0;
            out.add(new Deviation("ref-doi-missing", at, at, "a journal article without DOI or PMID: the style prints the DOI (look it up; it is not guessed)", null));
        }
    }

    static String typeName(Type t) {
        return switch (t) {
            case ARTICLE -> "journal article";
            case BOOK -> "book";
            case CHAPTER -> "chapter";
            case THESIS -> "thesis";
            case WEB -> "web page";
            case UNKNOWN -> "entry";
        };
    }

    /** Applies the repairs that do not overlap, right to left. */
    public static String apply(String text, List<Deviation> ds) {
        List<Deviation> rs = new ArrayList<>(ds.stream().filter(d -> d.replacement() != null && d.end() >= d.start()).toList());
        rs.sort((x, y) -> Integer.compare(y.start(), x.start()));
        StringBuilder b = new StringBuilder(text);
        int limit = Integer.MAX_VALUE;
        for (Deviation d : rs) {
            if (d.end() > limit) continue;
            b.replace(d.start(), d.end(), d.replacement());
            limit = d.start();
        }
        return b.toString();
    }

    /** Duplicated entries: the same DOI, the same PMID, or the same title (letters and digits only) and year. */
    public static Map<Integer, String> duplicates(List<EntryParts> parts) {
        Map<Integer, String> out = new LinkedHashMap<>();
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < parts.size(); i++) {
            EntryParts p = parts.get(i);
            List<String> keys = new ArrayList<>();
            if (p.doi != null) keys.add("DOI " + toLatin(DASH_IN_DOI.matcher(p.doi.text()).replaceAll("-")).replaceAll("\\s", "").toLowerCase(Locale.ROOT));
            if (p.pmid != null) keys.add("PMID " + p.pmid.text());
            if (p.title != null && p.year != null) {
                String t = p.title.text().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
                if (t.length() >= 12) keys.add("title+year " + t + " " + p.year.text());
            }
            for (String k : keys) {
                Integer first = seen.putIfAbsent(k, i);
                if (first != null && first != i) {
                    String what = k.startsWith("title") ? "the same title and year" : "the same " + k.substring(0, k.indexOf(' ')) + " " + k.substring(k.indexOf(' ') + 1);
                    out.putIfAbsent(i, first + "\u0000" + what);
                }
            }
        }
        return out;
    }
}
