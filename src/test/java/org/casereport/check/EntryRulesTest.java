package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The entry rules on single entries: the input each used to mishandle, and what must stay silent. */
class EntryRulesTest {
    private static final EntryRules.StyleTraits NLM_OPTIONAL_ISSUE = new EntryRules.StyleTraits("doi: ", "(In Russ.)", true, true, false, false);

    static List<EntryRules.Deviation> check(String entry, EntryRules.StyleTraits style) {
        return EntryRules.check(entry, EntryParser.parse(entry), style, 2026);
    }

    static List<String> rules(String entry, EntryRules.StyleTraits style) {
        return check(entry, style).stream().map(EntryRules.Deviation::rule).toList();
    }

    @Test
    void aSupplementWrittenTwiceIsReportedWithTheLocatorAsItShouldRead() {
        // a Springer chapter's list (sources.md: real-ouci-transfusion-nlm.txt, entry 1)
        String e = "Free RJ, Sapiano MRP, Chavez Ortiz JL, Stewart P, Berger J, Basavaraju SV. Continued stabilization of blood collections"
                + " and transfusions in the United States. Transfusion. 2023;63 Suppl 4(Suppl 4):S8–S18.";
        List<EntryRules.Deviation> ds = check(e, NLM_OPTIONAL_ISSUE);
        EntryRules.Deviation d = ds.stream().filter(x -> x.rule().equals("ref-supplement-doubled")).findFirst().orElseThrow();
        assertEquals("Suppl 4(Suppl 4)", e.substring(d.start(), d.end()));
        assertEquals("Suppl 4", d.replacement());
        assertTrue(EntryRules.apply(e, List.of(d)).contains("2023;63 Suppl 4:S8–S18."));
        // "Chavez Ortiz JL" is one person with a two-word family name, not a lost separator
        assertTrue(ds.stream().noneMatch(x -> x.rule().equals("ref-author-separator")), ds.toString());
        assertTrue(rules("Smith J. A title of the paper. Blood. 2004;104 Suppl. Suppl:11–26.", EntryRules.StyleTraits.VANCOUVER)
                .contains("ref-supplement-doubled"));
        // one supplement, and two different ones, are not doubled
        assertTrue(!rules("Smith J. A title of the paper. Blood. 2004;104 Suppl 1:S11–26. doi: 10.1/x", EntryRules.StyleTraits.VANCOUVER)
                .contains("ref-supplement-doubled"));
        assertTrue(!rules("Smith J. A title of the paper. Blood. 2004;104 Suppl 1 Suppl 2:S11–26. doi: 10.1/x", EntryRules.StyleTraits.VANCOUVER)
                .contains("ref-supplement-doubled"));
    }

    @Test
    void aLostCommaBetweenTwoPeopleIsReportedWithoutInventingAName() {
        String e = "Carson JL MA, Hebert PC. Anemia and red blood cell transfusion. In: Simon TL GE, McCullough J, Roback JD, editors."
                + " Rossi’s principles of transfusion medicine. 6th ed. 2022. pp. 25–36.";
        List<EntryRules.Deviation> ds = check(e, NLM_OPTIONAL_ISSUE).stream().filter(x -> x.rule().equals("ref-author-separator")).toList();
        assertEquals(List.of("Carson JL MA", "Simon TL GE"), ds.stream().map(d -> e.substring(d.start(), d.end())).toList());
        assertTrue(ds.stream().allMatch(d -> d.replacement() == null), "no name is made up for the lost one");
    }

    @Test
    void aSemicolonOrAndBetweenAuthorsIsAWrongSeparator() {
        String semi = "Smith JA; Jones KB; Brown L. A title of the paper. Blood. 2020;136(7):1–9. doi: 10.1182/blood.1";
        List<EntryRules.Deviation> ds = check(semi, EntryRules.StyleTraits.VANCOUVER).stream().filter(x -> x.rule().equals("ref-author-separator")).toList();
        assertEquals(2, ds.size(), ds.toString());
        assertEquals("Smith JA, Jones KB, Brown L. A title", EntryRules.apply(semi, ds).substring(0, 36));
        String and = "Smith JA, Jones KB and Brown L. A title of the paper. Blood. 2020;136(7):1–9. doi: 10.1182/blood.1";
        assertTrue(rules(and, EntryRules.StyleTraits.VANCOUVER).contains("ref-author-separator"));
        // a group author after the persons' names is not a person
        String group = "Smith JA, Jones KB; Children's Oncology Group. A title of the paper. Blood. 2020;136(7):1–9. doi: 10.1182/blood.1";
        assertTrue(!rules(group, EntryRules.StyleTraits.VANCOUVER).contains("ref-author-separator"));
        // "and" inside a title is not between authors
        String title = "Smith JA, Jones KB. Smith JA and Brown L revisited. Blood. 2020;136(7):1–9. doi: 10.1182/blood.1";
        assertTrue(!rules(title, EntryRules.StyleTraits.VANCOUVER).contains("ref-author-separator"));
    }

    @Test
    void aMissingIssueIsReportedOnlyWhereTheJournalRequiresIt() {
        // a Springer chapter's NLM list (real-ouci-leukemia-nlm.txt, entry 1): NLM allows leaving the issue out
        String e = "Bene MC, Castoldi G, Knapp W, et al. Proposals for the immunological classification of acute leukemias. Leukemia. 1995;9:1783–6.";
        assertTrue(!rules(e, NLM_OPTIONAL_ISSUE).contains("ref-missing-part"));
        List<EntryRules.Deviation> ds = check(e, EntryRules.StyleTraits.VANCOUVER);
        assertTrue(ds.stream().anyMatch(d -> d.rule().equals("ref-missing-part") && d.message().contains("no issue")), ds.toString());
        // the journal's setting is read from journal.yaml: the nlm journal says optional, the house style required
        assertTrue(!ManuscriptChecker.traits(Journals.load(java.nio.file.Path.of("templates"), "nlm", null)).issueRequired());
        assertTrue(ManuscriptChecker.traits(Journals.load(java.nio.file.Path.of("templates"), "default", null)).issueRequired());
        // a missing volume is still reported where the issue is optional
        String noVolume = "Bene MC, Castoldi G. Proposals for the classification of acute leukemias. Leukemia. 1995;(10):1783–6.";
        assertTrue(check(noVolume, NLM_OPTIONAL_ISSUE).stream().anyMatch(d -> d.message().contains("no volume")));
    }

    @Test
    void aWebPagesYearIsReadWhereItStandsBeforeTheAddressOnly() {
        // the GOST web form "… 2019. URL: … (дата обращения: …)": the year is the page's
        String ru = "Всемирная организация здравоохранения. Доклад о глобальной эпидемии туберкулеза. 2019. URL: https://www.who.int/tb/"
                + "publications/global_report/ru/ (дата обращения: 12.03.2020).";
        EntryParts p = EntryParser.parse(ru);
        assertEquals(EntryParts.Type.WEB, p.type);
        assertEquals("2019", p.year.text());
        assertEquals(ru.indexOf("2019."), p.year.start());
        assertTrue(!rules(ru, EntryRules.StyleTraits.VANCOUVER).contains("ref-year-future"));
        // with "[Электронный ресурс]" between, and after a comma
        EntryParts e = EntryParser.parse("Минздрав России. Клинические рекомендации. Острые лейкозы, 2020. [Электронный ресурс]. URL: "
                + "https://cr.minzdrav.gov.ru/schema/529_1 (дата обращения: 01.02.2021).");
        assertEquals("2020", e.year.text());
        // a future year there is reported at the year
        String future = ru.replace("2019. URL", "2029. URL");
        List<EntryRules.Deviation> ds = check(future, EntryRules.StyleTraits.VANCOUVER).stream().filter(d -> d.rule().equals("ref-year-future")).toList();
        assertEquals(1, ds.size(), check(future, EntryRules.StyleTraits.VANCOUVER).toString());
        assertEquals("2029", future.substring(ds.get(0).start(), ds.get(0).end()));
        // a year inside the title, a version number or the access date is not the page's (real-globalauthorid-c.txt, entry 2;
        // real-studfile.txt, entry 5)
        String who = "World Health Organization. Projections of mortality and causes of death, 2016 to 2060. Available from: "
                + "https://www.who.int/healthinfo/global_burden_disease/projections/en/ (accessed July 9, 2019).";
        assertEquals(null, EntryParser.parse(who).year);
        assertTrue(!rules(who, EntryRules.StyleTraits.VANCOUVER).contains("ref-year-future"));
        assertEquals(null, EntryParser.parse("National Comprehensive Cancer Network. NCCN clinical practice guidelines in oncology. Head and neck "
                + "cancers. Version 1.2018. Available at: http://oncolife.com.ua/doc/nccn/Head_and_Neck_Cancers.pdf").year);
    }

    /**
     * «Терапия. 2019;(3):1218» with the DOI "…2019.3.12-18" (real-studfile.txt, entry 2): the range 12–18 with its dash
     * lost; the repair is the range the entry's own DOI names. Without such a DOI a long page stays as written.
     */
    @Test
    void aRangeRunTogetherIsFoundFromTheEntrysOwnDoi() {
        String e = "Лазебник Л.Б., Алексеенко С.А., Лялюкова Е.А., Самсонов А.А., Бордин Д.С. и др. Рекомендации по ведению первичных пациентов"
                + " с симптомами диспепсии. Терапия. 2019;(3):1218. URL: https://doi.org/10.18565/thera-py.2019.3.12-18.";
        EntryRules.Deviation d = check(e, EntryRules.StyleTraits.VANCOUVER).stream().filter(x -> x.rule().equals("ref-pages-joined"))
                .findFirst().orElseThrow();
        assertEquals("1218", e.substring(d.start(), d.end()));
        assertEquals("12–18", d.replacement());
        // the DOI's numbers name another range, or none: silent
        assertTrue(!rules("Smith J. A title. Bone. 2019;5(3):1218. doi: 10.1000/bone.2019.3.12-19", EntryRules.StyleTraits.VANCOUVER)
                .contains("ref-pages-joined"));
        assertTrue(!rules("Smith J. A title. Arch Gerontol Geriatr. 2020;90:104118. doi: 10.1016/j.archger.2020.104118", EntryRules.StyleTraits.VANCOUVER)
                .contains("ref-pages-joined"));
        // "…-2023-27-1-92-110": the last two numbers of a DOI
        List<EntryRules.Deviation> ds = check("Usatyuk V.S., Egorov S.I. A title. Proceedings of the Southwest State University. 2023;27(1):92110."
                + " doi: 10.21869/2223-1560-2023-27-1-92-110", EntryRules.StyleTraits.VANCOUVER);
        assertEquals(List.of("92–110"), ds.stream().filter(x -> x.rule().equals("ref-pages-joined")).map(EntryRules.Deviation::replacement).toList());
    }

    /**
     * The same source listed twice, told by its PMID alone: the example's Sievers 2000 entry (clean-example.txt, entry 14)
     * and the same record written again with its title cut short, as an author pasting from a second manager would.
     */
    @Test
    void aDuplicateIsFoundByItsPmid() {
        String first = "Sievers E.L., Lange B.J., Sondel P.M., Krailo M.D., Gan J., Tjoa T., Liu-Mares W., Feig S.A. Children’s cancer group trials"
                + " of interleukin-2 therapy to prevent relapse of acute myelogenous leukemia. Cancer J Sci Am. 2000;6 Suppl 1:S39–44. PMID: 10685657.";
        String again = "Sievers EL, Lange BJ, Sondel PM, et al. Interleukin-2 therapy after AML. Cancer J Sci Am. 2000;6 Suppl 1:S39-44."
                + " PMID: 10685657.";
        String other = "Sievers E.L. Another study of interleukin-2 in leukemia. Cancer J Sci Am. 2000;6 Suppl 1:S45–50. PMID: 10685658.";
        java.util.Map<Integer, String> dups = EntryRules.duplicates(List.of(EntryParser.parse(first), EntryParser.parse(other), EntryParser.parse(again)));
        assertEquals(java.util.Set.of(2), dups.keySet(), dups.toString());
        assertEquals("0\u0000the same PMID 10685657", dups.get(2));
    }
}
