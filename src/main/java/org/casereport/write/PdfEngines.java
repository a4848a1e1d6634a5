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
 * The PDF writer the journal chooses in journal.yaml's {@code pdf.engine}: {@code fo}, the FO engine (Apache FOP over
 * {@code article.fo.ftlh}), which the shipped journals set; {@code html}, openhtmltopdf over the XHTML page, also for a
 * journal.yaml that names no engine (a journal of its own written for it keeps its page); any other name is an error.
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
                        "pdf.engine is '" + name + "': it must be fo (Apache FOP, as the shipped journals) or html (openhtmltopdf)"));
            }
        };
    }
}
