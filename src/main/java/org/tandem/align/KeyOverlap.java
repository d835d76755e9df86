package org.tandem.align;

import java.util.List;

/**
 * The weighted overlap of the keys of two runs of segments: the lexical evidence of a bead. Keeps the
 * last bead's answer, since the search asks for the lexical cost and then the merge penalty of the
 * same bead. Not thread-safe: it holds the last bead's sides and answer.
 */
final class KeyOverlap {
    private final float[] keyWeight;
    private final SideSums sourceSums;
    private final SideSums targetSums;
    private final MergedKeys sourceMerges;
    private final MergedKeys targetMerges;
    private int[] sourceKeys;
    private int[] targetKeys;
    private int lastI = -1;
    private int lastA = -1;
    private int lastJ = -1;
    private int lastB = -1;
    private double lastCommon;

    KeyOverlap(List<SegmentProfile> source, List<SegmentProfile> target, float[] keyWeight,
               SideSums sourceSums, SideSums targetSums) {
        this.keyWeight = keyWeight;
        this.sourceSums = sourceSums;
        this.targetSums = targetSums;
        boolean[] shared = MergedKeys.shared(source, target, keyWeight.length);
        this.sourceMerges = new MergedKeys(source, shared);
        this.targetMerges = new MergedKeys(target, shared);
    }

    /** The weight both sides of the bead share; leaves both sides' keys loaded for {@link #withoutOne}. */
    double common(int i, int a, int j, int b) {
        sourceKeys = sourceMerges.keys(i, a);
        targetKeys = targetMerges.keys(j, b);
        if (i != lastI || a != lastA || j != lastJ || b != lastB) {
            lastCommon = commonWeight(sourceKeys, targetKeys);
            lastI = i;
            lastA = a;
            lastJ = j;
            lastB = b;
        }
        return lastCommon;
    }

    /** Weighted Dice overlap of the bead's two sides, 0..1. */
    double similarity(int i, int a, int j, int b) {
        double common = commonWeight(sourceMerges.keys(i, a), targetMerges.keys(j, b));
        return overlap(common, sourceSums.contentWeight(i, a), targetSums.contentWeight(j, b));
    }

    /** Weighted Dice coefficient of the two sides' keys. */
    static double overlap(double common, double sourceWeight, double targetWeight) {
        return sourceWeight + targetWeight > 0 ? 2 * common / (sourceWeight + targetWeight) : 0;
    }

    /**
     * The overlap with the other side of the loaded bead (the last {@link #common} asked) of its
     * source or target run without segment {@code k}: what the merge still shares without it.
     */
    double withoutOne(boolean sourceSide, int start, int count, int k) {
        MergedKeys merges = sourceSide ? sourceMerges : targetMerges;
        int[] other = sourceSide ? targetKeys : sourceKeys;
        int[] rest;
        if (k == start) {
            rest = merges.keys(start + 1, count - 1);
        } else if (k == start + count - 1) {
            rest = merges.keys(start, count - 1);
        } else {
            rest = MergedKeys.mergeSorted(merges.keys(start, k - start), merges.keys(k + 1, start + count - k - 1));
        }
        return commonWeight(rest, other);
    }

    /** Weight of the multiset intersection of two sorted key arrays. */
    private double commonWeight(int[] x, int[] y) {
        double common = 0;
        int p = 0;
        int q = 0;
        int xn = x.length;
        int yn = y.length;
        while (p < xn && q < yn) {
            int a = x[p];
            int b = y[q];
            if (a == b) {
                common += keyWeight[a];
            }
            // Advancing both cursors by comparison results, not by branches: the order of two
            // keys is a coin toss the processor cannot predict.
            p += a <= b ? 1 : 0;
            q += a >= b ? 1 : 0;
        }
        return common;
    }
}
