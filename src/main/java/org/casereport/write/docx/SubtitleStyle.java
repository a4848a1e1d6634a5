package org.casereport.write.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;

/**
 * The "Subtitle" paragraph style. The journal's reference.docx styles it when it defines the style; a reference
 * document without it gets one added here, based on Title (its spacing and alignment), regular weight and a size
 * smaller, so that a case's subtitle never prints as a second bold title or as Normal text.
 */
final class SubtitleStyle {
    static final String ID = "Subtitle";

    /** The style's attributes and content, as XMLBeans reads a CTStyle: the fragment inside {@code <w:style>}. */
    private static final String XML = "<xml-fragment xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
            + " w:type=\"paragraph\" w:styleId=\"" + ID + "\"><w:name w:val=\"Subtitle\"/><w:basedOn w:val=\"Title\"/>"
            + "<w:next w:val=\"Authors\"/><w:qFormat/><w:pPr><w:spacing w:before=\"0\" w:after=\"240\"/></w:pPr>"
            + "<w:rPr><w:b w:val=\"0\"/><w:bCs w:val=\"0\"/><w:sz w:val=\"26\"/><w:szCs w:val=\"26\"/></w:rPr></xml-fragment>";

    private SubtitleStyle() {
    }

    /** The style's id, after adding the style to the document when its reference document has none. */
    static String ensure(XWPFDocument doc) {
        XWPFStyles styles = doc.getStyles() != null ? doc.getStyles() : doc.createStyles();
        if (styles.styleExist(ID)) return ID;
        try {
            styles.addStyle(new XWPFStyle(CTStyle.Factory.parse(XML), styles));
        } catch (XmlException e) {
            throw new IllegalStateException("the built-in Subtitle style does not parse", e);
        }
        return ID;
    }
}
