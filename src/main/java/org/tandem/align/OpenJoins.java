package org.tandem.align;

/**
 * Joining a segment that ends on a bare word (a headline, a translation cut off halfway) to a next
 * one that starts a sentence of its own is unlikely: translators do not run a headline into the lead.
 * OCR'd lines that break inside a sentence go on in lower case and join freely. One instance per side;
 * weighed with the sentence evidence, so silent in the first pass.
 */
final class OpenJoins implements CostTerm {
    private final SideSums side;
    private final boolean sourceSide;
    private final double cost;
    private final boolean active;

    private OpenJoins(SideSums side, boolean sourceSide, double cost, boolean active) {
        this.side = side;
        this.sourceSide = sourceSide;
        this.cost = cost;
        this.active = active;
    }

    static OpenJoins ofSource(SideSums source, AlignmentParameters params, CostTuning tuning) {
        return new OpenJoins(source, true, tuning.openJoin(), params.sentenceWeight() != 0);
    }

    static OpenJoins ofTarget(SideSums target, AlignmentParameters params, CostTuning tuning) {
        return new OpenJoins(target, false, tuning.openJoin(), params.sentenceWeight() != 0);
    }

    @Override
    public boolean alwaysZero() {
        return !active;
    }

    @Override
    public double cost(int i, int a, int j, int b) {
        int start = sourceSide ? i : j;
        int count = sourceSide ? a : b;
        if (count < 2 || !active) {
            return 0;
        }
        return cost * side.openJoins(start, count);
    }
}
