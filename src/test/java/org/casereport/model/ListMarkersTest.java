package org.casereport.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The markers per level, counted as Word counts its lowerLetter and lowerRoman formats. */
class ListMarkersTest {
    @Test
    void numberedLevelsCountOneLetterRomanThenAgain() {
        assertEquals("1.", ListMarkers.marker(true, 0, 1));
        assertEquals("12.", ListMarkers.marker(true, 0, 12));
        assertEquals("b)", ListMarkers.marker(true, 1, 2));
        assertEquals("z)", ListMarkers.marker(true, 1, 26));
        assertEquals("aa)", ListMarkers.marker(true, 1, 27), "Word's lowerLetter repeats the letter after z");
        assertEquals("iv.", ListMarkers.marker(true, 2, 4));
        assertEquals("xiv.", ListMarkers.marker(true, 2, 14));
        assertEquals("3.", ListMarkers.marker(true, 3, 3), "the fourth level counts as the first");
        assertEquals("%5)", ListMarkers.levelText(true, 4));
    }

    @Test
    void bulletsGoDashBulletDotThenAgain() {
        assertEquals("\u2013", ListMarkers.marker(false, 0, 7));
        assertEquals("\u2022", ListMarkers.marker(false, 1, 1));
        assertEquals("\u00B7", ListMarkers.marker(false, 2, 1));
        assertEquals("\u2013", ListMarkers.marker(false, 3, 1));
        assertEquals(ListMarkers.Format.BULLET, ListMarkers.format(false, 0));
        assertEquals(ListMarkers.Format.LOWER_ROMAN, ListMarkers.format(true, 5));
    }
}
