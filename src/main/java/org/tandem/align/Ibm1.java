package org.tandem.align;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * IBM Model 1 word translation probabilities, learned by expectation maximisation from sentence pairs
 * of word ids, in both directions. A pair of words is kept as a translation when each is likely given
 * the other: one direction alone pairs rare words with whatever frequent word sits beside them.
 *
 * <p>Every sentence pair's cells (one per target word and source word, plus the empty word) are indexed
 * once, so each EM iteration is a pass over flat arrays: linear in the summed products of the pairs'
 * lengths.
 */
final class Ibm1 {
    private static final int ITERATIONS = 5;

    private Ibm1() {
    }

    /**
     * Word pairs translating each other, as {@code (target << 32) | source} mapped to how many sentence
     * pairs hold both. Ids are non-negative; word ids of the two sides are separate spaces.
     *
     * @param threshold least probability of each word given the other
     * @param minTogether least number of sentence pairs holding both words
     */
    static Map<Long, Integer> mutualTranslations(int[][] source, int[][] target, double threshold, int minTogether) {
        Map<Long, Integer> together = coOccurrences(source, target);
        Map<Long, Float> forward = translationProbabilities(source, target);
        Map<Long, Float> backward = translationProbabilities(target, source);
        Map<Long, Integer> kept = new HashMap<>();
        forward.forEach((pair, p) -> {
            int t = (int) (pair >>> 32);
            int s = (int) (long) pair;
            Float q = backward.get(((long) s << 32) | t);
            int count = together.getOrDefault(pair, 0);
            if (p >= threshold && q != null && q >= threshold && count >= minTogether) {
                kept.put(pair, count);
            }
        });
        return kept;
    }

    /** p(target word | source word) for every pair that shares a sentence pair, keyed {@code (t << 32) | s}. */
    static Map<Long, Float> translationProbabilities(int[][] source, int[][] target) {
        Map<Long, Integer> cellIds = new HashMap<>();
        int[][] cells = new int[source.length][];
        int emptyWord = -1;
        long[] keys = new long[1 << 10];
        for (int k = 0; k < source.length; k++) {
            int[] s = source[k];
            int[] t = target[k];
            int[] row = new int[t.length * (s.length + 1)];
            int n = 0;
            for (int tw : t) {
                for (int x = 0; x <= s.length; x++) {
                    int sw = x < s.length ? s[x] : emptyWord;
                    long key = ((long) tw << 32) | (sw & 0xffffffffL);
                    // Long.hashCode of (tw << 32 | sw) is tw ^ sw: small ids collide into tree bins by the
                    // thousand on a corpus. An odd multiplier is a bijection, so the mixed key is as unique.
                    long mixed = key * 0x9E3779B97F4A7C15L;
                    Integer id = cellIds.get(mixed);
                    if (id == null) {
                        id = cellIds.size();
                        cellIds.put(mixed, id);
                        if (id == keys.length) {
                            keys = Arrays.copyOf(keys, 2 * id);
                        }
                        keys[id] = key;
                    }
                    row[n++] = id;
                }
            }
            cells[k] = row;
        }
        int cellCount = cellIds.size();
        Map<Integer, Integer> sourceSlots = new HashMap<>();
        int[] slotOfCell = new int[cellCount];
        for (int c = 0; c < cellCount; c++) {
            int sw = (int) keys[c];
            slotOfCell[c] = sourceSlots.computeIfAbsent(sw, w -> sourceSlots.size());
        }
        double[] probability = new double[cellCount];
        Arrays.fill(probability, 1.0);
        double[] counts = new double[cellCount];
        double[] totals = new double[sourceSlots.size()];
        for (int iteration = 0; iteration < ITERATIONS; iteration++) {
            Arrays.fill(counts, 0);
            Arrays.fill(totals, 0);
            for (int k = 0; k < cells.length; k++) {
                int width = source[k].length + 1;
                int[] row = cells[k];
                for (int start = 0; start < row.length; start += width) {
                    double z = 0;
                    for (int x = start; x < start + width; x++) {
                        z += probability[row[x]];
                    }
                    for (int x = start; x < start + width; x++) {
                        double share = probability[row[x]] / z;
                        counts[row[x]] += share;
                        totals[slotOfCell[row[x]]] += share;
                    }
                }
            }
            for (int c = 0; c < cellCount; c++) {
                probability[c] = counts[c] / totals[slotOfCell[c]];
            }
        }
        Map<Long, Float> result = new HashMap<>();
        for (int c = 0; c < cellCount; c++) {
            if ((int) keys[c] != emptyWord) {
                result.put(keys[c], (float) probability[c]);
            }
        }
        return result;
    }

    private static Map<Long, Integer> coOccurrences(int[][] source, int[][] target) {
        Map<Long, Integer> together = new HashMap<>();
        for (int k = 0; k < source.length; k++) {
            int[] s = Arrays.stream(source[k]).distinct().toArray();
            int[] t = Arrays.stream(target[k]).distinct().toArray();
            for (int tw : t) {
                for (int sw : s) {
                    together.merge(((long) tw << 32) | sw, 1, Integer::sum);
                }
            }
        }
        return together;
    }
}
