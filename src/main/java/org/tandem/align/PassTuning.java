package org.tandem.align;

/**
 * The aligner's passes: how large a pair is searched in full, how the band starts, how the first pass
 * samples a long document and turns its result into the pair's own statistics. Every default was tuned
 * on dev data; see BENCHMARKS.md, "Tuning notes".
 */
public record PassTuning(
        @Tuned(min = 0, max = 1e9, reason = "pairs up to this many cells are searched in full, longer ones in a band")
        int fullSearchCells,
        @Tuned(min = 1, max = 10_000, reason = "the band's first half-width; it doubles while the path touches its edge")
        int initialBand,
        @Tuned(min = 10, max = 10_000_000, reason = "source segments the first pass reads: statistics settle long before the end")
        int estimationSample,
        @Tuned(min = 0.001, max = 1, reason = "typical overlap from which shared keys are fully trusted")
        double reliableSimilarity,
        @Tuned(min = 0, max = 100, reason = "segments each way a lone segment's best near match is looked for")
        int neighbourhood,
        @Tuned(min = 0.01, max = 100, reason = "floor of the measured length variance: a few pairs can look too regular")
        double minVariance,
        @Tuned(min = 0.0001, max = 1, reason = "floor of the measured typical overlap")
        double minTypicalSimilarity,
        @Tuned(min = 0.001, max = 0.999, reason = "the share of two-sided beads that are merges in ordinary documents")
        double usualMergeRate,
        @Tuned(min = 0, max = 10_000, reason = "pseudo-beads at the usual rate added to a document's own merge count")
        int mergeRatePrior,
        @Tuned(min = 0.01, max = 1, reason = "merges never get cheaper than this share of their usual prior")
        double minShapeScale,
        @Tuned(min = 0.01, max = 1, reason = "a shape scale at or below this marks a document that merges often: larger beads")
        double mergingShapeScale) {

    public static PassTuning defaults() {
        return new PassTuning(1_500_000, 12, 5_000, 0.15, 3, 2.0, 0.02, 0.09, 20, 0.5, 0.8);
    }
}
