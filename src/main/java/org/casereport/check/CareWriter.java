package org.casereport.check;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.casereport.write.docx.DocxZip;

/** Writes the filled CARE checklist a journal asks for: {@code <id>-care.md} and {@code <id>-care.docx}. */
public final class CareWriter {
    static final String[] HEADER = {"#", "Topic", "Checklist item", "Reported", "Where in the case"};

    private CareWriter() {
    }

    static String where(Care.Item it) {
        if (!it.present()) return "—";
        return it.where() + (it.evidence().isEmpty() ? "" : " (" + it.evidence() + ")");
    }

    public static String markdown(String id, List<Care.Item> items) {
        StringBuilder sb = new StringBuilder();
        sb.append("# CARE checklist — ").append(id).append("\n\n");
        sb.append("CARE case report guidelines (2013). Filled by `casereport check`; review before submission.\n\n");
        sb.append("| ").append(String.join(" | ", HEADER)).append(" |\n");
        sb.append("| --- | --- | --- | --- | --- |\n");
        for (Care.Item it : items) {
            sb.append("| ").append(it.number()).append(" | ").append(cell(it.topic())).append(" | ").append(cell(it.description()))
                    .append(" | ").append(it.present() ? "yes" : "**no**").append(" | ").append(cell(where(it))).append(" |\n");
        }
        long missing = items.stream().filter(i -> !i.present()).count();
        sb.append("\n").append(items.size() - missing).append(" of ").append(items.size()).append(" items reported");
        if (missing > 0) sb.append("; missing: ").append(String.join(", ",
                items.stream().filter(i -> !i.present()).map(i -> i.number() + " " + i.topic()).toList()));
        sb.append(".\n");
        return sb.toString();
    }

    private static String cell(String s) {
        return s.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ");
    }

    public static void writeMarkdown(Path file, String id, List<Care.Item> items) throws IOException {
        Files.writeString(file, markdown(id, items));
    }

    /** Writes the checklist as DOCX: to a temporary file first, moved into place when complete. */
    public static void writeDocx(Path file, String id, List<Care.Item> items) throws IOException {
        Path tmp = file.resolveSibling("." + file.getFileName() + ".part");
        try {
            writeDocxTo(tmp, id, items);
            Files.move(tmp, file, java.nio.file.StandardCopyOption.REPLACE_EXISTING, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    private static void writeDocxTo(Path file, String id, List<Care.Item> items) throws IOException {
        Files.write(file, docx(id, items));
    }

    /**
     * The checklist as DOCX bytes: the same items give the same bytes (POI dates every zip entry with the clock; the
     * package is re-packed with {@link #DATE} as every entry's time, as the manuscript's DOCX is).
     */
    static byte[] docx(String id, List<Care.Item> items) throws IOException {
        ByteArrayOutputStream raw = new ByteArrayOutputStream(1 << 14);
        try (XWPFDocument doc = new XWPFDocument()) {
            doc.getProperties().getCoreProperties().setTitle("CARE checklist — " + id);
            doc.getProperties().getCoreProperties().setCreator("casereport");
            doc.getProperties().getCoreProperties().setCreated(java.util.Optional.of(java.util.Date.from(DATE)));
            XWPFParagraph title = doc.createParagraph();
            title.setAlignment(ParagraphAlignment.LEFT);
            XWPFRun tr = title.createRun();
            tr.setBold(true);
            tr.setFontSize(14);
            tr.setText("CARE checklist — " + id);
            XWPFParagraph note = doc.createParagraph();
            note.createRun().setText("CARE case report guidelines (2013). Filled by casereport check; review before submission.");
            XWPFTable table = doc.createTable(items.size() + 1, HEADER.length);
            table.setWidth("100%");
            var grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid() : table.getCTTbl().addNewTblGrid();
            for (int c = 0; c < WIDTHS.length; c++) {
                var col = c < grid.sizeOfGridColArray() ? grid.getGridColArray(c) : grid.addNewGridCol();
                col.setW(java.math.BigInteger.valueOf(WIDTHS[c]));
            }
            table.getCTTbl().getTblPr().addNewTblLayout().setType(org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType.FIXED);
            fill(table.getRow(0), HEADER, true);
            for (int i = 0; i < items.size(); i++) {
                Care.Item it = items.get(i);
                fill(table.getRow(i + 1), new String[] {String.valueOf(it.number()), it.topic(), it.description(),
                        it.present() ? "yes" : "no", where(it)}, false);
            }
            doc.write(raw);
        }
        return DocxZip.normalize(raw.toByteArray(), DATE);
    }

    /** The one date of the checklist's package: its creation date and every zip entry's time (2025-01-01 UTC). */
    static final Instant DATE = Instant.ofEpochMilli(1735689600000L);

    /** Column widths: #, topic, item, reported, where. */
    static final int[] WIDTHS = {500, 1500, 3000, 1100, 3260};   // twips; 9,360 in all

    private static void fill(XWPFTableRow row, String[] cells, boolean bold) {
        for (int c = 0; c < cells.length; c++) {
            row.getCell(c).setWidth(String.valueOf(WIDTHS[c]));
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            XWPFRun r = p.createRun();
            r.setBold(bold);
            r.setFontSize(9);
            r.setText(cells[c]);
        }
    }
}
