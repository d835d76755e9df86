package org.tandem.align;

/**
 * The bead cost's starting knobs, before the document's own statistics are known, and the priors of
 * bead shapes. Every default was tuned on dev data; see BENCHMARKS.md, "Tuning notes".
 */
public record PriorTuning(
        @Tuned(min = 0.1, max = 100, reason = "Gale–Church length variance per character until the pair's own is measured")
        double initialVariance,
        @Tuned(min = 0, max = 50, reason = "cost of leaving one segment without a counterpart")
        double nullCost,
        @Tuned(min = 0, max = 20, reason = "an inserted block comes out as one run rather than trading places with a pair")
        double gapOpenCost,
        @Tuned(min = 0, max = 50, reason = "how many cost units a perfect lexical match is worth")
        double lexicalWeight,
        @Tuned(min = 0, max = 50, reason = "cost of gluing a segment that shares nothing into a merge")
        double unsupportedPenalty,
        @Tuned(min = 0.001, max = 1, reason = "typical overlap of a correct pair until the pair's own is measured")
        double initialTypicalSimilarity,
        @Tuned(min = 0, max = 20, reason = "translators keep sentences: each unexplained extra sentence in a bead costs this")
        double sentenceMismatch,
        @Tuned(min = 0, max = 20, reason = "prior cost of 1-1, 1-0 and 0-1 beads")
        double shapeSingle,
        @Tuned(min = 0, max = 50, reason = "prior cost of 2-1 and 1-2 beads")
        double shapeTwoOne,
        @Tuned(min = 0, max = 50, reason = "prior cost of 2-2 beads")
        double shapeTwoTwo,
        @Tuned(min = 0, max = 50, reason = "larger beads: prior cost per segment on the larger side")
        double shapePerLarger,
        @Tuned(min = 0, max = 50, reason = "larger beads: prior cost per segment on the smaller side")
        double shapePerSmaller) {

    public static PriorTuning defaults() {
        return new PriorTuning(6.8, 4.0, 1.0, 4.0, 4.0, 0.2, 1.3, 0.12, 3.1, 4.5, 2.2, 0.8);
    }

    /** -log prior of a bead shape; shapes other than 1-1 need evidence to be chosen. */
    double shapeCost(int sourceCount, int targetCount) {
        int big = Math.max(sourceCount, targetCount);
        int small = Math.min(sourceCount, targetCount);
        if (big == 1) {
            return shapeSingle;
        }
        if (big == 2 && small == 1) {
            return shapeTwoOne;
        }
        if (big == 2 && small == 2) {
            return shapeTwoTwo;
        }
        return shapePerLarger * big + shapePerSmaller * small;
    }
}
