package org.casereport.figure;

import java.awt.Graphics2D;

/**
 * A figure laid out at a width: its height and how to paint it. Units are points, the origin is the top left
 * corner. The one drawing code path for every output (PDF, PNG, SVG).
 */
interface Drawing {
    double width();

    double height();

    void paint(Graphics2D g);
}
