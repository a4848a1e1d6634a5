package org.casereport.check;

import java.io.IOException;
import org.casereport.diag.CaseException;
import org.casereport.diag.Limits.Limit;
import org.casereport.diag.SourcePos;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationshipCollection;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;

/**
 * A submitted manuscript as lines of text: a .txt file as it is, a .docx one line a paragraph (Word's automatic
 * numbering written out as "1. "), a .pdf as PDFBox extracts its text.
 *
 * @param paragraphs true when each line is a whole paragraph (DOCX): a reference entry never continues on the next line
 * @param furniture  indices of lines that are page furniture of a PDF (running heads, page numbers)
 * @param journal    the journal a PDF rendered by casereport names in its metadata (null for any other file)
 */
public record ManuscriptText(String file, List<String> lines, boolean paragraphs, java.util.Set<Integer> furniture, String journal) {
    public ManuscriptText(String file, List<String> lines, boolean paragraphs) {
        this(file, lines, paragraphs, java.util.Set.of(), null);
    }

    public ManuscriptText(String file, List<String> lines, boolean paragraphs, java.util.Set<Integer> furniture) {
        this(file, lines, paragraphs, furniture, null);
    }


    /** The manuscript could not be read at all. */
    public static final class Unreadable extends Exception {
        public Unreadable(String message) {
            super(message, null, false, false);
        }
    }

    public static boolean supported(Path p) {
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".docx") || n.endsWith(".pdf") || n.endsWith(".txt") || n.endsWith(".text");
    }

    public static ManuscriptText read(Path p, Findings findings) throws Unreadable {
        String display = CaseSource.display(p);
        String n = p.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            long size = Files.size(p);
            if (Limit.MANUSCRIPT_BYTES.exceeded(size)) {
                throw new CaseException(Limit.MANUSCRIPT_BYTES.refuse(SourcePos.file(display), "the file is " + size + " bytes"));
            }
            if (n.endsWith(".docx")) return new ManuscriptText(display, docx(p), true);
            if (n.endsWith(".pdf")) return unmapped(pdf(p, display), findings);
        } catch (CaseException | Unreadable e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().replaceAll("\\s+", " ").strip();
            throw new Unreadable("cannot read it as a " + (n.endsWith(".pdf") ? "PDF" : "DOCX") + " file: " + m);
        }
        byte[] bytes = bytes(p);
        String utf16 = utf16(bytes);
        if (utf16 != null) return new ManuscriptText(display, CaseSource.splitLines(utf16), false);
        if (binary(bytes)) {
            throw new Unreadable("not a text file (it holds NUL bytes: a Word .doc, a .docx or a PDF renamed .txt?):"
                    + " save it as .docx, or as UTF-8 text");
        }
        String text = CaseSource.readText(p, display, findings, true);
        if (text == null) throw new Unreadable("cannot read it");
        return new ManuscriptText(display, CaseSource.splitLines(text), false);
    }

    private static byte[] bytes(Path p) throws Unreadable {
        try {
            return Files.readAllBytes(p);
        } catch (IOException e) {
            throw new Unreadable("cannot read it: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /**
     * The text of a UTF-16 file (Notepad's "Unicode"), with a byte order mark or told by its NUL bytes
     * ({@link Utf16Text}); null for any other file. A file that begins with a UTF-16 byte order mark and does not
     * decode is refused.
     */
    static String utf16(byte[] bytes) throws Unreadable {
        String text = Utf16Text.decode(bytes);
        if (text == null && Utf16Text.byteOrderMark(bytes) != null) {
            throw new Unreadable("it begins as UTF-16 text but does not decode as UTF-16 (damaged or cut short):"
                    + " save it again as UTF-8 text, or as .docx");
        }
        return text;
    }

    /** Text has no NUL byte in its first 64 KB; a binary file (and UTF-16 text, read before) has. */
    static boolean binary(byte[] bytes) {
        for (int i = 0, n = Math.min(bytes.length, 65536); i < n; i++) if (bytes[i] == 0) return true;
        return false;
    }

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String NUMBERING_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering";
    private static final String ENDNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes";
    private static final String FOOTNOTES_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    /** id → text (paragraphs joined by a space) of the foot- or endnotes part; the separator notes are left out. */
    private static Map<String, String> notes(PackagePart main, String rel, String element) throws IOException, InvalidFormatException, XMLStreamException {
        Map<String, String> out = new java.util.LinkedHashMap<>();
        PackageRelationshipCollection rels = main.getRelationshipsByType(rel);
        if (rels.size() == 0) return out;
        PackagePart part = main.getRelatedPart(rels.getRelationship(0));
        if (part == null) return out;
        try (InputStream in = part.getInputStream()) {
            XMLStreamReader r = reader(in);
            String id = null;
            StringBuilder text = null;
            boolean inText = false;
            int fallback = 0;
            while (r.hasNext()) {
                int ev = r.next();
                if (ev == XMLStreamConstants.START_ELEMENT) {
                    if (MC.equals(r.getNamespaceURI()) && r.getLocalName().equals("Fallback")) fallback++;
                    if (!W.equals(r.getNamespaceURI())) continue;
                    String n = r.getLocalName();
                    if (n.equals(element)) {
                        String type = r.getAttributeValue(W, "type");
                        id = type == null || type.equals("normal") ? r.getAttributeValue(W, "id") : null;
                        text = new StringBuilder();
                    } else if (n.equals("t")) {
                        inText = true;
                    } else if (n.equals("tab") && text != null) {
                        text.append(' ');
                    } else if (n.equals("p") && text != null && text.length() > 0) {
                        text.append(' ');
                    }
                } else if ((ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) && inText && text != null && fallback == 0) {
                    text.append(r.getText());
                } else if (ev == XMLStreamConstants.END_ELEMENT) {
                    if (MC.equals(r.getNamespaceURI()) && r.getLocalName().equals("Fallback")) fallback--;
                    if (!W.equals(r.getNamespaceURI())) continue;
                    if (r.getLocalName().equals("t")) inText = false;
                    else if (r.getLocalName().equals(element)) {
                        if (id != null && text != null) out.put(id, text.toString().strip().replaceAll("\\s+", " "));
                        id = null;
                        text = null;
                    }
                }
            }
        }
        return out;
    }

    /**
     * The paragraphs of a DOCX in document order (body and table cells), read through POI's package layer (OPC) and
     * a streaming XML reader: much faster to start than the full XWPF model, which a check does not need.
     */
    private static List<String> docx(Path p) throws IOException {
        // a part that unpacks to more than the limit is a zip bomb: POI refuses it (and too high a packing ratio)
        org.apache.poi.openxml4j.util.ZipSecureFile.setMaxEntrySize(Limit.MANUSCRIPT_BYTES.get());
        try (OPCPackage pkg = OPCPackage.open(p.toFile(), PackageAccess.READ)) {
            PackageRelationshipCollection rels = pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT);
            if (rels.size() == 0) throw new IOException("not a Word document (no main document part)");
            PackagePart main = pkg.getPart(rels.getRelationship(0));
            if (main == null) throw new IOException("not a Word document (main document part missing)");
            Map<String, Map<String, String>> formats = Map.of();
            PackageRelationshipCollection nrels = main.getRelationshipsByType(NUMBERING_REL);
            if (nrels.size() > 0) {
                PackagePart numbering = main.getRelatedPart(nrels.getRelationship(0));
                if (numbering != null) {
                    try (InputStream in = numbering.getInputStream()) {
                        formats = numberFormats(in);
                    }
                }
            }
            Map<String, String> endnotes = notes(main, ENDNOTES_REL, "endnote");
            Map<String, String> footnotes = notes(main, FOOTNOTES_REL, "footnote");
            List<String> endnoteOrder = new ArrayList<>();
            List<String> lines;
            try (InputStream in = main.getInputStream()) {
                lines = paragraphs(in, formats, endnoteOrder);
            }
            // endnotes are the reference list of a manuscript that cites by Word's endnotes: numbered in the order the
            // text calls them (the text's marks read as "[n]"), after the body; footnotes are text, read after them
            if (!endnoteOrder.isEmpty()) {
                lines.add("");
                for (int i = 0; i < endnoteOrder.size(); i++) lines.add((i + 1) + ". " + endnotes.getOrDefault(endnoteOrder.get(i), ""));
            }
            if (!footnotes.isEmpty()) {
                lines.add("");
                lines.addAll(footnotes.values());
            }
            return lines;
        } catch (InvalidFormatException | XMLStreamException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private static XMLStreamReader reader(InputStream in) throws XMLStreamException {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        return f.createXMLStreamReader(in);
    }

    private static String val(XMLStreamReader r) {
        String v = r.getAttributeValue(W, "val");
        return v == null ? r.getAttributeValue(null, "val") : v;
    }

    /** numId → (ilvl → numFmt), from numbering.xml. */
    private static Map<String, Map<String, String>> numberFormats(InputStream in) throws XMLStreamException {
        Map<String, Map<String, String>> abstracts = new HashMap<>();
        Map<String, String> numToAbstract = new HashMap<>();
        XMLStreamReader r = reader(in);
        String abs = null;
        String lvl = null;
        String num = null;
        while (r.hasNext()) {
            if (r.next() != XMLStreamConstants.START_ELEMENT || !W.equals(r.getNamespaceURI())) continue;
            switch (r.getLocalName()) {
                case "abstractNum" -> {
                    abs = r.getAttributeValue(W, "abstractNumId");
                    num = null;
                }
                case "lvl" -> lvl = r.getAttributeValue(W, "ilvl");
                case "numFmt" -> {
                    if (abs != null && lvl != null && num == null) abstracts.computeIfAbsent(abs, k -> new HashMap<>()).put(lvl, val(r));
                }
                case "num" -> {
                    num = r.getAttributeValue(W, "numId");
                    abs = null;
                }
                case "abstractNumId" -> {
                    if (num != null) numToAbstract.put(num, val(r));
                }
                default -> { }
            }
        }
        Map<String, Map<String, String>> out = new HashMap<>();
        numToAbstract.forEach((n, a) -> out.put(n, abstracts.getOrDefault(a, Map.of())));
        return out;
    }

    private static final java.util.regex.Pattern CITATION_DIGITS = java.util.regex.Pattern.compile("\\d{1,3}(?:\\s*[,–—-]\\s*\\d{1,3})*");

    /** A superscript that is a power, not a citation: m², cm³, 10⁸. */
    private static boolean exponent(CharSequence before, String sup) {
        String b = before.toString().stripTrailing();
        if (b.length() < before.length()) return false;   // a space before it: a citation mark
        if (b.isEmpty()) return false;
        if (Character.isDigit(b.charAt(b.length() - 1))) return true;
        return (sup.equals("2") || sup.equals("3")) && b.matches("(?s).*(?<![\\p{L}])(?:[кмсдμ]?м|[kcdmμ]?m)$");
    }

    /**
     * The paragraphs in document order. Field codes (w:instrText: Zotero's "ADDIN ZOTERO_ITEM CSL_CITATION {…}" and
     * "ADDIN ZOTERO_BIBL {…} CSL_BIBLIOGRAPHY", Mendeley's "ADDIN CSL_CITATION", EndNote's "ADDIN EN.CITE" and
     * "ADDIN EN.REFLIST") are not text and are skipped; their results (the citation "[1]", the entries) are read. A
     * table row is one line, its cells joined by a tab (a list typed as a table: "1." | "Entry"). The fallback copy
     * of a text box (mc:Fallback) is not read twice. An endnote mark reads as "[n]", n in the order of first call.
     */
    private static List<String> paragraphs(InputStream in, Map<String, Map<String, String>> formats, List<String> endnoteOrder)
            throws XMLStreamException {
        List<String> lines = new ArrayList<>();
        List<String> row = null;
        int rowDepth = 0;
        int fallback = 0;
        Map<String, Integer> counters = new HashMap<>();
        XMLStreamReader r = reader(in);
        StringBuilder text = null;
        StringBuilder run = null;     // the text of the current run
        boolean superscript = false;
        String numId = null;
        String ilvl = "0";
        boolean inText = false;
        int depth = 0;
        while (r.hasNext()) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT && MC.equals(r.getNamespaceURI()) && r.getLocalName().equals("Fallback")) fallback++;
            if (ev == XMLStreamConstants.END_ELEMENT && MC.equals(r.getNamespaceURI()) && r.getLocalName().equals("Fallback")) {
                fallback--;
                continue;
            }
            if (fallback > 0) continue;
            StringBuilder sink = run != null ? run : text;
            if (ev == XMLStreamConstants.START_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "tr" -> {
                        if (rowDepth++ == 0) row = new ArrayList<>();   // a nested table's rows belong to the outer row
                    }
                    case "endnoteReference" -> {
                        String id = r.getAttributeValue(W, "id");
                        if (id != null && sink != null) {
                            int k = endnoteOrder.indexOf(id);
                            if (k < 0) {
                                endnoteOrder.add(id);
                                k = endnoteOrder.size() - 1;
                            }
                            sink.append('[').append(k + 1).append(']');
                        }
                    }
                    case "p" -> {
                        if (depth++ == 0) {
                            text = new StringBuilder();
                            numId = null;
                            ilvl = "0";
                        }
                    }
                    case "r" -> {
                        run = new StringBuilder();
                        superscript = false;
                    }
                    case "vertAlign" -> superscript = "superscript".equals(val(r));
                    case "t" -> inText = true;
                    case "tab" -> {
                        if (sink != null) sink.append('\t');
                    }
                    case "br", "cr" -> {
                        if (sink != null) sink.append(' ');
                    }
                    case "numId" -> numId = val(r);
                    case "ilvl" -> ilvl = val(r);
                    default -> { }
                }
            } else if (ev == XMLStreamConstants.CHARACTERS || ev == XMLStreamConstants.CDATA) {
                if (inText && sink != null) sink.append(r.getText());
            } else if (ev == XMLStreamConstants.END_ELEMENT && W.equals(r.getNamespaceURI())) {
                switch (r.getLocalName()) {
                    case "t" -> inText = false;
                    case "r" -> {
                        // superscript citation numbers ("²˒³" as Word runs) read as "[2,3]", like bracketed ones
                        if (text != null && run != null) {
                            String t = run.toString();
                            boolean citation = superscript && CITATION_DIGITS.matcher(t.strip()).matches() && !exponent(text, t.strip());
                            text.append(citation ? "[" + t.strip() + "]" : t);
                        }
                        run = null;
                    }
                    case "p" -> {
                        if (--depth == 0 && text != null) {
                            String line = text.toString();
                            if (numId != null && !numId.equals("0")
                                    && "decimal".equals(formats.getOrDefault(numId, Map.of()).get(ilvl == null ? "0" : ilvl))) {
                                int k = counters.merge(numId + "/" + ilvl, 1, Integer::sum);
                                line = k + ". " + line;
                            }
                            if (row != null) row.add(line);
                            else lines.add(line);
                            text = null;
                        }
                    }
                    case "tr" -> {
                        if (--rowDepth == 0 && row != null) {
                            lines.add(String.join("\t", row).strip());
                            row = null;
                        }
                    }
                    default -> { }
                }
            }
        }
        return lines;
    }

    /**
     * The text of a PDF, page by page, in reading order. PDFBox gives the text in content-stream order, which is
     * the reading order of most producers (and keeps two columns apart); an HTML engine that draws list numbers
     * after the page's text needs the text sorted by position instead. Both are read, and the one in which the
     * numbered list runs longest in sequence is kept. A line among the first or last three of a page that recurs at
     * the edge of most pages (digits aside: "5 / 6", "6 / 6") is page furniture: a running head or a page number.
     */
    private static ManuscriptText pdf(Path p, String display) throws IOException, Unreadable {
        byte[] bytes = Files.readAllBytes(p);
        if (!endsWithEof(bytes)) throw new Unreadable("the PDF is truncated (no %%EOF at its end): ask for the whole file again");
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            // the page count a PDF declares may be a lie (two billion pages in 600 bytes): count the real pages
            SourcePos where = SourcePos.file(display);
            int objects = doc.getDocument().getXrefTable().size();
            if (Limit.PDF_OBJECTS.exceeded(objects)) throw new CaseException(Limit.PDF_OBJECTS.refuse(where, "the PDF has " + objects + " objects"));
            long declared = doc.getPages().getCount();
            if (Limit.PDF_PAGES.exceeded(declared)) throw new CaseException(Limit.PDF_PAGES.refuse(where, "the PDF declares " + declared + " pages"));
            int real = 0;
            for (var page : doc.getPages()) {
                if (Limit.PDF_PAGES.exceeded(++real)) throw new CaseException(Limit.PDF_PAGES.refuse(where, "the PDF has more pages"));
            }
            String journal = doc.getDocumentInformation().getCustomMetadataValue("CasereportJournal");
            boolean tex = LineHyphens.texProducer(doc.getDocumentInformation().getProducer(), doc.getDocumentInformation().getCreator());
            ManuscriptText stream = pdfText(doc, real, display, false, journal, tex);
            if (stream.lines().stream().allMatch(String::isBlank)) {
                throw new Unreadable("the PDF has no text layer (a scanned image?): ask for the text or a Word file");
            }
            int inStream = listLength(stream);
            if (inStream >= 3) return stream;
            ManuscriptText sorted = pdfText(doc, real, display, true, journal, tex);
            return listLength(sorted) > inStream ? sorted : stream;
        }
    }

    /**
     * A glyph PDFBox cannot map to a character comes out as its font code, a control character: a pdfLaTeX PDF made
     * with bitmap (Type 3) fonts has no Unicode for its dashes and ligatures, so "827–38" reads "82738" and "Hoffman"
     * "Homan". Each such code becomes U+FFFD, and one warning says where the first is and how many there are;
     * an entry holding one is not compared with the style (its proposal would lose what cannot be read).
     */
    static ManuscriptText unmapped(ManuscriptText t, Findings findings) {
        List<String> lines = new ArrayList<>(t.lines());
        int count = 0;
        SourcePos first = null;
        for (int i = 0; i < lines.size(); i++) {
            String l = lines.get(i);
            StringBuilder b = null;
            for (int k = 0; k < l.length(); k++) {
                char c = l.charAt(k);
                if (c < 0x20 && c != '\t' || c == '\uFFFD') {
                    if (b == null) b = new StringBuilder(l.substring(0, k));
                    b.append('\uFFFD');
                    count++;
                    if (first == null) first = new SourcePos(t.file(), i + 1, k + 1);
                } else if (b != null) {
                    b.append(c);
                }
            }
            if (b != null) lines.set(i, b.toString());
        }
        if (count == 0) return t;
        findings.report("manuscript-glyphs-unmapped", first, count + " character(s) of the PDF's text cannot be read: its fonts give"
                + " no Unicode for them (bitmap Type 3 fonts, as pdfLaTeX makes without Type 1 fonts?), so dashes and ligatures (ff, fi)"
                + " are missing from the text; the reference entries holding one are not compared with the style — ask for the Word"
                + " or LaTeX source, or a PDF with Unicode fonts");
        return new ManuscriptText(t.file(), lines, t.paragraphs(), t.furniture(), t.journal());
    }

    /** A whole PDF ends with %%EOF (then perhaps white space): a file cut short in transfer does not. */
    static boolean endsWithEof(byte[] b) {
        int from = Math.max(0, b.length - 1024);
        return new String(b, from, b.length - from, java.nio.charset.StandardCharsets.ISO_8859_1).contains("%%EOF");
    }

    /** How many entries run in sequence (1, 2, 3…) in the longest numbered list of the text. */
    private static int listLength(ManuscriptText t) {
        int start = ManuscriptChecker.trailingList(t.lines());
        if (start < 0) return 0;
        int n = 0;
        for (ManuscriptChecker.Entry e : ManuscriptChecker.entries(t.lines(), start, t.file(), false, t.furniture())) {
            if (e.number() != n + 1) break;
            n++;
        }
        return n;
    }

    /** @param tex the PDF was typeset by TeX: its line-end hyphens that break a word become soft hyphens ({@link LineHyphens}) */
    private static ManuscriptText pdfText(PDDocument doc, int pageCount, String display, boolean sortByPosition, String journal, boolean tex)
            throws IOException {
        PDFTextStripper st = new VisibleTextStripper();
        st.setSortByPosition(sortByPosition);
        st.setLineSeparator("\n");
        List<String> lines = new ArrayList<>();
        List<int[]> pages = new ArrayList<>();
        for (int i = 1; i <= pageCount; i++) {
            st.setStartPage(i);
            st.setEndPage(i);
            int from = lines.size();
            // a justified line's stretched space is the space glyph and a gap PDFBox reads as one more: one space
            for (String l : CaseSource.splitLines(st.getText(doc))) lines.add(STRETCHED_SPACE.matcher(l).replaceAll(" "));
            pages.add(new int[] {from, lines.size()});
        }
        if (tex) lines = new ArrayList<>(LineHyphens.soften(lines));
        Map<String, Integer> edgeCount = new HashMap<>();
        List<List<Integer>> edges = new ArrayList<>();
        for (int[] pg : pages) {
            List<Integer> e = new ArrayList<>();
            List<Integer> nonBlank = new ArrayList<>();
            for (int k = pg[0]; k < pg[1]; k++) if (!lines.get(k).isBlank()) nonBlank.add(k);
            for (int k = 0; k < nonBlank.size(); k++) if (k < 3 || k >= nonBlank.size() - 3) e.add(nonBlank.get(k));
            java.util.Set<String> seen = new java.util.HashSet<>();
            for (int k : e) if (seen.add(shape(lines.get(k)))) edgeCount.merge(shape(lines.get(k)), 1, Integer::sum);
            edges.add(e);
        }
        // a running head or page number is on most pages; two lists ending alike on two pages are not furniture
        int needed = Math.max(2, (pages.size() + 1) / 2);
        java.util.Set<Integer> furniture = new java.util.HashSet<>();
        for (List<Integer> e : edges) for (int k : e) if (edgeCount.getOrDefault(shape(lines.get(k)), 0) >= needed) furniture.add(k);
        return new ManuscriptText(display, lines, false, furniture, journal == null || journal.isBlank() ? null : journal);
    }

    /** Spaces between two words of a PDF line: a typeset page shows no double space, so more than one is a wide one. */
    private static final java.util.regex.Pattern STRETCHED_SPACE = java.util.regex.Pattern.compile("(?<=\\S) {2,}(?=\\S)");

    private static String shape(String line) {
        return line.strip().replaceAll("\\d+", "#");
    }
}
