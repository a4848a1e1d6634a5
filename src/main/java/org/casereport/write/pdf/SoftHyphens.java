package org.casereport.write.pdf;

import com.openhtmltopdf.extend.Hyphenator;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casereport.hyphen.Hyphenation;

/**
 * The renderer's hyphenator for text styled {@code hyphens: auto}: soft hyphens where {@link Hyphenation} allows a
 * break. It remembers which words it broke where, so that {@link HyphenMarks} can tell the hyphens the renderer printed
 * at a break it offered from hyphens that are part of the text. One per PDF write.
 */
final class SoftHyphens implements Hyphenator, OfferedBreaks {
    /** A word without its soft hyphens → the offsets it may break at. */
    private final Map<String, Set<Integer>> broken = new ConcurrentHashMap<>();

    @Override
    public String hyphenateText(String text) {
        return Hyphenation.hyphenate(text, this::remember);
    }

    private void remember(String word) {
        StringBuilder plain = new StringBuilder(word.length());
        Set<Integer> at = ConcurrentHashMap.newKeySet();
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c == Hyphenation.SHY) at.add(plain.length());
            else plain.append(c);
        }
        broken.merge(plain.toString(), at, (a, b) -> {
            a.addAll(b);
            return a;
        });
    }

    /** True when this hyphenator offered {@code word} a break after its first {@code at} characters. */
    @Override
    public boolean offered(String word, int at) {
        Set<Integer> s = broken.get(word);
        return s != null && s.contains(at);
    }

    @Override
    public boolean any() {
        return !broken.isEmpty();
    }
}
