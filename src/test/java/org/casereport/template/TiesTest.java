package org.casereport.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.casereport.diag.SourcePos;
import org.casereport.model.Inline;
import org.junit.jupiter.api.Test;

/**
 * The line-end ties on text from published Russian articles (each source beside its lines) and on the cases'
 * own reference lists. In the expectations "~" is a no-break space (U+00A0) and "^" a word joiner (U+2060).
 */
class TiesTest {
    /** The ties made visible: "~" no-break space, "" word joiner. */
    private static String tied(String s) {
        return Ties.text(s).replace(Ties.NBSP, '~').replace(Ties.WJ, '^');
    }

    @Test
    void initialsNeverPartFromEachOtherOrTheSurname() {
        // http://pediatric.mif-ua.com/archive/article/26015 (Здоровье ребенка 2012;1(36)), the authors' line
        assertEquals("Авторы: Нагорная~Н.В.1, Вильчевская~Е.В.1, 2, Марченко~Е.Н.1, 2",
                tied("Авторы: Нагорная Н.В.1, Вильчевская Е.В.1, 2, Марченко Е.Н.1, 2"));
        assertEquals("Донецкий национальный медицинский университет им.~М.~Горького",
                tied("Донецкий национальный медицинский университет им. М. Горького"));
        assertEquals("Институт неотложной и~восстановительной хирургии им.~В.К.~Гусака НАМН Украины",
                tied("Институт неотложной и восстановительной хирургии им. В.К. Гусака НАМН Украины"));
        // https://cyberleninka.ru/article/n/novoobrazovaniya-kak-odna-iz-prichin-sindroma-palpiruemoy-opuholi-bryushnoy-polosti-u-detey
        assertEquals("© A.A.~Костылев1, В.Б.~Силков2, М.Б.~Белогурова2",
                tied("© A.A. Костылев1, В.Б. Силков2, М.Б. Белогурова2"));
        assertEquals("ФГБУ «НИИ онкологии имени~Н.Н.~Петрова» Минздрава России;",
                tied("ФГБУ «НИИ онкологии имени Н.Н. Петрова» Минздрава России;"));
        // spaced initials
        assertEquals("Н.~В.~Иванов", tied("Н. В. Иванов"));
    }

    @Test
    void referenceEntriesOfTheCases() {
        // cases/hlh-after-pneumonia/references.json (Henter 2007, Jordan 2011), as the default CSL prints them
        assertEquals("Henter~J.I., Horne~A., Aricó~M.~et~al. HLH-2004: Diagnostic and therapeutic guidelines. "
                        + "Pediatr Blood Cancer. 2007;48(2):124–31.",
                tied("Henter J.I., Horne A., Aricó M. et al. HLH-2004: Diagnostic and therapeutic guidelines. "
                        + "Pediatr Blood Cancer. 2007;48(2):124–31."));
        // the last author's initials stay with the surname, not with the title after them (seen in the DOCX of
        // hlh-after-pneumonia: "Алексанян Л.Т. Гемофагоцитарный" pushed to the next line as one piece)
        assertEquals("Kirgizov~K.I., Varfolomeeva~S.R. Pediatr Hematol Oncol. 2021;100(3):107–20.",
                tied("Kirgizov K.I., Varfolomeeva S.R. Pediatr Hematol Oncol. 2021;100(3):107–20."));
        assertEquals("Масчан~А.А.~и~др. Вопросы гематологии/онкологии. 2019;18(2):9–16. С.~235.",
                tied("Масчан А.А. и др. Вопросы гематологии/онкологии. 2019;18(2):9–16. С. 235."));
    }

    @Test
    void initialsAfterASurnameDoNotTieTheNextWord() {
        // cases/hlh-after-pneumonia/references.json, the house style's entry
        assertEquals("Масчан~М.А., Алексанян~Л.Т. Гемофагоцитарный лимфогистиоцитоз",
                tied("Масчан М.А., Алексанян Л.Т. Гемофагоцитарный лимфогистиоцитоз"));
        assertEquals("Feig~S.A. Children's cancer", tied("Feig S.A. Children's cancer"));
        // a name in running text still keeps its initials with the surname after them
        assertEquals("пациента Н.В.~Иванова", tied("пациента Н.В. Иванова"));
        String once = Ties.text("Алексанян Л.Т. Гемофагоцитарный");
        assertEquals(once, Ties.text(once));
    }

    @Test
    void aDoiOrUrlIsLeftAsWritten() {
        String doi = "doi:10.1002/pbc.21039";
        String url = "https://doi.org/10.1182/blood-2011-03-278127";
        assertEquals(doi, Ties.text(doi));
        // a rule does not look across a piece left as written: the "и" before the DOI keeps its plain space
        assertEquals("См. " + url + " и " + doi, tied("См. " + url + " и " + doi));
    }

    @Test
    void numbersAndTheirUnits() {
        // https://cyberleninka.ru/article/n/zhelezodefitsitnaya-anemiya-u-detey-pervogo-goda-zhizni-poisk-formuly-uspeha-ambulatornogo-vedeniya-patsientov
        assertEquals("ГБУЗ «Детская городская больница №~1», Санкт-Петербург",
                tied("ГБУЗ «Детская городская больница № 1», Санкт-Петербург"));
        assertEquals("в~период 2010-2015~гг.", tied("в период 2010-2015 гг."));
        // https://studfile.net/preview/21491182/page:43 (национальное руководство по паллиативной помощи)
        assertEquals("на расстоянии 15–20~см от лица", tied("на расстоянии 15–20 см от лица"));
        // cases/venetoclax-aml-after-neuroblastoma/case.md
        assertEquals("на их долю приходится 8–10~% всех", tied("на их долю приходится 8–10 % всех"));
        assertEquals("42~г/^м², 10~мг/^кг, 5~мг/^кг/сут", tied("42 г/м², 10 мг/кг, 5 мг/кг/сут"));
        assertEquals("< 100~×~10", tied("< 100 × 10"));
        // https://sciup.org/palliativnaja-pomoshh-detjam-i-podrostkam-v-terminalnyh-stadijah-zlokachestvennyh-149138888
        assertEquals("Статья в~выпуске: 3~т.21, 2021~года.", tied("Статья в выпуске: 3 т.21, 2021 года."));
    }

    @Test
    void labelsAbbreviationsDashesAndShortWords() {
        assertEquals("(рис.~1), табл.~2, Fig.~1, No.~3, [3, с.~235]", tied("(рис. 1), табл. 2, Fig. 1, No. 3, [3, с. 235]"));
        assertEquals("т.~е. так, т.~д., и~т.~п.", tied("т. е. так, т. д., и т. п."));
        assertEquals("Berthold et~al. showed", tied("Berthold et al. showed"));
        // cases/venetoclax-aml-after-neuroblastoma/case.md, the first paragraph of the body
        assertEquals("Нейробластома (НБ)~– злокачественная опухоль", tied("Нейробластома (НБ) – злокачественная опухоль"));
        assertEquals("слово~— слово", tied("слово — слово"));
        assertEquals("в~ходе внутриутробного или раннего", tied("в ходе внутриутробного или раннего"));
        assertEquals("Гипертриглицеридемия и/или гипофибриногенемия", tied("Гипертриглицеридемия и/или гипофибриногенемия"));
    }

    @Test
    void ordinaryTextIsLeftAloneAndTheSecondPassChangesNothing() {
        String plain = "Nephroblastoma is an embryonal cancer derived from poorly differentiated neural crest cells.";
        assertEquals(plain, Ties.text(plain));
        for (Ties.Rule r : Ties.RULES) {
            String once = Ties.text(r.example());
            assertEquals(once, Ties.text(once), r.id());
        }
        String s = "Kirgizov K.I. 2021;100(3):107–20, 42 г/м², рис. 1 — т. е. и др.";
        assertEquals(Ties.text(s), Ties.text(Ties.text(s)));
        assertEquals(s, Ties.plain(Ties.text(s)).replace('\u00A0', ' '));
    }

    @Test
    void aUnitsSlashIsJoinedAndACitationStaysWithTheWordBefore() {
        SourcePos p = SourcePos.file("case.md");
        List<Inline> in = List.of(new Inline.Text("42 г/м", p), new Inline.Sup(List.of(new Inline.Text("2", p)), p),
                new Inline.Text(" группы высокого риска ", p),
                new Inline.Cite(List.of("berthold2017"), p, List.of(1), "[1]"));
        List<Inline> out = Ties.inlines(in);
        assertEquals("42\u00A0г/\u2060м", ((Inline.Text) out.get(0)).text());
        assertEquals(" группы высокого риска\u00A0", ((Inline.Text) out.get(2)).text());
        assertTrue(out.get(1) instanceof Inline.Sup);
    }

    /** cases/venetoclax-aml-after-neuroblastoma/case.md: "перестройки *EVI1* и *KMT2A*" — the FO engine broke after "и". */
    @Test
    void aShortWordStaysWithTheEmphasisedWordAfterIt() {
        SourcePos p = SourcePos.file("case.md");
        List<Inline> in = List.of(new Inline.Text("перестройки ", p), new Inline.Emph(List.of(new Inline.Text("EVI1", p)), p),
                new Inline.Text(" и ", p), new Inline.Emph(List.of(new Inline.Text("KMT2A", p)), p),
                new Inline.Text(" также ", p), new Inline.Emph(List.of(new Inline.Text("TP53", p)), p));
        List<Inline> out = Ties.inlines(in);
        assertEquals(" и\u00A0", ((Inline.Text) out.get(2)).text());
        assertEquals("перестройки ", ((Inline.Text) out.get(0)).text(), "a long word before an element keeps its space");
        assertEquals(" также ", ((Inline.Text) out.get(4)).text(), "a word of more than one letter keeps its space");
    }

    @Test
    void namesAsPrinted() {
        assertEquals("М.М.\u00A0Антошин", Ties.name("М.М.", "Антошин"));
        assertEquals("Antoshin\u00A0M.M.", Ties.name("Antoshin", "M.M."));
        assertEquals("Антошин", Ties.name("", "Антошин"));
    }
}
