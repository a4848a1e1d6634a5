package org.casereport.check;
import org.casereport.diag.Rules;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.Diagnostic;

import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.cite.Bibliography;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.casereport.diag.SourcePos;
import org.casereport.model.Journal;

/**
 * Checks a submitted manuscript (.docx, .pdf, .txt): damaged text, its reference list against the journal's style,
 * and the citation numbers in the text against the list.
 */
public final class ManuscriptChecker {
    /** Formats references in the journal's style; {@link Bibliography#format} unless a test supplies another. */
    @FunctionalInterface
    public interface Formatter {
        List<FormattedReference> format(Journal journal, List<Reference> refs, Diagnostics diagnostics);
    }

    /** One entry of the reference list: its number, its text joined from its lines, and where each char came from. */
    public record Entry(int number, String text, List<SourcePos> charPos) {
        SourcePos pos(int i) {
            return charPos.isEmpty() ? null : charPos.get(Math.max(0, Math.min(i, charPos.size() - 1)));
        }
    }

    /** @param proposals each entry with a finding and a different expected entry: what --fix writes as a tracked change */
    public record Result(String file, List<Finding> findings, List<TrackedChanges.Proposal> proposals) {
        public Result(String file, List<Finding> findings) {
            this(file, findings, List.of());
        }

        public List<Diagnostic> diagnostics() {
            return findings.stream().map(Finding::diagnostic).toList();
        }
    }

    private static final Pattern ENTRY_START = Pattern.compile("^\\s*(?:(\\d{1,3})[.)]|\\[(\\d{1,3})\\])\\s+(\\S.*)$");
    private static final Pattern LIST_HEADING = Pattern.compile(
            "(списоклитературы|литература|references|bibliography|литература/references|references/литература|литература/references)[:.]?");
    /** What follows a list and ends it: the dates of receipt ("Поступила: 2025-03-07. Принята: …", as casereport's GOST page prints them). */
    private static final Pattern TRAILER = Pattern.compile("(?iu)^\\s*(статья поступила|поступила в редакцию|поступила\\s*:|article was received|received:|принята в печать|принята\\s*:|accepted for publication)");
    private static final Pattern CITE = Pattern.compile(
            "\\[(\\s*\\d{1,3}(?:\\s*[–—-]\\s*\\d{1,3})?(?:\\s*[,;]\\s*\\d{1,3}(?:\\s*[–—-]\\s*\\d{1,3})?)*\\s*)\\]");

    private ManuscriptChecker() {
    }

    public static Result check(ManuscriptText ms, Journal journal, Formatter formatter, Findings out) {
        List<String> lines = ms.lines();
        String file = ms.file();
        // where the list is
        int heading = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (isHeading(lines.get(i))) heading = i;
        }
        int start = -1;
        if (heading >= 0) {
            for (int i = heading + 1; i < lines.size() && i <= heading + 3; i++) {
                Matcher m = ENTRY_START.matcher(lines.get(i));
                if (m.matches()) {
                    start = i;
                    break;
                }
                if (!lines.get(i).isBlank()) break;
            }
        }
        if (start < 0) start = trailingList(lines);
        List<Entry> entries = start < 0 ? List.of() : entries(lines, start, file, ms.paragraphs(), ms.furniture());
        int listEnd = start < 0 ? -1 : lastLine(entries, start);

        // damaged text in every line; lines of the list are references
        List<Segment> segs = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) continue;
            boolean inList = start >= 0 && i >= start && i <= listEnd;
            segs.add(new Segment(file, i + 1, 1, l, Mask.plain(l), TextRules.script(l), -1,
                    inList ? Segment.Kind.REFERENCES : Segment.Kind.MANUSCRIPT, false));
        }
        // a PDF's unreadable glyphs (U+FFFD, ManuscriptText.unmapped) are one warning already, not a wrong encoding
        boolean unmapped = out.all().stream().anyMatch(f -> f.diagnostic().rule().equals("manuscript-glyphs-unmapped"));
        Findings damage = new Findings();
        TextRules.damage(segs, damage);
        for (Finding f : damage.all()) {
            if (!unmapped || !f.diagnostic().rule().equals("text-replacement-char")) out.add(f.diagnostic(), f.fixes());
        }

        if (entries.isEmpty()) {
            out.report("ref-list-missing", SourcePos.file(file), "no reference list found (a \"Литература\"/\"References\" heading followed by numbered entries, or a numbered list at the end)");
            return new Result(file, out.all());
        }
        numbering(entries, out);
        citations(lines, start, heading >= 0 && heading < start ? heading : start, entries, file, out);
        // a journal of two lists prints "Литература", then "References" in Latin script in its second style
        // (references.csl_latin): the second of two lists is compared with each entry's Latin version
        boolean latinList = journal != null && Bibliography.twoLists(journal) && heading >= 0 && heading < start
                && lines.get(heading).strip().toLowerCase(java.util.Locale.ROOT).startsWith("references")
                && lines.subList(0, heading).stream().anyMatch(ManuscriptChecker::isHeading);
        List<TrackedChanges.Proposal> proposals = style(entries, journal, formatter, TextRules.wordSet(segs), latinList, out);
        return new Result(file, out.all(), proposals);
    }

    static boolean isHeading(String line) {
        String n = line.replaceAll("\\s+", "").toLowerCase(java.util.Locale.ROOT);
        return !n.isEmpty() && n.length() < 40 && LIST_HEADING.matcher(n).matches();
    }

    /** The start of the longest run of entries numbered 1, 2, 3… (the last such run on a tie). */
    static int trailingList(List<String> lines) {
        int best = -1;
        int bestLen = 0;
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ENTRY_START.matcher(lines.get(i));
            if (!m.matches() || number(m) != 1) continue;
            int expect = 2;
            for (int j = i + 1; j < lines.size(); j++) {
                Matcher n = ENTRY_START.matcher(lines.get(j));
                if (n.matches() && number(n) == expect) expect++;
            }
            int len = expect - 1;
            if (len >= bestLen) {
                best = i;
                bestLen = len;
            }
        }
        return best;
    }

    private static int number(Matcher m) {
        return Integer.parseInt(m.group(1) != null ? m.group(1) : m.group(2));
    }

    private static final Pattern WRAPPED_LINK = Pattern.compile("(?:\\b10\\.\\d{4,9}/|https?://|www\\.)\\S*[-/._]$");
    private static final Pattern WRAPPED_LINK_HARD = Pattern.compile("(?:\\b10\\.\\d{4,9}/|https?://|www\\.)\\S*[-/_]$");
    /** A link wrapped after its scheme: "https://" / "doi.org/…", "https:" / "//doi.org/…" (LaTeX's url package). */
    private static final Pattern WRAPPED_SCHEME = Pattern.compile("\\bhttps?:/{0,2}$");
    private static final Pattern LINK_AT_END = Pattern.compile("(?:\\b10\\.\\d{4,9}/|https?://|www\\.)\\S*$");
    private static final Pattern WRAPPED_LOCATOR = Pattern.compile("(?:(?<!\\d)\\d{4};\\d*(?:\\([^)]*\\))?:|(?<!\\d)\\d{4};)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*[-–—]?\\s*\\d{1,4}\\s*(?:/\\s*\\d{1,4}|из\\s+\\d{1,4}|of\\s+\\d{1,4})?\\s*[-–—]?\\s*$");

    static List<Entry> entries(List<String> lines, int start, String file, boolean paragraphs) {
        return entries(lines, start, file, paragraphs, Set.of());
    }

    /** @param furniture indices of page-furniture lines (running heads, page numbers) to skip */
    static List<Entry> entries(List<String> lines, int start, String file, boolean paragraphs, Set<Integer> furniture) {
        List<Entry> out = new ArrayList<>();
        StringBuilder text = null;
        List<SourcePos> pos = null;
        int number = 0;
        boolean afterBlank = false;
        for (int i = start; i < lines.size(); i++) {
            String l = lines.get(i);
            if (l.isBlank()) {
                afterBlank = true;
                continue;
            }
            if (isHeading(l) || TRAILER.matcher(l).find()) break;
            if (furniture.contains(i) || !paragraphs && PAGE_NUMBER.matcher(l).matches()) continue;
            Matcher m = ENTRY_START.matcher(l);
            // a wrapped line that begins with a number and a full stop ("4. – P. 2443–2458." after "Vol. 7, N") goes on
            // the entry: it is not the next number, and the line before did not end the entry
            if (m.matches() && text != null && !paragraphs && !afterBlank && number(m) != number + 1 && !endsEntry(text)) m = null;
            if (m != null && m.matches()) {
                if (text != null) out.add(new Entry(number, text.toString(), pos));
                number = number(m);
                text = new StringBuilder();
                pos = new ArrayList<>();
                append(text, pos, l, m.start(3), file, i);
            } else {
                if (text == null || paragraphs || afterBlank) break;
                String prev = text.toString();
                if (prev.endsWith(SHY)) {
                    // a word the typesetter broke at the line end ("ane-" / "mia"): joined without its hyphen
                    text.setLength(text.length() - 1);
                    pos.remove(pos.size() - 1);
                    int lead = 0;
                    while (lead < l.length() && Character.isWhitespace(l.charAt(lead))) lead++;
                    append(text, pos, l, lead, file, i);
                    afterBlank = false;
                    continue;
                }
                boolean hyphen = prev.endsWith("-") && prev.length() > 1 && Character.isLetter(prev.charAt(prev.length() - 2));
                // a locator wrapped after "2018;34(1):" continues without a space
                boolean locator = WRAPPED_LOCATOR.matcher(prev).find();
                // a DOI or URL wrapped at a hyphen, slash or full stop ("10.1158/1078-" / "0432.CCR-21-2451") goes on
                // (not before "[" or "(": a DOI closing the original is followed by its bracketed Latin version or a note)
                boolean link = WRAPPED_LINK.matcher(prev).find() && !l.isBlank() && !Character.isUpperCase(l.stripLeading().charAt(0))
                        && !(prev.endsWith(".") && "[(".indexOf(l.stripLeading().charAt(0)) >= 0)
                        || WRAPPED_LINK_HARD.matcher(prev).find()
                        || WRAPPED_SCHEME.matcher(prev).find() && l.stripLeading().matches("(?:/{1,2})?[\\w.-]+\\.\\w.*|/{1,2}\\S.*")
                        || LINK_AT_END.matcher(prev).find() && l.stripLeading().matches("[/._-]\\S.*");
                // a line broken before an unspaced dash ("stage cT1" / "—2N0M0", as LibreOffice breaks): no space was
                // there (a spaced dash, "слово" / "— слово", has its space after it, and GOST's ". –" a full stop before)
                boolean dash = !prev.isEmpty() && Character.isLetterOrDigit(prev.charAt(prev.length() - 1))
                        && UNSPACED_DASH.matcher(l.stripLeading()).lookingAt();
                if (!hyphen && !locator && !link && !dash) {
                    text.append(' ');
                    pos.add(new SourcePos(file, i + 1, 1));
                }
                int lead = 0;
                while (lead < l.length() && Character.isWhitespace(l.charAt(lead))) lead++;
                append(text, pos, l, lead, file, i);
            }
            afterBlank = false;
        }
        if (text != null) out.add(new Entry(number, text.toString(), pos));
        return out;
    }

    private static final String SHY = String.valueOf(org.casereport.hyphen.Hyphenation.SHY);

    /**
     * The line-end hyphens of an entry that may be the word's or a typesetter's ("Verizh-" / "nikova": a LibreOffice or
     * Word PDF with hyphenation on breaks words as TeX does, one without keeps the text's hyphens, and the PDF does not
     * say which), each with a warning where it is: the entry is then read both ways ({@link #bothReadings}). A TeX
     * PDF's breaks are soft hyphens already ({@link LineHyphens}); a hyphen before a capital or after a compound's
     * element is the word's.
     *
     * @return the offsets of those hyphens in the entry's text, in order
     */
    private static List<Integer> unsureHyphens(Entry e, String all, Findings out) {
        String t = e.text();
        List<Integer> at = new ArrayList<>();
        for (int k = 1; k < t.length() && k < e.charPos().size(); k++) {
            if (t.charAt(k - 1) != '-' || e.charPos().get(k).line() == e.charPos().get(k - 1).line()) continue;
            int a = k - 1;
            while (a > 0 && Character.isLetter(t.charAt(a - 1))) a--;
            int b = k;
            while (b < t.length() && Character.isLetter(t.charAt(b))) b++;
            if (a == k - 1 || b == k) continue;
            // the list's text without this one writing of the word, which the join made "verizh-nikova"
            String rest = all.replaceFirst(Pattern.quote(t.substring(a, b).toLowerCase(java.util.Locale.ROOT)), "");
            if (!LineHyphens.typesetters(t.substring(a, k - 1), t.substring(k, b), rest)) continue;
            String left = t.substring(a, k);
            String right = t.substring(k, b);
            out.report("manuscript-hyphen-unsure", e.pos(k - 1), "reference " + e.number() + ": the hyphen of \"" + left + "\" at the line end, before \""
                    + right + "\", may be the word's or one the typesetter put in (\"" + left + right + "\" or \"" + left.substring(0, left.length() - 1) + right
                    + "\"; the PDF does not say): the entry is read both ways, and only what holds for both is reported, the word written \""
                    + left.substring(0, left.length() - 1) + "(-)" + right + "\"; check it in the Word file");
            at.add(k - 1);
        }
        return at;
    }

    /** At most this many unsure hyphens in one entry are read every way (2^n readings); an entry with more is not compared. */
    private static final int MAX_UNSURE = 3;

    /**
     * An entry with unsure line-end hyphens, checked in every reading (each hyphen kept or dropped): the readings'
     * findings are made with the same rules and style as any entry's, and a finding is reported only when every reading
     * has it at the same place with the same words, the uncertain word written "Verizh(-)nikova" in it (so the expected
     * entry never picks one reading). Positions stay the PDF's: a dropped hyphen takes its place in the entry with it.
     */
    private static void bothReadings(Entry e, List<Integer> hyphens, Journal journal, Formatter formatter, Set<String> words,
                                     boolean latinList, Findings out) {
        if (hyphens.size() > MAX_UNSURE) return;
        String t = e.text();
        // each uncertain word as written, as joined, and as the finding prints it
        List<String[]> forms = new ArrayList<>();
        for (int h : hyphens) {
            int a = h;
            while (a > 0 && Character.isLetter(t.charAt(a - 1))) a--;
            int b = h + 1;
            while (b < t.length() && Character.isLetter(t.charAt(b))) b++;
            String left = t.substring(a, h);
            String right = t.substring(h + 1, b);
            forms.add(new String[] {left + "-" + right, left + right, left + "(-)" + right});
        }
        List<Map<String, Diagnostic>> readings = new ArrayList<>();
        for (int mask = 0; mask < 1 << hyphens.size(); mask++) {
            StringBuilder text = new StringBuilder();
            List<SourcePos> pos = new ArrayList<>();
            for (int k = 0; k < t.length(); k++) {
                int which = hyphens.indexOf(k);
                if (which >= 0 && (mask >> which & 1) == 1) continue;
                text.append(t.charAt(k));
                if (k < e.charPos().size()) pos.add(e.charPos().get(k));
            }
            Findings f = new Findings();
            style(List.of(new Entry(e.number(), text.toString(), pos)), journal, formatter, words, latinList, f, false);
            Map<String, Diagnostic> byKey = new LinkedHashMap<>();
            for (Finding x : f.all()) {
                Diagnostic d = x.diagnostic();
                String msg = d.message();
                for (String[] w : forms) msg = msg.replace(w[0], w[2]).replace(w[1], w[2]);
                Diagnostic n = new Diagnostic(d.severity(), d.rule(), msg, d.pos());
                byKey.putIfAbsent(d.rule() + '\u0000' + d.pos() + '\u0000' + msg, n);
            }
            readings.add(byKey);
        }
        for (Map.Entry<String, Diagnostic> d : readings.get(0).entrySet()) {
            if (readings.stream().allMatch(r -> r.containsKey(d.getKey()))) out.add(d.getValue());
        }
    }
    private static final Pattern UNSPACED_DASH = Pattern.compile("[—–][\\p{L}\\p{N}]");

    /** The text so far ends as an entry does: a full stop, a closing bracket, an identifier or a link. */
    private static boolean endsEntry(StringBuilder text) {
        String t = text.toString().stripTrailing();
        return t.endsWith(".") || t.endsWith(")") || t.endsWith("]") || LINK_AT_END.matcher(t).find() || t.matches("(?s).*\\b(?:PMID|PMCID):?\\s*\\w+$");
    }

    private static void append(StringBuilder text, List<SourcePos> pos, String line, int from, String file, int lineIdx) {
        int to = line.length();
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) to--;
        for (int k = from; k < to; k++) {
            text.append(line.charAt(k));
            pos.add(new SourcePos(file, lineIdx + 1, k + 1));
        }
    }

    private static int lastLine(List<Entry> entries, int start) {
        if (entries.isEmpty()) return start;
        Entry e = entries.get(entries.size() - 1);
        return e.pos(e.text().length() - 1).line() - 1;
    }

    static void numbering(List<Entry> entries, Findings out) {
        int prev = 0;
        for (Entry e : entries) {
            if (e.number() != prev + 1) {
                out.report("ref-numbering", e.pos(0), "reference list entry " + e.number() + " follows entry " + prev
                        + (e.number() > prev + 1 ? " (entries missing)" : " (numbered twice or out of order)"));
            }
            prev = e.number();
        }
    }

    /** Citation marks "[2, 3, 6–8]" in the text before the list, against the list. */
    static void citations(List<String> lines, int listStart, int textEnd, List<Entry> entries, String file, Findings out) {
        StringBuilder sb = new StringBuilder();
        List<int[]> where = new ArrayList<>();
        for (int i = 0; i < textEnd; i++) {
            String l = lines.get(i);
            for (int k = 0; k < l.length(); k++) {
                sb.append(l.charAt(k));
                where.add(new int[] {i + 1, k + 1});
            }
            sb.append('\n');
            where.add(new int[] {i + 1, l.length() + 1});
        }
        Set<Integer> listed = new TreeSet<>();
        for (Entry e : entries) listed.add(e.number());
        Map<Integer, SourcePos> firstCited = new LinkedHashMap<>();
        Matcher m = CITE.matcher(sb);
        while (m.find()) {
            int[] w = where.get(m.start());
            SourcePos pos = new SourcePos(file, w[0], w[1]);
            List<Integer> nums = expand(m.group(1));
            if (nums == null) continue;
            for (int n : nums) {
                if (!listed.contains(n)) {
                    out.report("cite-missing-entry", pos, "citation [" + n + "] has no entry in the reference list (" + listed.size() + " entries)");
                }
                firstCited.putIfAbsent(n, pos);
            }
        }
        if (firstCited.isEmpty()) return;   // no bracketed marks: superscript citations cannot be read from text
        for (Entry e : entries) {
            if (!firstCited.containsKey(e.number())) {
                out.report("cite-uncited", e.pos(0), "reference " + e.number() + " is never cited in the text");
            }
        }
        // order of first citation: the k-th reference first cited must be number k
        int k = 0;
        int max = 0;
        Set<Integer> reported = new LinkedHashSet<>();
        for (Map.Entry<Integer, SourcePos> c : firstCited.entrySet()) {
            int n = c.getKey();
            if (!listed.contains(n)) continue;
            k++;
            if (n > max + 1 && reported.add(n)) {
                out.report("cite-order", c.getValue(), "reference " + n + " is cited before reference " + (max + 1)
                        + ": references must be numbered in order of first citation");
            }
            max = Math.max(max, n);
        }
    }

    /** "2, 3, 6–8" → [2, 3, 6, 7, 8]; null for something that is not a citation (a reversed or huge range). */
    static List<Integer> expand(String s) {
        List<Integer> out = new ArrayList<>();
        for (String part : s.split("[,;]")) {
            String p = part.strip();
            String[] ab = p.split("\\s*[–—-]\\s*");
            int a = Integer.parseInt(ab[0].strip());
            int b = ab.length > 1 ? Integer.parseInt(ab[1].strip()) : a;
            if (b < a || b - a > 100) return null;
            for (int i = a; i <= b; i++) out.add(i);
        }
        return out;
    }

    /**
     * Every entry read into its parts ({@link EntryParser}) and checked ({@link EntryRules}); entries that are
     * duplicates of an earlier one; then each article formatted in the journal's style and compared word by word
     * with the entry as written. A stretch already reported by a specific rule is not reported again as a style
     * difference, and every finding of an entry names the same expected entry.
     */
    static List<TrackedChanges.Proposal> style(List<Entry> entries, Journal journal, Formatter formatter, Set<String> words, Findings out) {
        return style(entries, journal, formatter, words, false, out);
    }

    /** @param latinList the list is a two-list journal's "References": compared with each entry's Latin version */
    static List<TrackedChanges.Proposal> style(List<Entry> entries, Journal journal, Formatter formatter, Set<String> words, boolean latinList,
                                               Findings out) {
        return style(entries, journal, formatter, words, latinList, out, true);
    }

    /** @param hyphens look for unsure line-end hyphens (off for the readings {@link #bothReadings} makes) */
    private static List<TrackedChanges.Proposal> style(List<Entry> entries, Journal journal, Formatter formatter, Set<String> words,
                                                       boolean latinList, Findings out, boolean hyphens) {
        List<TrackedChanges.Proposal> proposals = new ArrayList<>();
        EntryRules.StyleTraits traits = traits(journal);
        int year = java.time.Year.now().getValue();
        List<EntryParts> allParts = new ArrayList<>();
        List<List<EntryRules.Deviation>> devs = new ArrayList<>();
        for (Entry e : entries) {
            EntryParts p = EntryParser.parse(e.text());
            allParts.add(p);
            devs.add(EntryRules.check(e.text(), p, traits, year));
        }
        // the style's version of each article that could be split
        List<Reference> refs = new ArrayList<>();
        List<Integer> formattedIndex = new ArrayList<>();
        StringBuilder allText = new StringBuilder();
        for (Entry e : entries) allText.append(e.text()).append('\n');
        String all = allText.toString().toLowerCase(java.util.Locale.ROOT);
        // read with a hyphen that may not be there: checked in each reading (bothReadings), no proposal
        List<List<Integer>> unsureAt = new ArrayList<>();
        boolean[] unsure = new boolean[entries.size()];
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            // the record comes from the entry with the specific repairs made ("Heczey A ." reads as an author)
            List<Integer> at = hyphens ? unsureHyphens(e, all, out) : List.of();
            unsureAt.add(at);
            if (e.text().indexOf('\uFFFD') >= 0) continue;   // a glyph the PDF's text could not give (ManuscriptText.unmapped)
            if (unsure[i] = !at.isEmpty()) continue;
            String repaired = TextRules.repairHomoglyphs(EntryRules.apply(e.text(), devs.get(i)));
            Map<String, Object> csl = csl(repaired, repaired.equals(e.text()) ? allParts.get(i) : EntryParser.parse(repaired), words);
            if (csl == null) continue;
            refs.add(new Reference("ref" + e.number(), csl, e.pos(0)));
            formattedIndex.add(i);
        }
        String[] expectedOf = new String[entries.size()];
        if (!refs.isEmpty() && journal != null) {
            try {
                List<FormattedReference> formatted = formatter.format(journal, refs, new Diagnostics());
                for (int k = 0; k < formattedIndex.size() && k < formatted.size(); k++) {
                    int i = formattedIndex.get(k);
                    FormattedReference fr = formatted.get(k);
                    String expected = expectedText(latinList ? new FormattedReference(fr.number(), fr.id(), fr.latin(), fr.original(), fr.latin()) : fr);
                    expected = expected.replace('\u2012', '–');
                    if (allParts.get(i).etAl) expected = withEtAl(expected, allParts.get(i), journal);
                    EntryParts pi = allParts.get(i);
                    // Russian journals print the note before the DOI or after it, last: where the entry has it
                    boolean last = pi.inRussian != null && pi.doiWithLabel != null && pi.inRussian.start() > pi.doiWithLabel.start();
                    if (pi.inRussian != null) expected = finalStopAsWritten(withLanguageNote(expected, traits.inRussian(), last),
                            entries.get(i).text(), traits.inRussian());
                    if (keepsFacts(expected, allParts.get(i))) expectedOf[i] = expected;
                }
            } catch (RuntimeException ex) {
                out.report("ref-style-unavailable", entries.get(formattedIndex.get(0)).pos(0), "the " + journal.name()
                        + " style could not format references (" + ex.getMessage() + "); entries were not compared");
            }
        }
        Map<Integer, String> dups = EntryRules.duplicates(allParts);
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            EntryParts p = allParts.get(i);
            List<EntryRules.Deviation> ds = devs.get(i);
            String corrected = EntryRules.apply(e.text(), ds);
            if (expectedOf[i] != null) expectedOf[i] = alsoRepaired(expectedOf[i], e.text(), ds);
            String expected = expectedOf[i] != null ? expectedOf[i] : corrected;
            String tail = expected.equals(e.text()) || unsure[i] ? "" : "; expected entry: \"" + expected + "\"";
            int before = out.all().size();
            if (unsure[i]) {
                bothReadings(e, unsureAt.get(i), journal, formatter, words, latinList, out);
                reportDuplicate(entries, i, dups.get(i), out);
                continue;
            }
            if (p.type == EntryParts.Type.UNKNOWN || p.title == null) {
                List<String> missing = p.missing();
                out.report("ref-unparsed", e.pos(0), "reference " + e.number() + " could not be split into its parts (no "
                        + String.join(", no ", missing.isEmpty() ? List.of("title") : missing)
                        + " found): identifiers, labels, dashes, scripts and spacing were checked, the comparison with the style was not");
            }
            for (EntryRules.Deviation d : ds) {
                out.report(d.rule(), e.pos(d.start()), "reference " + e.number() + ": " + d.message() + tail);
            }
            reportDuplicate(entries, i, dups.get(i), out);
            if (expectedOf[i] != null) {
                List<int[]> covered = new ArrayList<>();
                for (EntryRules.Deviation d : ds) if (d.end() > d.start()) covered.add(new int[] {d.start(), d.end()});
                // an entry in the GOST layout is one finding where the style prints another layout; in a GOST journal's
                // style (its entry has the "//" too) it is compared word by word like any other
                if (p.layout.equals("gost") && !expectedOf[i].contains(" // ")) {
                    out.report("ref-style", e.pos(0), "reference " + e.number() + " is written in the GOST layout (\"… // Journal. – Year. – Vol.\"); the "
                            + journal.name() + " style prints it as: \"" + expectedOf[i] + "\"");
                } else {
                    compare(e, expectedOf[i], journal.name(), covered, p, out);
                }
            }
            if (out.all().size() > before && !unsure[i] && !norm(expected).equals(norm(e.text()))) {
                proposals.add(new TrackedChanges.Proposal(e.pos(0).line() - 1, e.number(), e.text(), expected));
            }
        }
        return proposals;
    }

    private static void reportDuplicate(List<Entry> entries, int i, String dup, Findings out) {
        if (dup == null) return;
        int first = Integer.parseInt(dup.substring(0, dup.indexOf('\u0000')));
        out.report("ref-duplicate", entries.get(i).pos(0), "reference " + entries.get(i).number() + " duplicates reference " + entries.get(first).number()
                + " (" + dup.substring(dup.indexOf('\u0000') + 1) + ")");
    }

    /**
     * The expected entry with the entry's "et al." after its last author, where the style printed only the authors
     * written (it does not know more): "Kovynev I.B. Epidemiology" → "Kovynev I.B., et al. Epidemiology".
     */
    static String withEtAl(String expected, EntryParts p, Journal journal) {
        if (expected.contains("et al") || expected.contains("и др") || p.authors.isEmpty()) {
            // CSL's "contextual" delimiter before "et al." after several names is a comma, as the entry has it
            if (p.authorsPart != null && p.authorsPart.text().contains(", et al") && p.authors.size() > 1) {
                expected = expected.replaceFirst("(?<=\\p{L}\\.?) et al\\.", ", et al.");
            }
            return expected;
        }
        String family = p.authors.get(p.authors.size() - 1)[0];
        int at = expected.indexOf(family);
        if (at < 0) return expected;
        Matcher m = Pattern.compile("\\G\\s+(?:\\p{Lu}\\p{Ll}?\\.?-?)+").matcher(expected);
        int end = m.find(at + family.length()) ? m.end() : at + family.length();
        boolean ru = TextRules.script(family).equals("ru");
        String term = journal == null ? (ru ? "и др." : "et al.") : journal.label("et_al", ru ? "ru" : "en");
        String sep = ru ? " " : ", ";
        String rest = expected.substring(end);
        if (rest.startsWith(".") && term.endsWith(".")) rest = rest.substring(1);
        return expected.substring(0, end) + sep + term + rest;
    }

    /**
     * The style's entry with the repairs the specific rules propose where the style repeats what was written
     * (a full journal name it prints as given becomes its NLM abbreviation).
     */
    /**
     * The expected entry keeps the entry's language note: a Russian source written in its Latin version only
     * ("…2020;13(1):95–103. (In Russ.)") is formatted from a record that does not say it is Russian, so the style
     * prints no note; the note goes back where the house style prints it, after the pages and before the DOI.
     */
    /** Journals close an entry with "(In Russ.)" or "(In Russ.)."; either is right, so the entry's own is expected. */
    static String finalStopAsWritten(String expected, String entry, String note) {
        String e = entry.stripTrailing();
        if (expected.endsWith(note) && e.endsWith(note + ".")) return expected + ".";
        if (expected.endsWith(note + ".") && e.endsWith(note)) return expected.substring(0, expected.length() - 1);
        return expected;
    }

    static String withLanguageNote(String expected, String note) {
        return withLanguageNote(expected, note, false);
    }

    /** @param last the entry closes with the note, after its DOI */
    static String withLanguageNote(String expected, String note, boolean last) {
        if (expected.contains(note) || expected.matches("(?s).*\\((?i:in russ)[^)]*\\).*")) return expected;
        if (last) return expected.stripTrailing() + " " + note;
        Matcher m = Pattern.compile("\\s(?:doi|DOI|PMID):?\\s").matcher(expected);
        int at = -1;
        while (m.find()) at = m.start();
        if (at > 0) return expected.substring(0, at) + " " + note + "." + expected.substring(at);
        // at the end, as the styles print it: "… 2014;8(112):7–37. (In Russ.)"
        return expected.stripTrailing() + " " + note;
    }

    static String alsoRepaired(String expected, String text, List<EntryRules.Deviation> ds) {
        for (EntryRules.Deviation d : ds) {
            if (d.replacement() == null || d.end() <= d.start() || !d.rule().equals("ref-journal-abbrev")) continue;
            String found = text.substring(d.start(), d.end());
            int at = expected.indexOf(found);
            if (at >= 0 && expected.indexOf(found, at + 1) < 0) expected = expected.substring(0, at) + d.replacement() + expected.substring(at + found.length());
        }
        return expected;
    }

    /**
     * What the journal's CSL style prints, read from the style file: whether it prints the DOI, whether it prints
     * journal abbreviations without full stops; the language note from journal.yaml.
     */
    static EntryRules.StyleTraits traits(Journal journal) {
        if (journal == null) return EntryRules.StyleTraits.VANCOUVER;
        String inRuss = journal.string("references.in_russian", "(In Russ.)");
        boolean doi = true;
        boolean nlm = true;
        try {
            java.nio.file.Path csl = journal.find(journal.string("references.csl", "style.csl"));
            if (csl != null) {
                String style = java.nio.file.Files.readString(csl);
                nlm = style.contains("strip-periods=\"true\"");
                // exact: a DOI the layout prints for every journal article that has one, not a DOI mentioned anywhere
                doi = CslDoiReach.printsDoi(style, "article-journal");
            }
        } catch (Exception e) {
            // the style cannot be read here: the Vancouver defaults; formatting reports the style's own problem
        }
        boolean issue = !"optional".equals(journal.string("checks.issue", "required"));
        return new EntryRules.StyleTraits("doi: ", inRuss, true, nlm, doi, issue);
    }

    /** The CSL record the style formats: the Vancouver parser's when it reads the entry, else the tolerant parser's article. */
    private static Map<String, Object> csl(String text, EntryParts parts, Set<String> words) {
        if (parts.type != EntryParts.Type.ARTICLE) return null;
        RefParser.Parsed p = RefParser.parse(TextRules.repairLigatures(text, words));
        // the tolerant parser's record when the Vancouver one stopped short in the authors ("Klitochenko TYu")
        Map<String, Object> csl = p != null && p.authors().size() >= parts.authors.size() ? p.csl() : parts.articleCsl();
        if (csl == null) return null;
        csl = new LinkedHashMap<>(csl);
        // a reversed range is kept as written (the style would "shorten" 2042–2030 to 2042–30)
        if (parts.pages != null && csl.get("page") instanceof String pg && pg.matches("\\d+-\\d+")) {
            String[] ab = pg.split("-");
            if (ab[0].length() < 10 && ab[1].length() < 10 && Long.parseLong(ab[1]) < Long.parseLong(ab[0])) csl.put("page", parts.pages.text().replaceAll("[-–—‑]", "\u2012"));
        }
        return csl;
    }

    /** The expected entry keeps every fact of the entry: its DOI, its "et al.", every author it had (unless the style cuts the list). */
    static boolean keepsFacts(String expected, EntryParts p) {
        if (p.doi != null && !expected.contains(EntryRules.toLatinDoi(p.doi.text()))) return false;
        boolean cut = expected.contains("et al") || expected.contains("и др");
        if (p.etAl && !cut) return false;
        if (!cut) for (String[] a : p.authors) if (!expected.contains(a[0])) return false;
        return true;
    }

    /** Tokens in one text and not the other (by longest common subsequence). */
    static int distance(String a, String b) {
        List<int[]> ta = tokens(a);
        List<int[]> tb = tokens(norm(b));
        String nb = norm(b);
        int[][] lcs = new int[ta.size() + 1][tb.size() + 1];
        for (int i = ta.size() - 1; i >= 0; i--) {
            for (int j = tb.size() - 1; j >= 0; j--) {
                lcs[i][j] = tok(a, ta.get(i)).equals(tok(nb, tb.get(j))) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        return ta.size() + tb.size() - 2 * lcs[0][0];
    }

    static String expectedText(FormattedReference fr) {
        String t = fr.text() == null ? "" : fr.text().strip();
        return t.replaceFirst("^(\\d{1,3}[.)]|\\[\\d{1,3}\\])\\s+", "");
    }

    static String norm(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFC).replaceAll("[\\s\\u00A0]+", " ").strip();
    }

    /** Reports each differing stretch (widened to whole words) of the entry against the expected text. */
    static void compare(Entry e, String expectedRaw, String style, Findings out) {
        compare(e, expectedRaw, style, List.of(), null, out);
    }

    /** @param covered stretches {start, end} of the entry already reported by a specific rule: not reported again */
    static void compare(Entry e, String expectedRaw, String style, List<int[]> covered, EntryParts parts, Findings out) {
        // "… (In Russ.)." and "… (In Russ.)" closing an entry are both in use: the house style prints the second, and a
        // full stop after the note is not a difference (only the last character is dropped, so every offset stays)
        String found = e.text().replaceFirst("(\\((?i:in russ)\\.\\))\\.\\s*$", "$1");
        String expected = norm(expectedRaw).replaceFirst("(\\((?i:in russ)\\.\\))\\.\\s*$", "$1");
        if (norm(found).replace('’', '\'').equals(expected.replace('’', '\''))) return;
        List<int[]> ft = tokens(found);
        List<int[]> et = tokens(expected);
        int n = ft.size();
        int m = et.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = tok(found, ft.get(i)).equals(tok(expected, et.get(j))) ? lcs[i + 1][j + 1] + 1
                        : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        List<int[]> hunks = new ArrayList<>();   // {fi0, fi1, ej0, ej1} token ranges
        while (i < n || j < m) {
            if (i < n && j < m && tok(found, ft.get(i)).equals(tok(expected, et.get(j)))) {
                i++;
                j++;
                continue;
            }
            int i0 = i;
            int j0 = j;
            while ((i < n || j < m) && !(i < n && j < m && tok(found, ft.get(i)).equals(tok(expected, et.get(j))))) {
                if (j >= m || i < n && lcs[i + 1][j] >= lcs[i][j + 1]) i++;
                else j++;
            }
            hunks.add(new int[] {i0, i, j0, j});
        }
        // one finding a part of the entry (authors, title, journal, locator, DOI): ten undotted initials are one finding
        Map<String, int[]> byPart = new LinkedHashMap<>();
        for (int[] h : hunks) {
            int fs = h[0] < n ? ft.get(h[0])[0] : found.length();
            int fe = h[1] > h[0] ? ft.get(h[1] - 1)[1] : fs;
            int es = h[2] < m ? et.get(h[2])[0] : expected.length();
            int ee = h[3] > h[2] ? et.get(h[3] - 1)[1] : es;
            // widen to whole words
            fs = wordStart(found, fs);
            fe = wordEnd(found, fe);
            es = wordStart(expected, es);
            ee = wordEnd(expected, ee);
            // an insertion or deletion at a word's edge: show that whole word on both sides
            if (fe <= fs && ee > es) {
                int[] w = previousWord(found, fs);
                fs = w[0];
                fe = w[1];
            } else if (ee <= es && fe > fs) {
                int[] w = previousWord(expected, es);
                es = w[0];
                ee = w[1];
            }
            int cs = fs;
            int ce = Math.max(fe, fs + 1);
            if (covered.stream().anyMatch(c -> c[0] < ce && cs < c[1])) continue;
            String key = parts == null ? String.valueOf(byPart.size()) : partName(parts, fs, fe);
            int[] prev = byPart.get(key);
            if (prev == null) byPart.put(key, new int[] {fs, fe, es, ee});
            else byPart.put(key, new int[] {Math.min(prev[0], fs), Math.max(prev[1], fe), Math.min(prev[2], es), Math.max(prev[3], ee)});
        }
        for (Map.Entry<String, int[]> h : byPart.entrySet()) {
            int[] r = h.getValue();
            String f = found.substring(r[0], r[1]).strip();
            String x = expected.substring(r[2], r[3]).strip();
            String where = parts == null || h.getKey().equals("other") ? "" : " in the " + h.getKey();
            String what = f.isEmpty() ? "missing \"" + x + "\"" : x.isEmpty() ? "extra \"" + f + "\"" : "found \"" + f + "\", expected \"" + x + "\"";
            out.report("ref-style", e.pos(r[0]), "reference " + e.number() + " differs from the " + style + " style" + where + ": " + what
                    + "; expected entry: \"" + expected + "\"");
        }
    }

    /** The part of the entry {@code [fs, fe)} begins in. */
    private static String partName(EntryParts p, int fs, int fe) {
        EntryParts.Part loc = p.year;
        if (in(p.authorsPart, fs)) return "authors";
        if (in(p.title, fs)) return "title";
        if (in(p.container, fs)) return "journal";
        if (in(p.doiWithLabel, fs)) return "DOI";
        if (in(p.latin, fs)) return "Latin version";
        if (loc != null && fs >= loc.start() && (p.pages == null || fs <= p.pages.end() + 1)) return "year;volume(issue):pages";
        return "other";
    }

    private static boolean in(EntryParts.Part q, int i) {
        return q != null && i >= q.start() && i < q.end();
    }

    /** A token; the straight and the typographic apostrophe are the same mark (the house style prints either). */
    private static String tok(String s, int[] t) {
        String x = s.substring(t[0], t[1]);
        return x.equals("’") || x.equals("ʼ") ? "'" : x;
    }

    /** Words, and each punctuation mark on its own. */
    private static List<int[]> tokens(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                i++;
            } else if (Character.isLetterOrDigit(c)) {
                int j = i;
                while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || Character.getType(s.charAt(j)) == Character.NON_SPACING_MARK)) j++;
                out.add(new int[] {i, j});
                i = j;
            } else {
                out.add(new int[] {i, i + 1});
                i++;
            }
        }
        return out;
    }

    /** The word that ends at or before {@code i} (skipping spaces), as {start, end}. */
    private static int[] previousWord(String s, int i) {
        int end = Math.min(i, s.length());
        while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) end--;
        return new int[] {wordStart(s, end), end};
    }

    private static int wordStart(String s, int i) {
        while (i > 0 && i <= s.length() && !Character.isWhitespace(s.charAt(i - 1))) i--;
        return Math.min(i, s.length());
    }

    private static int wordEnd(String s, int i) {
        while (i < s.length() && i > 0 && !Character.isWhitespace(s.charAt(i)) && !Character.isWhitespace(s.charAt(i - 1))) i++;
        return i;
    }

    /** Checks a manuscript already read, with the journal's style from {@link Bibliography}. */
    public static Result check(ManuscriptText ms, Journal journal, Findings out) {
        return check(ms, journal, StyleWarmup.start(journal), out);
    }

    /** Checks a manuscript file with the journal's style from {@link Bibliography}. */
    public static Result check(Path file, Journal journal, Findings out) throws ManuscriptText.Unreadable {
        StyleWarmup style = StyleWarmup.start(journal);
        ManuscriptText ms = ManuscriptText.read(file, out);
        return check(ms, journal, style, out);
    }
}
