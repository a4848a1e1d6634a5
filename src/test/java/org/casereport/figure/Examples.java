package org.casereport.figure;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostics;
import org.casereport.model.Figure;
import org.casereport.model.LocalizedText;
import org.casereport.model.Manuscript;
import org.casereport.model.Metadata;

/** The example case's figures, read as the pipeline reads them. */
final class Examples {
    static final Path CASE = Path.of("cases", "venetoclax-aml-after-neuroblastoma");
    static final Path FONTS = Path.of("templates", "fonts");
    static final double COLUMN = 8 / 2.54 * 72;

    private Examples() {
    }

    static Figure read(String name) {
        Diagnostics d = new Diagnostics();
        Figure f = FigureReader.read(CASE.resolve("figures").resolve(name + ".yaml"), "figures/" + name + ".yaml", CASE, d);
        assertTrue(d.all().isEmpty(), () -> "diagnostics: " + d.all());
        assertNotNull(f);
        return f;
    }

    static Manuscript manuscript(List<Figure> figures) {
        Metadata meta = new Metadata("default", "ru", new LocalizedText("Т", "T"), List.of(), List.of(),
                LocalizedText.EMPTY, Map.of(), LocalDate.of(2025, 3, 7), LocalDate.of(2025, 6, 20), Map.of(), Map.of());
        return new Manuscript("example", CASE, meta, List.of(), List.of(), List.of(), figures, List.of());
    }
}
