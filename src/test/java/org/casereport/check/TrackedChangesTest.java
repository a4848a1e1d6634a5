package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlObject;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * {@code check --fix} on Word manuscripts (LibreOffice-made, typed and automatic numbering): read back with POI,
 * every corrected entry is a w:del/w:ins pair by "casereport"; rejecting every change gives the original document's
 * text back paragraph by paragraph; accepting them gives the proposed entries; the other paragraphs are untouched.
 */
class TrackedChangesTest {
    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    @ParameterizedTest
    @ValueSource(strings = {"planted-1.docx", "planted-2.docx"})
    void correctedEntriesAreTrackedChanges(String name, @TempDir Path tmp) throws Exception {
        Path in = tmp.resolve(name);
        Files.copy(ReferenceCorpusTest.DIR.resolve(name), in);
        Findings f = new Findings();
        ManuscriptChecker.Result r = ManuscriptChecker.check(in, ManuscriptCheckerTest.journal(), f);
        assertTrue(r.proposals().size() >= 8, r.proposals().toString());
        Path out = tmp.resolve(name.replace(".docx", ".fixed.docx"));
        List<String> skipped = new ArrayList<>();
        int n = TrackedChanges.write(in, r.proposals(), out, skipped);
        assertEquals(List.of(), skipped);
        assertEquals(r.proposals().size(), n);

        List<String> original = texts(in, false, false);
        List<String> rejected = texts(out, false, false);
        List<String> accepted = texts(out, true, true);
        assertEquals(original, rejected, "rejecting every change gives the document back");
        assertEquals(original.size(), accepted.size());
        int changed = 0;
        for (int i = 0; i < original.size(); i++) {
            final int line = i;
            TrackedChanges.Proposal p = r.proposals().stream().filter(x -> x.line() == line).findFirst().orElse(null);
            if (p == null) {
                assertEquals(original.get(i), accepted.get(i), "paragraph " + i + " untouched");
            } else {
                changed++;
                assertTrue(accepted.get(i).endsWith(p.expected()), accepted.get(i) + "\n  expected to end with\n" + p.expected());
                assertFalse(accepted.get(i).equals(original.get(i)));
            }
        }
        assertEquals(n, changed);
        // every revision is by casereport
        try (InputStream s = Files.newInputStream(out); XWPFDocument d = new XWPFDocument(s)) {
            String xml = d.getDocument().xmlText();
            assertTrue(xml.contains("w:ins") && xml.contains("w:del"), "tracked changes written");
            java.util.regex.Matcher m = java.util.regex.Pattern.compile("<w:(?:ins|del)( [^>]*)?>").matcher(xml);
            int revisions = 0;
            while (m.find()) {
                revisions++;
                assertTrue(m.group().contains("w:author=\"casereport\""), m.group());
            }
            assertTrue(revisions >= n, revisions + " revisions");
        }
        // the accepted text, checked again, has none of the findings the proposals repaired
        Findings again = new Findings();
        ManuscriptChecker.Result r2 = ManuscriptChecker.check(out, ManuscriptCheckerTest.journal(), again);
        for (String rule : List.of("ref-doi-label", "ref-doi-malformed", "ref-spacing", "ref-locator-spacing", "ref-in-russian", "ref-style", "ref-journal-abbrev")) {
            assertTrue(r2.diagnostics().stream().noneMatch(d -> d.rule().equals(rule)), rule + " left after accepting: " + r2.diagnostics());
        }
    }

    /**
     * Real manuscripts with their real defects (the corpus's LibreOffice-made Word files, expected.tsv): each corrected
     * entry, and only those, is a set of w:del/w:ins by "casereport" carrying one fixed date; the other paragraphs are
     * the same XML and every other part of the package the same bytes; the same input gives the same file; and
     * LibreOffice, reading the file and writing it again (libreoffice/fix-roundtrip.sh), keeps every change as a change,
     * with its author, date and text.
     */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"real-kld, default, '1,2,3,4'", "real-studentlibrary-gost, gost, '3,4'"})
    void aRealManuscriptsCorrectionsAreTrackedAtTheirEntries(String name, String journal, String entries, @TempDir Path tmp) throws Exception {
        Path in = tmp.resolve(name + ".docx");
        Files.copy(ReferenceCorpusTest.DIR.resolve(name + ".docx"), in);
        ManuscriptChecker.Result r = ManuscriptChecker.check(in, Journals.load(Path.of("templates"), journal, null), new Findings());
        // the entries proposed are the ones with a repairable defect noted by hand in expected.tsv
        assertEquals(List.of(entries.split(",")), r.proposals().stream().map(p -> String.valueOf(p.number())).toList());
        java.util.Map<String, String> noted = ReferenceCorpusTest.expected().get(name + ".docx");
        for (TrackedChanges.Proposal p : r.proposals()) {
            assertTrue(noted.keySet().stream().anyMatch(k -> k.startsWith(p.number() + " ")), "entry " + p.number() + " has no noted defect");
        }
        Path out = tmp.resolve(name + ".fixed.docx");
        Path again = tmp.resolve(name + ".again.docx");
        List<String> skipped = new ArrayList<>();
        assertEquals(r.proposals().size(), TrackedChanges.write(in, r.proposals(), out, skipped));
        TrackedChanges.write(in, r.proposals(), again, skipped);
        assertEquals(List.of(), skipped);
        assertEquals(-1L, Files.mismatch(out, again), "the same manuscript gives the same bytes");

        // every part but the main one is copied byte for byte, in the same order
        String date;
        try (java.util.zip.ZipFile a = new java.util.zip.ZipFile(in.toFile()); java.util.zip.ZipFile b = new java.util.zip.ZipFile(out.toFile())) {
            List<String> names = a.stream().map(java.util.zip.ZipEntry::getName).toList();
            assertEquals(names, b.stream().map(java.util.zip.ZipEntry::getName).toList());
            for (String n : names) {
                if (n.equals("word/document.xml")) continue;
                try (InputStream x = a.getInputStream(a.getEntry(n)); InputStream y = b.getInputStream(b.getEntry(n))) {
                    org.junit.jupiter.api.Assertions.assertArrayEquals(x.readAllBytes(), y.readAllBytes(), n);
                }
            }
            // no modified date in a LibreOffice file: the changes carry the time its main part was stored (never the clock)
            String epoch = System.getenv("SOURCE_DATE_EPOCH");
            date = epoch != null ? java.time.Instant.ofEpochSecond(Long.parseLong(epoch)).toString()
                    : a.getEntry("word/document.xml").getTimeLocal().toInstant(java.time.ZoneOffset.UTC).toString();
        }
        org.w3c.dom.Document before = dom(in);
        org.w3c.dom.Document after = dom(out);
        List<org.w3c.dom.Element> pb = TrackedChanges.topLevelParagraphs(before);
        List<org.w3c.dom.Element> pa = TrackedChanges.topLevelParagraphs(after);
        assertEquals(pb.size(), pa.size());
        List<String> original = texts(in, false, false);
        List<String> rejected = texts(out, false, false);
        List<String> accepted = texts(out, true, true);
        assertEquals(original, rejected, "rejecting every change gives the document back");
        for (int i = 0; i < pb.size(); i++) {
            final int line = i;
            TrackedChanges.Proposal p = r.proposals().stream().filter(x -> x.line() == line).findFirst().orElse(null);
            List<org.w3c.dom.Element> revs = revisionElements(pa.get(i));
            if (p == null) {
                assertTrue(pb.get(i).isEqualNode(pa.get(i)), "paragraph " + i + " is the same XML: " + original.get(i));
                continue;
            }
            int at = original.get(i).indexOf(p.found());
            assertTrue(at >= 0, "the change is at its entry: " + original.get(i));
            // accepted, the paragraph is the proposed entry where the entry was, and the rest of its text as it was
            assertEquals(original.get(i).substring(0, at) + p.expected() + original.get(i).substring(at + p.found().length()), accepted.get(i));
            assertTrue(revs.stream().anyMatch(e -> e.getLocalName().equals("del")) && revs.stream().anyMatch(e -> e.getLocalName().equals("ins")),
                    "entry " + p.number() + " has a deletion and an insertion");
            for (org.w3c.dom.Element e : revs) {
                assertEquals(TrackedChanges.AUTHOR, e.getAttributeNS(W, "author"));
                assertEquals(date, e.getAttributeNS(W, "date"));
            }
        }
        // LibreOffice read every change as a change (it writes back only what it took for one)
        Path lo = ReferenceCorpusTest.DIR.resolve("libreoffice/" + name + ".fixed-libreoffice.docx");
        assertEquals(revisions(out), revisions(lo), "LibreOffice's copy holds the same changes (rerun libreoffice/fix-roundtrip.sh)");
        assertEquals(accepted, texts(lo, true, true), "accepting the changes in LibreOffice's copy gives the same entries");
    }

    private static org.w3c.dom.Document dom(Path docx) throws Exception {
        javax.xml.parsers.DocumentBuilderFactory f = javax.xml.parsers.DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        try (java.util.zip.ZipFile z = new java.util.zip.ZipFile(docx.toFile()); InputStream s = z.getInputStream(z.getEntry("word/document.xml"))) {
            return f.newDocumentBuilder().parse(s);
        }
    }

    private static List<org.w3c.dom.Element> revisionElements(org.w3c.dom.Element para) {
        List<org.w3c.dom.Element> out = new ArrayList<>();
        for (String kind : List.of("ins", "del")) {
            org.w3c.dom.NodeList l = para.getElementsByTagNameNS(W, kind);
            for (int i = 0; i < l.getLength(); i++) out.add((org.w3c.dom.Element) l.item(i));
        }
        return out;
    }

    /** Every w:ins and w:del of the body in document order: kind, author, date and the text it inserts or deletes. */
    static List<String> revisions(Path docx) throws Exception {
        List<String> out = new ArrayList<>();
        org.w3c.dom.NodeList all = dom(docx).getElementsByTagNameNS(W, "*");
        for (int i = 0; i < all.getLength(); i++) {
            org.w3c.dom.Element e = (org.w3c.dom.Element) all.item(i);
            if (!e.getLocalName().equals("ins") && !e.getLocalName().equals("del")) continue;
            if (e.getParentNode() instanceof org.w3c.dom.Element pe && pe.getLocalName().equals("rPr")) continue;   // a paragraph mark's revision
            out.add(e.getLocalName() + " " + e.getAttributeNS(W, "author") + " " + e.getAttributeNS(W, "date") + ": " + e.getTextContent());
        }
        return out;
    }

    /** Each body paragraph's text: w:t, plus inserted text when accepting, or deleted text when rejecting. */
    static List<String> texts(Path docx, boolean withInserted, boolean accept) throws Exception {
        List<String> out = new ArrayList<>();
        try (InputStream s = Files.newInputStream(docx); XWPFDocument d = new XWPFDocument(s)) {
            for (XWPFParagraph p : d.getParagraphs()) {
                StringBuilder b = new StringBuilder();
                XmlCursor c = p.getCTP().newCursor();
                collect(c, b, accept);
                c.dispose();
                out.add(b.toString());
            }
        }
        return out;
    }

    private static String textOf(org.w3c.dom.Node e) {
        StringBuilder b = new StringBuilder();
        for (org.w3c.dom.Node c = e.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (c.getNodeType() == org.w3c.dom.Node.TEXT_NODE || c.getNodeType() == org.w3c.dom.Node.CDATA_SECTION_NODE) b.append(c.getNodeValue());
        }
        return b.toString();
    }

    private static void collect(XmlCursor c, StringBuilder b, boolean accept) {
        XmlObject o = c.getObject();
        // a small walk over the paragraph's XML: w:t outside w:ins (reject) or outside w:del (accept)
        org.w3c.dom.Node n = o.getDomNode();
        walk(n, b, accept, false, false);
    }

    private static void walk(org.w3c.dom.Node n, StringBuilder b, boolean accept, boolean inIns, boolean inDel) {
        for (org.w3c.dom.Node c = n.getFirstChild(); c != null; c = c.getNextSibling()) {
            if (!(c instanceof org.w3c.dom.Element e) || !W.equals(e.getNamespaceURI())) continue;
            String ln = e.getLocalName();
            boolean ins = inIns || ln.equals("ins");
            boolean del = inDel || ln.equals("del");
            if (ln.equals("t") && (accept ? !del : !ins)) b.append(textOf(e));
            else if (ln.equals("delText") && !accept) b.append(textOf(e));
            else walk(e, b, accept, ins, del);
        }
    }
}
