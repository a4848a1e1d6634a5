package org.casereport.write.docx;

import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.casereport.model.Manuscript;
import org.casereport.model.Journal;
import org.casereport.write.RenderContext;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;

/**
 * Writes one manuscript into a reference document whose body has been cleared, part by part: the metadata block
 * in each language ({@link MetadataBlock}), the body ({@link BodyBlocks}, with {@link TableWriter} and
 * {@link FigureWriter}), the references ({@link ReferenceList}), the statements and dates ({@link Statements}) and
 * the document properties ({@link CoreProperties}), after the journal's body font ({@link BodyFont}). Every look comes from a style of the reference document (the
 * ids in {@link Styles}); every label from journal.yaml; every run carries its language ({@link DocxRuns}).
 */
final class ManuscriptDocx {
    private final RenderContext context;
    private final XWPFDocument doc;
    private final FigureSource figures;
    private final DocxEnv env;

    ManuscriptDocx(Manuscript manuscript, RenderContext context, XWPFDocument doc, FigureSource figures,
            DocxSettings settings) {
        this.context = context;
        this.doc = doc;
        this.figures = figures;
        Journal journal = context.journal();
        String bodyLang = manuscript.meta().bodyLanguage();
        this.env = new DocxEnv(manuscript, journal, doc, new DocxRuns(doc), bodyLang, manuscript.meta().languages(journal),
                settings);
    }

    void build() {
        clearReferenceContent();
        BodyFont.apply(doc, env.settings());
        InlineContent inlines = new InlineContent(env);
        MetadataBlock meta = new MetadataBlock(env, inlines);
        meta.front();
        for (String lang : env.metaLangs()) {
            meta.write(lang);
        }
        meta.citation();
        new BodyBlocks(env, inlines, new TableWriter(env, inlines), new FigureWriter(env, inlines, figures)).write(env.m().body());
        new ReferenceList(env).write();
        Statements statements = new Statements(env, inlines);
        statements.write();
        statements.dates();
        CoreProperties.write(env, context.timestamp());
    }

    /** Empties the reference document's body and its own footnotes; keeps styles, numbering, page setup, headers. */
    private void clearReferenceContent() {
        for (int i = doc.getBodyElements().size() - 1; i >= 0; i--) {
            doc.removeBodyElement(i);
        }
        if (doc instanceof ReferenceDocument ref) ref.dropBodyPictures();
        if (doc.getFootnotes().isEmpty()) return;
        XWPFFootnotes notes = doc.createFootnotes(); // returns the existing part
        List<XWPFFootnote> list = notes.getFootnotesList();
        for (int i = list.size() - 1; i >= 0; i--) {
            CTFtnEdn ct = list.get(i).getCTFtnEdn();
            if (!ct.isSetType() || ct.getType() == STFtnEdn.NORMAL) notes.removeFootnote(i);
        }
    }
}
