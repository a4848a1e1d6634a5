package org.casereport.bench;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.casereport.diag.Diagnostics;
import org.casereport.figure.FigureArt;
import org.casereport.figure.FigureReader;
import org.casereport.model.Figure;
import org.casereport.model.LocalizedText;
import org.casereport.model.Manuscript;
import org.casereport.model.Metadata;

/**
 * Figure rendering benchmark (a plain main, run from the project folder):
 * reading both example figures, drawing them into a PDF (a minimal openhtmltopdf page holding the two
 * figure objects, saved), and as PNG at 300 dpi; a warm loop, then the median and the 90th percentile.
 *
 * <pre>java -cp target/classes:target/test-classes:$(deps) org.casereport.bench.FigureBench [iterations]</pre>
 */
public final class FigureBench {
    private static final Path CASE = Path.of("cases", "venetoclax-aml-after-neuroblastoma");
    private static final Path FONTS = Path.of("templates", "fonts");
    private static final double COLUMN = 8 / 2.54 * 72;

    private FigureBench() {
    }

    public static void main(String[] args) throws Exception {
        int n = args.length > 0 ? Integer.parseInt(args[0]) : 60;
        int warm = 20;
        java.lang.management.ThreadMXBean cpu = java.lang.management.ManagementFactory.getThreadMXBean();
        long[] read = new long[n];
        long[] pdf = new long[n];
        long[] png = new long[n];
        long[] both = new long[n];
        long[] bothCpu = new long[n];
        int pdfBytes = 0;
        int pngBytes = 0;
        for (int i = -warm; i < n; i++) {
            FigureArt.forgetDrawings(); // measure drawing, not the per-process memo
            long t0 = System.nanoTime();
            List<Figure> figs = readFigures();
            long c1 = cpu.getCurrentThreadCpuTime();
            long t1 = System.nanoTime();
            byte[] p = pdf(figs);
            long t2 = System.nanoTime();
            int size = 0;
            for (Figure f : figs) size += FigureArt.png(f, COLUMN, 300, "ru", FONTS).length;
            long t3 = System.nanoTime();
            long c3 = cpu.getCurrentThreadCpuTime();
            if (i >= 0) {
                bothCpu[i] = c3 - c1;
                read[i] = t1 - t0;
                pdf[i] = t2 - t1;
                png[i] = t3 - t2;
                both[i] = t3 - t1;
                pdfBytes = p.length;
                pngBytes = size;
            }
        }
        System.out.printf(Locale.ROOT, "figures: timeline + regimen, column width %.0f pt, %d warm iterations after %d%n",
                COLUMN, n, warm);
        line("read both YAML files", read);
        line("PDF page with both figures (openhtmltopdf, saved)", pdf);
        line("PNG of both at 300 dpi", png);
        line("PDF + PNG together", both);
        line("PDF + PNG together, CPU time of the thread", bothCpu);
        System.out.printf(Locale.ROOT, "PDF %d bytes, PNGs %d bytes%n", pdfBytes, pngBytes);
    }

    private static void line(String what, long[] ns) {
        long[] s = ns.clone();
        Arrays.sort(s);
        System.out.printf(Locale.ROOT, "%-52s median %6.1f ms   p90 %6.1f ms%n", what, s[s.length / 2] / 1e6,
                s[(int) (s.length * 0.9)] / 1e6);
    }

    private static List<Figure> readFigures() {
        List<Figure> out = new ArrayList<>();
        for (String name : List.of("timeline", "regimen")) {
            Diagnostics d = new Diagnostics();
            Figure f = FigureReader.read(CASE.resolve("figures/" + name + ".yaml"), "figures/" + name + ".yaml", CASE, d);
            if (f == null) throw new IllegalStateException(d.all().toString());
            out.add(f);
        }
        return out;
    }

    private static byte[] pdf(List<Figure> figs) throws Exception {
        Metadata meta = new Metadata("default", "ru", new LocalizedText("T", "T"), List.of(), List.of(),
                LocalizedText.EMPTY, Map.of(), LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), Map.of(), Map.of());
        Manuscript m = new Manuscript("bench", CASE, meta, List.of(), List.of(), List.of(), figs, List.of());
        StringBuilder html = new StringBuilder("<html><body>");
        for (Figure f : figs) {
            html.append(String.format(Locale.ROOT, "<object type=\"%s\" data=\"%s\" style=\"display:block;width:%.2fpt;height:%.2fpt\"></object>",
                    FigureArt.objectType(), f.id(), COLUMN, FigureArt.heightFor(f, COLUMN, FONTS)));
        }
        html.append("</body></html>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PdfRendererBuilder b = new PdfRendererBuilder();
        b.useFastMode();
        b.useObjectDrawerFactory(FigureArt.pdfDrawers(m, "ru", FONTS));
        b.withHtmlContent(html.toString(), CASE.toUri().toString());
        b.toStream(out);
        b.run();
        return out.toByteArray();
    }
}
