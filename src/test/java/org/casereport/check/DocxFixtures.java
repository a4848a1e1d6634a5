package org.casereport.check;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Writes manuscript DOCX files for tests and benchmarks: body paragraphs, a heading, and a Word-numbered reference list. */
public final class DocxFixtures {
    private DocxFixtures() {
    }

    /**
     * @param body       body paragraphs
     * @param heading    the reference list heading ("Литература")
     * @param references entries without their numbers: Word numbers them (automatic numbering, not typed digits)
     */
    public static void write(Path file, List<String> body, String heading, List<String> references) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(file)) {
            doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(new java.util.Date(1735689600000L)));
            for (String p : body) doc.createParagraph().createRun().setText(p);
            XWPFParagraph h = doc.createParagraph();
            h.createRun().setText(heading);
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.ZERO);
            CTLvl lvl = abs.addNewLvl();
            lvl.setIlvl(BigInteger.ZERO);
            lvl.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            lvl.addNewLvlText().setVal("%1.");
            lvl.addNewStart().setVal(BigInteger.ONE);
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
            BigInteger numId = numbering.addNum(absId);
            for (String r : references) {
                XWPFParagraph p = doc.createParagraph();
                p.setNumID(numId);
                p.setNumILvl(BigInteger.ZERO);
                p.createRun().setText(r);
            }
            doc.write(os);
        }
    }

    /** Writes a one-page PDF with these lines (PT Serif, so Cyrillic is real text) — a manuscript "as printed". */
    public static void writePdf(Path file, List<String> lines) throws IOException {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = new org.apache.pdfbox.pdmodel.PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            var font = org.apache.pdfbox.pdmodel.font.PDType0Font.load(doc, Path.of("templates/fonts/PTSerif-Regular.ttf").toFile());
            try (var cs = new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(font, 9);
                cs.setLeading(12);
                cs.newLineAtOffset(40, 750);
                for (String l : lines) {
                    cs.showText(l);
                    cs.newLine();
                }
                cs.endText();
            }
            doc.getDocumentInformation().setCreationDate(null);
            doc.setDocumentId(0L);
            doc.save(file.toFile());
        }
    }

    /** Writes the fixtures committed as src/test/resources/check/cases/ms-docx/manuscript.docx and ms-pdf/manuscript.pdf. */
    public static void main(String[] args) throws IOException {
        if (args.length > 1) {
            writePdf(Path.of(args[1]), List.of(
                    "Вторичный ОМЛ после нейробластомы: клинический случай",
                    "Вторичный острый миелоидный лейкоз встречается редко [1]. Амплификация гена NMYC",
                    "неблагоприятна [2]; соврeменная терапия [2, 3] включает венетоклакс [5].",
                    "",
                    "1. Berthold F., Spix C., Kaatsch P., Lampert F. Incidence, Survival, and Treatment of Localized and",
                    "Metastatic Neuroblastoma in Germany 1979–2015. Paediatr Drugs. 2017;19(6):577–93.",
                    "doi: 10.1007/s40272-017-0251-3.",
                    "",
                    "2. Fan S., Huo W.X., Yang Y., Shen M.Z., Mo X.D. Effi  cacy and safety of ruxolitinib in steroid-refractory",
                    "graft-versus-host disease: A meta-analysis. Front Immunol. 2022;13:954268. doi: 10.3389/fi mmu.2022.954268.",
                    "",
                    "3. Zhang X. EVI1 Disruption Post Neuroblastoma Treatment. Case Rep Oncol. 2023;16(1):893–9.",
                    "",
                    "4. Kushner B.H., Cheung N.K. Neuroblastoma and treatment-related leukemia. J Clin Oncol. 1998;16(12):3880–9.",
                    "",
                    "Л И Т Е Р А Т У Р А  /  R E F E R E N C E S"));
        }
        String moj = new String("Ключевые слова".getBytes(java.nio.charset.Charset.forName("windows-1251")),
                java.nio.charset.Charset.forName("windows-1252"));
        write(Path.of(args[0]), List.of(
                "Персонализированная терапия венетоклаксом: клинический случай",
                moj + ": острый миелоидный лейкоз, нейробластома",
                "Вторичный острый миелоидный лейкоз после нейробластомы встречается редко [1]. Амплификация гена NMYC [2].",
                "Соврeменная терапия включает венетоклакс [2, 3]; ген N-MYC.",
                "The Effi  cacy of venetoclax was shown [4]."),
                "Литература",
                List.of("Berthold F., Spix C., Kaatsch P., Lampert F. Incidence, Survival, and Treatment of Localized and Metastatic "
                                + "Neuroblastoma in Germany 1979–2015. Paediatr Drugs. 2017;19(6):577–93. doi: 10.1007/s40272-017-0251-3.",
                        "Zhang X. EVI1 Disruption Post Neuroblastoma Treatment: A Case Analysis of Treatment-Associated Acute Myeloid "
                                + "Leukemia in a Pediatric Patient. Case Rep Oncol. 2023;16(1):893–9. doi: 10.1159/000533571.",
                        "Kushner B.H., Cheung N.K. Neuroblastoma and treatment-related myelodysplasia/leukemia. J Clin Oncol. 1998;16(12):3880-9."));
    }
}
