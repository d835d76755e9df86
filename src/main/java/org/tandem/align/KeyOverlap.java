package org.tandem.align;

import java.util.List;

/**
 * The weighted overlap of the keys of two runs of segments: the lexical evidence of a bead.
 *
 * <p>The source run's keys are counted into a dense table indexed by key, and the target run's sorted
 * keys are looked up in it: the search asks for every target run of a row against the same few source
 * runs (those that end at the row), so each table is filled once a row. The weights are added in
 * ascending key order, once per key the two sides share (as often as the rarer side has it), the
 * same sums in the same order as a walk over both sorted lists gives.
 *
 * <p>Keeps the last bead's answer, since the search asks for the lexical cost and then the merge
 * penalty of the same bead. Not thread-safe: the tables and the last answer are scratch state;
 * {@link #copy} gives another thread its own over the same read-only data.
 */
final class KeyOverlap {
    private static final int[] NONE = new int[0];
    /** Slots of {@link #countedTags}, a power of two: a few rows of a band's cells and shapes. */
    private static final int COUNTED_SLOTS = 1 << 12;

    private final float[] keyWeight;
    private final SideSums sourceSums;
    private final SideSums targetSums;
    private final MergedKeys sourceMerges;
    private final MergedKeys targetMerges;
    /** For each source run length, the key counts of one run of that length, or null before first use. */
    private int[][] sourceCounts = new int[8][];
    /** For each source run length, where the run counted in {@link #sourceCounts} starts; -1 for none. */
    private int[] countedStart = new int[8];
    /**
     * Overlaps already counted, by bead ({@link #tag}), in a small direct-mapped table: a merge's
     * "without segment k" is the overlap of a sub-bead, and the search has usually just counted that
     * one (the 1-1 and 1-2 beads at the same or the neighbouring cell). A slot holds the last bead
     * that hashed there; a miss counts again, so the table changes no number, only how often it is
     * counted.
     */
    private final long[] countedTags = new long[COUNTED_SLOTS];
    private final double[] countedCommon = new double[COUNTED_SLOTS];
    private int lastI = -1;
    private int lastA = -1;
    private int lastJ = -1;
    private int lastB = -1;
    private double lastCommon;

    KeyOverlap(List<SegmentProfile> source, List<SegmentProfile> target, float[] keyWeight,
               SideSums sourceSums, SideSums targetSums) {
        this(keyWeight, sourceSums, targetSums, MergedKeys.pair(source, target, keyWeight.length));
    }

    private KeyOverlap(float[] keyWeight, SideSums sourceSums, SideSums targetSums, MergedKeys[] merges) {
        this.keyWeight = keyWeight;
        this.sourceSums = sourceSums;
        this.targetSums = targetSums;
        this.sourceMerges = merges[0];
        this.targetMerges = merges[1];
        java.util.Arrays.fill(countedStart, -1);
        java.util.Arrays.fill(countedTags, -1);
    }

    /** The same overlap with scratch state of its own, for another thread. */
    KeyOverlap copy() {
        return new KeyOverlap(keyWeight, sourceSums, targetSums, new MergedKeys[] {sourceMerges, targetMerges});
    }

    /** The weight both sides of the bead share; leaves the bead loaded for {@link #withoutOne}. */
    double common(int i, int a, int j, int b) {
        if (i != lastI || a != lastA || j != lastJ || b != lastB) {
            lastCommon = weight(sourceCounts(i, a), targetMerges.keys(j, b));
            remember(tag(i, a, j, b), lastCommon);
            lastI = i;
            lastA = a;
            lastJ = j;
            lastB = b;
        }
        return lastCommon;
    }

    /** Weighted Dice overlap of the bead's two sides, 0..1. */
    double similarity(int i, int a, int j, int b) {
        double common = weight(sourceCounts(i, a), targetMerges.keys(j, b));
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
        // Without its first or last segment the side is a shorter run: the overlap of a sub-bead, the
        // same keys walked in the same order, so the same sum.
        long rest = -1;
        if (k == start || k == start + count - 1) {
            int restStart = k == start ? start + 1 : start;
            rest = sourceSide ? tag(restStart, count - 1, lastJ, lastB) : tag(lastI, lastA, restStart, count - 1);
            int slot = slot(rest);
            if (rest >= 0 && countedTags[slot] == rest) {
                return countedCommon[slot];
            }
        }
        double common = walkWithoutOne(sourceSide, k);
        if (rest >= 0) {
            remember(rest, common);
        }
        return common;
    }

    private double walkWithoutOne(boolean sourceSide, int k) {
        int[] counts = sourceCounts(lastI, lastA);
        int[] targetKeys = targetMerges.keys(lastJ, lastB);
        int[] segment = (sourceSide ? sourceMerges : targetMerges).keys(k, 1);
        return sourceSide ? weight(counts, targetKeys, NONE, segment) : weight(counts, targetKeys, segment, NONE);
    }

    /** A bead as one non-negative number, or -1 for one too large to pack (never remembered). */
    private static long tag(int i, int a, int j, int b) {
        if (i >= 1 << 27 || j >= 1 << 28 || a >= 16 || b >= 16) {
            return -1;
        }
        return (long) i << 36 | (long) j << 8 | a << 4 | b;
    }

    private static int slot(long tag) {
        return (int) ((tag * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(COUNTED_SLOTS)));
    }

    private void remember(long tag, double common) {
        if (tag >= 0) {
            int slot = slot(tag);
            countedTags[slot] = tag;
            countedCommon[slot] = common;
        }
    }

    /** The key counts of source segments {@code [start, start + count)}, counted on first use. */
    private int[] sourceCounts(int start, int count) {
        if (count >= countedStart.length) {
            countedStart = java.util.Arrays.copyOf(countedStart, count + 1);
            java.util.Arrays.fill(countedStart, sourceCounts.length, count + 1, -1);
            sourceCounts = java.util.Arrays.copyOf(sourceCounts, count + 1);
        }
        int[] counts = sourceCounts[count];
        if (counts == null) {
            counts = new int[keyWeight.length];
            sourceCounts[count] = counts;
        }
        int old = countedStart[count];
        if (old != start) {
            if (old >= 0) {
                for (int k = old; k < old + count; k++) {
                    for (int key : sourceMerges.keys(k, 1)) {
                        counts[key] = 0;
                    }
                }
            }
            for (int k = start; k < start + count; k++) {
                for (int key : sourceMerges.keys(k, 1)) {
                    counts[key]++;
                }
            }
            countedStart[count] = start;
        }
        return counts;
    }

    /** Weight of the multiset intersection of counted keys and sorted keys. */
    private double weight(int[] counts, int[] sortedKeys) {
        // The field in a local: the first JIT tier, which short runs stay in, reloads a field in a loop.
        float[] weights = keyWeight;
        double common = 0;
        int previous = -1;
        int left = 0;
        for (int key : sortedKeys) {
            if (key != previous) {
                previous = key;
                left = counts[key];
            }
            if (left > 0) {
                common += weights[key];
                left--;
            }
        }
        return common;
    }

    /**
     * As {@link #weight(int[], int[])}, with the sorted keys {@code skip} (a part of {@code sortedKeys})
     * left out of the sorted side and the sorted keys {@code minus} (a part of the counted run) taken
     * off the counts.
     */
    private double weight(int[] counts, int[] sortedKeys, int[] skip, int[] minus) {
        double common = 0;
        int s = 0;
        int r = 0;
        int previous = -1;
        int left = 0;
        for (int key : sortedKeys) {
            if (s < skip.length && skip[s] == key) {
                s++;
                continue;
            }
            if (key != previous) {
                previous = key;
                left = counts[key];
                while (r < minus.length && minus[r] < key) {
                    r++;
                }
                while (r < minus.length && minus[r] == key) {
                    left--;
                    r++;
                }
            }
            if (left > 0) {
                common += keyWeight[key];
                left--;
            }
        }
        return common;
    }
}
