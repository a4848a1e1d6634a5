package org.casereport.model;

import java.nio.file.Path;
import java.util.List;

/**
 * The whole manuscript: the immutable document that flows from the reader through the transforms to the writers.
 *
 * @param id           the case id (its folder name)
 * @param caseDir      the case folder; the only place a writer may read case files from
 * @param bibliography filled by the citation transform, in citation order
 */
public record Manuscript(String id, Path caseDir, Metadata meta, List<Block> body, List<Footnote> footnotes,
                         List<Reference> references, List<Figure> figures, List<FormattedReference> bibliography) {
    public Manuscript {
        body = List.copyOf(body);
        footnotes = List.copyOf(footnotes);
        references = List.copyOf(references);
        figures = List.copyOf(figures);
        bibliography = List.copyOf(bibliography);
    }

    public Manuscript withBody(List<Block> newBody) {
        return new Manuscript(id, caseDir, meta, newBody, footnotes, references, figures, bibliography);
    }

    public Manuscript withMeta(Metadata newMeta) {
        return new Manuscript(id, caseDir, newMeta, body, footnotes, references, figures, bibliography);
    }

    public Manuscript withFigures(List<Figure> newFigures) {
        return new Manuscript(id, caseDir, meta, body, footnotes, references, newFigures, bibliography);
    }

    public Manuscript withBibliography(List<FormattedReference> entries) {
        return new Manuscript(id, caseDir, meta, body, footnotes, references, figures, entries);
    }

    public Figure figure(String figureId) {
        return figures.stream().filter(f -> f.id().equals(figureId)).findFirst().orElse(null);
    }
}
