package org.casereport.write.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.Render;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Every paragraph of the body starts with the journal's first-line indent (5 mm), wherever it stands: after a
 * heading, a list, a figure or a table, or another paragraph. Russian journals indent every new paragraph, a
 * paragraph written after a list included (the pages of the journals the cases were written from: Доктор.Ру,
 * Альманах клинической медицины). Read back with PDFBox: the first line of each paragraph of the XHTML's body
 * (its first 12 letters found at a line's start) begins 5 mm right of its column's left edge (the page margin, or
 * for the right column the page margin less a column's width). Before the indent was an inline block, openhtmltopdf set some first lines flush left — a line
 * whose last group, an inline block ("росла¹.", "[1, 2].", "3,2 см²."), went on to the next line — in every journal:
 * 7 paragraphs in gost, 8 in nlm, 2 in default over the four cases.
 */
class ParagraphIndentTest {
    @TempDir
    static Path dir;

    static final double INDENT = 5 / 25.4 * 72;

    @Test
    void everyParagraphOfTheBodyIsIndentedInEveryJournal() throws Exception {
        int checked = 0;
        List<String> flush = new ArrayList<>();
        for (Path c : ColumnKeepTest.cases()) {
            for (String journal : List.of("default", "gost", "nlm")) {
                Pipeline.Loaded l = ColumnKeepTest.load(c, journal, dir);
                Path out = dir.resolve(c.getFileName() + "-" + journal);
                byte[] pdf = Files.readAllBytes(Render.formats(l, List.of("pdf"), out, d -> { }).get(0));
                Document dom = PdfWriter.parse(PdfWriter.xhtml(l.manuscript(), l.journal()), l.journal(), PdfWriter.TEMPLATE);
                double[] m = org.casereport.template.ArticleView.marginsPt(l.journal());
                try (PDDocument d = Loader.loadPDF(pdf)) {
                    List<ColumnKeepTest.Row> rows = ColumnKeepTest.rows(d, l.journal().integer("page.columns", 1), m[0], m[2]);
                    int columns = l.journal().integer("page.columns", 1);
                    float width = d.getPage(0).getMediaBox().getWidth();
                    double gap = Double.parseDouble(l.journal().string("page.column_gap", "6mm").replace("mm", "")) * 72 / 25.4;
                    double text = width - m[1] - m[3];
                    double colWidth = columns > 1 ? (text - gap) / 2 : text;
                    double[] edges = {m[3], width - m[1] - colWidth};
                    for (String head : paragraphs(dom)) {
                        // the last line that opens so: the abstract's first paragraph may open with the same letters as the
                        // body's ("Гемофагоцитарный лимфогистиоцитоз (ГЛГ) –"), and the FO template sets the abstract flush
                        ColumnKeepTest.Row r = rows.stream().filter(row -> squeezed(row.text()).startsWith(head))
                                .reduce((first, second) -> second).orElse(null);
                        assertTrue(r != null, c.getFileName() + " " + journal + ": no line starts with " + head);
                        double indent = r.x() - edges[r.column()];
                        checked++;
                        if (Math.abs(indent - INDENT) > 1.5) {
                            flush.add(c.getFileName() + " " + journal + " page " + r.page() + ": " + head + " at "
                                    + Math.round(indent * 10) / 10.0 + " pt from the column's edge");
                        }
                    }
                }
            }
        }
        assertTrue(checked > 150, "paragraphs checked: " + checked);
        assertEquals(List.of(), flush);
    }

    private static String squeezed(String s) {
        return s.replaceAll("[\\s\\u00a0\\u2060\\u00ad]", "");
    }

    /** The opening letters of every paragraph of the body (div.body's own p and a quotation's). */
    static List<String> paragraphs(Document dom) {
        List<String> out = new ArrayList<>();
        NodeList divs = dom.getElementsByTagNameNS("http://www.w3.org/1999/xhtml", "div");
        for (int k = 0; k < divs.getLength(); k++) {
            Element b = (Element) divs.item(k);
            if (!TableLayout.hasClass(b, "body")) continue;
            for (Node n = b.getFirstChild(); n != null; n = n.getNextSibling()) {
                if (!(n instanceof Element c)) continue;
                List<Element> ps = new ArrayList<>();
                if (c.getLocalName().equals("p")) ps.add(c);
                if (c.getLocalName().equals("blockquote")) {
                    for (Node q = c.getFirstChild(); q != null; q = q.getNextSibling()) {
                        if (q instanceof Element qe && qe.getLocalName().equals("p")) ps.add(qe);
                    }
                }
                for (Element p : ps) {
                    String t = squeezed(p.getTextContent());
                    if (t.length() > 12) out.add(t.substring(0, 12));
                }
            }
        }
        return out;
    }
}
