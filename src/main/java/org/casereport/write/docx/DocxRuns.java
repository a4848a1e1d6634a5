package org.casereport.write.docx;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.casereport.model.XmlText;

/**
 * Paragraphs and runs, the primitives every part of the DOCX writer writes with: each paragraph takes a style of
 * the reference document, each run carries its language, and text loses what XML 1.0 cannot carry.
 */
final class DocxRuns {
    /** Character formatting inherited down the inline tree. */
    record Fmt(boolean bold, boolean italic, String vertAlign) {
        static final Fmt PLAIN = new Fmt(false, false, null);

        Fmt withBold() {
            return new Fmt(true, italic, vertAlign);
        }

        Fmt withItalic() {
            return new Fmt(bold, true, vertAlign);
        }

        Fmt with(String align) {
            return new Fmt(bold, italic, align);
        }
    }

    private final XWPFDocument doc;

    DocxRuns(XWPFDocument doc) {
        this.doc = doc;
    }

    static String langTag(String lang) {
        return "en".equals(lang) ? "en-US" : "ru-RU";
    }

    XWPFParagraph paragraph(String style) {
        XWPFParagraph p = doc.createParagraph();
        p.setStyle(style);
        return p;
    }

    XWPFRun run(XWPFParagraph p, String text, String lang, Fmt fmt) {
        return run(p, text, lang, fmt, null);
    }

    XWPFRun run(XWPFParagraph p, String text, String lang, Fmt fmt, String charStyle) {
        XWPFRun r = p.createRun();
        format(r, text, lang, fmt, charStyle);
        return r;
    }

    /**
     * Run properties in the order the schema sequence gives them (rStyle, b, i, vertAlign, lang): POI appends
     * each in call order, and Word expects the schema's order.
     */
    static void format(XWPFRun r, String text, String lang, Fmt fmt, String charStyle) {
        if (charStyle != null) r.setStyle(charStyle);
        if (fmt.bold()) r.setBold(true);
        if (fmt.italic()) r.setItalic(true);
        if (fmt.vertAlign() != null) r.setVerticalAlignment(fmt.vertAlign());
        r.setLang(langTag(lang));
        String clean = XmlText.clean(text);
        if (!clean.isEmpty()) r.setText(clean);
    }

    /**
     * Takes the spaces (a no-break space and a word joiner too) off the end of the paragraph's last run, where a mark
     * is to touch the word before it: a superscript citation.
     */
    static void trimTrailingSpace(XWPFParagraph p) {
        if (p.getRuns().isEmpty()) return;
        XWPFRun last = p.getRuns().get(p.getRuns().size() - 1);
        String text = last.getText(0);
        if (text == null || last.getCTR().sizeOfTArray() != 1) return;
        String trimmed = text.replaceAll("[\\s\u00A0\u2060]+$", "");
        if (!trimmed.equals(text)) last.setText(trimmed, 0);
    }

    void text(XWPFParagraph p, String text, String lang) {
        run(p, text, lang, Fmt.PLAIN);
    }

    void styled(XWPFParagraph p, String text, String lang, String charStyle) {
        run(p, text, lang, Fmt.PLAIN, charStyle);
    }
}
