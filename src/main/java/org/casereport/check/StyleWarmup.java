package org.casereport.check;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.casereport.cite.Bibliography;
import org.casereport.diag.Diagnostics;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.casereport.model.Journal;

/**
 * The journal's CSL style made ready on a second thread while the manuscript's text is read, parsed and checked: in
 * a new JVM, compiling the style and its locales and starting the Cyrillic transliteration is about a third of a
 * 200-entry check, and none of it depends on the manuscript. The formatter waits for the warm-up before it formats,
 * so the citation library is never entered by two threads at once.
 */
final class StyleWarmup implements ManuscriptChecker.Formatter {
    /** A Russian journal article with a Latin version: it takes formatting through the style, the locales and the transliteration. */
    private static final Map<String, Object> SAMPLE = Map.of(
            "type", "article-journal",
            "title", "Клинический случай",
            "author", List.of(Map.of("family", "Иванов", "given", "И. И.")),
            "container-title", "Вопросы онкологии",
            "issued", Map.of("date-parts", List.of(List.of(2020))),
            "volume", "66", "issue", "1", "page", "10-15",
            "language", "ru");

    private final CompletableFuture<Void> ready;

    private StyleWarmup(Journal journal) {
        ready = journal == null ? CompletableFuture.completedFuture(null) : CompletableFuture.runAsync(() -> {
            try {
                Bibliography.format(journal, List.of(new Reference("warmup", SAMPLE, null)), new Diagnostics());
            } catch (RuntimeException e) {
                // the real formatting reports the style's problem at its place
            }
        }, task -> {
            Thread t = new Thread(task, "casereport-style-warmup");
            t.setDaemon(true);
            t.start();
        });
    }

    static StyleWarmup start(Journal journal) {
        return new StyleWarmup(journal);
    }

    @Override
    public List<FormattedReference> format(Journal journal, List<Reference> refs, Diagnostics diagnostics) {
        ready.join();
        return Bibliography.format(journal, refs, diagnostics);
    }
}
