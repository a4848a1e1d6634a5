package org.casereport.cite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.casereport.diag.Diagnostics;
import org.casereport.diag.SourcePos;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.junit.jupiter.api.Test;

/**
 * A US state or Canadian province after the city: Citing Medicine (NLM) writes it in parentheses, "Bethesda (MD):"
 * (as its own citation line, "Bethesda (MD): National Library of Medicine (US)"); the house style keeps the place as
 * the record gives it ("Bethesda, MD:").
 */
class PlacesTest {

    @Test
    void aStateOrProvinceGoesInParentheses() {
        assertEquals("Bethesda (MD)", Places.citingMedicine("Bethesda, MD"));
        assertEquals("Toronto (ON)", Places.citingMedicine("Toronto, ON"));
        assertEquals("New York (NY); Philadelphia (PA)", Places.citingMedicine("New York, NY; Philadelphia, PA"));
    }

    @Test
    void aPlaceWithoutAStateIsLeftAsWritten() {
        assertEquals("Basel", Places.citingMedicine("Basel"));
        assertEquals("London, UK", Places.citingMedicine("London, UK"));   // a country, not a state
        assertEquals("Valencia, Spain", Places.citingMedicine("Valencia, Spain"));
        assertEquals("М.", Places.citingMedicine("М."));
    }

    /** The real guideline record nih2020 (published-types.json): NLM prints "Bethesda (MD):", the house style "Bethesda, MD:". */
    @Test
    void nlmWritesTheStateInParenthesesAndTheHouseStyleAsGiven() {
        Map<String, Object> csl = new LinkedHashMap<>();
        csl.put("id", "nih2020");
        csl.put("type", "report");
        csl.put("language", "en");
        csl.put("title", "Coronavirus disease 2019 (COVID-19) treatment guidelines");
        csl.put("publisher", "National Health Institutes");
        csl.put("publisher-place", "Bethesda, MD");
        csl.put("URL", "https://covid19treatmentguidelines.nih.gov/");
        csl.put("accessed", Map.of("date-parts", List.of(List.of(2020, 4, 21))));
        Reference r = new Reference("nih2020", csl, SourcePos.file("references.json").at(1, 1));
        Diagnostics d = new Diagnostics();
        FormattedReference nlm = Bibliography.format(TestSupport.journal("nlm"), List.of(r), d).get(0);
        FormattedReference house = Bibliography.format(TestSupport.journal("default"), List.of(r), d).get(0);
        assertTrue(d.all().isEmpty(), TestSupport.show(d));
        assertTrue(nlm.text().contains("[Internet]. Bethesda (MD): National Health Institutes;"), nlm.text());
        assertTrue(house.text().contains("Bethesda, MD: National Health Institutes."), house.text());
    }
}
