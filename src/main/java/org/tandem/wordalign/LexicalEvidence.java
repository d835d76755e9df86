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
    /** Shortest dictionary translation read as a phrase without its spaces: shorter ones are words. */
    private static final int MIN_GLUED = 5;
    /**
     * Shortest word whose derived forms (a few letters longer, {@code high}/{@code highest}) share its
     * dictionary entries; shorter words begin too many unrelated ones. Tuned on dev data (NTREX).
     */
    private static final int MIN_DERIVED_BASE = 4;
    /** Most letters a derived form adds to the word it shares entries with. Tuned on dev data (NTREX). */
    private static final int MAX_DERIVED_EXTRA = 3;
    /** Shortest common prefix for a cognate. */
    private static final int MIN_PREFIX = 4;

    private final Vocabulary source;
    private final Vocabulary target;
    private final Lexicon lexicon;
    private final LexiconStems stems;
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
    /** The source side's words in order, to find those that begin with a dictionary translation. */
    private final String[] sortedSource;

    LexicalEvidence(Vocabulary source, Vocabulary target, Lexicon lexicon, WordAlignTuning tuning) {
        this.source = source;
        this.target = target;
        this.lexicon = lexicon;
        this.stems = LexiconStems.of(lexicon, target.language());
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
        this.sortedSource = new String[source.size()];
        for (int s = 0; s < source.size(); s++) {
            sortedSource[s] = source.word(s);
        }
        java.util.Arrays.sort(sortedSource);
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

    /**
     * The source stem ids of the target word's translations: those listed under the word, under its
     * stem, and under every listed word of the same stem ({@link LexiconStems}).
     */
    private int[] dictionaryTranslations(int t) {
        String word = target.word(t);
        String stem = target.stem(word);
        IntList out = new IntList();
        addSources(lexicon.sourceWordsFor(word), out);
        if (!stem.equals(word)) {
            addSources(lexicon.sourceWordsFor(stem), out);
        }
        addSources(stems.sourceWordsFor(stem), out);
        if (out.size() == 0) {
            addSources(stems.sourceWordsForPrefixOf(word, target::stem, MIN_DERIVED_BASE, MAX_DERIVED_EXTRA), out);
        }
        return out.distinct();
    }

    private void addSources(List<String> words, IntList out) {
        for (String word : words) {
            int[] parts = source.find(word) >= 0 ? null : gluedParts(word);
            if (parts == null) {
                out.add(source.stemId(word));
                addDerived(word, out);
            } else {
                for (int part : parts) {
                    out.add(source.stemOf(part));
                }
            }
        }
    }

    /**
     * The document's source words that are a translation with a few letters more, which the stemmer
     * keeps apart from it ({@code highest} for {@code high}, {@code Dutchman} for {@code dutch}).
     */
    private void addDerived(String word, IntList out) {
        if (word.length() < MIN_DERIVED_BASE) {
            return;
        }
        int from = java.util.Arrays.binarySearch(sortedSource, word);
        for (int k = from < 0 ? -from - 1 : from; k < sortedSource.length && sortedSource[k].startsWith(word); k++) {
            String derived = sortedSource[k];
            if (derived.length() > word.length() && derived.length() <= word.length() + MAX_DERIVED_EXTRA) {
                out.add(source.stemOf(source.find(derived)));
            }
        }
    }

    /**
     * The content words of a dictionary translation that is a phrase written without its spaces, as
     * FreeDict's Dutch–English entries give them ({@code accordingto}, {@code inaccordancewith}): the
     * ids of the document's own source words that, with function words of the source language between
     * them, make up the whole string in the fewest pieces; null when no such reading exists or it
     * holds no content word. A phrase of one content word ({@code according to}) translates that word.
     */
    private int[] gluedParts(String word) {
        int n = word.length();
        if (n < MIN_GLUED) {
            return null;
        }
        int[] pieces = new int[n + 1];
        int[] from = new int[n + 1];
        java.util.Arrays.fill(pieces, Integer.MAX_VALUE);
        pieces[0] = 0;
        for (int j = 0; j < n; j++) {
            if (pieces[j] == Integer.MAX_VALUE) {
                continue;
            }
            for (int i = j + 1; i <= n; i++) {
                if (pieces[j] + 1 < pieces[i] && (i - j < n) && isPiece(word.substring(j, i))) {
                    pieces[i] = pieces[j] + 1;
                    from[i] = j;
                }
            }
        }
        if (pieces[n] == Integer.MAX_VALUE) {
            return null;
        }
        IntList content = new IntList();
        for (int i = n; i > 0; i = from[i]) {
            int id = source.find(word.substring(from[i], i));
            if (id >= 0 && source.content(id)) {
                content.add(id);
            }
        }
        return content.size() == 0 ? null : content.distinct();
    }

    private boolean isPiece(String piece) {
        return source.functionWord(piece) || (piece.length() >= 2 && source.find(piece) >= 0);
    }

    /** A growing list of ints. */
    private static final class IntList {
        private int[] values = new int[8];
        private int size;

        void add(int value) {
            if (size == values.length) {
                values = java.util.Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        int size() {
            return size;
        }

        int[] distinct() {
            return java.util.Arrays.stream(values, 0, size).distinct().toArray();
        }
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
