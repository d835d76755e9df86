package org.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Word translations learned from the document pair itself: after a first alignment, a target word
 * that keeps turning up opposite the same source word in confident pairs ({@code Rusland} opposite
 * {@code Russia}, {@code oorlog} opposite {@code war}) is taken to translate it. The target segments
 * then carry that source word's key too, and the second search sees the evidence that cognates and
 * dictionaries missed. Needs no resource, so it works for any language pair; it grows more useful with
 * document length, as words repeat.
 */
final class DocumentLexicon {

    private DocumentLexicon() {
    }

    /**
     * Target key to source key, for word keys only, from the 1-1 beads whose overlap and length fit
     * show them to be right. Pairs are scored by Dice association over those beads.
     */
    static Map<Integer, Integer> learn(BeadCostModel model, List<Bead> beads, List<SegmentProfile> source,
                                       List<SegmentProfile> target, boolean[] wordKeys, double typicalSimilarity,
                                       LexiconTuning tuning) {
        int[] sourceCounts = new int[wordKeys.length];
        int[] targetCounts = new int[wordKeys.length];
        // Co-occurring (target key, source key) pairs packed into longs, counted by sorting: a hash map
        // of boxed longs spent most of its time in collisions, as the packed halves hash to tk ^ sk.
        PackedPairs together = new PackedPairs();
        int used = 0;
        for (Bead bead : beads) {
            if (used >= tuning.maxPairs()) {
                break;
            }
            if (bead.sourceCount() != 1 || bead.targetCount() != 1 || Math.abs(model.lengthDeviation(bead)) > 2
                    || model.similarity(bead) < typicalSimilarity / 2) {
                continue;
            }
            used++;
            int[] s = distinctWords(source.get(bead.sourceStart()).keys(), wordKeys);
            int[] t = distinctWords(target.get(bead.targetStart()).keys(), wordKeys);
            for (int key : s) {
                sourceCounts[key]++;
            }
            for (int key : t) {
                targetCounts[key]++;
            }
            for (int sk : s) {
                for (int tk : t) {
                    if (sk != tk && Arrays.binarySearch(s, tk) < 0 && Arrays.binarySearch(t, sk) < 0) {
                        together.add(((long) tk << 32) | sk);
                    }
                }
            }
        }
        Map<Integer, Integer> best = new HashMap<>();
        Map<Integer, Double> bestScore = new HashMap<>();
        Map<Integer, Integer> bestCount = new HashMap<>();
        long[] pairs = together.sorted();
        for (int p = 0; p < pairs.length; ) {
            long pair = pairs[p];
            int q = p;
            while (q < pairs.length && pairs[q] == pair) {
                q++;
            }
            int count = q - p;
            p = q;
            int tk = (int) (pair >>> 32);
            int sk = (int) pair;
            double dice = 2.0 * count / (sourceCounts[sk] + targetCounts[tk]);
            double previous = bestScore.getOrDefault(tk, 0.0);
            // Ties go to the source word seen with it more often, then to the higher key (the word met
            // later in the document): a total order, so the result never depends on the visiting order.
            boolean better = dice > previous || (dice == previous && best.containsKey(tk)
                    && (count > bestCount.get(tk) || (count == bestCount.get(tk) && sk > best.get(tk))));
            if (count >= tuning.minTogether() && dice >= tuning.minAssociation() && better) {
                best.put(tk, sk);
                bestScore.put(tk, dice);
                bestCount.put(tk, count);
            }
        }
        return best;
    }

    /** A growing array of longs. */
    private static final class PackedPairs {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long[] sorted() {
            long[] result = Arrays.copyOf(values, size);
            Arrays.sort(result);
            return result;
        }
    }

    /** The target profiles with each learned translation's source key added beside the target key. */
    static List<SegmentProfile> apply(List<SegmentProfile> target, Map<Integer, Integer> translations) {
        List<SegmentProfile> augmented = new ArrayList<>(target.size());
        for (SegmentProfile profile : target) {
            int[] keys = profile.keys();
            int extra = 0;
            for (int key : keys) {
                if (translations.containsKey(key)) {
                    extra++;
                }
            }
            if (extra == 0) {
                augmented.add(profile);
                continue;
            }
            int[] more = Arrays.copyOf(keys, keys.length + extra);
            int n = keys.length;
            for (int key : keys) {
                Integer translation = translations.get(key);
                if (translation != null) {
                    more[n++] = translation;
                }
            }
            Arrays.sort(more);
            augmented.add(profile.withKeys(more));
        }
        return augmented;
    }

    private static int[] distinctWords(int[] sortedKeys, boolean[] wordKeys) {
        return Arrays.stream(sortedKeys).filter(k -> wordKeys[k]).distinct().toArray();
    }
}
