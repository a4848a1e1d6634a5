package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.casereport.cite.Bibliography;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.Severity;
import org.casereport.diag.SourcePos;
import org.casereport.model.FormattedReference;
import org.casereport.model.Journal;
import org.casereport.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * Every shipped style × every source type, read back: each record is formatted (original and Latin version), the
 * editor's parser ({@link EntryParser}) reads the printed entry, and what it reads must be the record's own year,
 * volume and issue, first page, DOI, URL, publisher, first author and title; then the whole list goes through the
 * manuscript check ({@link ManuscriptChecker}) of the same journal, which must find nothing. What does not hold yet
 * is listed in src/test/resources/references/roundtrip/known-gaps.txt, each group with its reason; the test fails on a
 * gap not listed and on a listed gap that no longer happens ({@code -Droundtrip.print=true} prints every gap, every parse
 * and every finding).
 */
class ReferenceRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path RES = Path.of("src/test/resources/references");
    private static final Path GAPS = RES.resolve("roundtrip/known-gaps.txt");

    @SuppressWarnings("unchecked")
    static List<Reference> records() throws IOException {
        List<Map<String, Object>> csl = new ArrayList<>();
        for (String f : List.of("types/published-types.json", "russian/russian-references.json")) {
            for (JsonNode e : JSON.readTree(RES.resolve(f).toFile())) csl.add(JSON.convertValue(e.get("csl"), LinkedHashMap.class));
        }
        for (Path f : List.of(Path.of("cases/venetoclax-aml-after-neuroblastoma/references.json"), RES.resolve("roundtrip/extra-types.json"))) {
            for (JsonNode e : JSON.readTree(f.toFile())) csl.add(JSON.convertValue(e, LinkedHashMap.class));
        }
        // a source both files hold (same id or DOI) once: two records of one source are rightly reported as duplicates
        List<Reference> out = new ArrayList<>();
        Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < csl.size(); i++) {
            Object doi = csl.get(i).get("DOI");
            if (!seen.add("id:" + csl.get(i).get("id")) | doi != null && !seen.add("doi:" + doi.toString().toLowerCase(java.util.Locale.ROOT))) continue;
            out.add(new Reference(csl.get(i).get("id").toString(), csl.get(i), SourcePos.file("records.json").at(out.size() + 1, 1)));
        }
        return out;
    }

    static List<String> styles() {
        return Journals.names(Path.of("templates"));
    }

    @Test
    void everyStyleEveryTypeIsReadBackAsItsRecord() throws IOException {
        List<Reference> refs = records();
        Set<String> gaps = new TreeSet<>();
        for (String style : styles()) {
            Journal journal = Journals.load(Path.of("templates"), style, null);
            Diagnostics d = new Diagnostics();
            List<FormattedReference> out = Bibliography.format(journal, refs, d);
            Map<String, FormattedReference> byId = new LinkedHashMap<>();
            Map<Integer, Reference> byNumber = new LinkedHashMap<>();
            for (FormattedReference f : out) byId.put(f.id(), f);
            for (Reference ref : refs) {
                FormattedReference f = byId.get(ref.id());
                if (f == null) {
                    // refused: never silently, always an error at the record's position
                    assertTrue(d.all().stream().anyMatch(x -> x.severity() == Severity.ERROR && x.pos().equals(ref.pos())),
                            style + ": " + ref.id() + " is neither printed nor refused with an error at its position\n" + d.all());
                    gaps.add("format " + style + " " + ref.id() + " refused");
                    continue;
                }
                byNumber.put(byNumber.size() + 1, ref);
                fields(style, ref.csl(), "original", f.original(), gaps);
                if (!f.latin().equals(f.original())) fields(style, ref.csl(), "latin", f.latin(), gaps);
            }
            // the list as the journal prints it, read by the manuscript check of the same journal
            // numbered 1, 2, 3… in the order printed (a refused record leaves no hole)
            List<String> lines = new ArrayList<>(List.of("The text cites [1–" + out.size() + "].", ""));
            if (Bibliography.twoLists(journal)) {
                lines.addAll(List.of("Литература", ""));
                for (int k = 0; k < out.size(); k++) lines.add((k + 1) + ". " + out.get(k).original());
                lines.add("");
            }
            lines.addAll(List.of("References", ""));
            for (int k = 0; k < out.size(); k++) lines.add((k + 1) + ". " + (Bibliography.twoLists(journal) ? out.get(k).latin() : out.get(k).text()));
            Findings found = new Findings();
            ManuscriptChecker.check(new ManuscriptText("list.txt", lines, false), journal, found);
            for (Diagnostic x : found.diagnostics()) {
                Matcher n = Pattern.compile("^reference (\\d+)").matcher(x.message());
                Reference ref = n.find() ? byNumber.get(Integer.parseInt(n.group(1))) : null;
                String id = ref == null ? "-" : ref.id();
                Map<String, Object> r = ref == null ? Map.of() : ref.csl();
                if (trueOfTheRecord(x, r)) continue;
                gaps.add("check " + style + " " + id + " " + x.rule());
                if (Boolean.getBoolean("roundtrip.print")) System.out.println("DETAIL " + style + " " + id + " " + x);
            }
        }
        Set<String> known = new TreeSet<>();
        for (String l : Files.readAllLines(GAPS, StandardCharsets.UTF_8)) if (!l.isBlank() && !l.startsWith("#")) known.add(l.strip());
        Set<String> unexpected = new TreeSet<>(gaps);
        unexpected.removeAll(known);
        Set<String> gone = new TreeSet<>(known);
        gone.removeAll(gaps);
        if (Boolean.getBoolean("roundtrip.print")) System.out.println(String.join("\n", gaps));
        assertEquals("", String.join("\n", unexpected), "read back wrongly, and not a known gap");
        assertEquals("", String.join("\n", gone), "known gaps that no longer happen: remove them from " + GAPS);
    }

    private static final Map<String, List<String>> PARTS = Map.of("issue", List.of("issue"), "volume", List.of("volume"),
            "pages", List.of("page", "number"), "publisher", List.of("publisher"), "journal", List.of("container-title"),
            "book", List.of("container-title"), "URL", List.of("URL"), "access date", List.of("accessed"), "year", List.of("issued"));

    /**
     * A finding that is true of the record itself, not of how it was printed and read: it has no DOI or PMID to print
     * (ref-doi-missing), or every part said to be missing ("no issue found in this journal article") is absent from the
     * record too.
     */
    private static boolean trueOfTheRecord(Diagnostic x, Map<String, Object> r) {
        // "without DOI or PMID": a record without DOI printed in a style that prints no PMID (GOST) has neither in print
        if (x.rule().equals("ref-doi-missing")) return !r.containsKey("DOI");
        if (!x.rule().equals("ref-missing-part")) return false;
        Matcher m = Pattern.compile(": no (.+?) found in this").matcher(x.message());
        if (!m.find()) return false;
        for (String part : m.group(1).split(",\\s*no\\s+")) {
            List<String> keys = PARTS.get(part.strip());
            if (keys == null || keys.stream().anyMatch(r::containsKey)) return false;
        }
        return true;
    }

    /** Each field the record has, as the parser reads it back from one printed version. */
    @SuppressWarnings("unchecked")
    private static void fields(String style, Map<String, Object> r, String version, String text, Set<String> gaps) {
        EntryParts p = EntryParser.parse(text);
        String at = "field " + style + " " + r.get("id") + " " + version + " ";
        String type = (String) r.get("type");
        EntryParts.Type want = switch (type) {
            case "article-journal" -> EntryParts.Type.ARTICLE;
            case "book" -> EntryParts.Type.BOOK;
            case "chapter", "paper-conference" -> EntryParts.Type.CHAPTER;
            case "thesis" -> EntryParts.Type.THESIS;
            case "webpage" -> EntryParts.Type.WEB;
            default -> null;
        };
        if (want != null && p.type != want) gaps.add(at + "type");
        if (Boolean.getBoolean("roundtrip.print")) System.out.println("PARSED " + style + " " + r.get("id") + " " + version + " | " + text + "\n   " + p);
        Object issued = r.get("issued");
        if (issued instanceof Map<?, ?> m && m.get("date-parts") instanceof List<?> dp && !dp.isEmpty() && dp.get(0) instanceof List<?> y0 && !y0.isEmpty()) {
            String year = y0.get(0).toString();
            if (text.contains(year) && (p.year == null || !p.year.text().equals(year))) gaps.add(at + "year");
        }
        if (want == EntryParts.Type.ARTICLE) {
            String expected = alnum(str(r, "volume") + str(r, "issue"));
            String read = alnum(text(p.volume) + text(p.issue));
            if (!expected.equals(read)) gaps.add(at + "volume-issue");
        }
        String page = str(r, "page").isEmpty() ? str(r, "number") : str(r, "page");
        if (!page.isEmpty() && (want == EntryParts.Type.ARTICLE || want == EntryParts.Type.CHAPTER)) {
            // a conference abstract's number ("Abstract S912", "Abstract no. 912") is read as its locator without the label
            String first = page.split("[-–]")[0].strip().replaceFirst("(?i)^abstract\\s+(?:no\\.?\\s*)?", "");
            if (p.pages == null || !p.pages.text().startsWith(first)) gaps.add(at + "pages");
        }
        String doi = str(r, "DOI");
        if (!doi.isEmpty() && text.contains(doi) && (p.doi == null || !p.doi.text().equals(doi))) gaps.add(at + "DOI");
        String url = str(r, "URL");
        if (!url.isEmpty() && text.contains(url) && (p.url == null || !p.url.text().equals(url))) gaps.add(at + "URL");
        String publisher = str(r, "publisher");
        if (!publisher.isEmpty() && version.equals("original") && text.contains(publisher)
                && (p.publisher == null || !p.publisher.text().equals(publisher))) gaps.add(at + "publisher");
        // the first author, as printed: the record's own surname in the original
        if (r.get("author") instanceof List<?> authors && !authors.isEmpty() && authors.get(0) instanceof Map<?, ?> a0 && a0.get("family") != null) {
            String family = a0.get("family").toString();
            if (version.equals("original") && (p.authors.isEmpty() || !p.authors.get(0)[0].equals(family))) gaps.add(at + "author");
            boolean truncated = r.get("custom") instanceof Map<?, ?> c && Boolean.TRUE.equals(c.get("authors-truncated"));
            if (truncated && !p.etAl) gaps.add(at + "et-al");
        }
        // the title: the record's own (original), or its English title where the Latin version prints it
        String title = version.equals("original") ? str(r, "title")
                : r.get("custom") instanceof Map<?, ?> c && c.get("title-en") != null ? c.get("title-en").toString() : "";
        String head = title.split("[.:;]")[0].strip();
        if (!head.isEmpty() && text.contains(head) && (p.title == null || !p.title.text().contains(head))) gaps.add(at + "title");
    }

    private static String str(Map<String, Object> r, String key) {
        Object v = r.get(key);
        return v == null ? "" : v.toString();
    }

    private static String text(EntryParts.Part p) {
        return p == null ? "" : p.text();
    }

    private static String alnum(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "");
    }
}
