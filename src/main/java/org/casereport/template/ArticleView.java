package org.casereport.template;

import org.casereport.model.Journal;
import static org.casereport.template.ViewText.shorten;
import static org.casereport.template.ViewText.text;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.ToDoubleBiFunction;
import org.casereport.model.Author;
import org.casereport.model.Figure;
import org.casereport.model.Footnote;
import org.casereport.model.Manuscript;
import org.casereport.model.Metadata;
import org.casereport.model.PlainText;

/**
 * The plain view model a journal template sees: nested {@code Map}s, {@code List}s, {@code String}s, numbers and
 * booleans built from a {@link Manuscript} and the journal's settings — never a model object a template could
 * call into. Text stays text: the template escapes it (auto-escaping), so Markdown cannot inject markup.
 * Inline structure comes as maps with a {@code t} (type) key, rendered by the template's recursive macros.
 * The fields are listed in {@code docs/templates.md}.
 *
 * <p>Built part by part: the page ({@link PageView}), the metadata blocks and labels ({@link MetadataView}), the
 * body ({@link BodyView}, with {@link TableView}, {@link FigureView} and {@link InlineView}), the references
 * ({@link ReferencesView}), the statements and dates ({@link StatementsView}); here the running head and the PDF's
 * document information.
 */
public final class ArticleView {
    private ArticleView() {
    }

    /**
     * Builds the view model.
     *
     * @param figureHeight height in points of a figure drawn at a width in points (the PDF writer passes
     *                     {@code FigureArt::heightFor}, guarded); the DOCX writer does not use this model
     */
    public static Map<String, Object> build(Manuscript m, Journal j, ToDoubleBiFunction<Figure, Double> figureHeight) {
        Metadata meta = m.meta();
        String bodyLang = meta.bodyLanguage();
        List<String> langs = meta.languages(j);
        boolean superscriptCites = org.casereport.cite.Bibliography.superscript(j);

        Map<String, Object> v = new LinkedHashMap<>();
        v.put("lang", bodyLang);
        v.put("languages", langs);
        v.put("id", m.id());

        Map<String, Object> journal = new LinkedHashMap<>();
        journal.put("name", text(j.string("name." + bodyLang, j.name())));
        journal.put("names", MetadataView.localized(j, "name"));
        v.put("journal", journal);

        Map<String, Object> page = PageView.page(j);
        v.put("page", page);

        ViewContext ctx = new ViewContext(m, j, langs, superscriptCites,
                ((Number) page.get("columnWidthPt")).doubleValue(), ((Number) page.get("textWidthPt")).doubleValue(),
                figureHeight);

        // metadata blocks, in the journal's order
        List<Object> blocks = new ArrayList<>();
        Map<String, Integer> affMarks = MetadataView.affiliationMarks(meta);
        for (String lang : langs) blocks.add(MetadataView.metaBlock(meta, j, lang, affMarks, ctx));
        v.put("meta", blocks);
        v.put("front", MetadataView.front(meta, j, bodyLang));

        // body
        v.put("body", BodyView.blocks(m.body(), ctx));
        List<Object> notes = new ArrayList<>();
        for (Footnote f : m.footnotes()) {
            Map<String, Object> n = new LinkedHashMap<>();
            n.put("number", f.number());
            n.put("label", text(f.label()));
            n.put("content", InlineView.inlines(f.content(), ctx));
            notes.add(n);
        }
        v.put("footnotes", notes);

        v.put("statements", StatementsView.statements(meta, j, langs, ctx));
        v.put("references", ReferencesView.references(m, j, bodyLang));
        v.put("dates", StatementsView.dates(meta, j, langs));
        v.put("labels", MetadataView.labels(j));

        Map<String, Object> running = new LinkedHashMap<>();
        running.put("journal", text(j.string("name." + bodyLang, j.name())));
        String runningTitle = meta.publication().runningTitle().get(bodyLang);
        running.put("title", runningTitle != null && !runningTitle.isBlank() ? text(runningTitle.strip())
                : shorten(text(PlainText.of(meta.title().get(bodyLang))), j.integer("page.running_title_max", 80)));
        running.put("authors", MetadataView.runningAuthors(meta, j, bodyLang));
        v.put("running", running);

        Map<String, Object> pdf = new LinkedHashMap<>();
        pdf.put("title", text(Ties.plain(PlainText.titled(PlainText.of(meta.title().get(bodyLang)),
                PlainText.of(meta.subtitle().get(bodyLang))))));
        List<String> names = new ArrayList<>();
        for (Author a : meta.authors()) names.add(a.displayName(bodyLang));
        pdf.put("author", String.join(", ", names));
        List<List<org.casereport.model.Inline>> abs = meta.abstractText().get(bodyLang);
        pdf.put("subject", abs.isEmpty() ? "" : text(Ties.plain(PlainText.of(abs.get(0)))));
        List<String> kws = new ArrayList<>();
        for (String lang : langs) meta.keywords(lang).forEach(k -> kws.add(Ties.plain(k)));
        pdf.put("keywords", String.join(", ", new LinkedHashSet<>(kws)));
        v.put("pdf", pdf);
        return v;
    }

    /** The page margins of journal.yaml in points: top, right, bottom, left (the PDF writer's page boxes). */
    public static double[] marginsPt(Journal j) {
        return PageView.marginsPt(j);
    }
}
