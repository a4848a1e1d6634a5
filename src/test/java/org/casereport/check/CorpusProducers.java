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
 * With {@code latex} as its argument it writes the LaTeX sources of the lists typeset by pdfLaTeX instead (an
 * {@code enumerate} list, DOIs and URLs in a URL command, TeX's own hyphenation at line ends) and runs
 * {@code pdflatex} on them, which must be installed (TeX Live: texlive-latex-base, texlive-lang-cyrillic).
 */
public final class CorpusProducers {
    private static final Pattern ENTRY = Pattern.compile("^(\\d{1,3})\\. (.*)$");
    private static final Path DIR = Path.of("src/test/resources/check/refs");

    private CorpusProducers() {
    }

    /** The lists typeset by pdfLaTeX ({@code <name>-latex.pdf}). */
    static final List<String> LATEX = List.of("real-globalauthorid-a", "real-ouci-prehabilitation-nlm", "real-vestimed");

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

    private static final Pattern LINK = Pattern.compile("(?:https?://\\S+|\\b10\\.\\d{4,9}/\\S+?)(?=[.;,]?(?:\\s|$))");

    /** TeX's special characters escaped; DOIs and URLs in a URL command (which breaks them at "/", "." and "-"). */
    static String tex(String s) {
        StringBuilder b = new StringBuilder();
        Matcher m = LINK.matcher(s);
        int at = 0;
        while (m.find()) {
            b.append(texText(s.substring(at, m.start()))).append("\\url{").append(m.group().replace("%", "\\%").replace("#", "\\#")).append('}');
            at = m.end();
        }
        return b.append(texText(s.substring(at))).toString();
    }

    private static final Pattern CYRILLIC = Pattern.compile("[\\p{IsCyrillic}«»№]+(?:[\\s.,:;()\\-–—/0-9]+[\\p{IsCyrillic}«»№]+)*");

    /** Plain text escaped, its Cyrillic runs set in Russian (T2A, Russian hyphenation). */
    private static String texText(String s) {
        StringBuilder b = new StringBuilder();
        Matcher m = CYRILLIC.matcher(s);
        int at = 0;
        while (m.find()) {
            b.append(escape(s.substring(at, m.start()))).append("\\foreignlanguage{russian}{").append(escape(m.group())).append('}');
            at = m.end();
        }
        return b.append(escape(s.substring(at))).toString();
    }

    private static String escape(String s) {
        return s.replace("\\", "\\textbackslash{}").replace("&", "\\&").replace("%", "\\%").replace("$", "\\$").replace("#", "\\#")
                .replace("–", "--").replace("—", "---").replace("_", "\\_").replace("{", "\\{").replace("}", "\\}").replace("~", "\\textasciitilde{}").replace("^", "\\^{}");
    }

    /** The list as a pdfLaTeX article: T2A for Cyrillic, babel's Russian and English hyphenation, a narrow text block. */
    static void latex(Path txt, Path out) throws Exception {
        Parts p = parts(txt);
        StringBuilder t = new StringBuilder("\\documentclass[10pt]{article}\n\\usepackage[T2A,T1]{fontenc}\n\\usepackage[utf8]{inputenc}\n"
                + "\\usepackage[russian,english]{babel}\n\\usepackage[hyphens]{url}\n\\usepackage[a5paper,margin=18mm]{geometry}\n"
                + "\\pdfinfoomitdate=1 \\pdftrailerid{} \\pdfsuppressptexinfo=-1\n\\begin{document}\n");
        for (String b : p.body()) t.append(tex(b)).append("\n\n");
        t.append("\\section*{").append(tex(p.heading())).append("}\n\\begin{enumerate}\n");
        for (String e : p.entries()) t.append("\\item ").append(tex(e)).append('\n');
        t.append("\\end{enumerate}\n\\end{document}\n");
        Path dir = Files.createTempDirectory("corpus-latex");
        Path src = dir.resolve("list.tex");
        Files.writeString(src, t.toString());
        Process pr = new ProcessBuilder("pdflatex", "-interaction=nonstopmode", "-halt-on-error", "list.tex").directory(dir.toFile())
                .redirectErrorStream(true).redirectOutput(dir.resolve("log.txt").toFile()).start();
        if (pr.waitFor() != 0) throw new IllegalStateException("pdflatex failed on " + txt + ": see " + dir.resolve("list.log"));
        Files.copy(dir.resolve("list.pdf"), out, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    }

    public static void main(String[] args) throws Exception {
        if (args.length > 0 && args[0].equals("latex")) {
            for (String name : LATEX) latex(DIR.resolve(name + ".txt"), DIR.resolve(name + "-latex.pdf"));
            return;
        }
        pdf(DIR.resolve("real-sovremennaya-onkologiya.txt"), DIR.resolve("real-sovremennaya-onkologiya.pdf"));
        pdf(DIR.resolve("real-globalauthorid-i.txt"), DIR.resolve("real-globalauthorid-i.pdf"));
        Parts d = parts(DIR.resolve("real-bloodjournal-nlm.txt"));
        DocxFixtures.write(DIR.resolve("real-bloodjournal-nlm.docx"), d.body(), d.heading(), d.entries());
        Parts f = parts(DIR.resolve("real-globalauthorid-f.txt"));
        DocxFixtures.write(DIR.resolve("real-globalauthorid-f.docx"), f.body(), f.heading(), f.entries());
    }
}
