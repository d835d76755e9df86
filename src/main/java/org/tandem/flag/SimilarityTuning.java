package org.tandem.flag;

import org.tandem.align.Tuned;

/**
 * The low-similarity check ({@link SimilarityCheck}). Every default was tuned on dev data (damaged and
 * clean NTREX); see BENCHMARKS.md.
 */
public record SimilarityTuning(
        @Tuned(min = 0, max = 1, reason = "a pair sharing less than this share of the document's typical overlap shares almost nothing")
        double fractionOfTypical,
        @Tuned(min = 0, max = 1, reason = "below this typical overlap the language pair shares too few words for overlap to mean anything")
        double minTypical,
        @Tuned(min = 0, max = 1000, reason = "least content weight of a pair whose missing overlap is evidence")
        double minContent,
        @Tuned(min = 0, max = 100, reason = "standard deviations of length mismatch that must corroborate the missing overlap")
        double corroboratingDeviation) {

    public static SimilarityTuning defaults() {
        return new SimilarityTuning(0.1, 0.12, 8.0, 2.5);
    }
}
