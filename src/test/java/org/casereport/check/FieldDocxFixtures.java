package org.casereport.check;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * Writes the Word manuscripts of src/test/resources/check/cases/ms-docx-zotero, ms-docx-mendeley and ms-docx-endnote:
 * citations and the bibliography as the reference managers' Word plug-ins leave them, as fields whose code is in
 * w:instrText and whose displayed result is the text. The field codes' shapes: Zotero's "ADDIN ZOTERO_ITEM CSL_CITATION
 * {json}" and "ADDIN ZOTERO_BIBL {json} CSL_BIBLIOGRAPHY"; Mendeley Desktop's "ADDIN Mendeley Citation{uuid}
 * CSL_CITATION {json}" and "ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY" (the CSL project's description of embedded
 * citations, citation-style-language/schema, csl-citation.txt, which names both and says any text before
 * "CSL_CITATION" may be ignored) — here as w:fldSimple, the form Word also saves a field in; EndNote's "ADDIN EN.CITE
 * &lt;EndNote&gt;&lt;Cite&gt;…&lt;/Cite&gt;&lt;/EndNote&gt;" and "ADDIN EN.REFLIST". Each code carries text a rule would flag were it read
 * (a broken ligature "Effi  cacy", a doubled "DOI: DOI:"), so a finding from it shows a code read as text. The
 * entries are the example's list with planted defects (entry 2: "DOI: DOI:"; entry 3: no DOI). Run with the three
 * output paths; {@code FieldDocxFixturesTest} checks that the committed files are what this writes.
 */
public final class FieldDocxFixtures {
    private FieldDocxFixtures() {
    }

    enum Manager { ZOTERO, MENDELEY, ENDNOTE }

    static final List<String> ENTRIES = List.of(
            "Berthold F., Spix C., Kaatsch P., Lampert F. Incidence, Survival, and Treatment of Localized and Metastatic "
                    + "Neuroblastoma in Germany 1979–2015. Paediatr Drugs. 2017;19(6):577–93. doi: 10.1007/s40272-017-0251-3.",
            "Zhang X. EVI1 Disruption Post Neuroblastoma Treatment: A Case Analysis of Treatment-Associated Acute Myeloid "
                    + "Leukemia in a Pediatric Patient. Case Rep Oncol. 2023;16(1):893–9. DOI: DOI: 10.1159/000533571.",
            "Kushner B.H., Cheung N.K., Kramer K., Heller G., Jhanwar S.C. Neuroblastoma and treatment-related "
                    + "myelodysplasia/leukemia: the Memorial Sloan–Kettering experience and a literature review. J Clin Oncol. "
                    + "1998;16(12):3880–9.");

    static final String BAIT = "The Effi  cacy of DOI: DOI: things";

    static String cslJson(String id, String shown) {
        return "{\"citationID\":\"" + id + "\",\"properties\":{\"formattedCitation\":\"" + shown + "\",\"plainCitation\":\"" + shown
                + "\",\"noteIndex\":0},\"citationItems\":[{\"id\":\"ITEM-1\",\"itemData\":{\"id\":\"ITEM-1\",\"type\":\"article-journal\","
                + "\"title\":\"" + BAIT + "\",\"issued\":{\"date-parts\":[[\"2023\"]]}}}],"
                + "\"schema\":\"https://github.com/citation-style-language/schema/raw/master/csl-citation.json\"}";
    }

    static String citationCode(Manager m, String shown, int n) {
        return switch (m) {
            case ZOTERO -> " ADDIN ZOTERO_ITEM CSL_CITATION " + cslJson("zt" + n, shown) + " ";
            case MENDELEY -> "ADDIN Mendeley Citation{970e7ce0-8a21-482e-b7d6-e77794a2d3" + n + "d} CSL_CITATION " + cslJson("md" + n, shown);
            case ENDNOTE -> " ADDIN EN.CITE <EndNote><Cite><Author>Zhang</Author><Year>2023</Year><RecNum>" + n + "</RecNum>"
                    + "<DisplayText>" + shown + "</DisplayText><record><rec-number>" + n + "</rec-number><titles><title>" + BAIT
                    + "</title></titles></record></Cite></EndNote>";
        };
    }

    static String bibliographyCode(Manager m) {
        return switch (m) {
            case ZOTERO -> " ADDIN ZOTERO_BIBL {\"uncited\":[],\"omitted\":[],\"custom\":[]} CSL_BIBLIOGRAPHY ";
            case MENDELEY -> "ADDIN Mendeley Bibliography CSL_BIBLIOGRAPHY ";
            case ENDNOTE -> " ADDIN EN.REFLIST ";
        };
    }

    /** A citation: Mendeley's as a simple field, the others as a complex one (begin, code, separate, result, end). */
    static void citation(XWPFParagraph p, Manager m, String shown, int n) {
        String code = citationCode(m, shown, n);
        if (m == Manager.MENDELEY) {
            CTSimpleField f = p.getCTP().addNewFldSimple();
            f.setInstr(code);
            f.addNewR().addNewT().setStringValue(shown);
            return;
        }
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
        p.createRun().getCTR().addNewInstrText().setStringValue(code);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
        p.createRun().setText(shown);
        p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    }

    /** Writes the manuscript, its package re-packed with one fixed entry time, so the same code gives the same bytes. */
    public static void write(Path file, Manager m) throws IOException {
        java.io.ByteArrayOutputStream raw = new java.io.ByteArrayOutputStream();
        writePoi(raw, m);
        try (var in = new java.util.zip.ZipInputStream(new java.io.ByteArrayInputStream(raw.toByteArray()));
                var out = new java.util.zip.ZipOutputStream(Files.newOutputStream(file))) {
            for (java.util.zip.ZipEntry e; (e = in.getNextEntry()) != null; ) {
                java.util.zip.ZipEntry copy = new java.util.zip.ZipEntry(e.getName());
                copy.setTime(1735689600000L);
                out.putNextEntry(copy);
                in.transferTo(out);
                out.closeEntry();
            }
        }
    }

    private static void writePoi(OutputStream os, Manager m) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(1735689600000L)));
            XWPFParagraph body = doc.createParagraph();
            body.createRun().setText("Вторичный острый миелоидный лейкоз после нейробластомы встречается редко ");
            citation(body, m, "[1]", 1);
            body.createRun().setText("; амплификация гена NMYC неблагоприятна ");
            citation(body, m, "[2]", 2);
            body.createRun().setText(", а терапия различна ");
            citation(body, m, "[2, 3]", 3);
            body.createRun().setText(".");
            doc.createParagraph().createRun().setText(m == Manager.ENDNOTE ? "References" : "Литература");
            // the bibliography: one field over its paragraphs, each "n.<tab>entry" as the plug-ins print a numbered style
            for (int i = 0; i < ENTRIES.size(); i++) {
                XWPFParagraph p = doc.createParagraph();
                if (i == 0) {
                    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
                    p.createRun().getCTR().addNewInstrText().setStringValue(bibliographyCode(m));
                    p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
                }
                p.createRun().setText((i + 1) + ".");
                p.createRun().addTab();
                p.createRun().setText(ENTRIES.get(i));
                if (i == ENTRIES.size() - 1) p.createRun().getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
            }
            doc.write(os);
        }
    }

    /** @param args the Zotero, Mendeley and EndNote manuscripts' paths */
    public static void main(String[] args) throws IOException {
        write(Path.of(args[0]), Manager.ZOTERO);
        write(Path.of(args[1]), Manager.MENDELEY);
        write(Path.of(args[2]), Manager.ENDNOTE);
    }
}
