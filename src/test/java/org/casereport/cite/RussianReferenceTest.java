package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostic;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.Severity;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.junit.jupiter.api.Test;

/** A Russian source: as published, then its Latin-script version; initials, et al. in each entry's language. */
class RussianReferenceTest {
    private static final String ORIGINAL_HOUSE = "Скоробогатова Е.В., Балашов Д.Н., Дышлевая З.М., Ёлкин Ю.А., Иванов И.И., Соловьёв Ж., Масчан А.А. "
            + "Результаты трансплантации гемопоэтических стволовых клеток у детей. "
            + "Вопросы гематологии/онкологии и иммунопатологии в педиатрии. 2007;6(4):29–35.";
    private static final String LATIN_HOUSE_BGN = "Skorobogatova E.V., Balashov D.N., Dyshlevaya Z.M., Yelkin Yu.A., Ivanov I.I., Solovyev Zh., Maschan A.A. "
            + "Results of hematopoietic stem cell transplantation in children. "
            + "Voprosy gematologii/onkologii i immunopatologii v pediatrii = Pediatric Hematology/Oncology and Immunopathology. "
            + "2007;6(4):29–35. (In Russ.)";

    private static List<Reference> sample(String name) {
        Diagnostics d = new Diagnostics();
        List<Reference> refs = TestSupport.read(TestSupport.RES.resolve(name), d);
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
        return refs;
    }

    @Test
    void houseStyleCombinedPrintsTheOriginalThenTheBracketedLatinVersion() {
        Diagnostics d = new Diagnostics();
        List<FormattedReference> out = Bibliography.format(TestSupport.journal("default"), sample("russian-sample.json"), d);
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
        FormattedReference f = out.get(0);
        assertEquals(ORIGINAL_HOUSE, f.original());
        assertEquals(LATIN_HOUSE_BGN, f.latin());
        assertEquals(ORIGINAL_HOUSE + " [" + LATIN_HOUSE_BGN + "]", f.text());
    }

    @Test
    void bsiTransliterationChangesOnlyTheLatinVersion() {
        Diagnostics d = new Diagnostics();
        FormattedReference f = Bibliography.format(TestSupport.journal("default", Map.of("references.transliteration", "bsi")),
                sample("russian-sample.json"), d).get(0);
        assertEquals(ORIGINAL_HOUSE, f.original());
        assertEquals(LATIN_HOUSE_BGN.replace("Yelkin", "Elkin").replace("Solovyev", "Solov'ev"), f.latin());
    }

    @Test
    void nlmStyleCutsAfterSixAuthorsWithEtAlInTheLanguageOfEachEntry() {
        Diagnostics d = new Diagnostics();
        FormattedReference f = Bibliography.format(TestSupport.journal("nlm"), sample("russian-sample.json"), d).get(0);
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
        assertEquals("Скоробогатова ЕВ, Балашов ДН, Дышлевая ЗМ, Ёлкин ЮА, Иванов ИИ, Соловьёв Ж, и др. "
                + "Результаты трансплантации гемопоэтических стволовых клеток у детей. "
                + "Вопросы гематологии/онкологии и иммунопатологии в педиатрии. 2007;6(4):29–35.", f.original());
        assertEquals("Skorobogatova EV, Balashov DN, Dyshlevaya ZM, Elkin YuA, Ivanov II, Solov'ev Zh, et al. "
                + "Results of hematopoietic stem cell transplantation in children. "
                + "Voprosy gematologii/onkologii i immunopatologii v pediatrii = Pediatric Hematology/Oncology and Immunopathology. "
                + "2007;6(4):29–35. (In Russ.)", f.latin());
    }

    @Test
    void nlmStyleEnglishEntriesCutAfterSixWithEtAl() {
        Diagnostics d = new Diagnostics();
        List<FormattedReference> out = Bibliography.format(TestSupport.journal("nlm"), sample("seed-references.json"), d);
        assertEquals("Fabozzi F, Carrozzo R, Lodi M, Di Giannatale A, Cipri S, Rosignoli C, et al. Case report: A safeguard in the sea "
                + "of variants of uncertain significance: a case study on child with high risk neuroblastoma and acute myeloid leukemia. "
                + "Front Oncol. 2024;13:1324013.", out.get(7).text());
        assertEquals("Sievers EL, Lange BJ, Sondel PM, Krailo MD, Gan J, Tjoa T, et al. Children’s cancer group trials of interleukin-2 "
                + "therapy to prevent relapse of acute myelogenous leukemia. Cancer J Sci Am. 2000;6(Suppl 1):S39–44.", out.get(13).text());
    }

    @Test
    void withoutEnglishTitleAWarningNamesTheReferenceAndTheJournalNameIsTransliterated() {
        Diagnostics d = new Diagnostics();
        List<Reference> refs = sample("russian-no-english.json");
        FormattedReference f = Bibliography.format(TestSupport.journal("default"), refs, d).get(0);
        assertEquals(1, d.all().size(), TestSupport.show(d));
        Diagnostic w = d.all().get(0);
        assertEquals("ref-ru-no-english-title", w.rule());
        assertEquals(Severity.WARNING, w.severity());
        assertTrue(w.message().contains("ivanov2019"), w.message());
        assertEquals(refs.get(0).pos(), w.pos());
        assertEquals(2, w.pos().line());
        assertEquals("Ivanov I.I., Shchukina Yu. Ostryy miyeloidnyy leykoz u detey. Onkogematologiya. 2019;14(2):10–8. "
                + "doi: 10.17650/1818-8346-2019-14-2-10-18. (In Russ.)", f.latin());
        assertEquals("Иванов И.И., Щукина Ю. Острый миелоидный лейкоз у детей. Онкогематология. 2019;14(2):10–8. "
                + "doi: 10.17650/1818-8346-2019-14-2-10-18.", f.original());
    }
}
