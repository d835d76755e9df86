package org.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds confident correspondences before the real search, to centre the search band.
 *
 * <p>A key that occurs equally often on both sides (a name, a number, a rare cognate) is taken to
 * mark the same places in the same order. Its occurrences are paired in order, and the longest chain
 * of pairs that increases on both sides is kept; pairs that contradict the chain fall out.
 */
final class AnchorFinder {
    private AnchorFinder() {
    }

    static List<int[]> find(List<SegmentProfile> source, List<SegmentProfile> target, int vocabularySize) {
        int[][] sourcePositions = positions(source, vocabularySize);
        int[][] targetPositions = positions(target, vocabularySize);
        List<int[]> pairs = new ArrayList<>();
        for (int key = 0; key < vocabularySize; key++) {
            int[] sp = sourcePositions[key];
            int[] tp = targetPositions[key];
            if (sp == null || tp == null || sp.length != tp.length) {
                continue;
            }
            for (int k = 0; k < sp.length; k++) {
                pairs.add(new int[] {sp[k], tp[k]});
            }
        }
        pairs.sort((x, y) -> x[0] != y[0] ? Integer.compare(x[0], y[0]) : Integer.compare(y[1], x[1]));
        return longestIncreasingChain(pairs);
    }

    /** Positions (segment indices, one per segment even when the key repeats in it) of each key. */
    private static int[][] positions(List<SegmentProfile> side, int vocabularySize) {
        int[] counts = new int[vocabularySize];
        for (SegmentProfile profile : side) {
            int last = -1;
            for (int key : profile.keys()) {
                if (key != last) {
                    counts[key]++;
                    last = key;
                }
            }
        }
        int[][] positions = new int[vocabularySize][];
        int[] fill = new int[vocabularySize];
        for (int s = 0; s < side.size(); s++) {
            int last = -1;
            for (int key : side.get(s).keys()) {
                if (key != last) {
                    if (positions[key] == null) {
                        positions[key] = new int[counts[key]];
                    }
                    positions[key][fill[key]++] = s;
                    last = key;
                }
            }
        }
        return positions;
    }

    /**
     * Patience-sorting LIS over target positions; pairs come sorted by source position with ties in
     * decreasing target order, so the chain is strictly increasing in both.
     */
    private static List<int[]> longestIncreasingChain(List<int[]> pairs) {
        int n = pairs.size();
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int p = 0; p < n; p++) {
            int j = pairs.get(p)[1];
            int lowBound = 0;
            int highBound = length;
            while (lowBound < highBound) {
                int mid = (lowBound + highBound) >>> 1;
                if (pairs.get(tailIndex[mid])[1] < j) {
                    lowBound = mid + 1;
                } else {
                    highBound = mid;
                }
            }
            previous[p] = lowBound > 0 ? tailIndex[lowBound - 1] : -1;
            tailIndex[lowBound] = p;
            if (lowBound == length) {
                length++;
            }
        }
        int[][] chain = new int[length][];
        int p = length > 0 ? tailIndex[length - 1] : -1;
        for (int k = length - 1; k >= 0; k--) {
            chain[k] = pairs.get(p);
            p = previous[p];
        }
        return Arrays.asList(chain);
    }
}
