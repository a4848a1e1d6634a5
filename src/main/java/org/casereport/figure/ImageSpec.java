package org.casereport.figure;

import java.nio.file.Path;
import org.casereport.model.FigureSpec;

/**
 * An image file of the case: PNG or JPEG (raster, {@code pixelWidth} × {@code pixelHeight}) or SVG (vector;
 * its size is the SVG's own width and height in points, or the view box).
 *
 * @param file     the file (inside the case folder)
 * @param relative the path as written in the figure file
 * @param format   "png", "jpeg" or "svg"
 * @param wide     printed across the page, not in one column
 */
public record ImageSpec(Path file, String relative, String format, double pixelWidth, double pixelHeight,
                        boolean wide) implements FigureSpec {
    @Override
    public String kind() {
        return "image";
    }

    public boolean vector() {
        return "svg".equals(format);
    }

    /** Height ÷ width. */
    public double aspect() {
        return pixelWidth > 0 ? pixelHeight / pixelWidth : 0.75;
    }
}
