package org.casereport.write;

import java.io.IOException;
import java.io.OutputStream;
import org.casereport.model.Manuscript;

/** Turns a finished manuscript into one output format. Writers read no case files but through the model. */
public interface Writer {
    /** The format name used on the command line ("pdf", "docx"); also the file extension. */
    String format();

    void write(Manuscript manuscript, RenderContext context, OutputStream out) throws IOException;
}
