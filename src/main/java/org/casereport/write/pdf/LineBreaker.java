package org.casereport.write.pdf;

import com.ibm.icu.text.BreakIterator;
import com.openhtmltopdf.extend.FSTextBreaker;
import java.util.Locale;

/**
 * Where openhtmltopdf may end a line: the Unicode line-breaking algorithm (UAX #14, ICU4J) instead of the
 * renderer's default, the JDK's line iterator with breaks before every slash added. The default ends lines after
 * the full stop of an initial ("Н.⏎В."), after a locator's colon ("(3):⏎107"), before a slash
 * ("гематологии⏎/онкологии"), and knows nothing of the WORD JOINER that {@code template/Ties} puts where a
 * line must not break; UAX #14 keeps all of these, and breaks at spaces, after hyphens and dashes and at the
 * hyphenator's soft hyphens as before. One instance per render (an ICU iterator is not shared between threads).
 */
final class LineBreaker implements FSTextBreaker {
    private final BreakIterator lines = BreakIterator.getLineInstance(Locale.ROOT);

    @Override
    public int next() {
        return lines.next();
    }

    @Override
    public void setText(String text) {
        lines.setText(text);
    }
}
