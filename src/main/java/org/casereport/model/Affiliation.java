package org.casereport.model;

/** An institution, referred to by its key from {@link Author#affiliations()}. */
public record Affiliation(String key, LocalizedText name, SourcePos pos) {
}
