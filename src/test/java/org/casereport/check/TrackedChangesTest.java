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
