package org.tandem.align;

import java.io.Serializable;
import java.util.Arrays;

/**
 * Dense numbers for the word pairs of one direction of the lexicon learner, {@code (word, given)}: a
 * word's pairs are numbered consecutively with their given words in ascending order (compressed rows),
 * so that a probability or a count of a pair is an array element, the index costs two ints a pair,
 * and a pair is found by a binary search within its word's row.
 */
final class WordPairIndex implements Serializable {
    private static final long serialVersionUID = 1L;

    /** Word {@code w}'s pairs are numbers {@code offsets[w]} to {@code offsets[w + 1]} (exclusive). */
    private final int[] offsets;
    /** Each pair's given word. */
    private final int[] givens;

    private WordPairIndex(int[] offsets, int[] givens) {
        this.offsets = offsets;
        this.givens = givens;
    }

    /** Key of a pair: the word's number in the high half, the given word's in the low half. */
    static long key(int word, int given) {
        return (long) word << 32 | (given & 0xFFFFFFFFL);
    }

    /**
     * The index of the pairs {@code keys} (in any order, repeats allowed; the array is sorted in place),
     * for words numbered below {@code words}.
     */
    static WordPairIndex of(long[] keys, int words) {
        Arrays.parallelSort(keys);
        int unique = 0;
        for (int i = 0; i < keys.length; i++) {
            if (i == 0 || keys[i] != keys[i - 1]) {
                keys[unique++] = keys[i];
            }
        }
        int[] offsets = new int[words + 1];
        int[] givens = new int[unique];
        for (int i = 0; i < unique; i++) {
            offsets[(int) (keys[i] >>> 32) + 1]++;
            givens[i] = (int) keys[i];
        }
        for (int w = 0; w < words; w++) {
            offsets[w + 1] += offsets[w];
        }
        return new WordPairIndex(offsets, givens);
    }

    int size() {
        return givens.length;
    }

    int given(int pair) {
        return givens[pair];
    }

    /** The number of the pair {@code (word, given)}, which must be in the index. */
    int find(int word, int given) {
        int pair = Arrays.binarySearch(givens, offsets[word], offsets[word + 1], given);
        if (pair < 0) {
            throw new IllegalArgumentException("no such word pair: " + word + ", " + given);
        }
        return pair;
    }
}
