package org.tandem.align;

import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The sorted keys of every run of consecutive segments the search may merge into one bead side,
 * built once for each run length on first use and kept: the dynamic program asks for the same run
 * once per cell of a row, and sorting it each time dominated the cost of long documents. Only the keys
 * that the other side has too are kept: no other key can be shared, and the overlap count, the
 * search's hot spot, then walks shorter arrays. Safe to share between threads once built.
 */
final class MergedKeys {
    private final int[][] segmentKeys;
    /** For each run length from 2, the runs' keys by start; built whole, so that threads can share it. */
    private final AtomicReferenceArray<int[][]> byCount = new AtomicReferenceArray<>(8);

    MergedKeys(List<SegmentProfile> side, boolean[] sharedKeys) {
        this.segmentKeys = new int[side.size()][];
        for (int k = 0; k < side.size(); k++) {
            segmentKeys[k] = Arrays.stream(side.get(k).keys()).filter(key -> sharedKeys[key]).toArray();
        }
    }

    /** The merged keys of both sides, source first, each kept to the keys the other side has too. */
    static MergedKeys[] pair(List<SegmentProfile> source, List<SegmentProfile> target, int vocabularySize) {
        boolean[] shared = shared(source, target, vocabularySize);
        return new MergedKeys[] {new MergedKeys(source, shared), new MergedKeys(target, shared)};
    }

    /** Which keys occur on both sides; key ids run below {@code vocabularySize}, the key weights' length. */
    static boolean[] shared(List<SegmentProfile> source, List<SegmentProfile> target, int vocabularySize) {
        boolean[] inSource = new boolean[vocabularySize];
        for (SegmentProfile profile : source) {
            for (int key : profile.keys()) {
                inSource[key] = true;
            }
        }
        boolean[] shared = new boolean[vocabularySize];
        for (SegmentProfile profile : target) {
            for (int key : profile.keys()) {
                shared[key] = inSource[key];
            }
        }
        return shared;
    }

    /** The keys of segments {@code [start, start + count)}, sorted; do not modify the array. */
    int[] keys(int start, int count) {
        if (count == 1) {
            return segmentKeys[start];
        }
        if (count >= byCount.length()) {
            return mergeSorted(keys(start, count - 1), segmentKeys[start + count - 1]);
        }
        int[][] runs = byCount.get(count);
        if (runs == null) {
            runs = runs(count);
        }
        return runs[start];
    }

    /** Every run of {@code count} segments: the run one shorter, already built, merged with its last segment. */
    private synchronized int[][] runs(int count) {
        int[][] runs = byCount.get(count);
        if (runs != null) {
            return runs;
        }
        runs = new int[Math.max(0, segmentKeys.length - count + 1)][];
        for (int start = 0; start < runs.length; start++) {
            runs[start] = mergeSorted(keys(start, count - 1), segmentKeys[start + count - 1]);
        }
        byCount.set(count, runs);
        return runs;
    }

    /** The sorted union, with repeats, of two sorted arrays: a linear merge. */
    static int[] mergeSorted(int[] x, int[] y) {
        int[] merged = new int[x.length + y.length];
        int p = 0;
        int q = 0;
        int n = 0;
        while (p < x.length && q < y.length) {
            merged[n++] = x[p] <= y[q] ? x[p++] : y[q++];
        }
        System.arraycopy(x, p, merged, n, x.length - p);
        System.arraycopy(y, q, merged, n + x.length - p, y.length - q);
        return merged;
    }
}
