package org.tandem.flag;

import org.tandem.align.Tuned;

/**
 * The length-ratio check ({@link LengthRatioCheck}). Every default was tuned on dev data (damaged and
 * clean NTREX; the coverage vetoes also on the real documents of bench/real-en-nl); see BENCHMARKS.md.
 */
public record LengthTuning(
        @Tuned(min = 0, max = 100, reason = "standard deviations from the document's length ratio that flag a pair of a long document")
        double maxDeviation,
        @Tuned(min = 0, max = 100, reason = "standard deviations that flag a short target that also stops without closing punctuation")
        double maxDeviationWhenUnfinished,
        @Tuned(min = 0, max = 10_000, reason = "pairs whose longer side has fewer characters say too little by their length")
        int minChars,
        @Tuned(min = 1, max = 20, reason = "of the source's last content words, this many (all but one covered) show that the target reaches the source's end, so it did not break off")
        int tailWords,
        @Tuned(min = 1, max = 100, reason = "an uncovered run of this many content words on either side means text was lost or added, and a length deviation stands")
        int lostRun,
        @Tuned(min = 0, max = 1, reason = "share of the document's confident pairs whose coverage a pair must reach for its words to vouch for its length")
        double faithfulCoverageQuantile,
        @Tuned(min = 1, max = 10_000, reason = "fewest confident pairs whose coverage says what faithful is; with fewer, only full coverage vouches")
        int minCoverageSample) {

    public static LengthTuning defaults() {
        return new LengthTuning(3.0, 1.5, 20, 3, 3, 0.25, 6);
    }
}
