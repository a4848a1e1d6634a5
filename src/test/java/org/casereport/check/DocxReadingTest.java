package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFEndnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.casereport.diag.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Word manuscripts as reference managers and authors leave them, built with POI: citations and the bibliography as
 * fields (the field-code shapes Zotero's, Mendeley's and EndNote's Word plug-ins write: a w:fldChar "begin", the code
 * in w:instrText — " ADDIN ZOTERO_ITEM CSL_CITATION {json} ", " ADDIN ZOTERO_BIBL {"uncited":[],"omitted":[],
 * "custom":[]} CSL_BIBLIOGRAPHY ", " ADDIN CSL_CITATION {json} ", " ADDIN EN.CITE <EndNote>…", " ADDIN EN.REFLIST " —
 * then "separate", the result runs, "end"), Word endnotes as the list, a list typed as a table, footnotes. Each test
 * checks that the list is read entry by entry and checked: a planted defect is found at its entry, the citations
 * match the list, and nothing of the field codes is read as text.
 */
class DocxReadingTest {
    static final String E1 = "Berthold F., Spix C., Kaatsch P., Lampert F. Incidence, Survival, and Treatment of Localized and Metastatic "
            + "Neuroblastoma in Germany 1979–2015. Paediatr Drugs. 2017;19(6):577–93. doi: 10.1007/s40272-017-0251-3.";
    /** The planted defect: a doubled "DOI: DOI:" label. */
    static final String E2 = "Zhang X. EVI1 Disruption Post Neuroblastoma Treatment: A Case Analysis of Treatment-Associated Acute Myeloid "
            + "Leukemia in a Pediatric Patient. Case Rep Oncol. 2023;16(1):893–9. DOI: DOI: 10.1159/000533571.";
    static final String E3 = "Kushner B.H., Cheung N.K., Kramer K., Heller G., Jhanwar S.C. Neuroblastoma and treatment-related "
            + "myelodysplasia/leukemia: the Memorial Sloan–Kettering experience and a literature review. J Clin Oncol. "
            + "1998;16(12):3880–9. doi: 10.1200/JCO.1998.16.12.3880.";
    /** A field code carrying text a rule would flag if it were read as text (a broken ligature, a doubled label). */
    static final String ZOTERO_JSON = "{\"citationID\":\"a1b2c3\",\"properties\":{\"formattedCitation\":\"[1]\",\"plainCitation\":\"[1]\"},"
            + "\"citationItems\":[{\"id\":11,\"itemData\":{\"type\":\"article-journal\",\"title\":\"The Effi  cacy of DOI: DOI: things\"}}],"
            + "\"schema\":\"https://github.com/citation-style-language/schema/raw/master/csl-citation.json\"}";

    static void field(XWPFParagraph p, String code, String result) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        XWPFRun c = p.createRun();
        c.getCTR().addNewInstrText().setStringValue(code);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(result);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    static void fieldBegin(XWPFParagraph p, String code) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(code);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    }

    static void fieldEnd(XWPFParagraph p) {
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    static void save(XWPFDocument doc, Path file) throws Exception {
        doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(1735689600000L)));
        try (OutputStream os = Files.newOutputStream(file)) {
            doc.write(os);
        }
        doc.close();
    }

    record Checked(ManuscriptText text, List<Diagnostic> diagnostics) {
        Set<String> refFindings() {
            Set<String> out = new TreeSet<>();
            for (Diagnostic d : diagnostics) {
                java.util.regex.Matcher m = java.util.regex.Pattern.compile("^reference (\\d+)\\b").matcher(d.message());
                if (d.rule().startsWith("ref-") || d.rule().startsWith("cite-")) out.add((m.find() ? m.group(1) : "0") + " " + d.rule());
            }
            return out;
        }
    }

    static Checked check(Path file) throws Exception {
        Findings f = new Findings();
        ManuscriptText ms = ManuscriptText.read(file, f);
        ManuscriptChecker.check(ms, Journals.load(Path.of("templates"), "default", null), f);
        return new Checked(ms, f.diagnostics());
    }

    static void noFieldCodeRead(Checked c) {
        for (String l : c.text().lines()) {
            assertFalse(l.contains("ADDIN") || l.contains("citationID") || l.contains("CSL_BIBLIOGRAPHY") || l.contains("EndNote>"), "field code read as text: " + l);
        }
        for (Diagnostic d : c.diagnostics()) assertFalse(d.message().contains("Effi  cacy") || d.message().contains("things"), d.toString());
    }

    /** Zotero: each citation a ZOTERO_ITEM field, the list one ZOTERO_BIBL field over its paragraphs ("1.\tEntry"). */
    @Test
    void zoteroFieldsAreSkippedAndTheirResultsRead(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("zotero.docx");
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph body = doc.createParagraph();
        body.createRun().setText("Вторичный острый миелоидный лейкоз после нейробластомы встречается редко ");
        field(body, " ADDIN ZOTERO_ITEM CSL_CITATION " + ZOTERO_JSON + " ", "[1]");
        body.createRun().setText("; амплификация гена NMYC неблагоприятна ");
        field(body, " ADDIN ZOTERO_ITEM CSL_CITATION " + ZOTERO_JSON.replace("[1]", "[2, 3]") + " ", "[2, 3]");
        body.createRun().setText(".");
        doc.createParagraph().createRun().setText("Литература");
        String[] entries = {E1, E2, E3};
        for (int i = 0; i < entries.length; i++) {
            XWPFParagraph p = doc.createParagraph();
            if (i == 0) fieldBegin(p, " ADDIN ZOTERO_BIBL {\"uncited\":[],\"omitted\":[],\"custom\":[]} CSL_BIBLIOGRAPHY ");
            p.createRun().setText((i + 1) + ".");
            p.createRun().addTab();
            p.createRun().setText(entries[i]);
            if (i == entries.length - 1) fieldEnd(p);
        }
        save(doc, file);
        Checked c = check(file);
        noFieldCodeRead(c);
        assertTrue(c.text().lines().stream().anyMatch(l -> l.contains("встречается редко [1]; амплификация")), c.text().lines().toString());
        assertEquals(Set.of("2 ref-doi-label"), c.refFindings(), c.diagnostics().toString());
    }

    /** Mendeley's "ADDIN CSL_CITATION" and EndNote's "ADDIN EN.CITE" / "ADDIN EN.REFLIST" fields, superscript results. */
    @Test
    void mendeleyAndEndNoteFields(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("endnote.docx");
        XWPFDocument doc = new XWPFDocument();
        XWPFParagraph body = doc.createParagraph();
        body.createRun().setText("Вторичный лейкоз встречается редко");
        body.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        body.createRun().getCTR().addNewInstrText().setStringValue(" ADDIN CSL_CITATION " + ZOTERO_JSON + " ");
        body.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        XWPFRun sup = body.createRun();
        sup.setText("1");
        sup.setSubscript(org.apache.poi.xwpf.usermodel.VerticalAlign.SUPERSCRIPT);
        body.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
        body.createRun().setText(", а терапия различна");
        field(body, " ADDIN EN.CITE <EndNote><Cite><Author>Zhang</Author><Year>2023</Year><RecNum>2</RecNum>"
                + "<record><titles><title>The Effi  cacy of DOI: DOI: things</title></titles></record></Cite></EndNote>", "[2, 3]");
        body.createRun().setText(".");
        doc.createParagraph().createRun().setText("References");
        String[] entries = {E1, E2, E3};
        for (int i = 0; i < entries.length; i++) {
            XWPFParagraph p = doc.createParagraph();
            if (i == 0) fieldBegin(p, " ADDIN EN.REFLIST ");
            p.createRun().setText((i + 1) + ". " + entries[i]);
            if (i == entries.length - 1) fieldEnd(p);
        }
        save(doc, file);
        Checked c = check(file);
        noFieldCodeRead(c);
        assertTrue(c.text().lines().get(0).contains("встречается редко[1], а терапия различна[2, 3]."), c.text().lines().get(0));
        assertEquals(Set.of("2 ref-doi-label"), c.refFindings(), c.diagnostics().toString());
    }

    /** The list as Word endnotes: the marks in the text read as [1], [2]…, the notes as the numbered list after the body. */
    @Test
    void endnotesAreTheList(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("endnotes.docx");
        XWPFDocument doc = new XWPFDocument();
        doc.createEndnotes();
        XWPFParagraph body = doc.createParagraph();
        String[] entries = {E1, E2, E3};
        body.createRun().setText("Вторичный лейкоз встречается редко");
        for (String e : entries) {
            XWPFEndnote note = doc.createEndnote();
            XWPFParagraph np = note.createParagraph();
            np.createRun().setText(e);
            body.addFootnoteReference(note);
            body.createRun().setText(" и далее");
        }
        // the second entry cited again: still its number 2
        body.addFootnoteReference(doc.getEndnotes().get(doc.getEndnotes().size() - 2));
        save(doc, file);
        Checked c = check(file);
        List<String> lines = c.text().lines();
        assertTrue(lines.get(0).startsWith("Вторичный лейкоз встречается редко[1] и далее[2] и далее[3] и далее[2]"), lines.get(0));
        assertTrue(lines.contains("1. " + E1) && lines.contains("2. " + E2) && lines.contains("3. " + E3), lines.toString());
        assertEquals(Set.of("2 ref-doi-label"), c.refFindings(), c.diagnostics().toString());
        // --fix rewrites body paragraphs only: the endnote's correction is said to be left, not silently dropped
        Findings f = new Findings();
        ManuscriptChecker.Result r = ManuscriptChecker.check(ManuscriptText.read(file, f), Journals.load(Path.of("templates"), "default", null), f);
        assertEquals(1, r.proposals().size(), r.proposals().toString());
        List<String> skipped = new java.util.ArrayList<>();
        assertEquals(0, TrackedChanges.write(file, r.proposals(), tmp.resolve("endnotes.fixed.docx"), skipped));
        assertEquals(List.of("reference 2: its paragraph is not in the body (a Word endnote?): not rewritten"), skipped);
    }

    /** A list typed as a table (number | entry): each row one entry; it used to be two lines, "1." and the entry. */
    @Test
    void aListInATable(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("table.docx");
        XWPFDocument doc = new XWPFDocument();
        doc.createParagraph().createRun().setText("Вторичный лейкоз встречается редко [1–3].");
        doc.createParagraph().createRun().setText("Литература");
        String[] entries = {E1, E2, E3};
        XWPFTable t = doc.createTable(entries.length, 2);
        for (int i = 0; i < entries.length; i++) {
            t.getRow(i).getCell(0).getParagraphs().get(0).createRun().setText((i + 1) + ".");
            t.getRow(i).getCell(1).getParagraphs().get(0).createRun().setText(entries[i]);
        }
        save(doc, file);
        Checked c = check(file);
        assertTrue(c.text().lines().contains("2.\t" + E2), c.text().lines().toString());
        assertEquals(Set.of("2 ref-doi-label"), c.refFindings(), c.diagnostics().toString());
        // --fix finds the entry in its cell: the correction is a tracked change there, the number cell untouched
        Findings f = new Findings();
        ManuscriptChecker.Result r = ManuscriptChecker.check(ManuscriptText.read(file, f), Journals.load(Path.of("templates"), "default", null), f);
        Path fixed = tmp.resolve("table.fixed.docx");
        List<String> skipped = new java.util.ArrayList<>();
        assertEquals(1, TrackedChanges.write(file, r.proposals(), fixed, skipped), skipped.toString());
        assertEquals(List.of(), skipped);
        try (XWPFDocument out = new XWPFDocument(Files.newInputStream(fixed))) {
            String cell = out.getTables().get(0).getRow(1).getCell(1).getCTTc().xmlText();
            assertTrue(cell.contains("w:ins") && cell.contains("w:del") && cell.contains("casereport"), cell);
            assertFalse(out.getTables().get(0).getRow(1).getCell(0).getCTTc().xmlText().contains("w:ins"));
            assertFalse(out.getTables().get(0).getRow(0).getCell(1).getCTTc().xmlText().contains("w:ins"), "entry 1 is right as it is");
        }
    }

    /** Footnotes are text of the manuscript: damaged text in one is found; they are not taken for the list. */
    @Test
    void footnotesAreReadAsText(@TempDir Path tmp) throws Exception {
        Path file = tmp.resolve("footnotes.docx");
        XWPFDocument doc = new XWPFDocument();
        doc.createFootnotes();
        String moj = new String("Ключевые слова".getBytes(java.nio.charset.Charset.forName("windows-1251")),
                java.nio.charset.Charset.forName("windows-1252"));
        XWPFParagraph body = doc.createParagraph();
        body.createRun().setText("Вторичный лейкоз встречается редко [1–3].");
        XWPFFootnote fn = doc.createFootnote();
        fn.createParagraph().createRun().setText("Примечание автора: " + moj + " взяты из рубрикатора.");
        body.addFootnoteReference(fn);
        doc.createParagraph().createRun().setText("Литература");
        String[] entries = {E1, E2, E3};
        for (int i = 0; i < entries.length; i++) doc.createParagraph().createRun().setText((i + 1) + ". " + entries[i]);
        save(doc, file);
        Checked c = check(file);
        assertTrue(c.diagnostics().stream().anyMatch(d -> d.rule().equals("text-mojibake")), c.diagnostics().toString());
        assertEquals(Set.of("2 ref-doi-label"), c.refFindings(), c.diagnostics().toString());
    }
}
