package org.casereport.write.docx;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.casereport.model.ListMarkers;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTNumLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word numbering for lists: the reference document's bulleted and numbered definitions, one instance a list. */
final class ListNumbering {
    private final XWPFDocument doc;
    private BigInteger bulletList;
    private BigInteger orderedList;

    ListNumbering(XWPFDocument doc) {
        this.doc = doc;
    }

    /** A new numbering instance for one list; a numbered list starts again, at {@code first} (1, or as written). */
    BigInteger start(boolean ordered, int level, int first) {
        BigInteger abstractId = abstractList(ordered);
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger numId = numbering.addNum(abstractId);
        if (ordered) {
            CTNumLvl override = numbering.getNum(numId).getCTNum().addNewLvlOverride();
            override.setIlvl(BigInteger.valueOf(level));
            override.addNewStartOverride().setVal(BigInteger.valueOf(first));
        }
        return numId;
    }

    /** The reference document's bulleted or numbered list definition (made here only if the reference has none). */
    private BigInteger abstractList(boolean ordered) {
        if (bulletList == null) {
            XWPFNumbering numbering = doc.createNumbering();
            BigInteger max = BigInteger.ZERO;
            for (XWPFAbstractNum a : numbering.getAbstractNums()) {
                CTAbstractNum ct = a.getCTAbstractNum();
                if (ct.getAbstractNumId().compareTo(max) > 0) max = ct.getAbstractNumId();
                if (ct.sizeOfLvlArray() == 0 || ct.getLvlArray(0).getNumFmt() == null) continue;
                STNumberFormat.Enum fmt = ct.getLvlArray(0).getNumFmt().getVal();
                if (fmt == STNumberFormat.BULLET && bulletList == null) bulletList = ct.getAbstractNumId();
                if (fmt == STNumberFormat.DECIMAL && orderedList == null) orderedList = ct.getAbstractNumId();
            }
            if (bulletList == null) {
                max = max.add(BigInteger.ONE);
                bulletList = fallbackAbstract(numbering, max, false);
            }
            if (orderedList == null) {
                max = max.add(BigInteger.ONE);
                orderedList = fallbackAbstract(numbering, max, true);
            }
            fillLevels(numbering.getAbstractNum(bulletList).getCTAbstractNum(), false);
            fillLevels(numbering.getAbstractNum(orderedList).getCTAbstractNum(), true);
        }
        return ordered ? orderedList : bulletList;
    }

    private static BigInteger fallbackAbstract(XWPFNumbering numbering, BigInteger id, boolean ordered) {
        CTAbstractNum a = CTAbstractNum.Factory.newInstance();
        a.setAbstractNumId(id);
        fillLevels(a, ordered); // before it is added: the numbering part keeps a copy
        numbering.addAbstractNum(new XWPFAbstractNum(a, numbering));
        return id;
    }

    /**
     * The levels up to Word's last (ilvl 8) that a definition lacks (the default reference document defines three), in
     * the markers the PDF prints ({@link ListMarkers}): without them a fourth-level item had no number in Word.
     */
    private static void fillLevels(CTAbstractNum a, boolean ordered) {
        for (int i = a.sizeOfLvlArray(); i < 9; i++) {
            CTLvl lvl = a.addNewLvl();
            lvl.setIlvl(BigInteger.valueOf(i));
            lvl.addNewStart().setVal(BigInteger.ONE);
            lvl.addNewNumFmt().setVal(switch (ListMarkers.format(ordered, i)) {
                case DECIMAL -> STNumberFormat.DECIMAL;
                case LOWER_LETTER -> STNumberFormat.LOWER_LETTER;
                case LOWER_ROMAN -> STNumberFormat.LOWER_ROMAN;
                case BULLET -> STNumberFormat.BULLET;
            });
            lvl.addNewLvlText().setVal(ListMarkers.levelText(ordered, i));
            var ind = lvl.addNewPPr().addNewInd();
            ind.setLeft(BigInteger.valueOf(709L * (i + 1)));
            ind.setHanging(BigInteger.valueOf(357));
        }
    }
}
