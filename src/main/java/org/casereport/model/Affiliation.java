package org.casereport.model;
import org.casereport.diag.SourcePos;

/** An institution, referred to by its key from {@link Author#affiliations()}. */
public record Affiliation(String key, LocalizedText name, SourcePos pos) {
}
