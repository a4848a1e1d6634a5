package org.casereport.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.diag.SourcePos;
import org.casereport.model.Affiliation;
import org.casereport.model.Author;
import org.casereport.model.Inline;
import org.casereport.model.LocalizedText;
import org.casereport.model.Manuscript;
import org.casereport.model.Metadata;
import org.casereport.model.RichItems;
import org.casereport.model.RichText;
import org.casereport.model.Statement;
import org.junit.jupiter.api.Test;

/**
 * The tie pass rebuilds the manuscript's records: every front-matter field must come out of it as it went in
 * (a field it forgot to copy was once lost silently), with the ties put only into the texts.
 */
class TiesFrontMatterTest {
    static final SourcePos POS = new SourcePos("case.md", 7, 3);

    @Test
    void everyFrontMatterFieldSurvivesThePass() {
        Author a = new Author(new LocalizedText("Антошин", "Antoshin"), new LocalizedText("М.М.", "M.M."), List.of("a"),
                "0000-0002-1825-0097", "antoshin@example.org", true, POS,
                new LocalizedText("Антошин Максим Михайлович", "Maksim M. Antoshin"),
                new LocalizedText("канд. мед. наук", "Cand. Sci. (Med.)"),
                new LocalizedText("117997, Москва, Ленинский просп., 117", "117 Leninskiy Prosp., Moscow"), "+7-922-684-17-29");
        Affiliation af = new Affiliation("a", new RichText(List.of(new Inline.Emph(List.of(new Inline.Text("РДКБ им. Н.И. Пирогова", POS)), POS)),
                List.of(new Inline.Text("RCCH", POS))), POS);
        Map<String, Statement> st = new LinkedHashMap<>();
        st.put("tumor_board", new Statement(new LocalizedText("Консилиум", "Tumour board"),
                new RichText(List.of(new Inline.Text("Решение в 2023 г.", POS)), List.of(new Inline.Text("Approved.", POS))), POS));
        Metadata.Publication pub = new Metadata.Publication(true, List.of("ru"), new LocalizedText("Венетоклакс при ОМЛ", "Venetoclax"),
                new LocalizedText("Клиническое наблюдение", "Case report"), "10.25207/1608-6228-2025-32-1-63-73", "616.155.392-036.11:616-085",
                new Metadata.Issue("2025", "12", "2", "45–52"), new LocalizedText("Антошин М.М. Заголовок. 2025;12(2):45–52.", "Antoshin M.M. Title."));
        Metadata meta = new Metadata("default", "ru", new RichText(List.of(new Inline.Text("Заголовок и подзаголовок", POS)), List.of()),
                List.of(a), List.of(af), new RichItems(List.of(List.of(new Inline.Strong(List.of(new Inline.Text("Введение.", POS)), POS))), List.of()),
                RichItems.plain(List.of("ген ETV6"), List.of()), LocalDate.of(2025, 3, 7), null, st, Map.of("title", POS), pub);
        Manuscript m = new Manuscript("x", Path.of("x"), meta, List.of(), List.of(), List.of(), List.of(), List.of());

        Metadata out = Ties.apply(m).meta();
        Author b = out.authors().get(0);
        assertEquals(a.orcid(), b.orcid());
        assertEquals(a.email(), b.email());
        assertEquals(a.phone(), b.phone());
        assertTrue(b.corresponding());
        assertEquals(a.affiliations(), b.affiliations());
        assertEquals(a.pos(), b.pos());
        assertEquals("Антошин Максим Михайлович", Ties.plain(b.fullName().ru()));
        assertEquals("канд. мед. наук", Ties.plain(b.degrees().ru()));
        assertEquals("117997, Москва, Ленинский просп., 117", Ties.plain(b.address().ru()));
        assertEquals("Maksim M. Antoshin", Ties.plain(b.fullName().en()));
        assertEquals(pub.draft(), out.publication().draft());
        assertEquals(pub.languages(), out.publication().languages());
        assertEquals(pub.doi(), out.publication().doi());
        assertEquals(pub.udc(), out.publication().udc());
        assertEquals("Венетоклакс при ОМЛ", Ties.plain(out.publication().runningTitle().ru()));
        assertEquals("Case report", out.publication().articleType().en());
        assertEquals(pub.issue(), out.publication().issue());
        assertEquals("Antoshin M.M. Title.", Ties.plain(out.publication().citation().en()));
        Statement s = out.statements().get("tumor_board");
        assertEquals("Консилиум", s.label().ru());
        assertEquals("Tumour board", s.label().en());
        assertEquals(POS, s.pos());
        assertEquals("Решение в\u00A02023\u00A0г.", s.text().text("ru"), "the statement's text gets its ties");
        assertTrue(out.affiliations().get(0).name().ru().get(0) instanceof Inline.Emph, "the markup is kept");
        assertEquals("РДКБ им.\u00A0Н.И.\u00A0Пирогова", out.affiliations().get(0).name().text("ru"));
        assertTrue(out.abstractText().ru().get(0).get(0) instanceof Inline.Strong);
        assertEquals(List.of("ген ETV6"), out.keywords("ru"));
        assertEquals(meta.received(), out.received());
        assertEquals(meta.positions(), out.positions());
        assertEquals(meta.language(), out.language());
        assertEquals(meta.journal(), out.journal());
    }
}
