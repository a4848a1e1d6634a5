package org.casereport.cite;

import de.undercouch.citeproc.csl.CSLDate;
import de.undercouch.citeproc.csl.CSLItemData;
import de.undercouch.citeproc.csl.CSLName;
import de.undercouch.citeproc.csl.CSLType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a formatted entry shows what its own item holds: an entry that is empty, prints "null", or leaves out the
 * title, the first author, the number, the year, the journal, the volume or the first page the item has, is refused, so that no
 * entry is ever printed with another record's text or with a silent gap. Values are compared on letters and digits
 * only, case-insensitively (styles change punctuation, case and page ranges, not words).
 */
final class EntryCheck {
    private static final Pattern NULL = Pattern.compile("(?i)\\bnull\\b");
    private static final Pattern FIRST_NUMBER = Pattern.compile("[A-Za-z]*\\d+");

    private EntryCheck() {
    }

    /** What is wrong with the entry ("renders empty", "leaves out the title …"), or null when it is right. */
    static String problem(String entry, CSLItemData item) {
        String flat = flat(entry);
        if (flat.isEmpty()) return "renders empty";
        if (NULL.matcher(entry).find() && !NULL.matcher(everything(item)).find()) return "prints \"null\": " + entry;
        List<String> missing = new ArrayList<>();
        String title = item.getTitle();
        if (present(title) && !flat.contains(flat(title))) missing.add("the title");
        CSLName first = firstName(item.getAuthor());
        if (first != null) {
            String name = present(first.getLiteral()) ? first.getLiteral() : first.getFamily();
            if (present(name) && !flat.contains(flat(name))) missing.add("the first author");
        }
        String number = item.getNumber();   // an abstract's, report's or article's number: dropped by no style silently
        if (present(number) && !flat.contains(flat(number))) missing.add("the number " + number);
        String year = year(item.getIssued());
        if (year != null && !flat.contains(year)) missing.add("the year " + year);
        if (item.getType() == CSLType.ARTICLE_JOURNAL) {
            String full = item.getContainerTitle();
            String shortName = item.getContainerTitleShort();
            boolean hasJournal = present(full) || present(shortName);
            if (hasJournal && !(present(full) && flat.contains(flat(full))) && !(present(shortName) && flat.contains(flat(shortName)))) {
                missing.add("the journal");
            }
            if (present(item.getVolume()) && !flat.contains(flat(item.getVolume()))) missing.add("the volume");
            if (present(item.getPage())) {
                Matcher m = FIRST_NUMBER.matcher(item.getPage());
                if (m.find() && !flat.contains(flat(m.group()))) missing.add("the first page");
            }
        }
        if (!present(title) && first == null && !present(item.getContainerTitle()) && !present(item.getURL())) {
            return "has nothing to name the source by (no author, title, container or URL): \"" + entry + "\"";
        }
        if (!missing.isEmpty()) return "leaves out " + String.join(", ", missing) + ": \"" + entry + "\"";
        return null;
    }

    private static CSLName firstName(CSLName[] names) {
        return names == null || names.length == 0 ? null : names[0];
    }

    private static String year(CSLDate d) {
        if (d == null) return null;
        int[][] parts = d.getDateParts();
        if (parts != null && parts.length > 0 && parts[0].length > 0) return Integer.toString(parts[0][0]);
        return null;
    }

    private static String everything(CSLItemData item) {
        Object json = item.toJson(new de.undercouch.citeproc.helper.json.StringJsonBuilderFactory().createJsonBuilder());
        return String.valueOf(json).replace(":null", "");
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }

    /** Letters and digits only, lower case: "Paediatr. Drugs" → "paediatrdrugs"; the rich-text tags of CSL-JSON (&lt;i&gt; …) dropped. */
    static String flat(String s) {
        if (s == null) return "";
        if (s.indexOf('<') >= 0) s = TAG.matcher(s).replaceAll("");
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isLetterOrDigit(c)) sb.appendCodePoint(Character.toLowerCase(c));
            i += Character.charCount(c);
        }
        return sb.toString();
    }

    private static final Pattern TAG = Pattern.compile("</?(i|b|sup|sub|sc|span)(\\s[^>]*)?>");
}
