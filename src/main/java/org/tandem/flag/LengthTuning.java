package org.tandem.flag;

import org.tandem.align.Tuned;

/**
 * The length-ratio check ({@link LengthRatioCheck}). Every default was tuned on dev data (damaged and
 * clean NTREX); see BENCHMARKS.md.
 */
public record LengthTuning(
        @Tuned(min = 0, max = 100, reason = "standard deviations from the document's length ratio that flag a pair of a long document")
        double maxDeviation,
        @Tuned(min = 0, max = 100, reason = "standard deviations that flag a short target that also stops without closing punctuation")
        double maxDeviationWhenUnfinished,
        @Tuned(min = 0, max = 10_000, reason = "pairs whose longer side has fewer characters say too little by their length")
        int minChars) {

    public static LengthTuning defaults() {
        return new LengthTuning(3.0, 1.5, 20);
    }
}
