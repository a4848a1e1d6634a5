package org.casereport.write.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTDocDefaults;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSpacing;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STLineSpacingRule;

/**
 * The journal's body font, size and line spacing ({@link DocxSettings}) written over the reference document's
 * styles: the font replaces the document default and every style or list level that named the default font, the
 * size and line spacing go to the Normal style (and the size to the document default).
 */
final class BodyFont {
    private BodyFont() {
    }

    static void apply(XWPFDocument doc, DocxSettings settings) {
        if (settings.font() == null && settings.sizePt() <= 0 && settings.lineSpacing() <= 0) return;
        CTStyles styles = doc.getStyles().getCtStyles();
        CTDocDefaults dd = styles.isSetDocDefaults() ? styles.getDocDefaults() : styles.addNewDocDefaults();
        var rprDefault = dd.isSetRPrDefault() ? dd.getRPrDefault() : dd.addNewRPrDefault();
        CTRPr defaults = rprDefault.isSetRPr() ? rprDefault.getRPr() : rprDefault.addNewRPr();
        if (settings.font() != null) {
            String old = defaults.sizeOfRFontsArray() > 0 ? defaults.getRFontsArray(0).getAscii() : null;
            setFont(defaults, settings.font());
            if (old != null && !old.equals(settings.font())) {
                for (CTStyle s : styles.getStyleArray()) {
                    if (s.isSetRPr() && names(s.getRPr(), old)) setFont(s.getRPr(), settings.font());
                }
                if (doc.getNumbering() != null) {
                    for (var a : doc.getNumbering().getAbstractNums()) {
                        CTAbstractNum ct = a.getCTAbstractNum();
                        for (CTLvl lvl : ct.getLvlArray()) {
                            if (lvl.isSetRPr() && names(lvl.getRPr(), old)) setFont(lvl.getRPr(), settings.font());
                        }
                    }
                }
            }
        }
        XWPFStyle normal = doc.getStyles().getStyle(Styles.NORMAL);
        if (settings.sizePt() > 0) {
            BigInteger halfPoints = BigInteger.valueOf(Math.round(settings.sizePt() * 2));
            setSize(defaults, halfPoints);
            if (normal != null) {
                CTStyle ct = normal.getCTStyle();
                setSize(ct.isSetRPr() ? ct.getRPr() : ct.addNewRPr(), halfPoints);
            }
        }
        if (settings.lineSpacing() > 0 && normal != null) {
            CTStyle ct = normal.getCTStyle();
            CTPPrGeneral ppr = ct.isSetPPr() ? ct.getPPr() : ct.addNewPPr();
            CTSpacing spacing = ppr.isSetSpacing() ? ppr.getSpacing() : ppr.addNewSpacing();
            spacing.setLine(BigInteger.valueOf(Math.round(240 * settings.lineSpacing())));
            spacing.setLineRule(STLineSpacingRule.AUTO);
        }
    }

    private static boolean names(CTRPr rpr, String font) {
        for (CTFonts f : rpr.getRFontsArray()) {
            if (font.equals(f.getAscii()) || font.equals(f.getHAnsi())) return true;
        }
        return false;
    }

    /** One name for every script; theme fonts, which would win over a name, are dropped. */
    private static void setFont(CTRPr rpr, String font) {
        CTFonts f = rpr.sizeOfRFontsArray() > 0 ? rpr.getRFontsArray(0) : rpr.addNewRFonts();
        f.setAscii(font);
        f.setHAnsi(font);
        f.setEastAsia(font);
        f.setCs(font);
        if (f.isSetAsciiTheme()) f.unsetAsciiTheme();
        if (f.isSetHAnsiTheme()) f.unsetHAnsiTheme();
        if (f.isSetEastAsiaTheme()) f.unsetEastAsiaTheme();
        if (f.isSetCstheme()) f.unsetCstheme();
    }

    private static void setSize(CTRPr rpr, BigInteger halfPoints) {
        while (rpr.sizeOfSzArray() > 0) rpr.removeSz(0);
        while (rpr.sizeOfSzCsArray() > 0) rpr.removeSzCs(0);
        rpr.addNewSz().setVal(halfPoints);
        rpr.addNewSzCs().setVal(halfPoints);
    }
}
