package org.tandem.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.atomic.AtomicIntegerArray;

/**
 * One run of the dynamic program inside a band, and the back-trace of its best path.
 *
 * <p>Each cell keeps two costs: of the best path ending in a two-sided bead, and of the best path
 * ending in a one-sided bead. Opening a run of one-sided beads costs extra, extending one does not,
 * so that an inserted block (a site footer, a comment section) comes out as one run rather than
 * trading places with a real pair that happens to share no words.
 *
 * <p>On several threads the rows are dealt out in turn, and a row's cell waits until the row above
 * has reached its column: a cell reads only cells above it and to its left, so every cell is the
 * same number, compared in the same order, as on one thread, and so is the path.
 */
final class PathSearch {
    private static final float UNREACHED = Float.POSITIVE_INFINITY;
    private static final int PAIRED = 0;
    private static final int UNPAIRED = 1;

    private final BeadCost model;
    private final BeadShape[] shapes;
    private final SearchBand band;
    private final double gapOpen;
    private final int threads;
    private final double[] shapeBounds;
    private boolean touchesEdge;
    /** Per row, the last column filled, when rows are filled on several threads; null on one. */
    private AtomicIntegerArray filled;
    private volatile boolean failed;

    PathSearch(BeadCost model, BeadShape[] shapes, SearchBand band) {
        this(model, shapes, band, 1);
    }

    /** @param threads how many threads fill the rows; the path is the same whatever the number */
    PathSearch(BeadCost model, BeadShape[] shapes, SearchBand band, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be 1 or more, not " + threads);
        }
        this.model = model;
        this.shapes = shapes;
        this.band = band;
        this.gapOpen = model.gapOpenCost();
        this.threads = threads;
        this.shapeBounds = new double[shapes.length];
        for (int s = 0; s < shapes.length; s++) {
            shapeBounds[s] = model.shapeBound(shapes[s].source(), shapes[s].target());
        }
    }

    List<Bead> run() {
        int n = band.sourceSize();
        float[][][] cost = new float[2][n + 1][];
        byte[][][] back = new byte[2][n + 1][];
        for (int i = 0; i <= n; i++) {
            int width = band.hi(i) - band.lo(i) + 1;
            for (int state = 0; state < 2; state++) {
                cost[state][i] = new float[width];
                back[state][i] = new byte[width];
                Arrays.fill(cost[state][i], UNREACHED);
            }
        }
        int lanes = Math.min(threads, n + 1);
        if (lanes == 1) {
            for (int i = 0; i <= n; i++) {
                fillRow(i, cost, back, model);
            }
        } else {
            fillInLanes(lanes, cost, back);
        }
        return backtrace(n, cost, back);
    }

    /** Rows 0, lanes, 2·lanes… on this thread, the others each on a thread of their own. */
    private void fillInLanes(int lanes, float[][][] cost, byte[][][] back) {
        int n = band.sourceSize();
        filled = new AtomicIntegerArray(n + 1);
        for (int i = 0; i <= n; i++) {
            filled.set(i, band.lo(i) - 1);
        }
        Throwable[] errors = new Throwable[lanes];
        Thread[] workers = new Thread[lanes];
        for (int lane = 1; lane < lanes; lane++) {
            int first = lane;
            BeadCost own = model.forAnotherThread();
            workers[lane] = new Thread(() -> fillLane(first, lanes, cost, back, own, errors), "tandem-search-" + lane);
            workers[lane].setDaemon(true);
            workers[lane].start();
        }
        fillLane(0, lanes, cost, back, model, errors);
        for (int lane = 1; lane < lanes; lane++) {
            try {
                workers[lane].join();
            } catch (InterruptedException e) {
                failed = true;
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while searching", e);
            }
        }
        for (Throwable error : errors) {
            if (error instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (error instanceof Error fatal) {
                throw fatal;
            }
        }
    }

    private void fillLane(int first, int lanes, float[][][] cost, byte[][][] back, BeadCost laneModel,
                          Throwable[] errors) {
        try {
            for (int i = first; i <= band.sourceSize() && !failed; i += lanes) {
                fillRow(i, cost, back, laneModel);
            }
        } catch (RuntimeException | Error e) {
            errors[first] = e;
            failed = true;
        }
    }

    /** Waits until row {@code i} is filled up to column {@code j} (or to its end) and returns how far it is. */
    private int awaitFilled(int i, int j) {
        int goal = Math.min(j, band.hi(i));
        int seen = filled.get(i);
        for (int spins = 0; seen < goal; spins++) {
            if (failed) {
                throw new IllegalStateException("another search thread failed");
            }
            if (spins < 1_000) {
                Thread.onSpinWait();
            } else {
                Thread.yield();
            }
            seen = filled.get(i);
        }
        return seen;
    }

    boolean pathTouchesEdge() {
        return touchesEdge;
    }

    private void fillRow(int i, float[][][] cost, byte[][][] back, BeadCost model) {
        int lo = band.lo(i);
        double maxBonus = model.maxLexicalBonus();
        int above = Integer.MIN_VALUE;
        for (int j = lo; j <= band.hi(i); j++) {
            if (filled != null && i > 0 && above < Math.min(j, band.hi(i - 1))) {
                above = awaitFilled(i - 1, j);
            }
            if (i == 0 && j == 0) {
                cost[PAIRED][0][0] = 0;
                back[PAIRED][0][0] = -1;
                publish(i, j);
                continue;
            }
            double bestPaired = Double.POSITIVE_INFINITY;
            int bestPairedMove = -1;
            double bestUnpaired = Double.POSITIVE_INFINITY;
            int bestUnpairedMove = -1;
            for (int s = 0; s < shapes.length; s++) {
                int a = shapes[s].source();
                int b = shapes[s].target();
                int pi = i - a;
                int pj = j - b;
                if (pi < 0 || pj < 0 || !band.contains(pi, pj)) {
                    continue;
                }
                int offset = pj - band.lo(pi);
                float fromPaired = cost[PAIRED][pi][offset];
                float fromUnpaired = cost[UNPAIRED][pi][offset];
                if (a == 0 || b == 0) {
                    double base = model.baseCost(pi, a, pj, b);
                    double viaPaired = fromPaired + gapOpen + base;
                    double viaUnpaired = fromUnpaired + base;
                    if (viaPaired < bestUnpaired) {
                        bestUnpaired = viaPaired;
                        bestUnpairedMove = move(s, PAIRED);
                    }
                    if (viaUnpaired < bestUnpaired) {
                        bestUnpaired = viaUnpaired;
                        bestUnpairedMove = move(s, UNPAIRED);
                    }
                    continue;
                }
                int previousState = fromPaired <= fromUnpaired ? PAIRED : UNPAIRED;
                float previous = Math.min(fromPaired, fromUnpaired);
                if (previous == UNREACHED) {
                    continue;
                }
                // The shape's part of the base cost alone may rule the candidate out: adding the other
                // terms, none negative, can only raise the sum, so the test below would fail as well.
                if (previous + shapeBounds[s] - maxBonus >= bestPaired) {
                    continue;
                }
                double total = previous + model.baseCost(pi, a, pj, b);
                if (total - maxBonus >= bestPaired) {
                    continue;
                }
                total += model.lexicalCost(pi, a, pj, b);
                if (total >= bestPaired) {
                    continue;
                }
                total += model.mergePenalty(pi, a, pj, b);
                if (total < bestPaired) {
                    bestPaired = total;
                    bestPairedMove = move(s, previousState);
                }
            }
            cost[PAIRED][i][j - lo] = (float) bestPaired;
            back[PAIRED][i][j - lo] = (byte) bestPairedMove;
            cost[UNPAIRED][i][j - lo] = (float) bestUnpaired;
            back[UNPAIRED][i][j - lo] = (byte) bestUnpairedMove;
            publish(i, j);
        }
    }

    /** Lets the thread of the row below read this row up to column {@code j}. */
    private void publish(int i, int j) {
        if (filled != null) {
            filled.lazySet(i, j);
        }
    }

    /** A back-pointer: the shape taken and the state it was taken from, in one byte. */
    private static int move(int shape, int fromState) {
        return shape * 2 + fromState;
    }

    private List<Bead> backtrace(int n, float[][][] cost, byte[][][] back) {
        List<Bead> beads = new ArrayList<>();
        int i = n;
        int j = band.hi(n);
        int last = j - band.lo(n);
        int state = cost[PAIRED][n][last] <= cost[UNPAIRED][n][last] ? PAIRED : UNPAIRED;
        while (i > 0 || j > 0) {
            int move = back[state][i][j - band.lo(i)];
            if (move < 0) {
                throw new IllegalStateException("no alignment path reaches " + i + "," + j);
            }
            if (band.touchesInnerEdge(i, j)) {
                touchesEdge = true;
            }
            int a = shapes[move / 2].source();
            int b = shapes[move / 2].target();
            beads.add(new Bead(i - a, i, j - b, j));
            i -= a;
            j -= b;
            state = move % 2;
        }
        Collections.reverse(beads);
        return beads;
    }
}
