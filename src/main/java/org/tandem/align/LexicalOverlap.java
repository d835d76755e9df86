package org.tandem.align;

/**
 * The lexical part of a two-sided bead's cost: its key overlap against the document's typical level.
 * Overlap at the typical level costs nothing, none costs the full lexical weight (plus the disjoint
 * penalty) and twice the typical level earns it back. Measured against the document's own typical
 * overlap, the same number means the same thing for close and distant language pairs. Missing overlap
 * says little about segments with few content words, so the penalty shrinks with the evidence available.
 *
 * <p>A bead whose length cost took the cut-off allowance ({@link LengthFit}) pays it back here if its
 * sides share too little to be a translation that was cut off; being never negative, the pay-back
 * keeps the base cost minus {@link #maxBonus()} a lower bound.
 */
final class LexicalOverlap {
    private final KeyOverlap overlap;
    private final SideSums source;
    private final SideSums target;
    private final LengthFit length;
    private final AlignmentParameters params;
    private final CostTuning tuning;

    LexicalOverlap(KeyOverlap overlap, SideSums source, SideSums target, LengthFit length,
                   AlignmentParameters params, CostTuning tuning) {
        this.overlap = overlap;
        this.source = source;
        this.target = target;
        this.length = length;
        this.params = params;
        this.tuning = tuning;
    }

    /** The most that lexical evidence can lower a bead's cost. */
    double maxBonus() {
        return Math.max(0, params.lexicalReliability()) * params.lexicalWeight();
    }

    double cost(int i, int a, int j, int b) {
        double allowance = length.allowanceTaken(i, a, j, b);
        double reliability = params.lexicalReliability();
        if (reliability <= 0) {
            return allowance;
        }
        double common = overlap.common(i, a, j, b);
        double sw = source.contentWeight(i, a);
        double tw = target.contentWeight(j, b);
        double similarity = KeyOverlap.overlap(common, sw, tw);
        double payBack = similarity < tuning.cutOffSupport() * params.typicalSimilarity() ? allowance : 0;
        return reliability * relativeCost(similarity, sw + tw) + payBack;
    }

    private double relativeCost(double similarity, double contentWeight) {
        double relative = Math.max(-1, Math.min(1, 1 - similarity / params.typicalSimilarity()));
        if (relative > 0) {
            relative *= Math.min(1, contentWeight / (2 * tuning.minContentWeight()));
        }
        double disjoint = similarity == 0 && contentWeight >= 4 * tuning.minContentWeight()
                ? tuning.disjointPenalty() : 0;
        return params.lexicalWeight() * relative + disjoint;
    }
}
