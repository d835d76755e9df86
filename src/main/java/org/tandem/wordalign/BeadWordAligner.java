package org.tandem.wordalign;

import java.util.ArrayList;
import java.util.List;

/**
 * Aligns the words of one bead with two directional models: each target word picks its most likely
 * source word or none (and each source word its target word), and the two directions are symmetrised
 * by grow-diag (Koehn et al. 2003): their intersection, grown by the union's links that neighbour a
 * link already taken and give a word still unaligned its first counterpart.
 */
final class BeadWordAligner {
    private final LexicalEvidence evidence;
    private final WordAlignTuning tuning;
    /**
     * Least translation evidence (learned probability or lexical strength) for a link to count as a
     * counterpart: above {@link Translations#UNSEEN}, so that a link the diagonal alone chose, between
     * words never seen together, covers nothing. Tuned on dev data (damaged NTREX).
     */
    private final float minEvidence;
    /**
     * Evidence that makes a word pair counterparts wherever they stand in the bead: a skeleton match or
     * better, or a learned probability as high. Tuned on dev data (damaged NTREX).
     */
    private final float strongEvidence;

    BeadWordAligner(LexicalEvidence evidence, WordAlignTuning tuning) {
        this.evidence = evidence;
        this.tuning = tuning;
        this.minEvidence = (float) tuning.minEvidence();
        this.strongEvidence = (float) tuning.strongEvidence();
    }

    // Scratch space for one bead at a time, grown to the largest bead seen: an aligner belongs to one
    // thread, and a fresh set of arrays per bead would be most of what the alignment allocates.
    private float[] fw = new float[0];
    private float[] bw = new float[0];
    private double[] shareF = new double[0];
    private double[] shareB = new double[0];
    private double[] totalF = new double[0];
    private double[] totalB = new double[0];
    private int[] bestSourceOf = new int[0];
    private int[] bestTargetOf = new int[0];
    private double[] diagonal = new double[0];
    private boolean[] union = new boolean[0];
    private boolean[] linked = new boolean[0];
    private boolean[] sourceAligned = new boolean[0];
    private boolean[] targetAligned = new boolean[0];

    WordAlignment align(List<WordToken> sourceTokens, int[] s, List<WordToken> targetTokens, int[] t,
                        Translations forward, Translations backward) {
        int m = s.length;
        int n = t.length;
        java.util.BitSet sourceCovered = new java.util.BitSet(m);
        java.util.BitSet targetCovered = new java.util.BitSet(n);
        if (m == 0 || n == 0) {
            return new WordAlignment(sourceTokens, targetTokens, List.of(), sourceCovered, targetCovered);
        }
        reserve(m, n);
        // forward: target word j given source word i; backward: source word i given target word j.
        for (int i = 0; i < m; i++) {
            forward.probabilities(s[i], t, fw, i * n, 1);
        }
        for (int j = 0; j < n; j++) {
            backward.probabilities(t[j], s, bw, j, n);
        }
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                // What the words themselves say is a floor under both directions' learned probabilities.
                float floor = evidence.strength(s[i], t[j]);
                int c = i * n + j;
                fw[c] = Math.max(fw[c], floor);
                bw[c] = Math.max(bw[c], floor);
            }
        }
        // Cell (i, j) is at i·n + j: the forward pass steps through a column, the backward one a row.
        shares(n, m, 1, n, t, forward, fw, shareF, totalF, bestSourceOf);
        shares(m, n, n, 1, s, backward, bw, shareB, totalB, bestTargetOf);
        growDiag(m, n);
        List<WordLink> links = new ArrayList<>();
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int c = i * n + j;
                if (linked[c]) {
                    links.add(new WordLink(i, j, (shareF[c] / totalF[j] + shareB[c] / totalB[i]) / 2));
                    if (Math.max(fw[c], bw[c]) >= minEvidence) {
                        sourceCovered.set(i);
                        targetCovered.set(j);
                    }
                }
            }
        }
        // A word with strong evidence for a counterpart anywhere in the bead has one, linked or not:
        // symmetrisation keeps one link per word where a repeated or compound word has two.
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int c = i * n + j;
                if (Math.max(fw[c], bw[c]) >= strongEvidence) {
                    sourceCovered.set(i);
                    targetCovered.set(j);
                }
            }
        }
        return new WordAlignment(sourceTokens, targetTokens, links, sourceCovered, targetCovered);
    }

    private void reserve(int m, int n) {
        int cells = m * n;
        if (fw.length < cells) {
            int size = Math.max(cells, fw.length * 2);
            fw = new float[size];
            bw = new float[size];
            shareF = new double[size];
            shareB = new double[size];
            union = new boolean[size];
            linked = new boolean[size];
        }
        int side = Math.max(m, n);
        if (totalF.length < side) {
            int size = Math.max(side, totalF.length * 2);
            totalF = new double[size];
            totalB = new double[size];
            bestSourceOf = new int[size];
            bestTargetOf = new int[size];
            diagonal = new double[size];
            sourceAligned = new boolean[size];
            targetAligned = new boolean[size];
        }
    }

    /**
     * One direction's posteriors under the diagonal prior: for each generated word {@code g}, the share
     * of every generating word {@code x} (cell {@code g·generatedStride + x·generatingStride}) against
     * the empty word, left unnormalised in {@code share} with their sum, the empty word's included, in
     * {@code total[g]}; and the generating word with the largest share ({@code -1}: the empty word).
     */
    private void shares(int generated, int generating, int generatedStride, int generatingStride,
                        int[] generatedIds, Translations model, float[] probability,
                        double[] share, double[] total, int[] best) {
        for (int g = 0; g < generated; g++) {
            DiagonalModel1.diagonal(g, generated, generating, tuning, diagonal);
            double z = tuning.nullProbability() * model.nullProbability(generatedIds[g]);
            double top = z;
            best[g] = -1;
            for (int x = 0; x < generating; x++) {
                int c = g * generatedStride + x * generatingStride;
                double w = diagonal[x] * probability[c];
                share[c] = w;
                z += w;
                if (w > top) {
                    top = w;
                    best[g] = x;
                }
            }
            total[g] = z;
        }
    }

    /**
     * The intersection of the two directions' choices, grown along the union by neighbouring cells,
     * into {@link #linked}.
     */
    private void growDiag(int m, int n) {
        java.util.Arrays.fill(union, 0, m * n, false);
        java.util.Arrays.fill(linked, 0, m * n, false);
        java.util.Arrays.fill(sourceAligned, 0, m, false);
        java.util.Arrays.fill(targetAligned, 0, n, false);
        for (int j = 0; j < n; j++) {
            if (bestSourceOf[j] >= 0) {
                union[bestSourceOf[j] * n + j] = true;
            }
        }
        for (int i = 0; i < m; i++) {
            int j = bestTargetOf[i];
            if (j >= 0) {
                if (union[i * n + j]) {
                    linked[i * n + j] = true;
                    sourceAligned[i] = true;
                    targetAligned[j] = true;
                }
                union[i * n + j] = true;
            }
        }
        boolean grown = true;
        while (grown) {
            grown = false;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    if (!linked[i * n + j]) {
                        continue;
                    }
                    for (int di = -1; di <= 1; di++) {
                        for (int dj = -1; dj <= 1; dj++) {
                            int a = i + di;
                            int b = j + dj;
                            if ((di == 0 && dj == 0) || a < 0 || b < 0 || a >= m || b >= n) {
                                continue;
                            }
                            int c = a * n + b;
                            if (union[c] && !linked[c] && (!sourceAligned[a] || !targetAligned[b])) {
                                linked[c] = true;
                                sourceAligned[a] = true;
                                targetAligned[b] = true;
                                grown = true;
                            }
                        }
                    }
                }
            }
        }
        // final-and: a union link whose two words are both still unaligned.
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < n; j++) {
                int c = i * n + j;
                if (union[c] && !linked[c] && !sourceAligned[i] && !targetAligned[j]) {
                    linked[c] = true;
                    sourceAligned[i] = true;
                    targetAligned[j] = true;
                }
            }
        }
    }
}
