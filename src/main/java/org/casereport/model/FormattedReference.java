package org.casereport.model;

/**
 * One entry of the reference list, as the journal's style prints it.
 *
 * @param number   its number: order of first citation
 * @param text     the entry as printed in a combined list (for a Russian source: the original
 *                 followed by its bracketed Latin-script version)
 * @param original the entry in its original script only
 * @param latin    the entry fully in Latin script ("References" list); equals {@code original} for a Latin-script source
 */
public record FormattedReference(int number, String id, String text, String original, String latin) {
}
