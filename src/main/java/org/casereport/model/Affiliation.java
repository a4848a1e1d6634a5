package org.casereport.model;
import org.casereport.diag.SourcePos;

import java.util.List;
import java.util.function.UnaryOperator;

/** An institution, referred to by its key from {@link Author#affiliations()}; its name may hold inline markup. */
public record Affiliation(String key, RichText name, SourcePos pos) {
    public Affiliation {
        if (name == null) name = RichText.EMPTY;
    }

    /** An institution with a plain name. */
    public Affiliation(String key, LocalizedText name, SourcePos pos) {
        this(key, RichText.plain(name), pos);
    }

    /** The same institution with its name rewritten by {@code f}. */
    public Affiliation mapText(UnaryOperator<List<Inline>> f) {
        return new Affiliation(key, name.map(f), pos);
    }
}
