package org.casereport.check;

import org.casereport.diag.Rules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a reference entry as printed (Vancouver/NLM order: "Authors. Title. Journal. Year;Vol(Issue):Pages.
 * doi: …") into its parts, and builds a CSL-JSON record from them.
 */
public final class RefParser {
    /** The parts of one entry. */
    public record Parsed(List<String[]> authors, boolean etAl, String title, String journal, String year, String volume,
                         String issue, String pages, String doi, String pmid, Map<String, Object> custom) {
        /** The CSL-JSON record the journal's style formats. */
        public Map<String, Object> csl() {
            return ArticleRecord.csl(authors, etAl, title, journal, year, volume, issue, pages, doi, pmid, custom);
        }
    }

    private static final Pattern PMID = Pattern.compile("(?i)\\s*PMID:?\\s*(\\d{1,9})\\.?");
    private static final Pattern DOI = Pattern.compile("(?i)\\s*(?:doi:?\\s*|https?://(?:dx\\.)?doi\\.org/)(10\\.\\d{4,9}/\\S+?)\\.?(?=\\s|$)");
    private static final Pattern YEAR_BLOCK = Pattern.compile(
            "(?<year>(?:1[89]|20)\\d{2})(?:\\s+[A-Z][a-z]{2}(?:\\s+\\d{1,2})?)?\\s*;\\s*(?<vol>[^():;]*?)\\s*(?:\\((?<issue>[^)]+)\\))?"
                    + "\\s*(?::\\s*(?<pages>[A-Za-z]{0,2}\\d+[A-Za-z]?(?:\\s*[–—-]\\s*[A-Za-z]{0,2}\\d+[A-Za-z]?)?))?\\s*\\.?\\s*$");
    /** "Berthold F.," (dotted initials) or "Berthold F," (NLM: initials without dots, the last author closed by "."). */
    private static final Pattern AUTHOR = Pattern.compile(
            "\\G\\s*(\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’-]*|van|von|der|den|de|da|di|du|le|la|del|dos|ter))*)"
                    + "\\s+(?:((?:\\p{Lu}\\p{Ll}?\\.\\s?-?){1,4})(?:,|(?=\\s))|(\\p{Lu}{1,4})(?:,|\\.(?=\\s)|(?=,?\\s+et al)))");
    private static final Pattern ET_AL = Pattern.compile("\\G\\s*(et al\\.?|и др\\.?)");
    private static final Pattern GROUP = Pattern.compile(
            "\\G\\s*[;,]?\\s*([^.;,]{3,60}?(?:Group|Consortium|Committee|Collaborat\\w*|Investigators|Network|Society))(?=\\.\\s)");

    private RefParser() {
    }

    /** The parts of an entry (without its number), or null when it does not have the shape of a journal article reference. */
    public static Parsed parse(String entry) {
        // a no-break space (casereport's own output ties "Федулова\u00A0М.В." and "2020;\u00A063") is a space here
        String t = entry.replace('\u00A0', ' ').replace('\u202F', ' ').strip();
        // a Russian source in a combined list: "original [Latin version]": the original is parsed, the Latin
        // version gives the English title and journal name
        Map<String, Object> custom = new LinkedHashMap<>();
        List<Map<String, Object>> latinNames = new ArrayList<>();
        String latinJournal = null;
        if (t.endsWith("]") || t.endsWith("].")) {
            int open = t.lastIndexOf(" [");
            if (open > 0 && YEAR_BLOCK.matcher(stripIds(t.substring(0, open)).rest).find()) {
                String latin = t.substring(open + 2, t.lastIndexOf(']')).strip().replaceFirst("\\s*\\(In Russ\\.?\\)\\.?$", "");
                t = t.substring(0, open).strip();
                Parsed l = parse(latin);
                if (l != null) {
                    custom.put("title-en", l.title());
                    // the authors' own Latin spelling, as the Latin version writes them (custom.authors-latin)
                    for (String[] a : l.authors()) latinNames.add(a[1] == null ? Map.of("literal", a[0]) : Map.of("family", a[0], "given", a[1]));
                    String[] names = l.journal().split("\\s+=\\s+", 2);
                    if (names.length == 2) {
                        custom.put("container-title-translit", names[0]);
                        custom.put("container-title-en", names[1]);
                    } else {
                        latinJournal = names[0];
                    }
                }
            }
        }
        Ids ids = stripIds(t);
        String rest = ids.rest;
        Matcher y = YEAR_BLOCK.matcher(rest);
        if (!y.find()) return null;
        String year = y.group("year");
        String vol = blankToNull(y.group("vol"));
        String issue = blankToNull(y.group("issue"));
        String pages = blankToNull(y.group("pages"));
        String pre = rest.substring(0, y.start()).strip();
        // authors
        List<String[]> authors = new ArrayList<>();
        Matcher a = AUTHOR.matcher(pre);
        int end = 0;
        while (a.find()) {
            String given = a.group(2) != null ? a.group(2).replace(" ", "").strip()
                    : a.group(3).chars().mapToObj(c -> (char) c + ".").collect(java.util.stream.Collectors.joining());
            authors.add(new String[] {a.group(1).strip(), given});
            end = a.end();
        }
        boolean etAl = false;
        Matcher e = ET_AL.matcher(pre);
        if (e.find(end) && e.start() == end) {
            etAl = true;
            end = e.end();
        }
        if (authors.isEmpty()) return null;
        // a group author after the persons ("…, Coleman MP, CONCORD Working Group."): a literal name, comma kept
        Matcher g = GROUP.matcher(pre);
        if ((end > 0 && ",;".indexOf(pre.charAt(end - 1)) >= 0 || pre.startsWith(",", end) || pre.startsWith(";", end)) && g.find(end) && g.start() == end) {
            authors.add(new String[] {g.group(1).strip(), null});
            end = g.end();
        }
        // …parallel to the original's, one for one
        if (!latinNames.isEmpty() && latinNames.size() == authors.size()) custom.put("authors-latin", latinNames);
        String body = pre.substring(end).strip();
        if (body.startsWith(".") || body.startsWith(",")) body = body.substring(1).strip();
        if (body.endsWith(".")) body = body.substring(0, body.length() - 1);
        // "Title. Transliterated name = English name": the journal is the sentence the " = " is in, though the English
        // name has a full stop of its own ("Golova i sheya = Head and neck. Russian Journal")
        int eq = body.indexOf(" = ");
        String head = eq > 0 ? body.substring(0, eq) : body;
        int cut = Math.max(Math.max(head.lastIndexOf(". "), head.lastIndexOf("? ")), head.lastIndexOf("! "));
        if (cut <= 0) return null;
        String title = body.substring(0, body.charAt(cut) == '.' ? cut : cut + 1).strip();
        String journal = body.substring(cut + 2).strip();
        if (title.isEmpty() || journal.isEmpty()) return null;
        // the Latin version's one journal name: the original's transliterated ("Рос кардиол ж" / "Rossiyskiy
        // kardiologicheskiy zhurnal", word by word) or its English name
        if (latinJournal != null) custom.put(transliterated(journal, latinJournal) ? "container-title-translit" : "container-title-en", latinJournal);
        return new Parsed(authors, etAl, title, journal, year, vol, issue, pages == null ? null : expandPages(pages), ids.doi, ids.pmid,
                custom);
    }

    /** Each word of {@code latin} begins as the transliteration of the word of {@code original} in its place. */
    static boolean transliterated(String original, String latin) {
        if (!org.casereport.cite.Transliteration.hasCyrillic(original)) return false;
        String[] o = org.casereport.cite.Transliteration.of("bgn").latin(original).toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        String[] l = latin.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}]+");
        if (o.length != l.length || o.length == 0) return false;
        for (int i = 0; i < o.length; i++) {
            String a = o[i].substring(0, Math.min(2, o[i].length()));
            if (!l[i].startsWith(a)) return false;
        }
        return true;
    }

    private record Ids(String rest, String doi, String pmid) {
    }

    private static Ids stripIds(String t) {
        String doi = null;
        String pmid = null;
        // every occurrence goes (a PDF may repeat a line at a page break); the first is the identifier
        for (Matcher d = DOI.matcher(t); d.find(); d = DOI.matcher(t)) {
            if (doi == null) doi = d.group(1);
            t = t.substring(0, d.start()) + t.substring(d.end());
        }
        for (Matcher p = PMID.matcher(t); p.find(); p = PMID.matcher(t)) {
            if (pmid == null) pmid = p.group(1);
            t = t.substring(0, p.start()) + t.substring(p.end());
        }
        return new Ids(t.strip(), doi, pmid);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /** "577–93" → "577-593": the record holds the full range, the style prints it its own way. */
    static String expandPages(String p) {
        Matcher m = Pattern.compile("^([A-Za-z]*)(\\d+)([A-Za-z]?)\\s*[–—-]\\s*([A-Za-z]*)(\\d+)([A-Za-z]?)$").matcher(p);
        if (!m.matches()) return p;
        String a = m.group(2);
        String b = m.group(5);
        if (b.length() < a.length()) b = a.substring(0, a.length() - b.length()) + b;
        String prefix = m.group(1);
        return prefix + a + m.group(3) + "-" + (m.group(4).isEmpty() ? prefix : m.group(4)) + b + m.group(6);
    }
}
