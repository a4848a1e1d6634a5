package org.casereport.bench;

import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.util.Arrays;
import org.casereport.figure.FigureArt;
import org.casereport.model.Figure;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.RenderContext;
import org.casereport.write.docx.DocxWriter;
import org.casereport.write.docx.DocxZip;

/**
 * Warm, in-process benchmark of the DOCX writer alone on a loaded case (figures drawn, POI, re-packing), and of the
 * re-packing step by itself. Not a test. Usage: {@code DocxBench [case-dir] [iterations]}.
 */
public final class DocxBench {
    private DocxBench() {
    }

    public static void main(String[] args) throws Exception {
        Path caseDir = Path.of(args.length > 0 ? args[0] : "cases/venetoclax-aml-after-neuroblastoma");
        int iterations = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Pipeline.Loaded loaded = Pipeline.load(caseDir, Path.of("templates"));
        RenderContext context = new RenderContext(loaded.journal(), java.time.Instant.parse("2025-06-20T00:00:00Z"));
        DocxWriter writer = new DocxWriter();
        byte[] last = null;
        for (int i = 0; i < 10; i++) last = write(writer, loaded, context);
        long[] write = new long[iterations];
        long[] repack = new long[iterations];
        long[] figures = new long[iterations];
        for (int i = 0; i < iterations; i++) {
            FigureArt.forgetDrawings(); // the DOCX write with its figures drawn, not remembered
            long t0 = System.nanoTime();
            last = write(writer, loaded, context);
            long t1 = System.nanoTime();
            DocxZip.normalize(last, context.timestamp());
            long t2 = System.nanoTime();
            FigureArt.forgetDrawings();
            for (Figure f : loaded.manuscript().figures()) { // what the writer asks of FigureArt
                FigureArt.png(f, 481.9, 300, "ru", loaded.journal().fontsDir());
                FigureArt.svg(f, 481.9, "ru", loaded.journal().fontsDir());
            }
            long t3 = System.nanoTime();
            write[i] = t1 - t0;
            repack[i] = t2 - t1;
            figures[i] = t3 - t2;
        }
        System.out.printf("docx write: median %.1f ms, min %.1f ms; of which figures (PNG 300 dpi + SVG): median %.1f ms;"
                        + " re-pack: median %.1f ms; %d bytes; %d iterations%n",
                median(write), Arrays.stream(write).min().orElse(0) / 1e6, median(figures), median(repack), last.length, iterations);
    }

    private static byte[] write(DocxWriter writer, Pipeline.Loaded loaded, RenderContext context) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(loaded.manuscript(), context, out);
        return out.toByteArray();
    }

    static double median(long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        return s[s.length / 2] / 1e6;
    }
}
