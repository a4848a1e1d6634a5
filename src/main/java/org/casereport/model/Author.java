package org.casereport.model;
import org.casereport.diag.SourcePos;

import java.util.List;

/**
 * One author. {@code surname} and {@code initials} are given in both scripts ("Антошин" / "Antoshin",
 * "М.М." / "M.M."); {@code affiliations} are keys into {@link Metadata#affiliations()}.
 */
public record Author(LocalizedText surname, LocalizedText initials, List<String> affiliations,
                     String orcid, String email, boolean corresponding, SourcePos pos) {
    public Author {
        affiliations = List.copyOf(affiliations);
    }

    /** "М.М. Антошин" or "M.M. Antoshin": the form the journal prints under the title. */
    public String displayName(String lang) {
        String i = initials.get(lang);
        String s = surname.get(lang);
        return (i == null || i.isBlank()) ? s : i + " " + s;
    }
}
