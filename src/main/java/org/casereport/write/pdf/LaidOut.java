package org.casereport.write.pdf;

import com.openhtmltopdf.pdfboxout.PdfBoxRenderer;
import com.openhtmltopdf.render.Box;
import com.openhtmltopdf.util.ThreadCtx;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;

/**
 * A document laid out by openhtmltopdf and not yet made into a PDF: its boxes can be read ({@link #root()}) to decide
 * whether to lay out a changed document instead, which costs a layout (tens of milliseconds) rather than a render.
 * Closing it gives back its renderer and fonts; {@link #pdf()} makes the PDF and closes it.
 */
final class LaidOut implements Closeable {
    private final PdfBoxRenderer renderer;
    private final ByteArrayOutputStream buf;
    private final Closeable[] resources;
    private boolean closed;
    /** PDFs made of layouts so far in this process (tests: how many renders a write costs). */
    static final java.util.concurrent.atomic.AtomicInteger MADE = new java.util.concurrent.atomic.AtomicInteger();

    /** @param resources closed after the renderer, in this order */
    LaidOut(PdfBoxRenderer renderer, ByteArrayOutputStream buf, Closeable... resources) {
        this.renderer = renderer;
        this.buf = buf;
        this.resources = resources;
    }

    Box root() {
        return renderer.getRootBox();
    }

    /**
     * The PDF of this layout; closes it. openhtmltopdf keeps the renderer's shared context and diagnostics in a
     * thread-local that closing any renderer clears (a trial layout closed after this one was made), so both are
     * set again for this renderer first.
     */
    byte[] pdf() throws IOException {
        MADE.incrementAndGet();
        ThreadCtx.get().setSharedContext(renderer.getSharedContext());
        try (Closeable quiet = ThreadCtx.applyDiagnosticConsumer(d -> { })) {
            renderer.createPDF();
        } finally {
            close();
        }
        return buf.toByteArray();
    }

    @Override
    public void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            renderer.close();
        } finally {
            for (Closeable c : resources) c.close();
        }
    }
}
