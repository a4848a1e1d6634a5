package org.casereport.figure;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SvgContextTest {
    @Test
    void numbersAreRoundedToThreeDecimalsWithoutTrailingZeros() {
        assertEquals("7", SvgContext.format(7.0));
        assertEquals("12.5", SvgContext.format(12.5));
        assertEquals("0.125", SvgContext.format(0.125));
        assertEquals("-0.125", SvgContext.format(-0.125));
        assertEquals("0.05", SvgContext.format(0.05));
        assertEquals("0.001", SvgContext.format(0.0012));
        assertEquals("0", SvgContext.format(0.0004));
        assertEquals("-3.142", SvgContext.format(-3.14159));
        assertEquals("1234.568", SvgContext.format(1234.5678));
        assertEquals("2", SvgContext.format(1.9999));
    }
}
