package org.casereport.write.docx;

import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.casereport.model.Manuscript;
import org.casereport.model.Journal;

/**
 * What every part of the DOCX writer reads: the manuscript, the journal, the document being written, its runs,
 * the body's language, the metadata languages in the journal's order and the journal's DOCX settings.
 */
record DocxEnv(Manuscript m, Journal journal, XWPFDocument doc, DocxRuns runs, String bodyLang, List<String> metaLangs,
        DocxSettings settings) {
    /**
     * The style id if the reference document defines it, else the older one it was split from: an editor's
     * reference.docx made before a style was added still gives its paragraphs a look of its own, never Normal's.
     */
    String style(String id, String olderId) {
        return doc.getStyles() != null && doc.getStyles().styleExist(id) ? id : olderId;
    }
}
