package org.tandem.align;

/**
 * Translators keep sentences: a bead holding more sentences on one side than on the other is
 * unlikely, so a line that joins two sentences finds its 2-1 bead instead of a 1-1 beside an
 * omission. A difference that the bead's own shape accounts for costs nothing: a translator who
 * splits one long sentence in two makes a 1-2 bead with one sentence against two.
 */
final class SentenceCounts implements CostTerm {
    private final SideSums source;
    private final SideSums target;
    private final double weight;

    /** @param weight cost per unexplained sentence; 0 switches the term off (the first pass) */
    SentenceCounts(SideSums source, SideSums target, double weight) {
        this.source = source;
        this.target = target;
        this.weight = weight;
    }

    @Override
    public boolean alwaysZero() {
        return weight == 0;
    }

    @Override
    public double cost(int i, int a, int j, int b) {
        if (weight == 0) {
            return 0;
        }
        int s = source.sentences(i, a);
        int t = target.sentences(j, b);
        return weight * Math.max(0, Math.abs(s - t) - Math.abs(a - b));
    }
}
