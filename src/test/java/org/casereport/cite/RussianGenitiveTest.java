package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostics;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.casereport.diag.SourcePos;
import org.junit.jupiter.api.Test;

/**
 * "под ред. С. А. Фомичева" (GOST): the editor's surname in the genitive where its ending decides it, the record's own
 * form where it does not, and a warning — never a silent nominative — where neither. The surnames are those of real
 * lists in references/types/published-types.json (fomichev1989, lesnyak2009, kaprin2020).
 */
class RussianGenitiveTest {
    @Test
    void theEndingDecides() {
        assertEquals("Фомичева", RussianGenitive.surname("Фомичев"));
        assertEquals("Каприна", RussianGenitive.surname("Каприн"));
        assertEquals("Старинского", RussianGenitive.surname("Старинский"));
        assertEquals("Шахзадовой", RussianGenitive.surname("Шахзадова"));
        assertEquals("Беневоленской", RussianGenitive.surname("Беневоленская"));
        assertEquals("Черных", RussianGenitive.surname("Черных"));
        assertEquals("Шевченко", RussianGenitive.surname("Шевченко"));
        assertEquals("Римского-Корсакова", RussianGenitive.surname("Римский-Корсаков"));
    }

    @Test
    void theBearersSexDecides() {
        assertNull(RussianGenitive.surname("Лесняк"));   // a man's "Лесняка", a woman's "Лесняк"
        assertNull(RussianGenitive.surname("Мазепа"));
        assertNull(RussianGenitive.surname("Гельфанд"));
        assertNull(RussianGenitive.surname("Smith"));
    }

    private static Reference book(String family, Object genitive) {
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("id", "b");
        csl.put("type", "book");
        csl.put("language", "ru");
        csl.put("title", "Клинические рекомендации. Остеопороз");
        csl.put("editor", List.of(Map.of("family", family, "given", "О.М.")));
        csl.put("publisher-place", "М.");
        csl.put("publisher", "ГЭОТАР-Медиа");
        csl.put("issued", Map.of("date-parts", List.of(List.of(2009))));
        if (genitive != null) csl.put("custom", Map.of("editors-genitive", List.of(genitive)));
        return new Reference("b", csl, SourcePos.file("references.json").at(2, 1));
    }

    @Test
    void gostPrintsTheGenitiveOrWarns() {
        Diagnostics d = new Diagnostics();
        List<FormattedReference> out = Bibliography.format(TestSupport.journal("gost"), List.of(book("Лесняк", "Лесняк")), d);
        assertTrue(out.get(0).original().contains("/ под ред. О. М. Лесняк. М.: ГЭОТАР-Медиа"), out.get(0).original());
        assertTrue(d.all().stream().noneMatch(x -> x.rule().equals("ref-editor-genitive")), TestSupport.show(d));

        d = new Diagnostics();
        out = Bibliography.format(TestSupport.journal("gost"), List.of(book("Лесняк", null)), d);
        assertTrue(out.get(0).original().contains("под ред. О. М. Лесняк."), out.get(0).original());
        assertTrue(d.all().stream().anyMatch(x -> x.rule().equals("ref-editor-genitive") && x.toString().startsWith("references.json:2:1:")
                && x.message().contains("custom.editors-genitive")), TestSupport.show(d));

        // the house style puts editors first with "ред.", in the nominative: no genitive there, no warning
        d = new Diagnostics();
        out = Bibliography.format(TestSupport.journal("default"), List.of(book("Лесняк", null)), d);
        assertTrue(out.get(0).original().startsWith("Лесняк О.М., ред."), out.get(0).original());
        assertTrue(d.all().stream().noneMatch(x -> x.rule().equals("ref-editor-genitive")), TestSupport.show(d));
    }
}
