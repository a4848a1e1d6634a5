package org.casereport.check;

import java.io.IOException;
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
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * A submitted manuscript as lines of text: a .txt file as it is, a .docx one line a paragraph (Word's automatic
 * numbering written out as "1. "), a .pdf as PDFBox extracts its text.
 *
 * @param paragraphs true when each line is a whole paragraph (DOCX): a reference entry never continues on the next line
 */
public record ManuscriptText(String file, List<String> lines, boolean paragraphs) {

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
            if (n.endsWith(".docx")) return new ManuscriptText(display, docx(p), true);
            if (n.endsWith(".pdf")) return new ManuscriptText(display, pdf(p), false);
        } catch (IOException | RuntimeException e) {
            throw new Unreadable(display + ": cannot read: " + e.getMessage());
        }
        String text = CaseSource.readText(p, display, findings);
        if (text == null) throw new Unreadable(display + ": cannot read");
        return new ManuscriptText(display, CaseSource.splitLines(text), false);
    }

    private static List<String> docx(Path p) throws IOException {
        List<String> lines = new ArrayList<>();
        try (InputStream in = Files.newInputStream(p); XWPFDocument doc = new XWPFDocument(in)) {
            Map<String, Integer> counters = new HashMap<>();
            for (IBodyElement e : doc.getBodyElements()) {
                if (e instanceof XWPFParagraph para) {
                    lines.add(paragraph(para, counters));
                } else if (e instanceof XWPFTable t) {
                    for (XWPFTableRow row : t.getRows()) {
                        for (XWPFTableCell cell : row.getTableCells()) {
                            for (XWPFParagraph para : cell.getParagraphs()) lines.add(paragraph(para, counters));
                        }
                    }
                }
            }
        }
        return lines;
    }

    private static String paragraph(XWPFParagraph para, Map<String, Integer> counters) {
        String text = para.getText().replace('\n', ' ').replace('\r', ' ');
        if (para.getNumID() != null && "decimal".equals(para.getNumFmt())) {
            String key = para.getNumID() + "/" + (para.getNumIlvl() == null ? "0" : para.getNumIlvl().toString());
            int k = counters.merge(key, 1, Integer::sum);
            text = k + ". " + text;
        }
        return text;
    }

    private static List<String> pdf(Path p) throws IOException {
        try (PDDocument doc = Loader.loadPDF(p.toFile())) {
            PDFTextStripper st = new PDFTextStripper();
            st.setSortByPosition(false);
            st.setLineSeparator("\n");
            return CaseSource.splitLines(st.getText(doc));
        }
    }
}
