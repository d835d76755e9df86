package org.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Finds confident correspondences before the real search, to centre the search band.
 *
 * <p>A key (a name, a number, a rare cognate) that occurs once on each side within a window around
 * the expected position marks the same place on both sides. Uniqueness is asked only locally, so
 * that long documents that repeat a name, or the same boilerplate, every few pages still yield
 * anchors. The search runs twice: first around the diagonal with a wide window, then around the
 * chain the first round found with a narrow one. Each round keeps the longest chain of pairs that
 * increases on both sides, without pairs that stray from the local trend.
 */
final class AnchorFinder {
    private AnchorFinder() {
    }

    static List<Anchor> find(List<SegmentProfile> source, List<SegmentProfile> target, int vocabularySize) {
        return find(source, target, vocabularySize, AnchorTuning.defaults());
    }

    static List<Anchor> find(List<SegmentProfile> source, List<SegmentProfile> target, int vocabularySize,
                             AnchorTuning tuning) {
        int n = source.size();
        int m = target.size();
        int[][] sourcePositions = positions(source, vocabularySize);
        int[][] targetPositions = positions(target, vocabularySize);
        double[] diagonal = new double[n + 1];
        for (int i = 0; i <= n; i++) {
            diagonal[i] = n == 0 ? 0 : i * (double) m / n;
        }
        List<Anchor> first = chain(sourcePositions, targetPositions, diagonal, tuning.wideWindow(), tuning);
        double[] refined = SearchBand.centerLine(first, n, m);
        return chain(sourcePositions, targetPositions, refined, tuning.narrowWindow(), tuning);
    }

    private static List<Anchor> chain(int[][] sourcePositions, int[][] targetPositions, double[] expected, int window,
                                      AnchorTuning tuning) {
        List<Anchor> pairs = new ArrayList<>();
        for (int key = 0; key < sourcePositions.length; key++) {
            int[] sp = sourcePositions[key];
            int[] tp = targetPositions[key];
            if (sp == null || tp == null) {
                continue;
            }
            for (int k = 0; k < sp.length; k++) {
                int i = sp[k];
                boolean aloneInSource = (k == 0 || i - sp[k - 1] > window) && (k + 1 == sp.length || sp[k + 1] - i > window);
                if (!aloneInSource) {
                    continue;
                }
                int center = (int) Math.round(expected[i]);
                int from = lowerBound(tp, center - window);
                int to = lowerBound(tp, center + window + 1);
                if (to - from == 1) {
                    pairs.add(new Anchor(i, tp[from]));
                }
            }
        }
        pairs.sort((x, y) -> x.source() != y.source() ? Integer.compare(x.source(), y.source())
                : Integer.compare(y.target(), x.target()));
        return withoutOutliers(longestIncreasingChain(pairs), tuning);
    }

    private static int lowerBound(int[] sorted, int value) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid] < value) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /**
     * Drops anchors whose diagonal offset {@code j - i} strays from that of their neighbours: a key
     * whose occurrences were paired one off (one dropped here, one inserted there) still fits an
     * increasing chain, but not the local trend, and it would bend the band away from the path.
     */
    static List<Anchor> withoutOutliers(List<Anchor> chain, AnchorTuning tuning) {
        int window = tuning.outlierWindow();
        List<Anchor> kept = new ArrayList<>(chain.size());
        int[] offsets = new int[2 * window + 1];
        for (int k = 0; k < chain.size(); k++) {
            int from = Math.max(0, k - window);
            int to = Math.min(chain.size(), k + window + 1);
            int count = 0;
            for (int q = from; q < to; q++) {
                offsets[count++] = chain.get(q).offset();
            }
            Arrays.sort(offsets, 0, count);
            int median = offsets[count / 2];
            int offset = chain.get(k).offset();
            if (Math.abs(offset - median) <= tuning.maxOffsetJump()) {
                kept.add(chain.get(k));
            }
        }
        return kept;
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
    private static List<Anchor> longestIncreasingChain(List<Anchor> pairs) {
        int n = pairs.size();
        int[] tailIndex = new int[n];
        int[] previous = new int[n];
        int length = 0;
        for (int p = 0; p < n; p++) {
            int j = pairs.get(p).target();
            int lowBound = 0;
            int highBound = length;
            while (lowBound < highBound) {
                int mid = (lowBound + highBound) >>> 1;
                if (pairs.get(tailIndex[mid]).target() < j) {
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
        Anchor[] chain = new Anchor[length];
        int p = length > 0 ? tailIndex[length - 1] : -1;
        for (int k = length - 1; k >= 0; k--) {
            chain[k] = pairs.get(p);
            p = previous[p];
        }
        return Arrays.asList(chain);
    }
}
