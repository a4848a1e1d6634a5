package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The parts {@link EntryParser} reads from entries it once misread. The entries are the real records of
 * src/test/resources/references/types/published-types.json (its "source" names each page) as the shipped styles print
 * them, and one GOST thesis line of the corpus.
 */
class EntryParserTest {

    /** dissercat's thesis record (lizinfeld2023), in the house style: the institution after the degree is the publisher. */
    @Test
    void aThesisInstitutionAfterTheDegreeIsItsPublisher() {
        String e = "Лизинфельд И.А. Клинико-эпидемиологическая характеристика больных коронавирусной инфекцией (COVID-19) с коморбидной"
                + " патологией, предикторы неблагоприятного течения и исхода. Дис. … канд. наук. ФБУН «Центральный научно-исследовательский"
                + " институт эпидемиологии» Федеральной службы по надзору в сфере защиты прав потребителей и благополучия человека, 2023. 157 с.";
        EntryParts p = EntryParser.parse(e);
        assertEquals(EntryParts.Type.THESIS, p.type);
        assertEquals("ФБУН «Центральный научно-исследовательский институт эпидемиологии» Федеральной службы по надзору в сфере защиты прав"
                + " потребителей и благополучия человека", p.publisher.text());
        assertEquals("2023", p.year.text());
        assertTrue(p.title.text().endsWith("неблагоприятного течения и исхода"), p.title.text());
        // NLM: the degree in brackets, the year after a semicolon
        EntryParts nlm = EntryParser.parse("Лизинфельд ИА. Клинико-эпидемиологическая характеристика больных [Дис. … канд. наук]. ФБУН «ЦНИИ"
                + " эпидемиологии»; 2023.");
        assertEquals("ФБУН «ЦНИИ эпидемиологии»", nlm.publisher.text());
        assertEquals("Клинико-эпидемиологическая характеристика больных", nlm.title.text());
    }

    /** A place after the degree is the place, not a publisher: "Автореф. дис. … д-ра мед. наук. СПб., 2008." */
    @Test
    void aPlaceAfterTheDegreeIsThePlace() {
        EntryParts p = EntryParser.parse("Петров А.А. Лечение детей с нейробластомой. Автореф. дис. … д-ра мед. наук. СПб., 2008. 48 с.");
        assertEquals(EntryParts.Type.THESIS, p.type);
        assertEquals("СПб.", p.place.text());
        assertNull(p.publisher);
        assertEquals("Лечение детей с нейробластомой", p.title.text());
        assertEquals("2008", p.year.text());
    }

    /**
     * The NIH guideline (nih2020, empendium's source line) as the house style and NLM print it: "Clinical guidelines" is
     * the kind of document, not the title; the publisher follows a place with its state ("Bethesda, MD", "Bethesda (MD)").
     */
    @Test
    void aGuidelinesPublisherAfterAPlaceWithItsState() {
        EntryParts p = EntryParser.parse("Coronavirus disease 2019 (COVID-19) treatment guidelines. Clinical guidelines. Bethesda, MD: National"
                + " Health Institutes. URL: https://covid19treatmentguidelines.nih.gov/ (accessed 21.04.2020).");
        assertEquals(EntryParts.Type.WEB, p.type);
        assertEquals("National Health Institutes", p.publisher.text());
        assertEquals("Bethesda, MD", p.place.text());
        assertTrue(p.title.text().startsWith("Coronavirus disease 2019 (COVID-19) treatment guidelines"), p.title.text());
        EntryParts nlm = EntryParser.parse("Coronavirus disease 2019 (COVID-19) treatment guidelines [Internet]. Bethesda (MD): National Health"
                + " Institutes; [cited 2020 Apr 21]. Available from: https://covid19treatmentguidelines.nih.gov/");
        assertEquals("National Health Institutes", nlm.publisher.text());
        assertEquals("Bethesda (MD)", nlm.place.text());
    }

    /**
     * A conference abstract cited by its number (johnson2015, the References of «Клиническая медицина» 2016;94(9) on
     * cyberleninka): the number is its locator, in the house style, NLM and GOST.
     */
    @Test
    void aConferenceAbstractIsFoundByItsNumber() {
        for (String e : new String[] {
                "Johnson R. Cefazolin trumps Nafcillin for MSSA infection. In: Interscience Conference of Antimicrobial Agents and Chemotherapy (ICAAC). 2015: Abstract S912.",
                "Johnson R. Cefazolin trumps Nafcillin for MSSA infection. In: Interscience Conference of Antimicrobial Agents and Chemotherapy (ICAAC). 2015. Abstract S912.",
                "Johnson R. Cefazolin trumps Nafcillin for MSSA infection: Abstract S912 // Interscience Conference of Antimicrobial Agents and Chemotherapy (ICAAC). 2015."}) {
            EntryParts p = EntryParser.parse(e);
            assertEquals(EntryParts.Type.CHAPTER, p.type, e);
            assertEquals("S912", p.pages.text(), e);
            assertEquals("Cefazolin trumps Nafcillin for MSSA infection", p.title.text(), e);
            assertEquals("Interscience Conference of Antimicrobial Agents and Chemotherapy (ICAAC)", p.container.text(), e);
            assertTrue(p.missing().isEmpty(), e + ": " + p.missing());
        }
        assertEquals("912", EntryParser.parse("Smith J. A title. In: Some Congress. 2019. Abstract no. 912.").pages.text());
    }

    /**
     * An edited book (fomichev1989, a GOST guideline's example) as the house style, NLM and GOST print it: the editors
     * lead with their label, or follow the title after "/ под ред."; the collection it names is its title, not a chapter's book.
     */
    @Test
    void anEditedBookIsABook() {
        EntryParts house = EntryParser.parse("Фомичев С.А., ред. А. С. Грибоедов. Материалы к биографии: сборник научных трудов. Ленинград: Наука, 1989. 288 с.");
        assertEquals(EntryParts.Type.BOOK, house.type);
        assertEquals("Фомичев", house.authors.get(0)[0]);
        assertEquals("А. С. Грибоедов. Материалы к биографии: сборник научных трудов", house.title.text());
        assertEquals("Наука", house.publisher.text());
        EntryParts nlm = EntryParser.parse("Fomichev SA, editor. A. S. Griboyedov. Materials for biography: collection of scientific papers. Leningrad: Nauka; 1989. 288 p.");
        assertEquals(EntryParts.Type.BOOK, nlm.type);
        assertTrue(nlm.title.text().startsWith("A. S. Griboyedov"), nlm.title.text());
        EntryParts gost = EntryParser.parse("А. С. Грибоедов. Материалы к биографии: сборник научных трудов / под ред. С. А. Фомичева. Ленинград: Наука, 1989. 288 с.");
        assertEquals(EntryParts.Type.BOOK, gost.type);
        assertTrue(gost.authors.isEmpty(), "the book's title is not its author");
        assertEquals("А. С. Грибоедов. Материалы к биографии: сборник научных трудов", gost.title.text());
        assertTrue(gost.missing().isEmpty(), gost.missing().toString());
    }

    /** «Терапия» 2023, 9(4S) (terapiya2023, therapy-journal.ru): a supplement issue written "4S" is read whole in GOST. */
    @Test
    void aSupplementIssueWithItsLetter() {
        EntryParts p = EntryParser.parse("Скелетно-мышечные (неспецифические) боли в нижней части спины. Алгоритмы диагностики и лечения // Терапия. 2023."
                + " Т. 9, № 4S. С. 212–226.");
        assertEquals("9", p.volume.text());
        assertEquals("4S", p.issue.text());
        assertEquals("212–226", p.pages.text());
        assertEquals("4S", EntryParser.parse("Title. Terapiya, 2023, vol. 9, no. 4S, pp. 212–226.").issue.text());
    }

    /**
     * lapichkova2007 (a web page of Library.ru, PAM Research's author guidelines) and x-web as the shipped styles print
     * them: a range of years as its own sentence, NLM's year before "[cited …]" and its page title after it.
     */
    @Test
    void aWebPageYearRangeAndNlmPageOfASite() {
        EntryParts house = EntryParser.parse("Лапичкова В.П. Стандартизация библиотечных процессов. Опыт Национальной библиотеки Республики Карелии."
                + " Library.ru: информ.-справочный портал. 2005–2007. URL: http://www.library.ru/1/kb/articles/article.php?a_uid=225 (дата обращения: 24.12.2007).");
        assertEquals("2005", house.year.text());
        EntryParts gost = EntryParser.parse("Lapichkova V.P. Standartizatsiya bibliotechnykh protsessov. Opyt Natsional'noi biblioteki Respubliki Karelii"
                + " [Standardization of library processes. Experience of the National Library of the Republic of Karelia]. Library.ru: inform.-spravochnyi"
                + " portal, 2005–2007. Available at: http://www.library.ru/1/kb/articles/article.php?a_uid=225 (accessed 24.12.2007). (In Russ.)");
        assertEquals("2005", gost.year.text());
        assertTrue(gost.title.text().endsWith("Republic of Karelia]"), gost.title.text());
        EntryParts nlm = EntryParser.parse("Лапичкова ВП. Library.ru: информ.-справочный портал. М.; 2005–2007 [cited 2007 Dec 24]. Стандартизация"
                + " библиотечных процессов. Опыт Национальной библиотеки Республики Карелии. Available from: http://www.library.ru/1/kb/articles/article.php?a_uid=225");
        assertEquals(EntryParts.Type.WEB, nlm.type);
        assertEquals("2005", nlm.year.text());
        assertEquals("Стандартизация библиотечных процессов. Опыт Национальной библиотеки Республики Карелии", nlm.title.text());
        assertEquals("Library.ru: информ.-справочный портал", nlm.container.text());
        EntryParts who = EntryParser.parse("World Health Organization. WHO fact sheets. 2021 [cited 2024 May 1]. Childhood cancer. Available from:"
                + " https://www.who.int/news-room/fact-sheets/detail/cancer-in-children");
        assertEquals("2021", who.year.text());
        assertEquals("Childhood cancer", who.title.text());
        assertEquals("WHO fact sheets", who.container.text());
        // GOST: the organisation before the title, "[Electronic resource]" closing the title
        EntryParts gostWho = EntryParser.parse("World Health Organization. Projections of mortality and causes of death, 2016 to 2060 [Electronic resource]."
                + " URL: https://www.who.int/healthinfo/global_burden_disease/projections/en/ (accessed: 09.07.2019).");
        assertEquals("Projections of mortality and causes of death, 2016 to 2060", gostWho.title.text());
        assertNull(gostWho.year, "the title's years are not the page's");
    }

    /** painrussia2021 («Терапия» 2023, 9(4S)): a guideline's society after its document kind, or after NLM's "[Internet]". */
    @Test
    void aWebGuidelinesPublisher() {
        String url = " URL: https://painrussia.ru/publications/reference-materials-and-guides/БС_РОИБ_2020.pdf (дата обращения: 01.05.2023).";
        String society = "Российское межрегиональное общество по изучению боли";
        EntryParts house = EntryParser.parse("Диагностика и лечение скелетно-мышечных (неспецифических) болей в нижней части спины. Клинические рекомендации. "
                + society + ", 2021." + url);
        assertEquals(society, house.publisher.text());
        assertEquals("2021", house.year.text());
        assertEquals("Диагностика и лечение скелетно-мышечных (неспецифических) болей в нижней части спины", house.title.text());
        EntryParts nlm = EntryParser.parse("Диагностика и лечение скелетно-мышечных (неспецифических) болей в нижней части спины [Internet]. " + society
                + "; 2021 [cited 2023 May 1]. Available from: https://painrussia.ru/publications/reference-materials-and-guides/БС_РОИБ_2020.pdf");
        assertEquals(society, nlm.publisher.text());
        assertEquals("2021", nlm.year.text());
        // a site after a title is not a publisher
        EntryParts site = EntryParser.parse("World Health Organization. Childhood cancer. WHO fact sheets, 2021. Available at:"
                + " https://www.who.int/news-room/fact-sheets/detail/cancer-in-children (accessed 01.05.2024).");
        assertNull(site.publisher);
        assertEquals("2021", site.year.text());
    }

    /** minzdrav1683n (Российская газета, 2013): an order's title is its quoted name, its date and number are not the locator. */
    @Test
    void aLegalActsTitleIsItsQuotedName() {
        EntryParts gost = EntryParser.parse("Prikaz Ministerstva zdravookhraneniya Rossiiskoi Federatsii ot 29 dekabrya 2012 g. № 1683n «Ob utverzhdenii"
                + " standarta spetsializirovannoi meditsinskoi pomoshchi pri nefroticheskom sindrome (diagnostika, lechenie)» [Order of the Ministry of Health"
                + " of the Russian Federation of 29 December 2012 No. 1683n \"On approval of the standard of specialized medical care for nephrotic syndrome"
                + " (diagnosis, treatment)\"]. Rossiiskaya gazeta, 2013, no. 6100. (In Russ.)");
        assertTrue(gost.title.text().endsWith("(diagnosis, treatment)\"]"), gost.title.text());
        assertEquals("Rossiiskaya gazeta", gost.container.text());
        assertEquals("6100", gost.issue.text());
        assertEquals("2013", gost.year.text());
        EntryParts nlm = EntryParser.parse("Order of the Ministry of Health of the Russian Federation of 29 December 2012 No. 1683n \"On approval of the"
                + " standard of specialized medical care for nephrotic syndrome (diagnosis, treatment)\". Rossiiskaya gazeta 2013. (In Russ.)");
        assertTrue(nlm.title.text().endsWith("(diagnosis, treatment)\""), nlm.title.text());
        assertNull(nlm.issue, "the order's number is not an issue");
        EntryParts ru = EntryParser.parse("Приказ Министерства здравоохранения Российской Федерации от 29 декабря 2012 г. № 1683н «Об утверждении стандарта"
                + " специализированной медицинской помощи при нефротическом синдроме (диагностика, лечение)» // Российская газета. 2013. № 6100.");
        assertEquals("Российская газета", ru.container.text());
        assertEquals("6100", ru.issue.text());
    }

    /**
     * deng2019 («Cancer Research»'s citation line) and wang2022 (AACR's) as the styles print them: the meeting's dates and
     * place after its name are neither the locator nor the proceedings, the publisher of the proceedings stands before the
     * journal, and GOST's lower-case "abstract 4608" is the abstract's number in a journal as well.
     */
    @Test
    void aMeetingAbstractKeepsItsDatesPlacePublisherAndNumber() {
        EntryParts nlm = EntryParser.parse("Deng S, Chen H, Krutilina R, Albadari NG, Seagroves TN, Miller DD, et al. Colchicine binding site"
                + " agents as potent tubulin inhibitors suppressing triple negative breast cancer [abstract]. In: Proceedings of the American"
                + " Association for Cancer Research Annual Meeting 2019; 2019 Mar 29–Apr 3; Atlanta, GA. Philadelphia (PA): AACR; Cancer Res."
                + " 2019;79(13 Suppl):Abstract no. 4608.");
        assertEquals(EntryParts.Type.CHAPTER, nlm.type);
        assertEquals("2019 Mar 29–Apr 3", nlm.meetingDate.text());
        assertEquals("Atlanta, GA", nlm.meetingPlace.text());
        assertEquals("AACR", nlm.publisher.text());
        assertEquals("2019", nlm.year.text());
        assertEquals("79", nlm.volume.text());
        assertEquals("13 Suppl", nlm.issue.text());
        assertEquals("4608", nlm.pages.text());
        EntryParts gost = EntryParser.parse("Deng S. et al. Colchicine binding site agents as potent tubulin inhibitors suppressing triple negative"
                + " breast cancer: abstract 4608 // Cancer Research. Philadelphia, PA: AACR, 2019. Vol. 79, № 13 Suppl.");
        assertEquals(EntryParts.Type.CHAPTER, gost.type);
        assertEquals("4608", gost.pages.text());
        assertEquals("AACR", gost.publisher.text());
        assertTrue(gost.title.text().endsWith("breast cancer"), gost.title.text());
        EntryParts alone = EntryParser.parse("Wang X., Ren J., Zhao Q. Integrative quality control of cancer somatic mutations with CaMutQC:"
                + " abstract 5004. Philadelphia, PA: AACR, 2022.");
        assertEquals("5004", alone.pages.text());
        assertEquals("2022", alone.year.text());
        EntryParts article = EntryParser.parse("Smith J. An abstract 3 ways. Lancet. 2019;393(10170):1–9.");
        assertEquals(EntryParts.Type.ARTICLE, article.type);
        assertEquals("1–9", article.pages.text());
    }

    /**
     * fz323 and rosstat800 (a Russian article's GOST References): an act named by its title, then its kind, date and
     * number — all of it names the act; the number is not an issue, what follows is where it was read.
     */
    @Test
    void aLegalActNamedByItsTitleKeepsItsKindAndNumberInTheTitle() {
        EntryParts latin = EntryParser.parse("Ob utverzhdenii formy federal'nogo statisticheskogo nablyudeniya [On approval of the form of federal"
                + " statistical observation]. Order of the Ministry of Economic Development and Federal State Statistics Service dated December 16,"
                + " 2020 No. 800. ConsultantPlus Legal System. (In Russ.)");
        assertTrue(latin.legal);
        assertTrue(latin.title.text().startsWith("Ob utverzhdenii") && latin.title.text().endsWith("No. 800"), latin.title.text());
        assertNull(latin.issue, "the order's number is not an issue");
        assertEquals("2020", latin.year.text(), "the act's year is that of its date");
        assertEquals("ConsultantPlus Legal System", latin.container.text());
        EntryParts ru = EntryParser.parse("Об основах охраны здоровья граждан в Российской Федерации: Федеральный закон от 21.11.2011 № 323-ФЗ."
                + " URL: https://docs.cntd.ru/document/902312609 (дата обращения: 24.06.2023).");
        assertTrue(ru.legal);
        assertTrue(ru.title.text().endsWith("№ 323-ФЗ"), ru.title.text());
        assertEquals("2011", ru.year.text());
        assertEquals(List.of(), ru.missing());
        assertEquals("https://docs.cntd.ru/document/902312609", ru.url.text());
        EntryParts article = EntryParser.parse("Ivanov I.I. An order of the day in surgery. Khirurgiya. 2019;(3):88–97.");
        assertFalse(article.legal, "an article whose title holds the word is no legal act");
    }

    /**
     * courtney2005 (a dissertation guide's example, "// Advances in Сardiology. Basel ets., 2005. Vol. 42") is a paper in
     * a book series; jemal2008's GOST Latin journal "CA: A Cancer Journal for Clinicians, 2008, vol. 58" is no place and publisher.
     */
    @Test
    void aSeriesVolumeIsAChapterAndALatinGostJournalWithAColonIsAJournal() {
        EntryParts series = EntryParser.parse("Courtney R. Results of rehabilitation in coronary patients // Advances in Cardiology. Basel, 2005. Vol. 42. P. 173–196.");
        assertEquals(EntryParts.Type.CHAPTER, series.type);
        assertEquals("173–196", series.pages.text());
        assertEquals(EntryParts.Type.CHAPTER, EntryParser.parse("Courtney R. Results of rehabilitation in coronary patients // Advances in Сardiology."
                + " Basel ets., 2005. Vol. 42.– P. 173–196.").type);
        assertEquals(EntryParts.Type.ARTICLE, EntryParser.parse("Иванов И.И. Название // Кардиология. 2016. Т. 56, № 4. С. 16–24.").type);
        EntryParts ca = EntryParser.parse("Jemal A., Siegel R., Ward E., Hao Y., Xu J., Murray T. et al. Cancer statistics, 2008. CA: A Cancer Journal for"
                + " Clinicians, 2008, vol. 58, no. 2, pp. 71–96.");
        assertEquals(EntryParts.Type.ARTICLE, ca.type);
        assertEquals("CA: A Cancer Journal for Clinicians", ca.container.text());
        assertNull(ca.publisher);
        assertEquals("58", ca.volume.text());
    }

    /** fomichev1989 in GOST: the place after "/ под ред. С. А. Фомичева." is "Ленинград", and the Latin "Ed. by" ends the title. */
    @Test
    void aPlaceAfterTheEditorsIsNotTheirName() {
        EntryParts ru = EntryParser.parse("А. С. Грибоедов. Материалы к биографии: сборник научных трудов / под ред. С. А. Фомичева. Ленинград: Наука, 1989. 288 с.");
        assertEquals("Ленинград", ru.place.text());
        assertEquals("Наука", ru.publisher.text());
        assertEquals("Н. Новгород", EntryParser.parse("Иванов И.И. Книга. Н. Новгород: Наука, 2001. 100 с.").place.text());
        EntryParts en = EntryParser.parse("A. S. Griboedov. Materialy k biografii: sbornik nauchnykh trudov [A. S. Griboyedov. Materials for biography:"
                + " collection of scientific papers]. Ed. by Fomichev S.A. Leningrad, Nauka Publ., 1989. 288 p. (In Russ.)");
        assertTrue(en.authors.isEmpty(), "the title's name is not an author");
        assertTrue(en.title.text().startsWith("A. S. Griboedov. Materialy") && en.title.text().endsWith("scientific papers]"), en.title.text());
        assertEquals("Leningrad", en.place.text());
    }

    /**
     * «ВИЧ-инфекция и иммуносупрессии» (hiv.bmoc-spb.ru/jour/article/view/605) writes the pages label of its Latin-script
     * GOST entries with a Cyrillic Р: the pages are read (they were "missing", and the proposal lost them).
     */
    @Test
    void pagesAfterACyrillicPLabel() {
        EntryParts p = EntryParser.parse("Lu H., Stratton C.W., Tang Y.-W. Outbreak of pneumonia of unknown etiology in Wuhan, China: The mystery and"
                + " the miracle // J. Med. Virol. 2020. Apr. Vol. 92, No. 4. \u0420. 401-402. https://doi.org/10.1002/jmv.25678.");
        assertEquals("401-402", p.pages.text());
        assertEquals("92", p.volume.text());
        assertEquals("4", p.issue.text());
    }

    /** payne1996 (the Uniform Requirements' "Issue with supplement" sample) in GOST: the issue is read with its supplement. */
    @Test
    void aGostIssueWithItsSupplement() {
        assertEquals("1 Suppl 2", EntryParser.parse("Payne D. K., Sullivan M. D., Massie M. J. Women’s psychological reactions to breast cancer"
                + " // Semin Oncol. 1996. Vol. 23, № 1 Suppl 2. P. 89–97.").issue.text());
        assertEquals("1 Suppl 2", EntryParser.parse("Payne D.K., Sullivan M.D., Massie M.J. Women’s psychological reactions to breast cancer."
                + " Seminars in Oncology, 1996, vol. 23, no. 1 Suppl 2, pp. 89–97.").issue.text());
        assertEquals("1 Suppl 2", EntryParser.parse("Payne D.K., Sullivan M.D., Massie M.J. Women’s psychological reactions to breast cancer."
                + " Semin Oncol. 1996;23(1 Suppl 2):89–97.").issue.text());
    }

    /**
     * real-studentlibrary-gost.txt entries 3 and 4: GOST's heading names the first author, the statement of
     * responsibility after " / " all of them; the record has them all (the expected entry once kept the first only).
     */
    @Test
    void theStatementOfResponsibilityNamesEveryAuthor() {
        EntryParts p = EntryParser.parse("Романов, И.С. Особенности регионарного метастазирования плоскоклеточного рака полости рта."
                + " / Романов, И.С., Яковлева Л.П., Удинцов Д.Б., Джумаев М.Г., Циклаури В.Т. // Стоматология. - 2012. -Т.91, №4. - С. 28-31");
        assertEquals(List.of("Романов", "Яковлева", "Удинцов", "Джумаев", "Циклаури"), p.authors.stream().map(a -> a[0]).toList());
        assertEquals("Особенности регионарного метастазирования плоскоклеточного рака полости рта", p.title.text());
        assertEquals("Стоматология", p.container.text());
        // a statement naming someone else first (an editor, another heading) leaves the heading's authors as they are
        EntryParts q = EntryParser.parse("Иванов И.И. Рак полости рта / Петров П.П., Сидоров С.С. // Стоматология. - 2012. - Т. 91, № 4. - С. 28-31");
        assertEquals(List.of("Иванов"), q.authors.stream().map(a -> a[0]).toList());
    }

    /**
     * «ВИЧ-инфекция и иммуносупрессии» (real-hiv-gost.txt, entry 6): initials set apart by a space and without full stops,
     * "Chhetri J K", are one author's, so the entry has authors and is compared with the style.
     */
    @Test
    void spacedUndottedInitialsAreOneAuthors() {
        EntryParts p = EntryParser.parse("Chhetri J K, Chan P., Arai H. Prevention of COVID-19 in Older Adults: A Brief Guidance // J. Nutr. Health."
                + " Aging. 2020. Vol. 245. Р. 471-472. https://doi.org/10.1007/s12603-020-1359-7.");
        assertEquals(3, p.authors.size(), p.toString());
        assertEquals("Chhetri", p.authors.get(0)[0]);
        assertEquals("J.K.", p.authors.get(0)[1]);
        assertEquals("Prevention of COVID-19 in Older Adults: A Brief Guidance", p.title.text());
        // a title's capital letters are not initials: no comma follows them
        EntryParts t = EntryParser.parse("Smith J. Vitamin D K and bone. Bone. 2020;1(2):3–4.");
        assertEquals(1, t.authors.size(), t.toString());
    }
}
