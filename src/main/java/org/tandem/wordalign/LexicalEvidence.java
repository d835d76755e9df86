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
     * word and under its stem; made for every content word up front, so that threads may share the
     * evidence once it is built.
     */
    private final int[][] translations;
    /** Per source word id, the id of the same folded word among the target words, or -1. */
    private final int[] sameWord;
    /** Per word id, its first character: most pairs differ there, and then are neither equal nor cognate. */
    private final char[] sourceFirst;
    private final char[] targetFirst;

    LexicalEvidence(Vocabulary source, Vocabulary target, Lexicon lexicon, WordAlignTuning tuning) {
        this.source = source;
        this.target = target;
        this.lexicon = lexicon;
        this.identical = (float) tuning.identical();
        this.dictionary = (float) tuning.dictionary();
        this.cognate = (float) tuning.cognate();
        this.skeleton = (float) tuning.skeleton();
        this.sameWord = new int[source.size()];
        this.sourceFirst = new char[source.size()];
        for (int s = 0; s < source.size(); s++) {
            sameWord[s] = target.find(source.word(s));
            sourceFirst[s] = source.word(s).charAt(0);
        }
        this.targetFirst = new char[target.size()];
        this.translations = new int[target.size()][];
        for (int t = 0; t < target.size(); t++) {
            targetFirst[t] = target.word(t).charAt(0);
            if (target.content(t)) {
                translations[t] = dictionaryTranslations(t);
            }
        }
    }

    float strength(int s, int t) {
        int sourceNumber = source.number(s);
        int targetNumber = target.number(t);
        if (sourceNumber >= 0 || targetNumber >= 0) {
            return sourceNumber == targetNumber ? identical : 0f;
        }
        // The same folded word starts with the same character: one comparison of ids for both tests.
        if (sameWord[s] == t && source.word(s).length() >= 2) {
            return identical;
        }
        boolean sameStart = sourceFirst[s] == targetFirst[t];
        if (!source.content(s) || !target.content(t)) {
            return 0f;
        }
        int sourceStem = source.stemOf(s);
        for (int id : translations[t]) {
            if (id == sourceStem) {
                return dictionary;
            }
        }
        if (sameStart && isCognate(source.word(s), target.word(t))) {
            return cognate;
        }
        long consonants = source.skeleton(s);
        return consonants != 0 && consonants == target.skeleton(t) ? skeleton : 0f;
    }

    private int[] dictionaryTranslations(int t) {
        String word = target.word(t);
        String stem = target.stem(word);
        java.util.stream.Stream<String> words = lexicon.sourceWordsFor(word).stream();
        if (!stem.equals(word)) {
            words = java.util.stream.Stream.concat(words, lexicon.sourceWordsFor(stem).stream());
        }
        return words.mapToInt(source::stemId).distinct().toArray();
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
