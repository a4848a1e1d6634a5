package org.casereport.write.fo;

import java.lang.reflect.Constructor;
import org.apache.fop.apps.FopFactory;
import org.apache.fop.hyphenation.Hyphenation;
import org.apache.fop.hyphenation.HyphenationTree;
import org.apache.fop.hyphenation.HyphenationTreeCache;

/**
 * The hyphenation FOP asks for each word of a block set {@code hyphenate="true"}: casereport's ({@link FoHyphens}:
 * the shipped TeX patterns, chosen by the word's script, and the journal's rules), put in the FOP factory's pattern
 * cache under every language the FO names, so FOP loads no pattern file. FOP then breaks there as at a hyphenation
 * point of its own: a flagged penalty, so that {@code hyphenation-ladder-count} limits the lines in a row that end
 * in a hyphen, and the Knuth–Plass breaker weighs every hyphen against the spacing it saves.
 */
final class FoHyphenationTree extends HyphenationTree {
    private static final long serialVersionUID = 1L;
    /** FOP 2.10 makes its answer only inside its own package: its one constructor, reached once. */
    private static final Constructor<Hyphenation> ANSWER;

    static {
        try {
            ANSWER = Hyphenation.class.getDeclaredConstructor(String.class, int[].class);
            ANSWER.setAccessible(true);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final transient FoHyphens words;

    private FoHyphenationTree(FoHyphens words) {
        this.words = words;
    }

    /** The factory's pattern cache answers every language of the FO with casereport's hyphenation. */
    static void install(FopFactory factory, FoHyphens words) {
        HyphenationTreeCache cache = factory.getHyphenationTreeCache();
        FoHyphenationTree tree = new FoHyphenationTree(words);
        for (String lang : words.languages()) cache.cache(lang, tree);
    }

    @Override
    public Hyphenation hyphenate(String word, int remainCharCount, int pushCharCount) {
        int[] points = words.points(word);
        if (points.length == 0) return null;
        try {
            return ANSWER.newInstance(word, points);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("FOP's hyphenation", e);
        }
    }

    @Override
    public Hyphenation hyphenate(char[] w, int offset, int len, int remainCharCount, int pushCharCount) {
        return hyphenate(new String(w, offset, len), remainCharCount, pushCharCount);
    }
}
