package org.casereport.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
