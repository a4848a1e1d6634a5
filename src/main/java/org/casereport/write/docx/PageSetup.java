package org.casereport.write.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

/** The text area the reference document's page setup gives: what figures and tables are sized to. */
final class PageSetup {
    private static final double DEFAULT_TEXT_WIDTH_PT = 481.9; // A4 with 2 cm margins

    private PageSetup() {
    }

    /** Width in points of the text column the reference document's page setup gives. */
    static double textWidthPt(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (sect == null || !sect.isSetPgSz() || !sect.isSetPgMar()) return DEFAULT_TEXT_WIDTH_PT;
        double width = twips(sect.getPgSz().getW(), 11906) - twips(sect.getPgMar().getLeft(), 1134)
                - twips(sect.getPgMar().getRight(), 1134);
        if (sect.isSetCols() && sect.getCols().getNum() != null && sect.getCols().getNum().intValue() > 1) {
            int n = sect.getCols().getNum().intValue();
            double space = twips(sect.getCols().getSpace(), 708);
            width = (width - space * (n - 1)) / n;
        }
        return width > 20 * 36 ? width / 20 : DEFAULT_TEXT_WIDTH_PT;
    }

    /** Height in points of the text area. */
    static double textHeightPt(XWPFDocument doc) {
        CTSectPr sect = doc.getDocument().getBody().getSectPr();
        if (sect == null || !sect.isSetPgSz() || !sect.isSetPgMar()) return 770;
        double h = twips(sect.getPgSz().getH(), 16838) - twips(sect.getPgMar().getTop(), 1134)
                - twips(sect.getPgMar().getBottom(), 1134);
        return Math.max(h / 20, 144);
    }

    /** A twips measure as OOXML writes it: a number of twips, or a number with a unit (mm, cm, in, pt, pc, pi). */
    static double twips(Object value, double fallback) {
        if (value == null) return fallback;
        String s = value.toString().trim();
        try {
            if (s.matches("-?\\d+(\\.\\d+)?")) return Double.parseDouble(s);
            double n = Double.parseDouble(s.substring(0, s.length() - 2));
            switch (s.substring(s.length() - 2)) {
                case "mm": return n * 1440 / 25.4;
                case "cm": return n * 1440 / 2.54;
                case "in": return n * 1440;
                case "pt": return n * 20;
                case "pc":
                case "pi": return n * 240;
                default: return fallback;
            }
        } catch (RuntimeException e) {
            return fallback;
        }
    }
}
