package org.casereport.check;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.check.EntryParts.Part;
import org.casereport.check.EntryParts.Type;

/**
 * A tolerant reader of one reference entry as authors write it: the identifiers first (DOI, PMID, URL, access
 * date, "[Электронный ресурс]", "(In Russ.)"), then the locator (year, volume, issue, pages in the Vancouver
 * "2017;4(2):1–9" or the GOST "2017. – Т. 4, № 2. – С. 1–9" form), then journal, title and authors. Each part
 * found is blanked out of a working copy of the same length, so every part keeps its place in the entry and
 * what is left tells what could not be read. It never fails: what it cannot find is {@link EntryParts#missing()}.
 */
public final class EntryParser {
    private EntryParser() {
    }

    static final String PAGES = "[A-Za-z]{0,3}\\d+[A-Za-z]?(?:\\s*[-–—‑]\\s*[A-Za-z]{0,3}\\d+[A-Za-z]?)?";
    private static final String YEAR = "(?:1[6-9]|20)\\d{2}";
    private static final String MONTH = "(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)";

    /** A DOI with whatever label or resolver precedes it (the label may be doubled, OCR'd as "001", or a URL). */
    static final Pattern DOI = Pattern.compile(
            "(?i)(?<![\\p{L}\\d/.])((?:(?:doi|d0i|do1|d01|001)\\s*:?\\s*|URL:\\s*)*)((?:https?://)?(?:dx\\.)?doi\\.org/)?"
                    + "(10\\s?[.,]\\s?\\d{3,9}\\s?/\\s?\\S+)");
    private static final Pattern BROKEN_DOI_REST = Pattern.compile("\\G (?![A-Za-z]+:)(?=[\\w.()/-]*\\d)[\\w.()/-]+");
    private static final Pattern GROUP_AUTHOR = Pattern.compile(
            "\\G\\s*[;,]\\s*[^.;]{3,60}?(?:Group|Consortium|Committee|Collaborat\\w*|Investigators|Network|Society)"
                    + "(?=\\s*(?:[.,;]|//|$))\\.?"); // the whole name: "… Steering Committee and Investigators."
    private static final Pattern PMID = Pattern.compile("(?i)\\bPMID\\s*:?\\s*(\\d{1,9})");
    private static final Pattern PMCID = Pattern.compile("(?i)\\bPMCID\\s*:?\\s*(PMC\\d+)");
    private static final Pattern URL = Pattern.compile("(?i)(?:URL\\s*:\\s*|Available\\s*(?:from|at)\\s*:?\\s*)?((?:https?://|www\\.)[^\\s<>]+)");
    private static final Pattern ACCESSED = Pattern.compile(
            "(?iu)[(\\[]\\s*(?:дата обращения|дата доступа|accessed(?: on)?|date of access|cited|date)\\s*:?\\s*([^)\\]]*)[)\\]]");
    private static final Pattern E_RESOURCE = Pattern.compile("(?iu)\\[\\s*(?:электронный ресурс|electronic resource)\\s*]");
    private static final Pattern IN_RUSS = Pattern.compile("(?iu)[(\\[]\\s*in\\s+russ(?:ian|\\.)?\\s*[)\\]]\\.?|\\(\\s*russian\\s*\\)");
    private static final Pattern STATUS = Pattern.compile("(?i)\\bEpub ahead of print\\b");
    /** "medRxiv [Preprint]": the server before the mark. */
    private static final Pattern PREPRINT = Pattern.compile("(?iu)(?<=[.?!]\\s)([^.\\[\\]]{2,60}?)\\s*\\[\\s*preprint\\s*]");
    /** A legal act by its first words, in Russian, transliterated or in English. */
    private static final Pattern LEGAL = Pattern.compile(
            "(?u)^\\s*(?:Приказ|Федеральный закон|Постановление|Распоряжение|Указ|Prikaz|Federal'nyi zakon|Federalnyy zakon|Postanovlenie|Order of the|Federal Law|Decree of the|Resolution of the)\\b");
    /** NLM (Citing Medicine): "Title [Preprint]. medRxiv. 2020.": the server after the mark. */
    private static final Pattern PREPRINT_NLM = Pattern.compile("(?iu)\\s*\\[\\s*preprint\\s*]\\.?\\s+(\\p{L}[^.\\[\\]]{1,40}?)(?=\\.\\s|\\.?$)");
    private static final Pattern ISBN = Pattern.compile("(?i)\\bISBN\\s*:?\\s*[\\dXx-]{10,17}");

    /** Vancouver/NLM: "2017;4(2):1–9", "2017 Mar 1;4(2):1–9", "2017;(2):1–9", "2024;13:1324013", with tolerated spaces. */
    static final Pattern VANCOUVER = Pattern.compile(
            "(?<year>" + YEAR + ")(?<date>\\s+[A-Z][a-z]{2}(?:\\s+\\d{1,2})?)?\\s*;\\s*(?<vol>[A-Za-z]?\\d\\w*(?:\\s+(?:Suppl(?:ement)?\\.?|Pt|Spec No)(?:\\s*\\d+)?)?|[A-Z]\\w*(?: \\w+)*?)?"
                    + "\\s*(?:\\(\\s*(?<issue>[^()]{1,20}?)\\s*\\))?\\s*(?::\\s*(?:(?<pages>" + PAGES + ")|(?=\\x00)))?(?=\\s*[.,;]|\\s*$|\\s|\\x00)");
    /** "2014, 226: 1–226", "2015; 4: 21–28" (References forms of some Russian journals). */
    private static final Pattern COMMA_LOCATOR = Pattern.compile(
            "(?<year>" + YEAR + ")(?:\\s*,?\\s*(?<date>[A-Z][a-z]{2}(?:\\s+\\d{1,2})?))?\\s*[,;]\\s*(?:(?:Vol\\.|Т\\.)\\s*)?(?<vol>\\d+)\\s*(?:\\(\\s*(?<issue>[^()]{1,20}?)\\s*\\))?\\s*:\\s*(?<pages>" + PAGES + ")");
    private static final Pattern G_YEAR = Pattern.compile("(?<![\\d\\p{L}])(" + YEAR + ")(?![\\d\\p{L}])");
    private static final Pattern G_VOL = Pattern.compile("(?u)(?<![\\p{L}])(?:Т\\.|т\\.|Vol\\.|V\\.|Том|vol\\.)\\s*(\\d+)");
    private static final Pattern G_ISSUE = Pattern.compile("(?u)(?<![\\p{L}])(?:№|N\\s|No\\.|no\\.|iss\\.|Iss\\.|Вып\\.|вып\\.|Issue)\\s*(\\d+(?:\\s*[-–]\\s*\\d+)?(?:[SС](?!\\p{L}))?(?:\\(\\d+\\))?(?:\\s+(?:Suppl\\.?|Pt)(?:\\s*\\d+)?)?|\\(\\d+\\)|Suppl\\.?\\s*\\d*)");
    /** GOST's pages label: "С.", "P.", "pp.", and "Р." with a Cyrillic Р (a homoglyph the style comparison then reports). */
    private static final Pattern G_PAGES = Pattern.compile("(?u)(?<![\\p{L}])(?:С\\.|с\\.|P\\.|Р\\.|p\\.|pp\\.|Pp\\.|ч\\.\\s*[IVXLC\\d]+\\s*:)\\s*(" + PAGES + ")");
    private static final Pattern PAGE_COUNT = Pattern.compile("(?u)(?<![\\p{L}\\d])(\\d{1,5})\\s*(?:с\\.|стр\\.|p\\.|pp\\.|pages|P\\.)(?=\\s|$|[,;)\\]])");
    /**
     * "М.: Медицина, 2001", "Moscow: RIIS FIAN; 2020", "New York: Springer; 2019", "Н. Новгород: …". A word of the place
     * that ends in a full stop before another word is an abbreviation ("Н.", "St."): "под ред. С. А. Фомичева. Ленинград:
     * Наука" has the place "Ленинград", not the editor's name before it.
     */
    private static final Pattern PUBLISHER = Pattern.compile(
            "(?u)(?<place>(?!In:|В кн)(?:(?:\\p{Lu}[\\p{L}-]{0,2}\\.|\\p{Lu}[\\p{L}-]*)[ -]){0,2}\\p{Lu}[\\p{L}-]*\\.?)\\s*:\\s*(?<pub>[^:;,.]{2,80}?(?:\\.[^:;,.\\d]{1,40}?)?)\\.?\\s*[,;]\\s*(?<year>" + YEAR + ")");
    /**
     * The Latin version of a GOST book, a comma after the place: "M., Meditsina, 1964", "Moscow, Mysl' Publ., 1990",
     * "Leningrad, Nauka Publ., 1989"; or any place (a list of them) before a publisher marked "Publ.":
     * "Veliky Novgorod, Simferopol, N. Novgorod, Rastr Publ., 2015".
     */
    private static final Pattern PUBLISHER_COMMA = Pattern.compile(
            "(?u)(?<=[.\\]]\\s)(?:(?<place>М|M|СПб|SPb|Москва|Moscow|Leningrad|Ленинград|Минск|Minsk|St\\. Petersburg|Saint Petersburg|Санкт-Петербург|London|New York|Basel|Berlin|Philadelphia|Boston|Geneva|Oxford)\\.?"
                    + "|(?<places>[^.;:\\[\\]]{2,80}?(?:\\.\\s[^.;:\\[\\]]{1,40}?)?)(?=,\\s*[^,;]{2,60}?\\sPubl\\.,))"
                    + ",\\s*(?<pub>[^,;]{2,160}?),\\s*(?<year>" + YEAR + ")(?!\\d)");
    /** A known place, a year after it: a series volume's "// Advances in Cardiology. Basel, 2005" ("Basel etc., 2005"). */
    private static final Pattern SERIES_PLACE = Pattern.compile(
            "(?u)\\.\\s+(?:М|M|СПб|SPb|Москва|Moscow|Leningrad|Ленинград|St\\. Petersburg|London|New York|Basel|Berlin|Philadelphia|Boston|Geneva|Oxford|Cham|Heidelberg)"
                    + "(?:\\.|\\s+(?:etc|ets|и др)\\.)?\\s*(?:,|:[^,;.]{2,80}[,;])\\s*" + YEAR + "(?!\\d)");
    /** GOST's Latin version of a journal's locator: ", 2008, vol. 58", ", 2016, no. 4". */
    private static final Pattern LATIN_GOST_LOCATOR = Pattern.compile(",\\s*" + YEAR + ",\\s*(?:vol|no)\\.\\s*\\d");
    /** A place of publication before a colon: "М.:", "Moscow:", "СПб.:". */
    private static final Pattern PLACE = Pattern.compile(
            "(?u)(?<![\\p{L}])(?<place>М|M|СПб|Москва|Moscow|Минск|St\\. Petersburg|Санкт-Петербург|London|New York|Berlin|Philadelphia|Boston|Geneva|Oxford|Cham|Heidelberg)\\.?\\s*:\\s*(?<pub>[^;]{2,240}?)(?:[,;.]\\s*(?<year>" + YEAR + ")|$)");
    /** A publisher without a place: "Kluwer Academic Publishers, 2006", "IARC Press; 2008". */
    private static final Pattern PUBLISHER_ONLY = Pattern.compile(
            "(?u)(?<=\\.\\s)(?<pub>\\p{Lu}[\\p{L}&'-]*(?:\\s+\\p{L}[\\p{L}&'-]*){0,5}\\s+(?:Publishers?|Press|Verlag|Publishing|Издательство))\\s*[,;]\\s*(?<year>" + YEAR + ")\\.?\\s*$");
    /**
     * A guideline or report issued by a body, with no place or address: after its kind and version, or its version
     * alone (NLM prints no kind), "Body, Year." — "… Временные методические рекомендации. Версия 7 (03.06.2020).
     * Министерство здравоохранения Российской Федерации, 2020.", NLM "… Версия 7 (03.06.2020). Министерство …; 2020 Jun."
     */
    private static final String GUIDELINE_KIND = "(?:[Рр]екомендации|[Rr]ekomendatsii|[Gg]uidelines?|[Пп]ротоколы?|[Pp]rotocols?)";
    private static final String VERSION = "(?:[Вв]ерсия|[Vv]ersiya|[Vv]ersion)\\s+[\\d.]+(?:\\s*\\([\\d.]+\\))?\\.";
    private static final Pattern ISSUER_YEAR = Pattern.compile("(?u)(?:" + GUIDELINE_KIND + "\\.(?:\\s+" + VERSION + ")?|(?<=\\.\\s)" + VERSION
            + ")\\s+(?<pub>\\p{Lu}[^.;:\\x00]{2,150}?(?:\\s+Publ\\.)?)\\s*[,;]\\s*(?<year>" + YEAR + ")(?:\\s+[A-Z][a-z]{2}(?:\\s+\\d{1,2})?)?[\\s.\\x00]*$");
    /** A place and a year, no publisher: "Moscow; 2013.", "М., 2001." (the publisher is missing). */
    private static final Pattern PLACE_YEAR = Pattern.compile(
            "(?u)(?<=\\.\\s)(?<place>М|M|СПб|Москва|Moscow|Минск|St\\. Petersburg|Saint Petersburg|Санкт-Петербург|London|New York)\\.?\\s*[;,]\\s*(?<year>" + YEAR + ")\\.?\\s*$");
    /** Conference proceedings a paper is in: "Материалы I съезда онкологов…", "Mat. nauchn. konf. …", "Proceedings of …". */
    private static final Pattern PROCEEDINGS = Pattern.compile("(?u)(?<=\\.\\s)(?:Материалы\\s|Тезисы\\s|Mat\\.\\s+nauchn|Proceedings of\\s)");
    /**
     * A thesis's degree label: "Дис. … канд. мед. наук", "Автореф. дис. … д-ра биол. наук", "дис. докт. мед. наук",
     * "Cand. Sci. (Med.) diss.", "Dr. Sci. diss. abstract", "Cand. Diss.".
     */
    static final Pattern DEGREE = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:(?:автореф(?:ерат)?\\.?\\s*)?дисс?(?:ертации|\\.)?\\s*(?:…|\\.\\.\\.)?\\s*(?:на соискание[^.]{0,40}?)?"
                    + "(?:д-ра|докт\\.?|доктора|канд\\.?|кандидата)\\s+(?:[а-яё-]+\\.?\\s+){0,2}?наук"
                    + "|(?:Cand|Dr|Kand|Doct)\\.?\\s*(?:Sci\\.?\\s*(?:\\([^)]{1,20}\\)\\s*)?)?diss\\.?(?:\\s+abstract)?)");
    /**
     * What follows a thesis's degree label up to the year: the institution ("Дис. … канд. наук. ФБУН «…», 2023"; NLM
     * "[Дис. … канд. наук]. ФБУН «…»; 2023") or the place ("Автореф. дис. … д-ра мед. наук. СПб., 2008").
     */
    private static final Pattern AFTER_DEGREE = Pattern.compile(
            "(?u)\\G\\]?\\s*[.,]?\\s+(?<pub>[^\\[\\];:\\x00]{2,240}?)\\s*[,;]\\s*(?<year>" + YEAR + ")(?!\\d)");
    /** One or two capitalised words, the last maybe abbreviated: a place ("М.", "СПб.", "Ташкент", "Н. Новгород"). */
    private static final Pattern PLACE_WORDS = Pattern.compile("(?u)\\p{Lu}[\\p{L}-]*\\.?(?:\\s\\p{Lu}[\\p{L}-]*\\.?)?");
    /**
     * A place with its US state or Canadian province before the publisher: "Bethesda, MD: National Health Institutes",
     * Citing Medicine's "Bethesda (MD): National Library of Medicine (US); 2007".
     */
    private static final Pattern STATE_PLACE = Pattern.compile(
            "(?u)(?<![\\p{L}])(?<place>\\p{Lu}[\\p{L}-]+(?:\\s\\p{Lu}[\\p{L}-]+)?(?:,\\s*\\p{Lu}{2}|\\s*\\(\\p{Lu}{2}\\)))\\s*:\\s*"
                    + "(?<pub>\\p{Lu}[^:;.\\[\\]\\x00]{1,160}?)\\s*(?:[;,]\\s*(?<year>" + YEAR + ")(?!\\d)|(?=[.;\\x00]|\\s*$))");
    /**
     * A conference abstract's number, its locator: "Abstract S912", "Abstract no. 912", "Abstract 7000"; in lower case as
     * GOST prints it after the title or in the Latin locator ("…: abstract 4608 //", "…, 2022, abstract 5004"), not inside
     * a title ("An abstract 3 ways").
     */
    private static final Pattern ABSTRACT_NO = Pattern.compile(
            "(?u)(?<![\\p{L}])(?:Abstract|(?<=[:,]\\s)abstract)\\s+(?:[Nn]o\\.?\\s*)?(?<n>[A-Z]{0,3}\\d+[A-Za-z]?)(?![\\p{L}\\d])");
    /**
     * A meeting's dates and place as Citing Medicine prints them after its name: "…Annual Meeting 2019; 2019 Mar 29–Apr 3;
     * Atlanta, GA." — neither the locator nor the proceedings' name.
     */
    private static final Pattern MEETING = Pattern.compile(
            "(?u);\\s*(?<date>" + YEAR + "\\s+" + MONTH + "\\s+\\d{1,2}(?:\\s*[-–]\\s*(?:" + MONTH + "\\s+)?\\d{1,2})?)\\s*;\\s*(?<place>[^.;:\\[\\]]{2,80}?)(?=\\.(?:\\s|$))");
    /** A document kind standing as a sentence after the title: not the title itself ("Title. Clinical guidelines. …"). */
    private static final Pattern GENRE_SENTENCE = Pattern.compile(
            "(?iu)\\s*(?:clinical (?:practice )?guidelines?|guidelines|clinical protocols?|клинические рекомендации|методические рекомендации|клинические протоколы)\\s*[.:]");
    private static final Pattern THESIS = Pattern.compile("(?iu)\\b(?:дис\\.|дисс\\.|автореф\\.|диссертац|thesis|dissertation|dis\\. \\.\\.\\.|avtoref|diss\\.|cand\\.?,? diss|kand\\. diss)");
    private static final Pattern CHAPTER = Pattern.compile("(?u)(?:\\bIn:\\s|\\bВ кн\\.:|\\bВ сб\\.:|\\bIn\\s+\\p{Lu}[\\p{L}]*\\s+\\p{Lu}{1,3}[,.](?=.*\\beds?\\.))");
    /** The editors' label after the names that lead an edited book: "Фомичев С.А., ред. Title", "Lesnyak O.M., …, eds. Title". */
    private static final Pattern EDITOR_LABEL = Pattern.compile("(?u)\\G\\s*,?\\s*(?:ред|eds?|editors?)\\.(?=\\s)");
    /** An edited book's names first: "Фомичев С.А., ред. …", "Fomichev SA, editor. …" (up to the label, no full stop but initials'). */
    private static final Pattern EDITORS_FIRST = Pattern.compile("(?u)^(?:[^,;:]{2,60}?,\\s*){1,30}?(?:ред|eds?|editors?)\\.\\s");
    /** GOST's statement of responsibility naming editors only: "Title / под ред. С. А. Фомичева", "/ ed. by …". */
    private static final Pattern EDITED_BY = Pattern.compile("(?iu)\\s/\\s*(?:под\\.?\\s*ред\\.|ed\\.\\s*by|eds?\\.)|(?<=[.\\]])\\s+(?-i:Ed\\.\\s+by)\\s");
    /** A GOST entry with "//" is a part of a collection when the collection is named so ("под ред.", "Материалы", "конф."). */
    private static final Pattern COLLECTION = Pattern.compile("(?u)(?:под ред|\\bed\\.|\\beds\\.|материалы|сб\\.|proceedings|конф|съезд|конгресс|симпозиум|форум|conference|congress|symposium|forum)", Pattern.CASE_INSENSITIVE);
    /** Three capitals in a row: an abbreviated institution ("ФБУН", "ЦНИИ"), not a place. */
    private static final Pattern CAPITALS = Pattern.compile("(?u)\\p{Lu}{3,}");
    /** Where a GOST container title ends: a ". – " separator or the year after a full stop or comma. */
    private static final Pattern CONTAINER_END = Pattern.compile("\\.\\s*[-–—]\\s*|[.,]\\s*(?:" + YEAR + ")");
    private static final Pattern ET_AL = Pattern.compile("\\G\\s*,?\\s*(\\[?(?:et al|и др|et\\.al|and others)\\.?]?\\.?)");

    /**
     * "Berthold F.," "Berthold F," "Arango Ossa J.E.," "Medina-Martínez J.S.", "Di Nottia M.", "Иванов И.И."; a last bare
     * capital is an initial, but not one a lower-case word follows: "Smith J. A rare complication" has the title "A rare…".
     */
    static final String FAMILY = "(?:(?:de|van|von|di|da|le|la|del|der|den|dos|du|ter)\\s+)?\\p{Lu}[\\p{L}\\p{M}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{M}'’-]+|van|von|der|den|de|da|di|du|le|la|del|dos|ter))*";
    private static final Pattern AUTHOR = Pattern.compile(
            "\\G\\s*(?:[,;]|,?\\s(?:and|&)(?=\\s))?\\s*(" + FAMILY + ")\\s*,?\\s+((?:\\p{Lu}\\p{Ll}?\\.\\s?-?){1,4}(?:\\p{Lu}(?![\\p{L}.])(?!\\s+\\p{Ll})(?!-\\p{L}))?|\\p{Lu}(?:\\s\\p{Lu}){1,3}(?=,)|(?:\\p{Lu}[hu]?){1,4}(?![\\p{L}]))");
    /** GOST: "И. И. Иванов", "R. Labianca" (after "/" or in the statement of responsibility). */
    private static final Pattern AUTHOR_INITIALS_FIRST = Pattern.compile(
            "\\G\\s*,?\\s*((?:\\p{Lu}\\p{Ll}?\\.\\s?-?){1,3})\\s*(" + FAMILY + ")");

    /**
     * A legal act named by its title, its kind, date and number after it (GOST R 7.0.5's "Об основах …: федер. закон от
     * 21.11.2011 № 323-ФЗ", "… [On approval …], Order of the … dated December 16, 2020 No. 800"): the kind up to the end
     * of its number. A full stop inside it belongs to a date ("21.11.2011") or to "г." and "No.".
     */
    private static final Pattern LEGAL_KIND = Pattern.compile(
            "(?u)(?<=[.:,\\]])\\s+(?:Приказ|Федеральный закон|[Фф]едер\\. закон|Постановление|Распоряжение|Указ|Prikaz|Federal'nyi zakon|Order of the|Federal Law|Decree of the|Resolution of the)\\b"
            + "(?:[^.]|\\.(?=\\d)|(?<=\\sг)\\.|(?<=No)\\.)*?(?:№|No\\.|N)\\s?\\d[\\p{L}\\p{N}-]*");

    public static EntryParts parse(String entry) {
        // a no-break space (as casereport's own output ties "Kirgizov K.I.") is a space here; one for one, so
        // every offset stays the entry's own
        entry = entry.replace('\u00A0', ' ');
        EntryParts p = new EntryParts();
        Matcher kind = LEGAL_KIND.matcher(entry);
        int kindEnd = !LEGAL.matcher(entry).find() && kind.find() ? kind.end() : -1;
        if (kindEnd > 0) {
            // the act's year is that of its date ("от 21.11.2011", "dated December 16, 2020")
            Matcher y = G_YEAR.matcher(entry.substring(0, kindEnd));
            if (y.find(kind.start())) p.year = new Part(y.group(1), y.start(1), y.end(1));
        }
        p.legal = kindEnd > 0 || LEGAL.matcher(entry).find();
        char[] w = entry.toCharArray();
        latinVersion(entry, w, p);
        anchors(entry, w, p);
        String s = new String(w);
        p.type = type(s, p);
        // an edited book: the editors lead ("Фомичев С.А., ред. …") or follow the title after "/ под ред." — the
        // proceedings or collection it names ("Материалы к биографии") is its title, not the book of a chapter
        if (p.type == Type.CHAPTER && !CHAPTER.matcher(s).find() && !s.contains("//")
                && (EDITORS_FIRST.matcher(s).find() || EDITED_BY.matcher(s).find())) p.type = Type.BOOK;
        if (s.contains("//")) p.layout = "gost";
        if (kindEnd > 0) {
            // the title, then the act's kind, date and number: all of it names the act
            Part title = clean(entry, 0, kindEnd);
            if (title != null) {
                p.title = title;
                blank(w, 0, kindEnd);
            }
        } else if (p.legal) {
            legalTitle(entry, w, p);
        }
        locator(entry, w, p);
        names(entry, w, p);
        return p;
    }

    // --------------------------------------------------------------------------------------------- anchors

    /** A combined list's "original [Latin version]": the bracket closing an entry that begins in Cyrillic. */
    private static void latinVersion(String e, char[] w, EntryParts p) {
        String t = e.stripTrailing();
        if (!(t.endsWith("]") || t.endsWith("]."))) return;
        int close = t.lastIndexOf(']');
        int depth = 0;
        int open = -1;
        for (int i = close; i >= 0; i--) {
            if (t.charAt(i) == ']') depth++;
            else if (t.charAt(i) == '[' && --depth == 0) {
                open = i;
                break;
            }
        }
        if (open <= 0) return;
        String inner = t.substring(open + 1, close);
        String before = t.substring(0, open);
        if (!TextRules.script(before).equals("ru") || !TextRules.script(inner).equals("en") || inner.length() < 20) return;
        p.latin = new Part(inner, open + 1, close);
        blank(w, open, Math.min(w.length, close + 1 + (t.endsWith("].") ? 1 : 0)));
    }

    private static void anchors(String e, char[] w, EntryParts p) {
        String s = new String(w);
        Matcher d = DOI.matcher(s);
        if (d.find()) {
            int end = d.end(3);
            // a DOI broken by a space at a hyphen or slash ("10.1007/s40272-017- 0251-3"): the rest belongs to it
            while (end < s.length() - 1 && "-/".indexOf(s.charAt(end - 1)) >= 0 && s.charAt(end) == ' ') {
                Matcher more = BROKEN_DOI_REST.matcher(s);
                if (!more.find(end)) break;
                end = more.end();
            }
            while (end > d.start(3) && ".,;)]".indexOf(s.charAt(end - 1)) >= 0) {
                // a DOI may end in ")" when it opened one: 10.1016/S0140-6736(17)33326-3
                if (s.charAt(end - 1) == ')' && count(s, d.start(3), end, '(') >= count(s, d.start(3), end, ')')) break;
                end--;
            }
            p.doi = new Part(e.substring(d.start(3), end), d.start(3), end);
            p.doiWithLabel = new Part(e.substring(d.start(), end), d.start(), end);
            blank(w, d.start(), end);
        }
        s = new String(w);
        Matcher m = PMID.matcher(s);
        if (m.find()) {
            p.pmid = new Part(m.group(1), m.start(1), m.end(1));
            blank(w, m.start(), m.end());
        }
        m = PMCID.matcher(s);
        if (m.find()) blank(w, m.start(), m.end());
        s = new String(w);
        m = URL.matcher(s);
        if (m.find()) {
            int end = m.end(1);
            while (end > m.start(1) && ".,;)]".indexOf(s.charAt(end - 1)) >= 0) end--;
            p.url = new Part(e.substring(m.start(1), end), m.start(1), end);
            blank(w, m.start(), end);
        }
        s = new String(w);
        m = ACCESSED.matcher(s);
        if (m.find()) {
            p.accessed = new Part(e.substring(m.start(), m.end()), m.start(), m.end());
            blank(w, m.start(), m.end());
        }
        s = new String(w);
        m = E_RESOURCE.matcher(s);
        if (m.find()) blank(w, m.start(), m.end());
        m = IN_RUSS.matcher(s);
        if (m.find()) {
            p.inRussian = new Part(e.substring(m.start(), m.end()), m.start(), m.end());
            blank(w, m.start(), m.end());
        }
        m = ISBN.matcher(s);
        if (m.find()) blank(w, m.start(), m.end());
        m = STATUS.matcher(s);
        if (m.find()) {
            p.status = new Part(m.group(), m.start(), m.end());
            blank(w, m.start(), m.end());
        }
        m = ABSTRACT_NO.matcher(s);
        if (m.find()) {
            // a conference abstract is found by its number, as an article by its pages
            p.pages = new Part(m.group("n"), m.start("n"), m.end("n"));
            p.abstractNumber = true;
            blank(w, m.start(), m.end());
        }
        s = new String(w);
        m = MEETING.matcher(s);
        if (m.find()) {
            p.meetingDate = new Part(m.group("date"), m.start("date"), m.end("date"));
            p.meetingPlace = new Part(m.group("place").strip(), m.start("place"), m.start("place") + m.group("place").strip().length());
            blank(w, m.start(), m.end());
        }
        m = PREPRINT.matcher(s);
        Matcher after = PREPRINT_NLM.matcher(s);
        if (after.find()) {
            p.preprint = true;
            p.container = new Part(after.group(1), after.start(1), after.end(1));
            blank(w, after.start(), after.end(1));
        } else if (m.find()) {
            p.preprint = true;
            p.container = new Part(m.group(1).strip(), m.start(1), m.start(1) + m.group(1).strip().length());
            blank(w, m.start(1), m.end());
        }
    }

    /**
     * A legal act's title runs to the end of its quoted name ("Приказ … от 29 декабря 2012 г. № 1683н «Об утверждении …»",
     * "Order … No. 1683n "On approval …"") and the English name in brackets after it (GOST's Latin version): its date and
     * number are not the locator, nor its full stops ("2012 г.") its end.
     */
    private static void legalTitle(String e, char[] w, EntryParts p) {
        int open = -1;
        for (int i = 0; i < e.length() && open < 0; i++) if ("«“\"".indexOf(e.charAt(i)) >= 0) open = i;
        if (open < 0) return;
        int end = closing(e, open);
        if (end < 0) return;
        int j = end;
        while (j < e.length() && e.charAt(j) == ' ') j++;
        if (j < e.length() && e.charAt(j) == '[') {
            int close = closing(e, j);
            if (close > 0) end = close;
        }
        Part title = clean(e, 0, end);
        if (title == null) return;
        p.title = title;
        blank(w, 0, end);
    }

    /** After the mark that closes the one at {@code open} (nested «…«…»…» and […[…]…] counted), or -1. */
    private static int closing(String e, int open) {
        char o = e.charAt(open);
        char c = o == '«' ? '»' : o == '“' ? '”' : o == '[' ? ']' : '"';
        int depth = 0;
        for (int i = open; i < e.length(); i++) {
            char x = e.charAt(i);
            if (x == c && (o != c || i > open)) {
                if (--depth == 0) return i + 1;
            } else if (x == o) depth++;
        }
        return -1;
    }

    private static int count(String s, int from, int to, char c) {
        int n = 0;
        for (int i = from; i < to; i++) if (s.charAt(i) == c) n++;
        return n;
    }

    private static Type type(String s, EntryParts p) {
        if (p.preprint) return Type.ARTICLE;
        if (THESIS.matcher(s).find()) return Type.THESIS;
        if (CHAPTER.matcher(s).find()) return Type.CHAPTER;
        // a meeting abstract by its number, also where GOST prints it in a journal ("…: abstract 4608 // Cancer Research")
        if (p.abstractNumber) return Type.CHAPTER;
        if (s.contains("//") && COLLECTION.matcher(s).find()
                && !G_VOL.matcher(s).find()) return Type.CHAPTER;
        if (VANCOUVER.matcher(s).find() && hasLocatorNumbers(s) || COMMA_LOCATOR.matcher(s).find()) return Type.ARTICLE;
        // a volume of a book series: "// Advances in Cardiology. Basel, 2005. Vol. 42. P. 173–196." (a journal has no place)
        if (s.contains("//") && SERIES_PLACE.matcher(s).find(s.indexOf("//")) && G_VOL.matcher(s).find(s.indexOf("//"))) return Type.CHAPTER;
        if (s.contains("//") && (G_VOL.matcher(s).find() || G_ISSUE.matcher(s).find())) return Type.ARTICLE;
        // GOST's Latin version of an article, "CA: A Cancer Journal for Clinicians, 2008, vol. 58, no. 2": not a place and publisher
        if (LATIN_GOST_LOCATOR.matcher(s).find()) return Type.ARTICLE;
        if (!s.contains("//") && PROCEEDINGS.matcher(s).find()) return Type.CHAPTER;
        if (PUBLISHER.matcher(s).find() || PUBLISHER_COMMA.matcher(s).find() || PAGE_COUNT.matcher(s).find() || PLACE.matcher(s).find()
                || PUBLISHER_ONLY.matcher(s).find() || PLACE_YEAR.matcher(s).find()) return Type.BOOK;
        if (p.url != null) return Type.WEB;
        if (ISSUER_YEAR.matcher(s).find()) return Type.BOOK;   // a guideline by its issuing body, with no address
        if (G_ISSUE.matcher(s).find() || G_VOL.matcher(s).find() || p.doi != null) return Type.ARTICLE;
        return Type.UNKNOWN;
    }

    private static boolean hasLocatorNumbers(String s) {
        Matcher v = VANCOUVER.matcher(s);
        while (v.find()) if (v.group("vol") != null || v.group("issue") != null || v.group("pages") != null) return true;
        return false;
    }

    // --------------------------------------------------------------------------------------------- locator

    private static void locator(String e, char[] w, EntryParts p) {
        String s = new String(w);
        Matcher best = null;
        Matcher v = VANCOUVER.matcher(s);
        int at = -1;
        while (v.find()) {
            if (v.group("vol") != null || v.group("issue") != null || v.group("pages") != null) at = v.start();
        }
        if (at >= 0) {
            best = VANCOUVER.matcher(s);
            best.find(at);
        }
        if (best == null) {
            Matcher c = COMMA_LOCATOR.matcher(s);
            if (c.find()) best = c;
        }
        if (best != null && p.type == Type.CHAPTER) {
            // a meeting abstract in a journal: the proceedings' publisher before the journal, "Philadelphia (PA): AACR; Cancer Res."
            Matcher sp = STATE_PLACE.matcher(s.substring(0, best.start()));
            if (sp.find()) {
                String pub = sp.group("pub").strip();
                p.place = new Part(sp.group("place"), sp.start("place"), sp.end("place"));
                p.publisher = new Part(pub, sp.start("pub"), sp.start("pub") + pub.length());
                blank(w, sp.start(), sp.end());
            }
        }
        if (best != null && p.type != Type.BOOK && p.type != Type.WEB && p.type != Type.THESIS) {
            p.year = part(e, best, "year");
            p.date = part(e, best, "date");
            p.volume = part(e, best, "vol");
            if (p.volume != null) p.volume = trim(e, p.volume);
            p.issue = part(e, best, "issue");
            Part pages = part(e, best, "pages");
            if (pages != null || !p.abstractNumber) p.pages = pages;   // "…(13 Suppl):Abstract no. 4608": read before
            blank(w, best.start(), best.end());
            if (p.type == Type.UNKNOWN) p.type = Type.ARTICLE;
            return;
        }
        // GOST: the parts one by one, after the title
        int from = Math.max(0, s.indexOf("//"));
        Matcher m = G_VOL.matcher(s);
        if (m.find(from)) {
            p.volume = new Part(m.group(1), m.start(1), m.end(1));
            blank(w, m.start(), m.end());
        }
        m = G_ISSUE.matcher(s);
        if (m.find(from)) {
            p.issue = new Part(m.group(1), m.start(1), m.end(1));
            blank(w, m.start(), m.end());
        }
        m = G_PAGES.matcher(s);
        if (m.find(from)) {
            p.pages = new Part(m.group(1), m.start(1), m.end(1));
            blank(w, m.start(), m.end());
        } else if ((m = PAGE_COUNT.matcher(s)).find(from)) {
            blank(w, m.start(), m.end());   // a book's page count: not a locator
        }
        s = new String(w);
        m = PUBLISHER.matcher(s);
        if (p.type != Type.ARTICLE && m.find()) {
            p.place = new Part(m.group("place"), m.start("place"), m.end("place"));
            p.publisher = new Part(m.group("pub").strip(), m.start("pub"), m.start("pub") + m.group("pub").strip().length());
            p.year = new Part(m.group("year"), m.start("year"), m.end("year"));
            blank(w, m.start(), m.end());
            if (p.type == Type.UNKNOWN) p.type = Type.BOOK;
            return;
        }
        if (p.type == Type.THESIS && afterDegree(e, s, w, p)) return;
        m = STATE_PLACE.matcher(s);
        if (p.type != Type.ARTICLE && m.find()) {
            p.place = new Part(m.group("place"), m.start("place"), m.end("place"));
            String pub = m.group("pub").strip();
            p.publisher = new Part(pub, m.start("pub"), m.start("pub") + pub.length());
            if (m.group("year") != null) p.year = new Part(m.group("year"), m.start("year"), m.end("year"));
            blank(w, m.start(), m.end());
            s = new String(w);
            if (p.year != null) return;
        }
        m = PUBLISHER_COMMA.matcher(s);
        if (p.type == Type.BOOK && m.find()) {
            String place = m.group("place") != null ? "place" : "places";
            p.place = new Part(m.group(place), m.start(place), m.end(place));
            p.publisher = new Part(m.group("pub").strip(), m.start("pub"), m.start("pub") + m.group("pub").strip().length());
            p.year = new Part(m.group("year"), m.start("year"), m.end("year"));
            blank(w, m.start(), m.end());
            return;
        }
        m = PUBLISHER_ONLY.matcher(s);
        if (p.type == Type.BOOK && m.find()) {
            p.publisher = new Part(m.group("pub").strip(), m.start("pub"), m.start("pub") + m.group("pub").strip().length());
            p.year = new Part(m.group("year"), m.start("year"), m.end("year"));
            blank(w, m.start(), m.end());
            return;
        }
        m = PLACE_YEAR.matcher(s);
        if (p.type == Type.BOOK && m.find()) {
            p.place = new Part(m.group("place"), m.start("place"), m.end("place"));
            p.year = new Part(m.group("year"), m.start("year"), m.end("year"));
            blank(w, m.start(), m.end());
            return;
        }
        m = ISSUER_YEAR.matcher(s);
        if (p.type == Type.BOOK && m.find()) {
            p.publisher = new Part(m.group("pub").strip(), m.start("pub"), m.start("pub") + m.group("pub").strip().length());
            p.year = new Part(m.group("year"), m.start("year"), m.end("year"));
            blank(w, m.start("pub"), m.end());
            return;
        }
        m = PLACE.matcher(s);
        if (p.type == Type.BOOK && m.find()) {
            p.place = new Part(m.group("place"), m.start("place"), m.end("place"));
            String pub = m.group("pub").strip();
            p.publisher = new Part(pub, m.start("pub"), m.start("pub") + pub.length());
            if (m.group("year") != null) p.year = new Part(m.group("year"), m.start("year"), m.end("year"));
            blank(w, m.start(), m.end());
            if (p.year != null) return;
            s = new String(w);
        }
        if (p.type == Type.WEB) {
            webYear(e, s, w, p);
            return;
        }
        // the year: the last plausible one outside the title (GOST puts it after the journal)
        m = G_YEAR.matcher(s);
        Part year = null;
        while (m.find()) {
            if (m.start() < from) continue;
            year = new Part(m.group(1), m.start(1), m.end(1));
        }
        if (year == null) {
            m = G_YEAR.matcher(s);
            while (m.find()) year = new Part(m.group(1), m.start(1), m.end(1));
        }
        if (year != null) {
            p.year = year;
            blank(w, year.start(), year.end());
        }
    }

    /**
     * A web page's year: only where it stands as a sentence of its own just before the address ("… Clinical guidelines.
     * 2019. URL: …", "…, 2019. Available from: …", a range "2005–2007. URL: …"), or, as NLM prints it, just before the
     * access date ("Site. 2021 [cited 2024 May 1]. …"). A year anywhere else in a web entry is the title's ("Projections of
     * mortality, 2016 to 2060", "Version 1.2018") or the access date's, not the page's, and is not read. A range gives its
     * first year. After a document kind or NLM's "[Internet]", the words joined to the year by a comma or semicolon are the
     * publisher ("… Клинические рекомендации. Российское общество …, 2021. URL:", "Title [Internet]. Society; 2021 [cited
     * …]"); between NLM's access date and the address stands the title of a page of a site ("WHO fact sheets. 2021
     * [cited 2024 May 1]. Childhood cancer. Available from: …").
     */
    private static void webYear(String e, String s, char[] w, EntryParts p) {
        if (p.url == null) return;
        int i = p.url.start();
        while (i > 0 && s.charAt(i - 1) == BLANK) i--;
        Matcher m = WEB_YEAR.matcher(s.substring(0, i));
        boolean found = m.find();
        if (!found && p.accessed != null && p.accessed.text().startsWith("[") && p.accessed.end() <= i) {
            m = WEB_YEAR_CITED.matcher(s.substring(0, p.accessed.start()));
            found = m.find();
            if (found) {
                Part title = clean(e, p.accessed.end(), i);
                if (title != null && title.text().chars().anyMatch(Character::isLetter)) {
                    p.title = title;
                    blank(w, p.accessed.end(), i);
                }
            }
        }
        if (!found) return;
        p.year = new Part(m.group("year"), m.start("year"), m.end("year"));
        blank(w, m.start("year"), m.end("range"));
        if (m.group("sep") == null || ".".equals(m.group("sep").strip())) return;
        int sep = m.start("sep");
        int from = s.lastIndexOf(". ", sep - 1);
        if (from < 0) return;
        String head = s.substring(0, from + 1);
        String pub = s.substring(from + 2, sep);
        if (!WEB_PUBLISHER_AFTER.matcher(head).find() || pub.indexOf(BLANK) >= 0 || pub.isBlank()) return;
        int a = from + 2;
        int colon = pub.indexOf(": ");
        if (colon > 0) {
            p.place = clean(e, a, a + colon);
            a += colon + 2;
        }
        p.publisher = clean(e, a, sep);
        blank(w, from + 2, sep);
    }

    private static final String YEAR_RANGE = "(?<year>" + YEAR + ")(?<range>(?:\\s*[–-]\\s*" + YEAR + ")?)";
    private static final Pattern WEB_YEAR = Pattern.compile("(?:^|(?<sep>[.,;])\\s{1,3})" + YEAR_RANGE + "[\\s.\\x00]*$");
    private static final Pattern WEB_YEAR_CITED = Pattern.compile(
            "(?:^|(?<sep>[.,;:])\\s{1,3})" + YEAR_RANGE + "(?:\\s+[A-Z][a-z]{2}(?:\\s+\\d{1,2})?)?\\s*$");
    /** What a web page's publisher follows: a document kind, or NLM's "[Internet]". */
    private static final Pattern WEB_PUBLISHER_AFTER = Pattern.compile(
            "(?iu)(?:\\[Internet]|clinical (?:practice )?guidelines?|guidelines|clinical protocols?|клинические рекомендации|методические рекомендации|клинические протоколы)\\s*\\.$");

    /**
     * A thesis's institution or place after its degree label, and the year: "Дис. … канд. наук. ФБУН «…», 2023." gives
     * the publisher, "Автореф. дис. … д-ра мед. наук. СПб., 2008." the place (one or two capitalised words).
     */
    private static boolean afterDegree(String e, String s, char[] w, EntryParts p) {
        Matcher d = DEGREE.matcher(s);
        if (!d.find()) return false;
        Matcher m = AFTER_DEGREE.matcher(s);
        if (!m.find(d.end())) return false;
        String what = m.group("pub").strip();
        Part at = new Part(e.substring(m.start("pub"), m.start("pub") + what.length()), m.start("pub"), m.start("pub") + what.length());
        boolean abbreviation = CAPITALS.matcher(what).find();
        if (PLACE_WORDS.matcher(what).matches() && !abbreviation) p.place = at;
        else p.publisher = at;
        p.year = new Part(m.group("year"), m.start("year"), m.end("year"));
        blank(w, m.start("pub"), m.end());
        return true;
    }

    private static Part part(String e, Matcher m, String g) {
        if (!m.pattern().pattern().contains("<" + g + ">")) return null;
        return m.group(g) == null || m.group(g).isBlank() ? null : new Part(e.substring(m.start(g), m.end(g)), m.start(g), m.end(g));
    }

    private static Part trim(String e, Part p) {
        int a = p.start();
        int b = p.end();
        while (a < b && Character.isWhitespace(e.charAt(a))) a++;
        while (b > a && Character.isWhitespace(e.charAt(b - 1))) b--;
        return a == b ? null : new Part(e.substring(a, b), a, b);
    }

    // --------------------------------------------------------------------------------------------- names

    private static void names(String e, char[] w, EntryParts p) {
        String s = new String(w);
        if (p.legal && p.title != null) {
            // the title was found by its quoted name: what follows up to the locator is where it was published
            int from = p.title.end();
            while (from < s.length() && s.charAt(from) == BLANK) from++;
            int stop = firstBlank(s, from);
            int slashes = s.substring(from, stop).indexOf("//");
            p.container = clean(e, slashes >= 0 ? from + slashes + 2 : from, stop);
            return;
        }
        // authors at the start
        int end = authors(e, s, 0, p);
        if (p.authors.isEmpty()) end = 0;
        // what is left between the authors and the locator: title and container
        int stop = firstBlank(s, end);
        String body = s.substring(end, stop);
        int bodyStart = end;
        if (p.layout.equals("gost")) {
            int slashes = s.indexOf("//", end);
            if (slashes >= 0) {
                int titleEnd = slashes;
                int oneSlash = s.lastIndexOf(" / ", slashes - 1);
                if (oneSlash > end) {
                    // "Title / R. Labianca [et al.] //": the statement of responsibility
                    if (p.authors.isEmpty()) authorsAfterSlash(e, s, oneSlash + 3, p);
                    else allAuthorsAfterSlash(e, s, oneSlash + 3, p);
                    titleEnd = oneSlash;
                }
                // a part found inside ("Title: Abstract S912 //", "Title [Электронный ресурс] //") ends the title
                int inner = firstBlank(s, end);
                if (inner > end && inner < titleEnd) titleEnd = inner;
                p.title = clean(e, end, titleEnd);
                int cEnd = s.length();
                Matcher sep = CONTAINER_END.matcher(e);
                if (sep.find(slashes + 2)) cEnd = sep.start();
                p.container = clean(e, slashes + 2, cEnd);
                return;
            }
        }
        if (p.type == Type.CHAPTER) {
            Matcher pr = PROCEEDINGS.matcher(body);
            if (!CHAPTER.matcher(body).find() && pr.find()) {
                // "Title. Материалы I съезда онкологов стран СНГ, 3–6 дек. 1996; ч. I: 259–60."
                p.title = clean(e, bodyStart, bodyStart + pr.start());
                p.container = clean(e, bodyStart + pr.start(), stop);
                return;
            }
            Matcher in = CHAPTER.matcher(body);
            if (in.find()) {
                p.title = clean(e, bodyStart, bodyStart + in.start());
                p.container = clean(e, bodyStart + in.end(), stop);
                return;
            }
        }
        if (p.type == Type.BOOK || p.type == Type.THESIS || p.type == Type.WEB) {
            int slash = body.indexOf(" / ");
            Matcher edBy = EDITED_BY.matcher(body);
            // GOST's Latin version: "Title [English title]. Ed. by Fomichev S.A. Leningrad, …": the editors end the title
            if (slash < 0 && edBy.find()) slash = edBy.start();
            int cut = slash > 0 ? slash : outsideBrackets(body, p.type == Type.THESIS ? ":" : ". ");
            // a sentence after the first: another full stop, or "[Electronic resource]" closing it
            boolean second = cut > 0 && (body.indexOf(". ", cut + 2) > 0
                    || !body.substring(cut + 2).isBlank() && E_RESOURCE.matcher(e).region(stop, e.length()).lookingAt());
            if (p.type == Type.WEB && p.authors.isEmpty() && cut > 0 && body.substring(0, cut).split("\\s+").length <= 6
                    && second && !GENRE_SENTENCE.matcher(body).region(cut + 1, body.length()).lookingAt()) {
                // "World Health Organization. Title. Available from: …": the organisation is the author
                bodyStart += cut + 2;
                body = body.substring(cut + 2);
                cut = outsideBrackets(body, ". ");
            }
            // "Transliterated title. Its subtitle [English title]. Site, 2007": the title ends with the bracket
            int br = body.indexOf("]. ");
            if (cut > 0 && br > cut && body.lastIndexOf('[', br) > cut && slash < 0) cut = br + 1;
            if (p.type == Type.WEB && p.title != null) {
                // NLM's page of a site, its title found after the access date: "Site. Place; 2007 [cited …]. Title."
                p.container = clean(e, bodyStart, bodyStart + (cut > 0 ? cut : body.length()));
                return;
            }
            int placeAt = p.place != null ? p.place.start() - bodyStart : -1;
            int t = placeAt > 0 ? placeAt : cut > 0 ? cut : body.length();
            if (slash > 0 && slash < t) t = slash;   // GOST: the statement of responsibility after " / " ends the title
            Matcher degree = DEGREE.matcher(body);
            if (p.type == Type.THESIS && degree.find() && degree.start() > 0 && degree.start() < t && (slash < 0 || degree.start() < slash)) {
                // "Title. Дис. … канд. наук", "Title: дис. …", NLM "Title [Дис. … канд. наук]": the title ends at the degree
                t = degree.start();
                while (t > 0 && (body.charAt(t - 1) == '[' || Character.isWhitespace(body.charAt(t - 1)))) t--;
            }
            p.title = clean(e, bodyStart, bodyStart + t);
            return;
        }
        if (p.preprint) {
            // "Title. medRxiv [Preprint]": the server was found with its mark
            p.title = clean(e, bodyStart, stop);
            return;
        }
        // Vancouver: "Title. Journal." — the last sentence is the journal, unless it is a run of abbreviations
        int cut = journalStart(body);
        if (cut < 0) {
            if (!body.isBlank()) p.title = clean(e, bodyStart, stop);
            return;
        }
        p.title = clean(e, bodyStart, bodyStart + cut);
        p.container = clean(e, bodyStart + cut, stop);
    }

    /**
     * The first {@code mark} outside square brackets: GOST's Latin version "Transliterated title [English title. Its
     * subtitle]. Site, 2007." has its title up to the bracket's end (-1 when there is none).
     */
    private static int outsideBrackets(String body, String mark) {
        int depth = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c == '[') depth++;
            else if (c == ']' && depth > 0) depth--;
            else if (depth == 0 && body.startsWith(mark, i)) return i;
        }
        return -1;
    }

    /** Where the journal begins in "Title. Journal." (-1 when there is no full stop to split at). */
    static int journalStart(String body) {
        String b = body.stripTrailing();
        while (b.endsWith(".") || b.endsWith(",")) b = b.substring(0, b.length() - 1).stripTrailing();
        // sentence ends: ". ", "? ", "! " followed by a capital letter or digit
        java.util.List<Integer> cuts = new java.util.ArrayList<>();
        for (int i = 1; i < b.length() - 1; i++) {
            char c = b.charAt(i);
            if ((c == '.' || c == '?' || c == '!') && b.charAt(i + 1) == ' ') {
                int j = i + 1;
                while (j < b.length() && b.charAt(j) == ' ') j++;
                if (j < b.length() && (Character.isUpperCase(b.charAt(j)) || Character.isDigit(b.charAt(j)))) cuts.add(j);
            }
        }
        // "Transliterated name = English name": the journal is the sentence the " = " is in, though the English name
        // has a full stop of its own ("Golova i sheya = Head and neck. Russian Journal")
        int eq = b.indexOf(" = ");
        if (eq > 0 && cuts.stream().anyMatch(c -> c < eq)) cuts.removeIf(c -> c > eq);
        if (cuts.isEmpty()) return -1;
        int k = cuts.size() - 1;
        // "Case Rep. Oncol.", "Int. J. Cancer": the pieces before the last cut that are abbreviations belong to it
        while (k > 0) {
            String piece = b.substring(cuts.get(k - 1), cuts.get(k)).strip();
            if (!abbreviationRun(piece)) break;
            k--;
        }
        return cuts.get(k);
    }

    /** "Case Rep." "Int." "J." "Am. J." — short capitalised words, the last ending in a full stop. */
    private static boolean abbreviationRun(String piece) {
        if (!piece.endsWith(".")) return false;
        String[] words = piece.substring(0, piece.length() - 1).split("\\s+");
        if (words.length > 3) return false;
        for (String wd : words) {
            String x = wd.replace(".", "");
            if (x.isEmpty() || x.length() > 8 || !Character.isUpperCase(x.charAt(0))) return false;
        }
        return words[words.length - 1].replace(".", "").length() <= 7;
    }

    private static int authors(String e, String s, int from, EntryParts p) {
        int end = from;
        boolean dotted = false;   // the authors so far have dotted initials
        Matcher a = AUTHOR.matcher(s);
        a.region(from, s.length());
        while (a.find() && a.start() == end) {
            // a title word that looks like a name ("Treatment A") must be followed by "," "." or the end
            String given = a.group(2).replace(" ", "");
            if (!given.contains(".")) {
                int after = a.end();
                // …or by "and"/"&" and another name: "Verheyen N. Vitamin D and cardiovascular disease" is a title
                boolean andName = (s.startsWith(" and ", after) || s.startsWith(" & ", after)) && AUTHOR.matcher(s).region(after, s.length()).lookingAt();
                if (after < s.length() && ",.;".indexOf(s.charAt(after)) < 0 && !s.startsWith(" et al", after) && !s.startsWith(" и др", after)
                        && !andName) break;
                // undotted initials after dotted ones are a title's words ("Verheyen N. Vitamin D")
                if (dotted) break;
                // "ZhG" (a transliterated Ж) is two initials, "Zh.G.", not three
                given = given.replaceAll("(\\p{Lu}\\p{Ll}?)", "$1.");
            }
            if (a.group(2).contains(".")) dotted = true;
            p.authors.add(new String[] {a.group(1).strip(), given});
            end = a.end();
            if (end < s.length() && s.charAt(end) == '.' && !a.group(2).contains(".")) {
                end++;   // NLM: the last author closed by "."
                break;
            }
        }
        if (p.authors.isEmpty() && !EDITED_BY.matcher(s).find()) {
            // GOST heading "Adjei, I. M." or initials first (not where the statement of responsibility names editors
            // only: "А. С. Грибоедов. Материалы к биографии / под ред. С. А. Фомичева" is an edited book's title)
            Matcher f = AUTHOR_INITIALS_FIRST.matcher(s);
            f.region(from, s.length());
            while (f.find() && f.start() == end) {
                p.authors.add(new String[] {f.group(2).strip(), f.group(1).replace(" ", "")});
                end = f.end();
            }
        }
        Matcher et = ET_AL.matcher(s);
        if (!p.authors.isEmpty() && et.find(end) && et.start() == end) {
            p.etAl = true;
            end = et.end();
        }
        Matcher ed = EDITOR_LABEL.matcher(s);
        if (!p.authors.isEmpty() && ed.find(end) && ed.start() == end) end = ed.end();
        Matcher g = GROUP_AUTHOR.matcher(s);
        if (!p.authors.isEmpty() && g.find(end) && g.start() == end) {
            p.group = g.group().replaceAll("^\\s*[;,]\\s*|\\.$", "").strip();
            end = g.end();
        }
        if (!p.authors.isEmpty()) p.authorsPart = new Part(e.substring(from, end).strip(), from, end);
        return end;
    }

    /**
     * GOST's heading names the first author and the statement of responsibility all of them ("Романов, И.С. Title /
     * Романов, И.С., Яковлева Л.П., Удинцов Д.Б. // Journal"): the record's authors are the statement's, when it
     * begins with the heading's author and names more, so no co-author is lost from the expected entry.
     */
    private static void allAuthorsAfterSlash(String e, String s, int from, EntryParts p) {
        EntryParts all = new EntryParts();
        while (from < s.length() && s.charAt(from) == ' ') from++;
        authors(e, s, from, all);
        if (all.authors.isEmpty()) authorsAfterSlash(e, s, from, all);
        if (all.authors.size() <= p.authors.size() || !all.authors.get(0)[0].equals(p.authors.get(0)[0])) return;
        p.authors.clear();
        p.authors.addAll(all.authors);
        p.etAl |= all.etAl;
    }

    private static void authorsAfterSlash(String e, String s, int from, EntryParts p) {
        Matcher f = AUTHOR_INITIALS_FIRST.matcher(s);
        int end = from;
        f.region(from, s.length());
        while (f.find() && f.start() == end) {
            p.authors.add(new String[] {f.group(2).strip(), f.group(1).replace(" ", "")});
            end = f.end();
        }
        Matcher et = ET_AL.matcher(s);
        if (!p.authors.isEmpty() && et.find(end) && et.start() == end) p.etAl = true;
    }

    /** The first char at or after {@code from} that an earlier step blanked out (or the end). */
    private static int firstBlank(String s, int from) {
        for (int i = from; i < s.length(); i++) if (s.charAt(i) == BLANK) return i;
        return s.length();
    }

    /** The part {@code [a, b)} without surrounding spaces and punctuation (null when nothing is left). */
    private static Part clean(String e, int a, int b) {
        b = Math.min(b, e.length());
        while (a < b && (Character.isWhitespace(e.charAt(a)) || ".,;:/–—-".indexOf(e.charAt(a)) >= 0)) a++;
        while (b > a && (Character.isWhitespace(e.charAt(b - 1)) || ".,;:/–—-".indexOf(e.charAt(b - 1)) >= 0)) b--;
        return a >= b ? null : new Part(e.substring(a, b), a, b);
    }

    static final char BLANK = '\u0000';

    private static void blank(char[] w, int a, int b) {
        Arrays.fill(w, Math.max(0, a), Math.min(w.length, b), BLANK);
    }
}
