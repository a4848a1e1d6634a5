package org.casereport.write.pdf;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.casereport.pipeline.Pipeline;
import org.casereport.write.RenderContext;

/**
 * The typesetting figures of docs/typesetting.md for every case under a folder (default {@code cases/}): loose
 * lines, line-end hyphens, and the PDF write time (median of warm renders). Not a test; run with
 * {@code src/test/bench/typeset-report.sh}; each PDF is kept in {@code target/typeset/}. The writer gets the
 * manuscript after the line-end ties, as {@code write/Render} gives it (the command line's pages). With {@code --lines} it also prints every loose line.
 */
public final class TypesetReport {
    private TypesetReport() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of(args.length > 0 && !args[0].startsWith("--") ? args[0] : "cases");
        int rounds = Integer.getInteger("rounds", 10);
        int warmup = Integer.getInteger("warmup", 3);
        boolean lines = List.of(args).contains("--lines");
        List<Path> cases = new ArrayList<>();
        try (Stream<Path> s = Files.list(root)) {
            s.filter(p -> Files.isRegularFile(p.resolve("case.md"))).sorted().forEach(cases::add);
        }
        String journal = System.getProperty("journal", "");
        Path variants = journal.isEmpty() ? null : Files.createTempDirectory("typeset-" + journal);
        String engine = System.getProperty("engine", "");
        for (Path c : cases) {
            // -Djournal=<name>: the case set in that journal (a copy of the case with its journal: line changed)
            boolean own = variants == null
                    || Files.readString(c.resolve("case.md")).matches("(?s).*(?m:^journal: *" + java.util.regex.Pattern.quote(journal) + " *$).*");
            Path input = own ? c : org.casereport.write.CaseVariant.of(c, variants, c.getFileName().toString(),
                    md -> md.replaceFirst("(?m)^journal: *\\S+ *$", "journal: " + journal));
            Pipeline.Loaded loaded = Pipeline.load(input, Path.of("templates"));
            // -Dengine=html|fo: that engine whatever the journal sets; unset: the journal's own (pdf.engine)
            RenderContext ctx = new RenderContext(engine.isEmpty() ? loaded.journal() : FoCases.engine(loaded.journal(), engine),
                    Pipeline.timestamp(loaded.manuscript()));
            boolean fo = "fo".equals(ctx.journal().string("pdf.engine", "html"));
            org.casereport.write.Writer w = org.casereport.write.Writers.get("pdf");
            byte[] pdf = null;
            long[] t = new long[rounds];
            for (int i = 0; i < warmup; i++) pdf = write(w, loaded, ctx);
            for (int i = 0; i < rounds; i++) {
                long t0 = System.nanoTime();
                pdf = write(w, loaded, ctx);
                t[i] = System.nanoTime() - t0;
            }
            java.util.Arrays.sort(t);
            Path saved = Path.of("target", "typeset", (journal.isEmpty() ? "" : journal + "-") + c.getFileName()
                    + (fo ? ".fo" : ".html") + ".pdf");
            Files.createDirectories(saved.getParent());
            Files.write(saved, pdf);
            LineMeasure.Result r = LineMeasure.measure(pdf);
            int pages;
            try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
                pages = doc.getNumberOfPages();
            }
            System.out.printf(java.util.Locale.ROOT, "%s (%s, %s): %d pages; %s; pdf write median %.0f ms%n",
                    c.getFileName(), loaded.journal().name(), fo ? "fo" : "html", pages, r, t[rounds / 2] / 1e6);
            List<ColumnGaps.Gap> gaps = ColumnGaps.of(pdf, org.casereport.template.ArticleView.marginsPt(ctx.journal())[2], 1.5);
            System.out.println("  columns ending early (more than 1.5 lines empty, last page not counted): "
                    + (gaps.isEmpty() ? "none" : gaps));
            if (lines) for (LineMeasure.Line l : r.looseLines()) {
                System.out.printf(java.util.Locale.ROOT, "  loose p%d c%d %.1fpt: %s%n", l.page() + 1, l.column(),
                        l.medianSpace(9), l.text());
            }
        }
    }

    private static byte[] write(org.casereport.write.Writer w, Pipeline.Loaded loaded, RenderContext ctx) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        // the manuscript after the line-end ties, as write/Render hands it to every writer (the command line's pages)
        w.write(org.casereport.template.Ties.apply(loaded.manuscript()), ctx, out);
        return out.toByteArray();
    }
}
