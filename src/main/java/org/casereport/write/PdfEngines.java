package org.casereport.write;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.casereport.diag.CaseException;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.SourcePos;
import org.casereport.model.Journal;
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

    /** The files of the html engine's page and of the FO engine's page, as a case's template/ folder may hold them. */
    static final List<String> HTML_PAGE = List.of("article.ftlh", "article.css", "inline.ftlh", "article-meta.ftlh",
            "article-body.ftlh", "article-references.ftlh");
    static final List<String> FO_PAGE = List.of("article.fo.ftlh", "inline.fo.ftlh");

    /**
     * The first html-page file of the case's own {@code template/} folder (first in the journal's lookup order, before
     * the journal's folder) when that folder holds no FO-page file; otherwise null.
     */
    static Path ownHtmlPage(Journal journal) {
        List<Path> dirs = journal.dirs();
        if (dirs.size() < 2 || dirs.get(0).getFileName() == null || !"template".equals(dirs.get(0).getFileName().toString())) {
            return null;
        }
        Path own = dirs.get(0);
        for (String f : FO_PAGE) if (Files.isRegularFile(own.resolve(f))) return null;
        for (String f : HTML_PAGE) if (Files.isRegularFile(own.resolve(f))) return own.resolve(f);
        return null;
    }

    private Writer engine(RenderContext context) {
        String name = context.journal().string("pdf.engine", "html");
        return switch (name) {
            case "html" -> html;
            case "fo" -> {
                Path own = ownHtmlPage(context.journal());
                if (own == null) yield fo;
                // the author changed the openhtmltopdf page for this case: printing the FO page instead would drop
                // that change without a word, so the case keeps the page it made, and is told
                context.warn(Diagnostic.warning("pdf-engine-own-page", SourcePos.file(own.toString()),
                        "the case's own " + own.getFileName() + " is a page of the html engine (openhtmltopdf), which the "
                                + "journal's fo engine does not read: this PDF is made by openhtmltopdf; to use the FO "
                                + "engine, write the change into template/" + FO_PAGE.get(0) + " instead"));
                yield html;
            }
            default -> {
                Path settings = context.journal().find("journal.yaml");
                throw new CaseException(Diagnostic.error("journal-pdf-engine",
                        SourcePos.file(settings == null ? "journal.yaml" : settings.toString()),
                        "pdf.engine is '" + name + "': it must be fo (Apache FOP, as the shipped journals) or html (openhtmltopdf)"));
            }
        };
    }
}
