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
 * @param width    how wide it prints (column, page, a length or a share of the text width); an SVG never wider
 *                 than its own size, a PNG or JPEG never wider than at 300 dpi
 */
public record ImageSpec(Path file, String relative, String format, double pixelWidth, double pixelHeight,
                        FigureWidth width) implements FigureSpec {
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
