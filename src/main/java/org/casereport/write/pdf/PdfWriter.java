package org.casereport.write.pdf;

import java.io.IOException;
import java.io.OutputStream;
import org.casereport.model.Manuscript;
import org.casereport.write.RenderContext;
import org.casereport.write.Writer;

/** PDF through the journal's Freemarker XHTML template and openhtmltopdf (PDFBox 3). */
public final class PdfWriter implements Writer {
    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void write(Manuscript manuscript, RenderContext context, OutputStream out) throws IOException {
        throw new UnsupportedOperationException("PdfWriter: not written yet");
    }
}
