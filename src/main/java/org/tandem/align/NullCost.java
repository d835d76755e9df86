package org.tandem.align;

/**
 * The cost of a one-sided bead: each segment left without a counterpart pays the null cost, and a
 * piece of a sentence (one that ends on a comma, semicolon or colon, or carries a sentence on in lower
 * case) pays more. Omissions and additions are whole sentences; a lone piece is far more often a
 * sentence that the two texts cut in different places.
 */
final class NullCost {
    private final SideSums source;
    private final SideSums target;
    private final double nullCost;
    private final double fragment;

    NullCost(SideSums source, SideSums target, AlignmentParameters params, CostTuning tuning) {
        this.source = source;
        this.target = target;
        this.nullCost = params.nullCost();
        this.fragment = tuning.fragmentNull();
    }

    double cost(int i, int a, int j, int b) {
        double cost = 0;
        for (int k = i; k < i + a; k++) {
            cost += of(source.profile(k));
        }
        for (int k = j; k < j + b; k++) {
            cost += of(target.profile(k));
        }
        return cost;
    }

    private double of(SegmentProfile alone) {
        boolean isFragment = alone.sentences() == 0 || alone.startsLowerCase();
        return nullCost + (isFragment ? fragment : 0);
    }
}
