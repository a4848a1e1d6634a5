package org.casereport.cite;

import de.undercouch.citeproc.CSL;
import de.undercouch.citeproc.DefaultAbbreviationProvider;
import de.undercouch.citeproc.ItemDataProvider;
import de.undercouch.citeproc.LocaleProvider;
import de.undercouch.citeproc.csl.CSLItemData;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One CSL style file, compiled once and kept (per file, size and modification time): two citeproc-java engines,
 * one for Latin-script entries and one for entries printed in Russian, whose only difference is the "et al." term
 * ("и др." from the CSL ru-RU locale; every other term and date form stays the style's English one, so the
 * Russian entry does not get "2007 г.").
 *
 * <p>It also reads from the style what citeproc-java 3.5.2 does not do itself, so that casereport can prepare the
 * data the way the style asks: {@code initialize-with} and {@code sort-separator} of the author names (citeproc-java
 * does not initialize Cyrillic given names), {@code initialize-with-hyphen="false"} ("Nai-Kong" → "N.K."), and
 * {@code strip-periods} on the journal name (ignored by citeproc-java's text rendering).
 */
final class CslStyle {
    private static final Map<String, CslStyle> CACHE = new ConcurrentHashMap<>();

    final String initializeWith;
    final String sortSeparator;
    /** The style's delimiter-precedes-et-al: "always", "never", "contextual" (CSL's default), "after-inverted-name". */
    final String delimiterPrecedesEtAl;
    final boolean hyphenatedInitials;
    final boolean stripJournalPeriods;
    final boolean numbered;
    final boolean printsNote;
    /** The style prints the DOI somewhere (NLM's official style prints none). */
    final boolean printsDoi;
    final boolean speaksRussian;
    /**
     * The style's Russian term for editors is "под ред." (GOST): the names after it go in direct order and in the
     * genitive ("под ред. С. А. Фомичева"), which CSL cannot say; {@link ItemPreparer} writes them so.
     */
    final boolean editorsInGenitive;
    /** The style prints the issue in parentheses after the volume ("19(6)"), so a journal without volumes gives "5(12)" in its place. */
    final boolean issueInParentheses;
    final boolean sortsBibliography;
    /**
     * The style follows Citing Medicine (its documentation link names it): a US state or Canadian province after the
     * city goes in parentheses, "Bethesda (MD):" (Citing Medicine, ch. 2, place of publication), which CSL cannot
     * say for a place written "Bethesda, MD"; {@link Places#citingMedicine} writes it so.
     */
    final boolean stateInParentheses;
    private final Engine latin;
    private final Engine russian;

    private CslStyle(String xml) throws IOException {
        // citeproc-java takes a style name or address as readily as the XML itself, and its XML parser resolves
        // external entities: only a plain, independent CSL file is handed over, so a template cannot make it read
        // other files or the network.
        String head = xml.stripLeading();
        if (!head.startsWith("<")) throw new IOException("not a CSL (XML) file");
        if (xml.contains("<!DOCTYPE") || xml.contains("<!ENTITY")) {
            throw new IOException("a CSL file must not declare a DOCTYPE or entities");
        }
        if (xml.contains("rel=\"independent-parent\"")) {
            throw new IOException("a dependent CSL style (it names an independent parent) — ship the parent style instead");
        }
        if (!xml.contains("<bibliography")) throw new IOException("the CSL style has no <bibliography>");
        this.initializeWith = attr(xml, "initialize-with", ".");
        this.sortSeparator = attr(xml, "sort-separator", " ");
        this.delimiterPrecedesEtAl = attr(xml, "delimiter-precedes-et-al", "contextual");
        this.hyphenatedInitials = !"false".equals(attr(xml, "initialize-with-hyphen", "true"));
        this.stripJournalPeriods = Pattern.compile("variable=\"container-title(-short)?\"[^>]*strip-periods=\"true\"").matcher(xml).find();
        String bib = xml.contains("<bibliography") ? xml.substring(xml.indexOf("<bibliography")) : "";
        this.numbered = bib.contains("variable=\"citation-number\"");
        this.issueInParentheses = Pattern.compile("variable=\"issue\"[^>]*prefix=\"\\(\"").matcher(xml).find();
        this.sortsBibliography = bib.contains("<sort");
        this.printsNote = bib.contains("variable=\"note\"") || xml.contains("variable=\"note\"");
        this.printsDoi = xml.contains("variable=\"DOI\"");
        this.stateInParentheses = Pattern.compile("<link href=\"https?://(www\\.)?nlm\\.nih\\.gov/citingmedicine\"[^>]*rel=\"documentation\"").matcher(xml).find();
        this.latin = new Engine(xml, Locales.ENGLISH, "en-US");
        // A style that says how it speaks Russian (<locale xml:lang="ru">: "с.", "В кн.", "дата обращения") formats
        // Russian originals with the ru-RU locale and those terms; any other style keeps its English terms there, with
        // the Russian "et al." only (so NLM's "[Internet]" and "Available from" stay as the style prints them).
        this.speaksRussian = xml.contains("xml:lang=\"ru");
        this.editorsInGenitive = speaksRussian && Pattern.compile("<term name=\"editor\" form=\"verb-short\">\\s*под ред").matcher(xml).find();
        this.russian = speaksRussian ? new Engine(xml, Locales.RUSSIAN, "ru-RU") : new Engine(xml, Locales.RUSSIAN_ET_AL, "en-US");
    }

    static CslStyle load(Path file) throws IOException {
        String key = file.toAbsolutePath().normalize() + "|" + Files.size(file) + "|" + Files.getLastModifiedTime(file).toMillis();
        CslStyle s = CACHE.get(key);
        if (s == null) {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            s = new CslStyle(text.startsWith("\uFEFF") ? text.substring(1) : text);
            CACHE.put(key, s);
        }
        return s;
    }

    /**
     * Formats one prepared item alone with the Latin or the Russian engine: the entry text, or "" when the style
     * renders nothing for it. One item per render, so an entry can only come from its own record: citeproc-java
     * leaves empty entries out of a list and sorts it as the style says, so entries of a batch cannot be matched
     * back to their items by position.
     */
    String format(CSLItemData item, boolean russianTerms) {
        return (russianTerms ? russian : latin).format(item);
    }

    /**
     * Formats many items in one run, for speed, and puts each item's entry into {@code into} — only when the run can
     * be matched back item by item: the style does not sort its bibliography and citeproc-java gave exactly one
     * entry per item (it leaves out entries that render empty, which would shift every later one). Otherwise nothing
     * is put, and each item is formatted alone. The caller checks every entry against its item either way.
     */
    void formatBatch(List<CSLItemData> items, boolean russianTerms, Map<CSLItemData, String> into) {
        if (items.isEmpty() || sortsBibliography) return;
        String[] entries = (russianTerms ? russian : latin).formatAll(items);
        if (entries == null || entries.length != items.size()) return;
        for (int i = 0; i < entries.length; i++) into.put(items.get(i), entries[i]);
    }

    private static String attr(String xml, String name, String fallback) {
        Matcher m = Pattern.compile("\\s" + Pattern.quote(name) + "=\"([^\"]*)\"").matcher(xml);
        return m.find() ? m.group(1) : fallback;
    }

    /** A citeproc-java engine over an item list that is swapped for each run. */
    private static final class Engine {
        private final Items items = new Items();
        private final CSL csl;

        Engine(String xml, LocaleProvider locales, String lang) throws IOException {
            this.csl = new CSL(items, locales, new DefaultAbbreviationProvider(), xml, lang);
            csl.setOutputFormat("text");
            csl.setConvertLinks(false);
        }

        /** Entries of the items in one run, in the order citeproc-java gives them (null when it fails). */
        synchronized String[] formatAll(List<CSLItemData> list) {
            csl.reset();
            csl.setOutputFormat("text");
            items.set(list);
            try {
                List<String> ids = new ArrayList<>();
                for (CSLItemData d : list) ids.add(d.getId());
                if (new java.util.HashSet<>(ids).size() != ids.size()) return null;
                csl.registerCitationItems(ids);
                return csl.makeBibliography().getEntries();
            } catch (RuntimeException e) {
                return null;
            } finally {
                csl.reset();
                items.set(List.of());
            }
        }

        synchronized String format(CSLItemData item) {
            csl.reset();
            csl.setOutputFormat("text");   // reset() returns to the default (html)
            items.set(List.of(item));
            try {
                csl.registerCitationItems(item.getId());
                String[] entries = csl.makeBibliography().getEntries();
                if (entries.length > 1) throw new IllegalStateException("the style made " + entries.length + " entries of one record");
                return entries.length == 0 || entries[0] == null ? "" : entries[0];
            } finally {
                csl.reset();
                items.set(List.of());
            }
        }
    }

    private static final class Items implements ItemDataProvider {
        private final Map<String, CSLItemData> byId = new LinkedHashMap<>();

        void set(List<CSLItemData> list) {
            byId.clear();
            for (CSLItemData d : list) byId.put(d.getId(), d);
        }

        @Override
        public CSLItemData retrieveItem(String id) {
            return byId.get(id);
        }

        @Override
        public Collection<String> getIds() {
            return byId.keySet();
        }
    }

    /** The CSL locale files (org.citationstyles:locales), en-US as is, and en-US with the Russian "et al." terms. */
    static final class Locales {
        static final LocaleProvider ENGLISH = lang -> read("en-US");
        static final LocaleProvider RUSSIAN = lang -> read(lang.toLowerCase(java.util.Locale.ROOT).startsWith("ru") ? "ru-RU" : "en-US");
        static final LocaleProvider RUSSIAN_ET_AL = new LocaleProvider() {
            private volatile String text;

            @Override
            public String retrieveLocale(String lang) {
                String t = text;
                if (t == null) {
                    String ru = read("ru-RU");
                    t = read("en-US");
                    for (String term : List.of("et-al", "and others")) {
                        String value = termValue(ru, term);
                        if (value != null) {
                            t = t.replaceFirst("<term name=\"" + Pattern.quote(term) + "\">[^<]*</term>",
                                    Matcher.quoteReplacement("<term name=\"" + term + "\">" + value + "</term>"));
                        }
                    }
                    text = t;
                }
                return t;
            }
        };

        /** The "et al." term: "и др." (ru-RU) or "et al." (en-US). */
        static String etAl(boolean russian) {
            return russian ? EtAl.RU : EtAl.EN;
        }

        private static final class EtAl {
            static final String RU = value("ru-RU", "и др.");
            static final String EN = value("en-US", "et al.");

            private static String value(String lang, String fallback) {
                String v = termValue(read(lang), "et-al");
                return v == null ? fallback : v;
            }
        }

        private static String termValue(String xml, String term) {
            Matcher m = Pattern.compile("<term name=\"" + Pattern.quote(term) + "\">([^<]*)</term>").matcher(xml);
            return m.find() ? m.group(1) : null;
        }

        private static final Map<String, String> LOADED = new ConcurrentHashMap<>();

        static String read(String lang) {
            return LOADED.computeIfAbsent(lang, l -> {
                try (InputStream in = CslStyle.class.getResourceAsStream("/locales-" + l + ".xml")) {
                    if (in == null) throw new IllegalStateException("CSL locale " + l + " is not on the classpath (org.citationstyles:locales)");
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            });
        }
    }
}
