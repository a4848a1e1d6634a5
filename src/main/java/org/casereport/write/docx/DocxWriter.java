package org.casereport.write.docx;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.casereport.model.Manuscript;
import org.casereport.write.RenderContext;
import org.casereport.write.Writer;

/**
 * DOCX through Apache POI, styled by the journal's reference.docx: the reference document is opened, its body
 * cleared, and the manuscript written with the reference's paragraph and character styles, so an editor changes
 * the look by editing reference.docx, not code. The result is re-packed so that the same input gives the same bytes.
 */
public final class DocxWriter implements Writer {
    /** The journal template file that carries the styles. */
    public static final String REFERENCE = "reference.docx";

    private final FigureSource figures;

    public DocxWriter() {
        this(FigureSource.FIGURE_ART);
    }

    /** A writer that takes its figure pictures from {@code figures} (tests). */
    DocxWriter(FigureSource figures) {
        this.figures = figures;
    }

    @Override
    public String format() {
        return "docx";
    }

    @Override
    public void write(Manuscript manuscript, RenderContext context, OutputStream out) throws IOException {
        Path reference = context.journal().find(REFERENCE);
        if (reference == null) {
            throw new IOException("journal template '" + context.journal().name() + "' has no " + REFERENCE
                    + " (looked in " + context.journal().dirs() + ")");
        }
        DocxSettings settings = DocxSettings.of(context.journal());
        byte[] raw;
        ReferenceDocument opened;
        try (InputStream in = Files.newInputStream(reference)) {
            opened = new ReferenceDocument(in);
        } catch (RuntimeException e) { // POI's exceptions for a file that is not OOXML, or a damaged one
            // the journal's (or the case's) reference.docx is bad input, not a bug
            throw new org.casereport.diag.CaseException(org.casereport.diag.Diagnostic.error("template-reference-docx",
                    org.casereport.diag.SourcePos.file(reference.toString()), "not a readable Word document ("
                            + String.valueOf(e.getMessage()).replaceAll("\\s+", " ").strip()
                            + "); save the journal's reference document again as .docx"));
        }
        try (ReferenceDocument doc = opened) {
            try {
                new ManuscriptDocx(manuscript, context, doc, figures, settings).build();
            } catch (FigureWriter.FigureFailure e) {
                throw new IOException(e.getMessage(), e.getCause());
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 16);
            doc.write(bytes);
            raw = bytes.toByteArray();
        }
        out.write(DocxZip.normalize(raw, context.timestamp()));
    }
}
