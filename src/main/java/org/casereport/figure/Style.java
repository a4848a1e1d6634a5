package org.casereport.figure;

import java.awt.Color;

/**
 * How a category (or a drug) is filled: colour plus hatching, chosen so that neighbours differ in lightness
 * and pattern and stay apart when printed in grey.
 */
record Style(Color fill, Hatch hatch, Color hatchColor, Color text) {
    enum Hatch { NONE, DIAGONAL, BACK_DIAGONAL, CROSS, HORIZONTAL, VERTICAL, DOTS }

    private static final Style[] PALETTE = {
        new Style(new Color(0x2E5A88), Hatch.NONE, null, Color.WHITE),                       // dark blue, solid
        new Style(new Color(0xF2C894), Hatch.DIAGONAL, new Color(0x8A5A1E), Gfx.INK),        // light orange, ////
        new Style(new Color(0x8FB9DA), Hatch.NONE, null, Gfx.INK),                           // mid-light blue, solid
        new Style(new Color(0x5E8C3A), Hatch.BACK_DIAGONAL, new Color(0xDDEBCF), Color.WHITE), // green, \\\\
        new Style(new Color(0xFFFFFF), Hatch.CROSS, new Color(0x404040), Gfx.INK),           // white, crossed
        new Style(new Color(0xB0413E), Hatch.VERTICAL, new Color(0xF2D0CF), Color.WHITE),   // dark red, |||
        new Style(new Color(0xE6E6E6), Hatch.DOTS, new Color(0x303030), Gfx.INK),            // light grey, dots
        new Style(new Color(0xC9A227), Hatch.HORIZONTAL, new Color(0x5C4A0F), Gfx.INK),      // ochre, ===
    };

    static Style of(int index) {
        return PALETTE[Math.floorMod(index, PALETTE.length)];
    }

    /** The neutral look of a phase without a category. */
    static final Style PLAIN = new Style(new Color(0x8FB9DA), Hatch.NONE, null, Gfx.INK);
    /** The sample bar of the legend entry for approximate dates: grey, like no category. */
    static final Style SAMPLE = new Style(new Color(0x9A9A9A), Hatch.NONE, null, Gfx.INK);
    /** The break between courses. */
    static final Style BREAK = new Style(new Color(0xF4F4F4), Hatch.NONE, null, Gfx.MUTED);
}
