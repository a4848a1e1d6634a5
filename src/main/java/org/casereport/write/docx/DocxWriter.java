package org.casereport.write.docx;

import java.io.IOException;
import java.io.OutputStream;
import org.casereport.model.Manuscript;
import org.casereport.write.RenderContext;
import org.casereport.write.Writer;

/** DOCX through Apache POI, styled by the journal's reference.docx. */
public final class DocxWriter implements Writer {
    @Override
    public String format() {
        return "docx";
    }

    @Override
    public void write(Manuscript manuscript, RenderContext context, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("DocxWriter: not written yet");
    }
}
