package org.tandem.align;

/**
 * Gale–Church length evidence: how far the target's length is from what the source's predicts, with
 * an allowance for a translation that visibly breaks off. The allowance, where taken, is paid back by
 * {@link LexicalOverlap} when the two sides share too little to be a translation that was cut off.
 */
final class LengthFit implements CostTerm {
    private final SideSums source;
    private final SideSums target;
    private final AlignmentParameters params;
    private final CostTuning tuning;
    private final boolean cutOffAllowance;

    /**
     * @param cutOffAllowance whether a translation that visibly breaks off may be short without paying
     *                        for it; only with a translation lexicon, as cognates alone cannot tell a
     *                        cut-off translation from an inserted line
     */
    LengthFit(SideSums source, SideSums target, AlignmentParameters params, CostTuning tuning,
              boolean cutOffAllowance) {
        this.source = source;
        this.target = target;
        this.params = params;
        this.tuning = tuning;
        this.cutOffAllowance = cutOffAllowance;
    }

    @Override
    public double cost(int i, int a, int j, int b) {
        return Math.min(lengthCost(i, a, j, b), cutOffLengthCost(i, a, j, b));
    }

    /** Gale–Church deviation: how many standard deviations the target length is off its expectation. */
    double deviation(long ls, long lt) {
        return GaleChurch.deviation(params, ls, lt);
    }

    double deviation(int i, int a, int j, int b) {
        return deviation(source.chars(i, a), target.chars(j, b));
    }

    private double lengthCost(int i, int a, int j, int b) {
        return GaleChurch.cost(deviation(i, a, j, b), tuning);
    }

    /**
     * The length cost of a bead whose target visibly breaks off, where the source ends a sentence and
     * the target ends on a bare word, and is shorter than expected: the cost of a moderate deviation
     * at most. Infinite for every other bead, and without the allowance.
     */
    private double cutOffLengthCost(int i, int a, int j, int b) {
        if (!cutOffAllowance || !target.profile(j + b - 1).endsOnWord()) {
            return Double.POSITIVE_INFINITY;
        }
        SegmentProfile lastSource = source.profile(i + a - 1);
        if (lastSource.endsOnWord() || lastSource.sentences() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double deviation = deviation(i, a, j, b);
        return deviation < 0 ? GaleChurch.cost(Math.min(-deviation, tuning.cutOffDeviation()), tuning)
                : Double.POSITIVE_INFINITY;
    }

    /** How much the cut-off allowance lowered this bead's length cost; 0 where it was not taken. */
    double allowanceTaken(int i, int a, int j, int b) {
        double cutOff = cutOffLengthCost(i, a, j, b);
        return cutOff == Double.POSITIVE_INFINITY ? 0 : Math.max(0, lengthCost(i, a, j, b) - cutOff);
    }
}
