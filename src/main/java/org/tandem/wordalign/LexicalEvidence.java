package org.tandem.wordalign;

import java.util.List;

import org.tandem.align.Lexicon;

/**
 * What the words themselves say about a source and a target word, before any statistics: the same
 * number, the same string, a dictionary entry, or an orthographic cognate. The strengths stand in for
 * translation probabilities: the aligner uses the larger of the learned probability and this.
 */
final class LexicalEvidence {
    /** The same number, or the same string of two or more characters: names, acronyms, codes. */
    private final float identical;
    /** A dictionary entry: the strongest evidence a word pair in different spellings has. */
    private final float dictionary;
    /** A long common prefix: {@code democrats}/{@code democraten}, {@code military}/{@code militaire}. */
    private final float cognate;
    /** The same first three consonants in words of five or more letters: {@code ukraine}/{@code oekraine}. */
    private final float skeleton;
    /** Shortest common prefix for a cognate. */
    private static final int MIN_PREFIX = 4;

    private final Vocabulary source;
    private final Vocabulary target;
    private final Lexicon lexicon;
    /**
     * Per target word id: the source-side stem ids of its dictionary translations, looked up under the
     * word and under its stem; built on first use.
     */
    private int[][] translations = new int[0][];

    LexicalEvidence(Vocabulary source, Vocabulary target, Lexicon lexicon, WordAlignTuning tuning) {
        this.source = source;
        this.target = target;
        this.lexicon = lexicon;
        this.identical = (float) tuning.identical();
        this.dictionary = (float) tuning.dictionary();
        this.cognate = (float) tuning.cognate();
        this.skeleton = (float) tuning.skeleton();
    }

    float strength(int s, int t) {
        int sourceNumber = source.number(s);
        int targetNumber = target.number(t);
        if (sourceNumber >= 0 || targetNumber >= 0) {
            return sourceNumber == targetNumber ? identical : 0f;
        }
        String sw = source.word(s);
        String tw = target.word(t);
        boolean sameStart = sw.charAt(0) == tw.charAt(0);
        if (sameStart && sw.length() >= 2 && sw.equals(tw)) {
            return identical;
        }
        if (!source.content(s) || !target.content(t)) {
            return 0f;
        }
        int sourceStem = source.stemOf(s);
        for (int id : translationsOf(t)) {
            if (id == sourceStem) {
                return dictionary;
            }
        }
        if (sameStart && isCognate(sw, tw)) {
            return cognate;
        }
        long consonants = source.skeleton(s);
        return consonants != 0 && consonants == target.skeleton(t) ? skeleton : 0f;
    }

    private int[] translationsOf(int t) {
        if (t >= translations.length) {
            translations = java.util.Arrays.copyOf(translations, Math.max(t + 1, translations.length * 2));
        }
        int[] known = translations[t];
        if (known == null) {
            String word = target.word(t);
            String stem = target.stem(word);
            java.util.stream.Stream<String> words = lexicon.sourceWordsFor(word).stream();
            if (!stem.equals(word)) {
                words = java.util.stream.Stream.concat(words, lexicon.sourceWordsFor(stem).stream());
            }
            known = words.mapToInt(source::stemId).distinct().toArray();
            translations[t] = known;
        }
        return known;
    }

    /** A common prefix of at least four letters that makes up at least 60 % of the shorter word. */
    private static boolean isCognate(String a, String b) {
        int shorter = Math.min(a.length(), b.length());
        if (shorter < MIN_PREFIX + 1) {
            return false;
        }
        int prefix = 0;
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        return prefix >= MIN_PREFIX && prefix * 5 >= shorter * 3;
    }
}
