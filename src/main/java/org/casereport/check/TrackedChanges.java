package org.casereport.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.OutputKeys;
import javax.xml.transform.Transformer;
import javax.xml.transform.TransformerFactory;
import javax.xml.transform.dom.DOMSource;
import javax.xml.transform.stream.StreamResult;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Writes a copy of a Word manuscript in which each corrected reference entry is a tracked change: the words that
 * go are a {@code w:del}, the words that come a {@code w:ins}, both by the author "casereport", so the editor
 * accepts or rejects each one in Word or LibreOffice. Only the changed words of those paragraphs are touched;
 * every other part of the package is copied as it is.
 */
public final class TrackedChanges {
    public static final String AUTHOR = "casereport";
    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /** A proposed correction: the 0-based paragraph (line) of the manuscript, the entry as written and as expected. */
    public record Proposal(int line, int number, String found, String expected) {
    }

    private TrackedChanges() {
    }

    /**
     * Writes {@code out} (through a temporary file beside it) and returns how many entries were changed. A proposal
     * whose text cannot be found in its paragraph (the paragraph was read differently) is left out and reported in
     * {@code skipped}.
     */
    public static int write(Path docx, List<Proposal> proposals, Path out, List<String> skipped) throws IOException {
        Path tmp = Files.createTempFile(out.toAbsolutePath().getParent(), ".casereport-", ".docx");
        int changed;
        try (ZipFile zip = new ZipFile(docx.toFile())) {
            String main = mainPart(zip);
            ZipEntry me = zip.getEntry(main);
            if (me == null) throw new IOException("not a Word document (no " + main + ")");
            Document doc;
            try (InputStream in = zip.getInputStream(me)) {
                doc = builder().parse(in);
            }
            changed = apply(doc, proposals, revisionDate(zip, main), skipped);
            byte[] xml = serialize(doc);
            try (OutputStream os = Files.newOutputStream(tmp); ZipOutputStream zo = new ZipOutputStream(os)) {
                Enumeration<? extends ZipEntry> en = zip.entries();
                while (en.hasMoreElements()) {
                    ZipEntry e = en.nextElement();
                    ZipEntry ne = new ZipEntry(e.getName());
                    ne.setTime(e.getTime());
                    zo.putNextEntry(ne);
                    if (e.getName().equals(main)) zo.write(xml);
                    else try (InputStream in = zip.getInputStream(e)) {
                        in.transferTo(zo);
                    }
                    zo.closeEntry();
                }
            }
            try {
                Files.setPosixFilePermissions(tmp, Files.getPosixFilePermissions(docx));
            } catch (UnsupportedOperationException | IOException e) {
                // not a POSIX file system: the temporary file's permissions stay
            }
            Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            Files.deleteIfExists(tmp);
            throw e;
        } catch (Exception e) {
            Files.deleteIfExists(tmp);
            throw new IOException(e.getMessage(), e);
        }
        return changed;
    }

    private static final Pattern MAIN_REL = Pattern.compile("Type=\"[^\"]*/officeDocument\"[^>]*Target=\"/?([^\"]+)\"|Target=\"/?([^\"]+)\"[^>]*Type=\"[^\"]*/officeDocument\"");

    private static String mainPart(ZipFile zip) throws IOException {
        ZipEntry rels = zip.getEntry("_rels/.rels");
        if (rels == null) return "word/document.xml";
        try (InputStream in = zip.getInputStream(rels)) {
            Matcher m = MAIN_REL.matcher(new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8));
            return m.find() ? (m.group(1) != null ? m.group(1) : m.group(2)) : "word/document.xml";
        }
    }

    private static DocumentBuilder builder() throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setExpandEntityReferences(false);
        return f.newDocumentBuilder();
    }

    private static byte[] serialize(Document doc) throws Exception {
        Transformer t = TransformerFactory.newInstance().newTransformer();
        t.setOutputProperty(OutputKeys.ENCODING, "UTF-8");
        t.setOutputProperty(OutputKeys.STANDALONE, "yes");
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        doc.setXmlStandalone(true);
        t.transform(new DOMSource(doc), new StreamResult(b));
        return b.toByteArray();
    }

    // ------------------------------------------------------------------------------------------------ editing

    /**
     * The date every change carries, never the clock, so the same manuscript gives the same file:
     * {@code SOURCE_DATE_EPOCH} when set (reproducible-builds.org), else the manuscript's own last-modified date
     * ({@code dcterms:modified} of docProps/core.xml, which Word writes), else the time its main part was stored in
     * the package (LibreOffice writes no modified date; a ZIP time has no zone and is taken as UTC), else none (the
     * date is optional in WordprocessingML).
     */
    static String revisionDate(ZipFile zip, String main) throws IOException {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && epoch.matches("\\d{1,12}")) return java.time.Instant.ofEpochSecond(Long.parseLong(epoch)).toString();
        ZipEntry core = zip.getEntry("docProps/core.xml");
        if (core != null) {
            try (InputStream in = zip.getInputStream(core)) {
                Matcher m = MODIFIED.matcher(new String(in.readNBytes(1 << 16), java.nio.charset.StandardCharsets.UTF_8));
                if (m.find()) return m.group(1);
            }
        }
        ZipEntry me = zip.getEntry(main);
        java.time.LocalDateTime t = me == null || me.getTime() == -1 ? null : me.getTimeLocal();
        return t == null ? null : t.withNano(0).toInstant(java.time.ZoneOffset.UTC).toString();
    }

    private static final Pattern MODIFIED = Pattern.compile(
            "<dcterms:modified[^>]*>\\s*(\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(?:\\.\\d+)?(?:Z|[+-]\\d{2}:\\d{2}))\\s*</dcterms:modified>");

    static int apply(Document doc, List<Proposal> proposals, String date, List<String> skipped) {
        List<List<Element>> lines = lines(doc);
        int[] id = {maxId(doc) + 1};
        int changed = 0;
        for (Proposal p : proposals) {
            if (p.line() < 0 || p.line() >= lines.size()) {
                skipped.add("reference " + p.number() + ": its paragraph is not in the body (a Word endnote?): not rewritten");
                continue;
            }
            // a line is one paragraph, or a table row's paragraphs (a list typed as a table): the one holding the entry
            Element para = null;
            int base = -1;
            for (Element cand : lines.get(p.line())) {
                normalizeRuns(cand);
                base = text(cand).indexOf(p.found());
                if (base >= 0) {
                    para = cand;
                    break;
                }
            }
            if (base < 0) {
                skipped.add("reference " + p.number() + ": its text in the document differs from the text read (not changed)");
                continue;
            }
            List<int[]> hunks = readable(hunks(p.found(), p.expected()), p.found(), p.expected());
            // right to left: the positions of the hunks still to do stay valid
            for (int k = hunks.size() - 1; k >= 0; k--) {
                int[] h = hunks.get(k);
                change(doc, para, base + h[0], base + h[1], p.expected().substring(h[2], h[3]), date, id);
            }
            changed++;
        }
        return changed;
    }

    /**
     * The reader's lines as paragraphs, in document order: each w:p not inside another w:p is a line, except that the
     * paragraphs of a table row (of the outermost table) are one line, as {@link ManuscriptText} reads them.
     */
    static List<List<Element>> lines(Document doc) {
        List<List<Element>> out = new ArrayList<>();
        Element lastRow = null;
        for (Element p : topLevelParagraphs(doc)) {
            Element row = null;
            for (Node a = p.getParentNode(); a != null; a = a.getParentNode()) {
                if (a instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals("tr")) row = e;   // the outermost row wins
            }
            if (row != null && row == lastRow) {
                out.get(out.size() - 1).add(p);
                continue;
            }
            List<Element> line = new ArrayList<>();
            line.add(p);
            out.add(line);
            lastRow = row;
        }
        return out;
    }

    /** The paragraphs the reader reads as lines: every w:p not inside another w:p, in document order. */
    static List<Element> topLevelParagraphs(Document doc) {
        List<Element> out = new ArrayList<>();
        NodeList ps = doc.getElementsByTagNameNS(W, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            Element p = (Element) ps.item(i);
            boolean nested = false;
            for (Node a = p.getParentNode(); a != null; a = a.getParentNode()) {
                if (a instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals("p")) {
                    nested = true;
                    break;
                }
            }
            if (!nested) out.add(p);
        }
        return out;
    }

    private static int maxId(Document doc) {
        int max = 0;
        NodeList all = doc.getElementsByTagNameNS("*", "*");
        for (int i = 0; i < all.getLength(); i++) {
            String v = ((Element) all.item(i)).getAttributeNS(W, "id");
            if (v.matches("\\d{1,9}")) max = Math.max(max, Integer.parseInt(v));
        }
        return max;
    }

    /** The paragraph's runs that carry text (not inside a deletion): each split to one content element. */
    private static void normalizeRuns(Element para) {
        for (Element r : runs(para)) {
            List<Element> content = new ArrayList<>();
            for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
                if (c instanceof Element e && !e.getLocalName().equals("rPr")) content.add(e);
            }
            if (content.size() <= 1) continue;
            Node after = r.getNextSibling();
            for (int i = 1; i < content.size(); i++) {
                Element copy = shell(r);
                copy.appendChild(content.get(i));
                r.getParentNode().insertBefore(copy, after);
            }
        }
    }

    /** A copy of the run with its properties and no content. */
    private static Element shell(Element r) {
        Element copy = (Element) r.cloneNode(false);
        for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals("rPr")) copy.appendChild(e.cloneNode(true));
        }
        return copy;
    }

    private static List<Element> runs(Element para) {
        List<Element> out = new ArrayList<>();
        NodeList rs = para.getElementsByTagNameNS(W, "r");
        for (int i = 0; i < rs.getLength(); i++) {
            Element r = (Element) rs.item(i);
            if (!inside(r, para, "del") && !inside(r, para, "p", true)) out.add(r);
        }
        return out;
    }

    private static boolean inside(Element r, Element para, String name) {
        return inside(r, para, name, false);
    }

    private static boolean inside(Element r, Element para, String name, boolean strict) {
        for (Node a = r.getParentNode(); a != null && a != para; a = a.getParentNode()) {
            if (a instanceof Element e && W.equals(e.getNamespaceURI()) && e.getLocalName().equals(name)) return true;
        }
        return false;
    }

    /** The text of the paragraph as the reader reads it (w:t text, a tab, a break as a space). */
    static String text(Element para) {
        StringBuilder b = new StringBuilder();
        for (Element r : runs(para)) b.append(runText(r));
        return b.toString();
    }

    private static String runText(Element r) {
        StringBuilder b = new StringBuilder();
        for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof Element e)) continue;
            switch (e.getLocalName()) {
                case "t" -> b.append(e.getTextContent());
                case "tab" -> b.append('\t');
                case "br", "cr" -> b.append(' ');
                default -> { }
            }
        }
        return b.toString();
    }

    /** Replaces {@code [from, to)} of the paragraph's text with {@code insert} as a tracked deletion and insertion. */
    private static void change(Document doc, Element para, int from, int to, String insert, String date, int[] id) {
        if (to > from) {
            split(doc, para, from);
            split(doc, para, to);
        } else {
            split(doc, para, from);
        }
        List<Element> gone = new ArrayList<>();
        Element before = null;   // the run the insertion follows
        Element at = null;       // the run at the insertion point
        int pos = 0;
        for (Element r : runs(para)) {
            int len = runText(r).length();
            if (pos >= from && pos + len <= to && len > 0 && to > from) gone.add(r);
            if (pos + len <= from) before = r;
            if (at == null && pos >= from) at = r;
            pos += len;
        }
        Element style = !gone.isEmpty() ? gone.get(0) : before != null ? before : at;
        Node anchor;   // the insertion goes before this node (null: at the end of the paragraph or of the last run's parent)
        Node parent;
        if (!gone.isEmpty()) {
            Element del = doc.createElementNS(W, "w:del");
            del.setAttributeNS(W, "w:id", String.valueOf(id[0]++));
            del.setAttributeNS(W, "w:author", AUTHOR);
            if (date != null) del.setAttributeNS(W, "w:date", date);
            Element first = gone.get(0);
            first.getParentNode().insertBefore(del, first);
            for (Element r : gone) {
                if (r.getParentNode() != del.getParentNode()) {
                    // the runs are under different parents (a hyperlink): one deletion each
                    Element d2 = (Element) del.cloneNode(false);
                    d2.setAttributeNS(W, "w:id", String.valueOf(id[0]++));
                    r.getParentNode().insertBefore(d2, r);
                    d2.appendChild(r);
                } else {
                    del.appendChild(r);
                }
                toDelText(doc, r);
            }
            anchor = del.getNextSibling();
            parent = del.getParentNode();
        } else if (before != null) {
            anchor = before.getNextSibling();
            parent = before.getParentNode();
        } else if (at != null) {
            anchor = at;
            parent = at.getParentNode();
        } else {
            anchor = null;
            parent = para;
        }
        if (insert.isEmpty()) return;
        Element ins = doc.createElementNS(W, "w:ins");
        ins.setAttributeNS(W, "w:id", String.valueOf(id[0]++));
        ins.setAttributeNS(W, "w:author", AUTHOR);
        if (date != null) ins.setAttributeNS(W, "w:date", date);
        Element run = style != null ? shell(style) : doc.createElementNS(W, "w:r");
        Element t = doc.createElementNS(W, "w:t");
        t.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
        t.setTextContent(insert);
        run.appendChild(t);
        ins.appendChild(run);
        parent.insertBefore(ins, anchor);
    }

    private static void toDelText(Document doc, Element r) {
        for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c instanceof Element e && e.getLocalName().equals("t")) {
                Element d = doc.createElementNS(W, "w:delText");
                d.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
                d.setTextContent(e.getTextContent());
                r.replaceChild(d, e);
                c = d;
            }
        }
    }

    /** Makes {@code at} a boundary between runs, splitting the w:t run it falls in. */
    private static void split(Document doc, Element para, int at) {
        int pos = 0;
        for (Element r : runs(para)) {
            String s = runText(r);
            if (at > pos && at < pos + s.length()) {
                Element t = null;
                for (Node c = r.getFirstChild(); c != null; c = c.getNextSibling()) {
                    if (c instanceof Element e && e.getLocalName().equals("t")) t = e;
                }
                if (t == null) return;
                int k = at - pos;
                Element copy = shell(r);
                Element t2 = doc.createElementNS(W, "w:t");
                t2.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
                t2.setTextContent(s.substring(k));
                copy.appendChild(t2);
                t.setTextContent(s.substring(0, k));
                t.setAttributeNS(XMLConstants.XML_NS_URI, "xml:space", "preserve");
                r.getParentNode().insertBefore(copy, r.getNextSibling());
                return;
            }
            pos += s.length();
        }
    }

    // ------------------------------------------------------------------------------------------------ diff

    /**
     * The hunks as the editor reads them: word by word while most of the entry stays; an entry rewritten in most of
     * its words (another layout, its parts reordered) is one deletion of the whole entry and one insertion of the
     * expected one, not a stripe of alternating words.
     */
    static List<int[]> readable(List<int[]> hunks, String found, String expected) {
        // two changes with no word of two letters or digits kept between them are one ("ЯковлеваYakovleva Л.L.ПP."
        // would be a change every letter)
        List<int[]> merged = new ArrayList<>();
        for (int[] h : hunks) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && !KEPT_WORD.matcher(found.substring(last[1], h[0])).find()) {
                merged.set(merged.size() - 1, new int[] {last[0], h[1], last[2], h[3]});
            } else {
                merged.add(h);
            }
        }
        int changed = 0;
        for (int[] h : merged) changed += h[1] - h[0];
        if (2 * changed <= found.length()) return merged;
        return List.of(new int[] {0, found.length(), 0, expected.length()});
    }

    private static final Pattern KEPT_WORD = Pattern.compile("[\\p{L}\\p{N}]{2,}");

    /** Words, runs of spaces and single marks, as {start, end}. */
    private static List<int[]> tokens(String s) {
        List<int[]> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            int j = i + 1;
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) while (j < s.length() && Character.isLetterOrDigit(s.charAt(j))) j++;
            else if (Character.isWhitespace(c)) while (j < s.length() && Character.isWhitespace(s.charAt(j))) j++;
            out.add(new int[] {i, j});
            i = j;
        }
        return out;
    }

    /** The differing stretches of two texts as {oldStart, oldEnd, newStart, newEnd}, by longest common subsequence of tokens. */
    static List<int[]> hunks(String a, String b) {
        List<int[]> ta = tokens(a);
        List<int[]> tb = tokens(b);
        int n = ta.size();
        int m = tb.size();
        int[][] lcs = new int[n + 1][m + 1];
        for (int i = n - 1; i >= 0; i--) {
            for (int j = m - 1; j >= 0; j--) {
                lcs[i][j] = same(a, ta.get(i), b, tb.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
            }
        }
        List<int[]> out = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && same(a, ta.get(i), b, tb.get(j))) {
                i++;
                j++;
                continue;
            }
            int i0 = i;
            int j0 = j;
            while ((i < n || j < m) && !(i < n && j < m && same(a, ta.get(i), b, tb.get(j)))) {
                if (j >= m || i < n && lcs[i + 1][j] >= lcs[i][j + 1]) i++;
                else j++;
            }
            int os = i0 < n ? ta.get(i0)[0] : a.length();
            int oe = i > i0 ? ta.get(i - 1)[1] : os;
            int ns = j0 < m ? tb.get(j0)[0] : b.length();
            int ne = j > j0 ? tb.get(j - 1)[1] : ns;
            out.add(new int[] {os, oe, ns, ne});
        }
        return out;
    }

    private static boolean same(String a, int[] x, String b, int[] y) {
        return a.regionMatches(x[0], b, y[0], x[1] - x[0]) && x[1] - x[0] == y[1] - y[0];
    }
}
