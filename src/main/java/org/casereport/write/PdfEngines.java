package org.casereport.write;

import java.io.IOException;
import java.io.OutputStream;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.SourcePos;
import org.casereport.model.Manuscript;
import org.casereport.write.fo.FoWriter;
import org.casereport.write.pdf.PdfWriter;

/**
 * The PDF writer the journal chooses: openhtmltopdf over the XHTML page by default, the FO engine (Apache FOP over
 * {@code article.fo.ftlh}) when journal.yaml sets {@code pdf.engine: fo}; any other engine name is an error.
 */
final class PdfEngines implements Writer {
    private final PdfWriter html = new PdfWriter();
    private final FoWriter fo = new FoWriter();

    @Override
    public String format() {
        return "pdf";
    }

    @Override
    public void write(Manuscript manuscript, RenderContext context, OutputStream out) throws IOException {
        engine(context).write(manuscript, context, out);
    }

    private Writer engine(RenderContext context) {
        String name = context.journal().string("pdf.engine", "html");
        return switch (name) {
            case "html" -> html;
            case "fo" -> fo;
            default -> {
                java.nio.file.Path settings = context.journal().find("journal.yaml");
                throw new CaseException(Diagnostic.error("journal-pdf-engine",
                        SourcePos.file(settings == null ? "journal.yaml" : settings.toString()),
                        "pdf.engine is '" + name + "': it must be html (openhtmltopdf, the default) or fo (Apache FOP)"));
            }
        };
    }
}
