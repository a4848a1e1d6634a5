package org.casereport.model;

/**
 * What a figure shows: data to draw (a timeline, a regimen) or an image file.
 * Implementations live in {@code org.casereport.figure}.
 */
public interface FigureSpec {
    /** The kind as written in the case file: "timeline", "regimen", "image". */
    String kind();
}
