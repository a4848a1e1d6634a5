package org.casereport.check;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes the other producers' copies of real corpus lists (src/test/resources/check/refs, listed in sources.md): a Word
 * file written by POI (Word's automatic numbering, no typed numbers) and a PDF laid out by openhtmltopdf from an HTML
 * {@code <ol>} (casereport's own PDF engine, which draws the list numbers after the page's text). A plain main, run
 * from the project folder after {@code mvn test-compile}:
 * {@code java -cp target/classes:target/test-classes:$(cat target/cp.txt) org.casereport.check.CorpusProducers}.
 */
public final class CorpusProducers {
    private static final Pattern ENTRY = Pattern.compile("^(\\d{1,3})\\. (.*)$");
    private static final Path DIR = Path.of("src/test/resources/check/refs");

    private CorpusProducers() {
    }

    record Parts(List<String> body, String heading, List<String> entries) {
    }

    static Parts parts(Path txt) throws Exception {
        List<String> body = new ArrayList<>();
        List<String> entries = new ArrayList<>();
        String heading = null;
        for (String l : Files.readAllLines(txt)) {
            Matcher m = ENTRY.matcher(l);
            if (m.matches()) entries.add(m.group(2));
            else if (l.strip().matches("(?i)references|литература")) heading = l.strip();
            else if (!l.isBlank() && heading == null) body.add(l);
        }
        return new Parts(body, heading, entries);
    }

    static String esc(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    static void pdf(Path txt, Path out) throws Exception {
        Parts p = parts(txt);
        StringBuilder h = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"/><style>"
                + "body{font-family:'PT Serif';font-size:10pt} li{margin-bottom:4pt}</style></head><body>");
        for (String b : p.body()) h.append("<p>").append(esc(b)).append("</p>");
        h.append("<h2>").append(esc(p.heading())).append("</h2><ol>");
        for (String e : p.entries()) h.append("<li>").append(esc(e)).append("</li>");
        h.append("</ol></body></html>");
        try (OutputStream os = Files.newOutputStream(out)) {
            PdfRendererBuilder b = new PdfRendererBuilder();
            b.useFont(Path.of("templates/fonts/PTSerif-Regular.ttf").toFile(), "PT Serif");
            b.withHtmlContent(h.toString(), null);
            b.withProducer("openhtmltopdf");
            b.withDiagnosticConsumer(d -> { });
            b.toStream(os);
            b.run();
        }
    }

    public static void main(String[] args) throws Exception {
        pdf(DIR.resolve("real-sovremennaya-onkologiya.txt"), DIR.resolve("real-sovremennaya-onkologiya.pdf"));
        pdf(DIR.resolve("real-globalauthorid-i.txt"), DIR.resolve("real-globalauthorid-i.pdf"));
        Parts d = parts(DIR.resolve("real-bloodjournal-nlm.txt"));
        DocxFixtures.write(DIR.resolve("real-bloodjournal-nlm.docx"), d.body(), d.heading(), d.entries());
        Parts f = parts(DIR.resolve("real-globalauthorid-f.txt"));
        DocxFixtures.write(DIR.resolve("real-globalauthorid-f.docx"), f.body(), f.heading(), f.entries());
    }
}
