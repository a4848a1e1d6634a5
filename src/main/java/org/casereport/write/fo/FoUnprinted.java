package org.casereport.write.fo;

import java.util.Map;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.SourcePos;
import org.casereport.model.Manuscript;
import org.casereport.model.Metadata;
import org.casereport.write.RenderContext;
import org.w3c.dom.Document;

/**
 * Front-matter values the case gives and the journal's FO template does not print: each is a warning at its key
 * ({@code pdf-fo-layout}), never a silent loss: the article type, the DOI, the UDC, the «Для цитирования / For
 * citation» lines. The shipped FO template prints them all and draws no warning; a journal's or a case's own
 * {@code article.fo.ftlh} that leaves one out does. The check reads the text of the FO the template made.
 */
final class FoUnprinted {
    private FoUnprinted() {
    }

    static void report(Document fo, Manuscript manuscript, RenderContext context) {
        String text = normal(fo.getDocumentElement().getTextContent());
        Metadata meta = manuscript.meta();
        Metadata.Publication p = meta.publication();
        Map<String, SourcePos> at = meta.positions();
        check(text, p.doi(), "the article's DOI", "doi", at, manuscript, context);
        check(text, p.udc(), "the UDC index", "udc", at, manuscript, context);
        String body = meta.bodyLanguage(); // the page prints the type in the body's language
        check(text, meta.articleType(context.journal(), body), "the article type", "article_type", at, manuscript, context);
        for (String lang : new String[] {"ru", "en"}) {
            if (p.citation() == null || !p.citation().has(lang)) continue;
            String line = normal(p.citation().get(lang)); // its opening words: the rest is set with markup and ties
            check(text, line.substring(0, Math.min(40, line.length())), "the for-citation line (" + lang + ")",
                    "published", at, manuscript, context);
        }
    }

    private static void check(String text, String value, String what, String key, Map<String, SourcePos> at,
                              Manuscript manuscript, RenderContext context) {
        if (value == null || value.isBlank() || text.contains(normal(value))) return;
        SourcePos where = at.getOrDefault(key, SourcePos.file(manuscript.id()));
        context.warn(Diagnostic.warning("pdf-fo-layout", where, "the journal's FO template does not print " + what
                + " '" + value.strip() + "'; set pdf.engine: html to have it printed"));
    }

    /** Text as printed: no soft hyphens or joiners, one kind of space, single spaces. */
    private static String normal(String s) {
        return s.replace("\u00AD", "").replace("\u2060", "").replace('\u00A0', ' ').replace('\u202F', ' ')
                .replaceAll("\\s+", " ").strip();
    }
}
