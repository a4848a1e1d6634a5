package org.casereport.figure;

import java.text.DecimalFormat;
import java.text.FieldPosition;
import org.apache.batik.svggen.DefaultErrorHandler;
import org.apache.batik.svggen.DefaultExtensionHandler;
import org.apache.batik.svggen.DefaultStyleHandler;
import org.apache.batik.svggen.ImageHandlerBase64Encoder;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGIDGenerator;
import org.w3c.dom.Document;

/**
 * Batik's SVG generator context, with numbers written by a plain rounding formatter instead of
 * {@link DecimalFormat}: with text drawn as glyph outlines, formatting path coordinates was 84% of the time an
 * SVG took. Numbers come out rounded to 3 decimals, without trailing zeros ("12.5", "-0.125", "7").
 */
final class SvgContext extends SVGGeneratorContext {
    private SvgContext(Document doc) {
        super(doc);
    }

    /** The context {@link SVGGeneratorContext#createDefault} makes, with no comment and fast numbers. */
    static SVGGeneratorContext create(Document doc) {
        SvgContext ctx = new SvgContext(doc);
        ctx.setIDGenerator(new SVGIDGenerator());
        ctx.setExtensionHandler(new DefaultExtensionHandler());
        ctx.setImageHandler(new ImageHandlerBase64Encoder());
        ctx.setStyleHandler(new DefaultStyleHandler());
        ctx.setErrorHandler(new DefaultErrorHandler());
        ctx.setComment(null);
        ctx.setEmbeddedFontsOn(false);
        ctx.setPrecision(3);
        ctx.decimalFormat = new ThreeDecimals();
        return ctx;
    }

    /** Round to 3 decimals; no exponent, no grouping, no trailing zeros, '.' as the separator. */
    static String format(double v) {
        long scaled = Math.round(v * 1000.0);
        StringBuilder sb = new StringBuilder(12);
        if (scaled < 0) {
            sb.append('-');
            scaled = -scaled;
        }
        sb.append(scaled / 1000);
        long frac = scaled % 1000;
        if (frac != 0) {
            sb.append('.');
            if (frac < 100) sb.append('0');
            if (frac < 10) sb.append('0');
            while (frac % 10 == 0) frac /= 10;
            sb.append(frac);
        }
        return sb.toString();
    }

    private static final class ThreeDecimals extends DecimalFormat {
        private static final long serialVersionUID = 1L;

        @Override
        public StringBuffer format(double number, StringBuffer toAppendTo, FieldPosition pos) {
            return toAppendTo.append(SvgContext.format(number));
        }
    }
}
