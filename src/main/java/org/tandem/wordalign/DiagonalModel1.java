package org.tandem.wordalign;

import java.util.Arrays;

/**
 * IBM Model 1 with fast_align's diagonal prior (Dyer, Chahuneau and Smith 2013): a word is more
 * likely to translate a word at the same relative position than one far from it, and any word may
 * stay without a counterpart (the empty word). Learned by expectation maximisation from sentence
 * pairs of word ids in one direction; lexical evidence (same string, number, dictionary, cognate)
 * is a floor under the learned probabilities, so that training starts from what the words say.
 */
final class DiagonalModel1 implements Translations {
    /*
     * The learned pairs as one small open-addressing table per generating word (row 0: the empty word,
     * row f + 1: word f), all in two arrays: row r's slots are rowBase[r] .. rowBase[r] + rowMask[r],
     * each a target id (-1: free) and its probability. A bead looks up every word pair it holds; a
     * row of a frequent word stays in the cache across beads, where one hash table of all pairs
     * would miss it on nearly every look-up, and a probe costs less than a binary search of the row.
     */
    private final int[] rowBase;
    private final int[] rowMask;
    private final int[] slotTo;
    private final float[] slotProbability;
    /** Per generated word id, p(word | empty word), {@link #UNSEEN} where never seen. */
    private final float[] nullProbabilities;

    private DiagonalModel1(int[] rowBase, int[] rowMask, int[] slotTo, float[] slotProbability,
                           float[] nullProbabilities) {
        this.rowBase = rowBase;
        this.rowMask = rowMask;
        this.slotTo = slotTo;
        this.slotProbability = slotProbability;
        this.nullProbabilities = nullProbabilities;
    }

    /** A model that knows no pair: every probability is {@link #UNSEEN}. */
    static DiagonalModel1 untrained() {
        return new DiagonalModel1(new int[0], new int[0], new int[0], new float[0], new float[0]);
    }

    /**
     * @param from  per sentence pair, the word ids of the generating side
     * @param to    per sentence pair, the word ids of the generated side
     * @param prior lexical evidence, {@code prior.strength(fromWord, toWord)}
     * @param tuning its iterations, empty-word probability and diagonal tension
     */
    static DiagonalModel1 train(int[][] from, int[][] to, Prior prior, WordAlignTuning tuning) {
        if (from.length == 0) {
            return untrained();
        }
        int estimate = 0;
        for (int k = 0; k < from.length; k++) {
            estimate += to[k].length * (from[k].length + 1);
        }
        LongIntMap cells = new LongIntMap(Math.min(estimate, 1 << 22));
        int[][] rows = new int[from.length][];
        float[][] floors = new float[from.length][];
        float[][] weights = new float[from.length][];
        int[] fromOfCell = new int[Math.max(16, estimate)];
        for (int k = 0; k < from.length; k++) {
            int[] f = from[k];
            int[] t = to[k];
            int width = f.length + 1;
            int[] row = new int[t.length * width];
            float[] floor = new float[row.length];
            float[] weight = new float[row.length];
            for (int j = 0; j < t.length; j++) {
                double[] diagonal = diagonal(j, t.length, f.length, tuning);
                for (int x = 0; x < width; x++) {
                    int fw = x < f.length ? f[x] : -1;
                    int cell = cells.getOrPut(key(fw, t[j]), cells.size());
                    if (cell >= fromOfCell.length) {
                        fromOfCell = Arrays.copyOf(fromOfCell, fromOfCell.length * 2);
                    }
                    fromOfCell[cell] = fw + 1;
                    row[j * width + x] = cell;
                    floor[j * width + x] = fw < 0 ? 0f : prior.strength(fw, t[j]);
                    weight[j * width + x] = (float) (x < f.length ? diagonal[x] : tuning.nullProbability());
                }
            }
            rows[k] = row;
            floors[k] = floor;
            weights[k] = weight;
        }
        int cellCount = cells.size();
        int slots = 0;
        for (int c = 0; c < cellCount; c++) {
            slots = Math.max(slots, fromOfCell[c] + 1);
        }
        float[] p = new float[cellCount];
        Arrays.fill(p, 0.01f);
        double[] counts = new double[cellCount];
        double[] totals = new double[slots];
        for (int iteration = 0; iteration < tuning.iterations(); iteration++) {
            Arrays.fill(counts, 0);
            Arrays.fill(totals, 0);
            for (int k = 0; k < rows.length; k++) {
                int width = from[k].length + 1;
                int[] row = rows[k];
                float[] floor = floors[k];
                float[] weight = weights[k];
                for (int start = 0; start < row.length; start += width) {
                    double z = 0;
                    for (int x = start; x < start + width; x++) {
                        z += weight[x] * Math.max(p[row[x]], floor[x]);
                    }
                    for (int x = start; x < start + width; x++) {
                        double share = weight[x] * Math.max(p[row[x]], floor[x]) / z;
                        counts[row[x]] += share;
                        totals[fromOfCell[row[x]]] += share;
                    }
                }
            }
            for (int c = 0; c < cellCount; c++) {
                p[c] = (float) (counts[c] / totals[fromOfCell[c]]);
            }
        }
        return rows(cells, p, slots);
    }

    /** The cells as one table per generating word; see {@link #rowBase}. */
    private static DiagonalModel1 rows(LongIntMap cells, float[] p, int slots) {
        int[] lengths = new int[slots];
        int[] maxTo = {-1};
        cells.forEach((key, cell) -> {
            lengths[(int) (key >>> 32)]++;
            maxTo[0] = Math.max(maxTo[0], (int) key);
        });
        int[] rowBase = new int[slots];
        int[] rowMask = new int[slots];
        int total = 0;
        for (int r = 0; r < slots; r++) {
            // At most half full, so that a probe seldom runs on; a row of one cell still gets two slots.
            int capacity = lengths[r] == 0 ? 0 : Integer.highestOneBit(lengths[r]) << 2;
            rowBase[r] = total;
            rowMask[r] = capacity - 1;
            total += capacity;
        }
        int[] slotTo = new int[total];
        float[] slotProbability = new float[total];
        Arrays.fill(slotTo, -1);
        float[] nulls = new float[maxTo[0] + 1];
        Arrays.fill(nulls, UNSEEN);
        cells.forEach((key, cell) -> {
            int row = (int) (key >>> 32);
            int to = (int) key;
            int base = rowBase[row];
            int mask = rowMask[row];
            int slot = slot(to, mask);
            while (slotTo[base + slot] >= 0) {
                slot = (slot + 1) & mask;
            }
            slotTo[base + slot] = to;
            slotProbability[base + slot] = Math.max(UNSEEN, p[cell]);
            if (row == 0) {
                nulls[to] = Math.max(UNSEEN, p[cell]);
            }
        });
        return new DiagonalModel1(rowBase, rowMask, slotTo, slotProbability, nulls);
    }

    /** Where a target id's probe starts in a row of {@code mask + 1} slots: Fibonacci hashing. */
    private static int slot(int to, int mask) {
        int h = to * 0x9E3779B9;
        return (h ^ (h >>> 16)) & mask;
    }

    /** p(to | row's word) from row {@code row}, which has at least one cell. */
    private float find(int base, int mask, int to) {
        int slot = slot(to, mask);
        while (true) {
            int k = slotTo[base + slot];
            if (k == to) {
                return slotProbability[base + slot];
            }
            if (k < 0) {
                return UNSEEN;
            }
            slot = (slot + 1) & mask;
        }
    }

    /**
     * The prior over the positions of the generating side for position {@code j} of {@code n}:
     * {@code (1 - p0) · exp(-tension · |i/m - j/n|)}, normalised over the {@code m} positions.
     */
    static double[] diagonal(int j, int n, int m, WordAlignTuning tuning) {
        double[] d = new double[m];
        diagonal(j, n, m, tuning, d);
        return d;
    }

    /** As {@link #diagonal(int, int, int, WordAlignTuning)}, into the first {@code m} places of {@code d}. */
    static void diagonal(int j, int n, int m, WordAlignTuning tuning, double[] d) {
        double tension = tuning.tension();
        double target = (j + 1.0) / n;
        // exp(-tension · |x - target|) for x = (i + 1) / m, by powers of one step: two exps a row, not m.
        double step = Math.exp(tension / m);
        double below = Math.exp(-tension * target);
        double above = Math.exp(tension * target);
        double z = 0;
        double rising = below;
        double falling = above;
        double inverse = 1 / step;
        for (int i = 0; i < m; i++) {
            rising *= step;
            falling *= inverse;
            d[i] = (i + 1.0) / m <= target ? rising : falling;
            z += d[i];
        }
        double scale = (1 - tuning.nullProbability()) / z;
        for (int i = 0; i < m; i++) {
            d[i] *= scale;
        }
    }

    @Override
    public float probability(int from, int to) {
        if (from < 0) {
            return nullProbability(to);
        }
        int row = from + 1;
        if (row >= rowBase.length || rowMask[row] < 0) {
            return UNSEEN;
        }
        return find(rowBase[row], rowMask[row], to);
    }

    @Override
    public void probabilities(int from, int[] to, float[] out, int offset, int stride) {
        int row = from + 1;
        if (from < 0 || row >= rowBase.length || rowMask[row] < 0) {
            for (int j = 0; j < to.length; j++) {
                out[offset + j * stride] = from < 0 ? nullProbability(to[j]) : UNSEEN;
            }
            return;
        }
        int base = rowBase[row];
        int mask = rowMask[row];
        // find(), written out with the arrays in locals: the first JIT tier, which an alignment runs
        // in, neither inlines it nor keeps a field in a register across the loop.
        int[] keys = slotTo;
        float[] probabilities = slotProbability;
        for (int j = 0; j < to.length; j++) {
            int wanted = to[j];
            int h = wanted * 0x9E3779B9;
            int slot = (h ^ (h >>> 16)) & mask;
            float p;
            while (true) {
                int k = keys[base + slot];
                if (k == wanted) {
                    p = probabilities[base + slot];
                    break;
                }
                if (k < 0) {
                    p = UNSEEN;
                    break;
                }
                slot = (slot + 1) & mask;
            }
            out[offset + j * stride] = p;
        }
    }

    @Override
    public float nullProbability(int to) {
        return to < nullProbabilities.length ? nullProbabilities[to] : UNSEEN;
    }

    /** Ids are non-negative; the empty word is -1, so {@code from + 1} keeps every key non-negative. */
    private static long key(int from, int to) {
        return ((long) (from + 1) << 32) | to;
    }
}
