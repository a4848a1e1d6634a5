package org.casereport.model;
import org.casereport.diag.SourcePos;

import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One author. {@code surname} and {@code initials} are given in both scripts ("Антошин" / "Antoshin",
 * "М.М." / "M.M."); {@code affiliations} are keys into {@link Metadata#affiliations()}.
 *
 * @param fullName the full name a Russian journal prints in its information about the authors and the
 *                 correspondence block ("Антошин Михаил Михайлович" / "Mikhail M. Antoshin"), or empty
 * @param degrees  degrees and position ("канд. мед. наук, врач-гематолог" / "Cand. Sci. (Med.), hematologist"), or empty
 * @param address  the postal address for correspondence, or empty
 * @param phone    the telephone for correspondence, or null
 */
public record Author(LocalizedText surname, LocalizedText initials, List<String> affiliations,
                     String orcid, String email, boolean corresponding, SourcePos pos,
                     LocalizedText fullName, LocalizedText degrees, LocalizedText address, String phone) {
    public Author {
        affiliations = List.copyOf(affiliations);
        if (surname == null) surname = LocalizedText.EMPTY;
        if (initials == null) initials = LocalizedText.EMPTY;
        if (fullName == null) fullName = LocalizedText.EMPTY;
        if (degrees == null) degrees = LocalizedText.EMPTY;
        if (address == null) address = LocalizedText.EMPTY;
    }

    /** An author with a name, affiliations and contacts only. */
    public Author(LocalizedText surname, LocalizedText initials, List<String> affiliations,
                  String orcid, String email, boolean corresponding, SourcePos pos) {
        this(surname, initials, affiliations, orcid, email, corresponding, pos, null, null, null, null);
    }

    /** "М.М. Антошин" or "M.M. Antoshin": the form the journal prints under the title. */
    public String displayName(String lang) {
        String i = initials.get(lang);
        String s = surname.get(lang);
        return (i == null || i.isBlank()) ? s : i + " " + s;
    }

    /**
     * The same author with every printed text rewritten by {@code f} (names, degrees, address): the one place
     * that knows which fields are text, so a pass over the texts (the ties) keeps every other field.
     */
    public Author mapText(UnaryOperator<String> f) {
        return new Author(surname, map(initials, f), affiliations, orcid, email, corresponding, pos,
                map(fullName, f), map(degrees, f), map(address, f), phone);
    }

    static LocalizedText map(LocalizedText t, UnaryOperator<String> f) {
        return t == null ? null : new LocalizedText(t.ru() == null ? null : f.apply(t.ru()), t.en() == null ? null : f.apply(t.en()));
    }
}
