package org.tandem.align;

import java.util.List;

/**
 * The cells of the alignment matrix the dynamic program visits: for each source position {@code i}
 * (0..n), the target positions {@code lo[i]..hi[i]}. A band that follows anchor points keeps the
 * cost near-linear in document length and still lets the path bend around large additions.
 */
final class SearchBand {
    private final int[] lo;
    private final int[] hi;
    private final int targetSize;

    private SearchBand(int[] lo, int[] hi, int targetSize) {
        this.lo = lo;
        this.hi = hi;
        this.targetSize = targetSize;
    }

    static SearchBand full(int sourceSize, int targetSize) {
        int[] lo = new int[sourceSize + 1];
        int[] hi = new int[sourceSize + 1];
        java.util.Arrays.fill(hi, targetSize);
        return new SearchBand(lo, hi, targetSize);
    }

    /**
     * A band of half-width {@code width} around the piecewise-linear path through the anchors, which
     * must be strictly increasing in both coordinates; the corners (0,0) and (n,m) are added here.
     */
    static SearchBand around(List<Anchor> anchors, int sourceSize, int targetSize, int width) {
        double[] center = centerLine(anchors, sourceSize, targetSize);
        int[] lo = new int[sourceSize + 1];
        int[] hi = new int[sourceSize + 1];
        for (int i = 0; i <= sourceSize; i++) {
            double before = center[Math.max(0, i - 1)];
            double after = center[Math.min(sourceSize, i + 1)];
            lo[i] = (int) Math.max(0, Math.floor(Math.min(before, center[i])) - width);
            hi[i] = (int) Math.min(targetSize, Math.ceil(Math.max(after, center[i])) + width);
        }
        lo[0] = 0;
        hi[sourceSize] = targetSize;
        for (int i = 1; i <= sourceSize; i++) {
            lo[i] = Math.max(lo[i], lo[i - 1]);
        }
        for (int i = sourceSize - 1; i >= 0; i--) {
            hi[i] = Math.min(hi[i], hi[i + 1]);
        }
        return new SearchBand(lo, hi, targetSize);
    }

    static double[] centerLine(List<Anchor> anchors, int n, int m) {
        double[] center = new double[n + 1];
        int prevI = 0;
        int prevJ = 0;
        int k = 0;
        while (true) {
            int nextI;
            int nextJ;
            if (k < anchors.size()) {
                nextI = anchors.get(k).source();
                nextJ = anchors.get(k).target();
                k++;
                if (nextI <= prevI || nextJ < prevJ || nextI >= n) {
                    continue;
                }
            } else {
                nextI = n;
                nextJ = m;
            }
            for (int i = prevI; i <= nextI; i++) {
                double t = nextI == prevI ? 1 : (i - prevI) / (double) (nextI - prevI);
                center[i] = prevJ + t * (nextJ - prevJ);
            }
            prevI = nextI;
            prevJ = nextJ;
            if (nextI == n) {
                return center;
            }
        }
    }

    int sourceSize() {
        return lo.length - 1;
    }

    int lo(int i) {
        return lo[i];
    }

    int hi(int i) {
        return hi[i];
    }

    boolean contains(int i, int j) {
        return j >= lo[i] && j <= hi[i];
    }

    /** Whether the cell sits on an inner edge of the band, where the best path may have been cut off. */
    boolean touchesInnerEdge(int i, int j) {
        return (lo[i] > 0 && j <= lo[i] + 1) || (hi[i] < targetSize && j >= hi[i] - 1);
    }

    /** How many cells the band holds. */
    long cells() {
        long cells = 0;
        for (int i = 0; i < lo.length; i++) {
            cells += hi[i] - lo[i] + 1;
        }
        return cells;
    }

    boolean isFull() {
        for (int i = 0; i < lo.length; i++) {
            if (lo[i] > 0 || hi[i] < targetSize) {
                return false;
            }
        }
        return true;
    }
}
