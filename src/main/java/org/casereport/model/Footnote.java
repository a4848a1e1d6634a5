package org.casereport.model;
import org.casereport.diag.SourcePos;

import java.util.List;

/** A footnote, numbered in order of first mark in the body. */
public record Footnote(String label, int number, List<Inline> content, SourcePos pos) {
}
