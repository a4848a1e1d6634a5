package org.casereport.check;

/**
 * A safe repair {@code --fix} may apply: replace the characters {@code [start, end)} of a file's text.
 *
 * @param file the file as diagnostics name it
 */
public record Fix(String file, int start, int end, String replacement) {
}
