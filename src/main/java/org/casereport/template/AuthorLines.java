package org.casereport.template;

import java.util.ArrayList;
import java.util.List;
import org.casereport.model.Author;
import org.casereport.model.Metadata;

/**
 * The lines about the authors a Russian journal prints in its front matter, made once for the PDF's view and the
 * DOCX: an author's full name, and «Сведения об авторах / Information about the authors» — each author who gives
 * degrees as "Full Name — degrees" («Ожегов Анатолий Михайлович — доктор медицинских наук, профессор, врач-гематолог»,
 * the form of Практическая медицина's first pages).
 */
public final class AuthorLines {
    private AuthorLines() {
    }

    /** The full name, else the surname and initials ("Антошин М.М.", tied). */
    public static String fullName(Author a, String lang) {
        String full = a.fullName().get(lang);
        return full != null && !full.isBlank() ? full.strip() : Ties.name(a.surname().get(lang), a.initials().get(lang));
    }

    /** "Full Name — degrees" of each author who gives degrees in {@code lang}, in print order. */
    public static List<String> details(Metadata meta, String lang) {
        List<String> out = new ArrayList<>();
        for (Author a : meta.authors()) {
            String degrees = a.degrees().get(lang);
            if (degrees == null || degrees.isBlank()) continue;
            out.add(fullName(a, lang) + "\u00A0— " + degrees.strip()); // the dash never starts a line
        }
        return out;
    }
}
