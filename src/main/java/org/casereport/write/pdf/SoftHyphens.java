package org.casereport.write.pdf;

import com.openhtmltopdf.extend.Hyphenator;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.casereport.hyphen.Hyphenation;

/**
 * The renderer's hyphenator for text styled {@code hyphens: auto}: soft hyphens where {@link Hyphenation} allows a
 * break. It remembers which words it broke where, so that {@link HyphenMarks} can tell the hyphens the renderer printed
 * at a break it offered from hyphens that are part of the text. One per PDF write; the hyphenated texts
 * are kept for the process.
 */
final class SoftHyphens implements Hyphenator, OfferedBreaks {
    /** A word without its soft hyphens → the offsets it may break at. */
    private final Map<String, Set<Integer>> broken = new ConcurrentHashMap<>();

    /** A text as hyphenated, and the words it gave soft hyphens (what {@link #remember} is told of). */
    private record Done(String text, List<String> words) {
    }

    /**
     * Texts hyphenated before in this process: {@link Hyphenation#hyphenate} is a function of the text alone (its
     * patterns are fixed), and a re-render after an edit (watch), or cases that share boilerplate, set the same
     * paragraphs again. Bounded by the characters it holds; the oldest texts go first.
     */
    private static final int CACHED_CHARS = 4 << 20;
    private static final Map<String, Done> DONE = new LinkedHashMap<>(1024, 0.75f, true);
    private static long cachedChars;

    @Override
    public String hyphenateText(String text) {
        if (text == null || text.isEmpty()) return text;
        Done d;
        synchronized (DONE) {
            d = DONE.get(text);
        }
        if (d == null) {
            List<String> words = new ArrayList<>();
            d = new Done(Hyphenation.hyphenate(text, words::add), List.copyOf(words));
            synchronized (DONE) {
                if (DONE.put(text, d) == null) cachedChars += 2L * text.length() + d.text().length();
                Iterator<Map.Entry<String, Done>> oldest = DONE.entrySet().iterator();
                while (cachedChars > CACHED_CHARS && oldest.hasNext()) {
                    Map.Entry<String, Done> e = oldest.next();
                    cachedChars -= 2L * e.getKey().length() + e.getValue().text().length();
                    oldest.remove();
                }
            }
        }
        d.words().forEach(this::remember);
        return d.text();
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
