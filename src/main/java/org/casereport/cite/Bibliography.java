package org.casereport.cite;

import java.util.List;
import org.casereport.check.Diagnostics;
import org.casereport.model.FormattedReference;
import org.casereport.model.Reference;
import org.casereport.template.Journal;

/** Formats the reference list in the journal's CSL style (citeproc-java), Russian sources with their Latin-script version. */
public final class Bibliography {
    private Bibliography() {
    }

    /** @param inCitationOrder the cited references, numbered 1.. in this order */
    public static List<FormattedReference> format(Journal journal, List<Reference> inCitationOrder, Diagnostics diagnostics) {
        throw new UnsupportedOperationException("Bibliography: not written yet");
    }

    /** Checks of the records themselves (missing fields, malformed DOI/PMID, duplicates, dates, page ranges). */
    public static void check(List<Reference> references, Diagnostics diagnostics) {
    }

    /** A warning for every reference that no citation names. */
    public static void checkUncited(List<Reference> all, java.util.Set<String> cited, Diagnostics diagnostics) {
    }

    /** The citation mark for a list of numbers, as the journal prints it: "[2, 3, 6–8]" or superscript "2,3,6–8". */
    public static String citationMark(Journal journal, List<Integer> numbers) {
        throw new UnsupportedOperationException("citationMark: not written yet");
    }

    /** Whether the journal prints citation marks as superscript (else in brackets on the line). */
    public static boolean superscript(Journal journal) {
        return "superscript".equals(journal.string("citations.style", "brackets"));
    }
}
