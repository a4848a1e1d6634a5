package org.casereport.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.RenderContext;
import org.casereport.write.pdf.PdfWriter;

/**
 * Warm, in-process benchmark of the PDF writer alone on a case: the view model + Freemarker template, and the whole
 * write (template, XHTML parse, openhtmltopdf layout, PDF/A + tagging, save). Not a test.
 * Usage: {@code PdfBench <case-dir> [iterations]}.
 */
public final class PdfBench {
    private PdfBench() {
    }

    public static void main(String[] args) throws Exception {
        Path caseDir = Path.of(args.length > 0 ? args[0] : "cases/venetoclax-aml-after-neuroblastoma");
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Pipeline.Loaded loaded = Pipeline.load(caseDir, Path.of("templates"));
        RenderContext ctx = new RenderContext(loaded.journal(), Pipeline.timestamp(loaded.manuscript()));
        PdfWriter writer = new PdfWriter();
        int size = 0;
        for (int i = 0; i < 10; i++) size = write(writer, loaded, ctx).length;
        long[] template = new long[iterations];
        long[] whole = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            long t0 = System.nanoTime();
            PdfWriter.xhtml(loaded.manuscript(), loaded.journal());
            long t1 = System.nanoTime();
            write(writer, loaded, ctx);
            long t2 = System.nanoTime();
            template[i] = t1 - t0;
            whole[i] = t2 - t1;
        }
        System.out.printf("pdf write: median %.1f ms, min %.1f ms (view model + template median %.1f ms), %d iterations, %d bytes%n",
                RenderBench.median(whole), Arrays.stream(whole).min().orElse(0) / 1e6, RenderBench.median(template),
                iterations, size);
    }

    private static byte[] write(PdfWriter w, Pipeline.Loaded loaded, RenderContext ctx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        w.write(loaded.manuscript(), ctx, out);
        return out.toByteArray();
    }
}
