package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereport.diag.Diagnostic;
import org.casereport.model.FormattedReference;
import org.casereport.model.Journal;
import org.casereport.model.Reference;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.CaseVariant;
import org.casereport.write.Render;
import org.casereport.write.RenderContext;
import org.casereport.write.Writers;
import org.casereport.write.pdf.PdfWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * casereport's own PDF and DOCX pass its own check (issues 9 and 10): the example case, its journal set to each shipped
 * journal, with every record of every source type ({@link ReferenceRoundTripTest#records()}: the real records of
 * references/types and references/russian, the example's list and the extra types) cited in one more paragraph, is
 * rendered to PDF by both engines (openhtmltopdf and {@code pdf: engine: fo}) and to DOCX; each written file is read by
 * the manuscript check ({@link ManuscriptText#read}, {@link ManuscriptChecker}) — the PDF with the journal its metadata
 * names, no journal given — and must give no reference or citation finding. What the record itself lacks (no DOI, no
 * issue) is said of the printed entry as of any other and is not counted. What does not hold yet is listed in
 * src/test/resources/references/roundtrip/own-output-gaps.txt with its reason; the test fails on a finding not listed
 * and on a listed one that no longer happens ({@code -Droundtrip.print=true} prints each finding with its entry).
 */
class OwnOutputRoundTripTest {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Path GAPS = Path.of("src/test/resources/references/roundtrip/own-output-gaps.txt");

    static List<String> journals() {
        return Journals.names(Path.of("templates"));
    }

    private static final Pattern MISSING = Pattern.compile("no ([a-zA-Z ]+?)(?:, | found)");

    /**
     * The finding states what the record itself lacks — a journal article without DOI or PMID, an article without its
     * issue or pages — which is true of the printed entry as well: the check says it of every list, its own too.
     */
    static boolean lacks(Reference r, Diagnostic d) {
        Map<String, Object> c = r.csl();
        // "without DOI or PMID": a record without DOI printed in a style that prints no PMID (GOST) has neither in print
        if (d.rule().equals("ref-doi-missing")) return c.get("DOI") == null;
        if (!d.rule().equals("ref-missing-part")) return false;
        Matcher m = MISSING.matcher(d.message().replaceFirst("; expected entry: .*$", ""));
        boolean any = false;
        while (m.find()) {
            String field = switch (m.group(1)) {
                case "issue" -> "issue";
                case "volume" -> "volume";
                case "pages" -> "page";
                case "access date" -> "accessed";
                case "URL" -> "URL";
                case "publisher" -> "publisher";
                default -> null;
            };
            if (field == null || c.get(field) != null) return false;
            any = true;
        }
        return any;
    }

    /** The example case in {@code tmp}, its journal {@code name}, citing every record after its own text. */
    static Path caseFor(String name, List<Reference> refs, Path tmp) throws Exception {
        List<String> own = new ArrayList<>();
        for (var e : new ObjectMapper().readTree(CaseVariant.EXAMPLE.resolve("references.json").toFile())) own.add(e.get("id").asText());
        StringBuilder cites = new StringBuilder();
        for (Reference r : refs) if (!own.contains(r.id())) cites.append(cites.isEmpty() ? "" : "; ").append('@').append(r.id());
        Path dir = CaseVariant.of(CaseVariant.EXAMPLE, tmp, "own-" + name, md -> md.replace("\njournal: default\n", "\njournal: " + name + "\n")
                + "\nИсточники всех типов [" + cites + "].\n");
        List<Object> csl = new ArrayList<>();
        for (Reference r : refs) csl.add(r.csl());
        Files.writeString(dir.resolve("references.json"), JSON.writeValueAsString(csl));
        return dir;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("journals")
    void theRenderedPdfAndDocxPassTheCheck(String name, @TempDir Path tmp) throws Exception {
        List<Reference> refs = new ArrayList<>(ReferenceRoundTripTest.records());
        Map<String, Reference> byId = new HashMap<>();
        for (Reference r : refs) byId.put(r.id(), r);
        Set<String> gaps = new TreeSet<>();
        // a record the case reader refuses (an error at its place in references.json) cannot be in a case: listed, left out
        Pipeline.Loaded loaded = null;
        while (loaded == null) {
            try {
                loaded = Pipeline.load(caseFor(name, refs, tmp), Path.of("templates"));
            } catch (org.casereport.diag.CaseException e) {
                List<String> refused = new ArrayList<>();
                for (Diagnostic d : e.diagnostics()) {
                    Matcher q = Pattern.compile("\"([^\"]+)\"").matcher(d.message());
                    if (d.severity() == org.casereport.diag.Severity.ERROR && q.find() && byId.containsKey(q.group(1))) refused.add(q.group(1));
                }
                if (refused.isEmpty()) throw e;
                for (String id : refused) gaps.add(name + " case " + id + " refused");
                refs.removeIf(r -> refused.contains(r.id()));
            }
        }
        assertEquals(name, loaded.journal().name());
        Map<Integer, Reference> byNumber = new HashMap<>();
        for (FormattedReference f : loaded.manuscript().bibliography()) byNumber.put(f.number(), byId.get(f.id()));
        // every record is printed, or the renderer said why not
        assertTrue(byNumber.size() == refs.size() || !loaded.diagnostics().isEmpty(), byNumber.size() + " of " + refs.size() + " printed, nothing said");

        // kept for reading: target/own-output/<journal>/
        Path out = Path.of("target/own-output", name);
        Map<String, Path> files = new LinkedHashMap<>();
        for (Path f : Render.formats(loaded, List.of("pdf", "docx"), out, d -> { })) files.put(f.toString().endsWith(".pdf") ? "pdf" : "docx", f);
        // the FO engine's PDF of the same case
        RenderContext fo = new RenderContext(withFo(loaded.journal()), Pipeline.timestamp(loaded.manuscript()));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Writers.get("pdf").write(loaded.manuscript(), fo, bytes);
        files.put("pdf-fo", Files.write(out.resolve("own-" + name + ".fo.pdf"), bytes.toByteArray()));

        StringBuilder detail = new StringBuilder();
        gaps.addAll(checked(name, files, byNumber, detail));
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target/own-output-" + name + ".txt"), detail.toString());
        if (Boolean.getBoolean("roundtrip.print")) System.out.println(detail);

        Set<String> known = new TreeSet<>();
        for (String l : Files.readAllLines(GAPS, StandardCharsets.UTF_8)) {
            if (l.isBlank() || l.startsWith("#") || !l.startsWith(name + " ")) continue;
            String[] f = l.strip().split(" ");
            if (f[1].equals("*")) for (String kind : List.of("pdf", "pdf-fo", "docx")) known.add(f[0] + " " + kind + " " + f[2] + " " + f[3]);
            else known.add(l.strip());
        }
        Set<String> unexpected = new TreeSet<>(gaps);
        unexpected.removeAll(known);
        Set<String> gone = new TreeSet<>(known);
        gone.removeAll(gaps);
        assertEquals("", String.join("\n", unexpected), "findings on casereport's own output, not a known gap (target/own-output-" + name + ".txt)");
        assertEquals("", String.join("\n", gone), "known gaps that no longer happen: remove them from " + GAPS);
    }

    /**
     * The reference and citation findings of the manuscript check on each written file ({@code files}: "pdf", "pdf-fo",
     * "docx"), each as "journal file record rule", leaving out what is true of the record itself; each with its entry in
     * {@code detail}.
     */
    static Set<String> checked(String name, Map<String, Path> files, Map<Integer, Reference> byNumber, StringBuilder detail) throws Exception {
        Set<String> gaps = new TreeSet<>();
        for (var e : files.entrySet()) {
            Findings found = new Findings();
            ManuscriptText ms = ManuscriptText.read(e.getValue(), found);
            Journal journal = Journals.load(Path.of("templates"), name, null);
            if (!e.getKey().equals("docx")) {
                // a PDF names its journal in its document information: check needs no --journal for it
                try (PDDocument doc = Loader.loadPDF(e.getValue().toFile())) {
                    assertEquals(name, doc.getDocumentInformation().getCustomMetadataValue(PdfWriter.JOURNAL_KEY), e.getKey());
                }
                assertEquals(name, ms.journal(), e.getKey());
                journal = Journals.load(Path.of("templates"), ms.journal(), null);
            }
            ManuscriptChecker.check(ms, journal, found);
            int listed = 0;
            for (Diagnostic d : found.diagnostics()) {
                if (!d.rule().startsWith("ref-") && !d.rule().startsWith("cite-")) continue;
                Matcher n = Pattern.compile("^reference (\\d+)").matcher(d.message());
                Reference r = n.find() ? byNumber.get(Integer.parseInt(n.group(1))) : null;
                if (r != null && lacks(r, d)) continue;
                String gap = name + " " + e.getKey() + " " + (r == null ? "-" : r.id()) + " " + d.rule();
                gaps.add(gap);
                detail.append(gap).append("\n    ").append(d).append("\n    ").append(d.pos().line() > 0 && d.pos().line() <= ms.lines().size() ? ms.lines().get(d.pos().line() - 1) : "").append('\n');
                listed++;
            }
            detail.append(name).append(' ').append(e.getKey()).append(": ").append(listed).append(" findings on ").append(byNumber.size()).append(" entries\n");
        }
        return gaps;
    }

    /** The journal with {@code pdf.engine: fo}. */
    static Journal withFo(Journal j) {
        Map<String, Object> settings = new LinkedHashMap<>(j.settings());
        @SuppressWarnings("unchecked")
        Map<String, Object> pdf = settings.get("pdf") instanceof Map<?, ?> m ? new LinkedHashMap<>((Map<String, Object>) m) : new LinkedHashMap<>();
        pdf.put("engine", "fo");
        settings.put("pdf", pdf);
        return new Journal(j.name(), j.dirs(), j.fontsDir(), settings);
    }
}
