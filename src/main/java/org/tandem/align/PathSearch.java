package org.tandem.align;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** One run of the dynamic program inside a band, and the back-trace of its best path. */
final class PathSearch {
    private static final float UNREACHED = Float.POSITIVE_INFINITY;

    private final BeadCostModel model;
    private final int[][] shapes;
    private final SearchBand band;
    private boolean touchesEdge;

    PathSearch(BeadCostModel model, int[][] shapes, SearchBand band) {
        this.model = model;
        this.shapes = shapes;
        this.band = band;
    }

    List<Bead> run() {
        int n = band.sourceSize();
        float[][] cost = new float[n + 1][];
        byte[][] back = new byte[n + 1][];
        for (int i = 0; i <= n; i++) {
            int width = band.hi(i) - band.lo(i) + 1;
            cost[i] = new float[width];
            back[i] = new byte[width];
            java.util.Arrays.fill(cost[i], UNREACHED);
            fillRow(i, cost, back);
        }
        return backtrace(n, cost, back);
    }

    boolean pathTouchesEdge() {
        return touchesEdge;
    }

    private void fillRow(int i, float[][] cost, byte[][] back) {
        int lo = band.lo(i);
        double maxBonus = model.maxLexicalBonus();
        for (int j = lo; j <= band.hi(i); j++) {
            if (i == 0 && j == 0) {
                cost[0][0] = 0;
                back[0][0] = -1;
                continue;
            }
            double best = Double.POSITIVE_INFINITY;
            int bestShape = -1;
            for (int s = 0; s < shapes.length; s++) {
                int a = shapes[s][0];
                int b = shapes[s][1];
                int pi = i - a;
                int pj = j - b;
                if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                    continue;
                }
                float previous = cost[pi][pj - band.lo(pi)];
                if (previous == UNREACHED) {
                    continue;
                }
                double total = previous + model.baseCost(pi, a, pj, b);
                if (a > 0 && b > 0) {
                    if (total - maxBonus >= best) {
                        continue;
                    }
                    total += model.lexicalCost(pi, a, pj, b);
                }
                if (total < best) {
                    best = total;
                    bestShape = s;
                }
            }
            cost[i][j - lo] = (float) best;
            back[i][j - lo] = (byte) bestShape;
        }
    }

    private List<Bead> backtrace(int n, float[][] cost, byte[][] back) {
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = band.hi(n);
        while (i > 0 || j > 0) {
            int s = back[i][j - band.lo(i)];
            if (s < 0) {
                throw new IllegalStateException("no alignment path reaches " + i + "," + j);
            }
            if (band.touchesInnerEdge(i, j)) {
                touchesEdge = true;
            }
            int a = shapes[s][0];
            int b = shapes[s][1];
            beads.add(new Bead(i - a, i, j - b, j));
            i -= a;
            j -= b;
        }
        Collections.reverse(beads);
        return beads;
    }
}
