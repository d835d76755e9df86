package org.tandem.flag;

import org.tandem.align.Tuned;

/**
 * The untranslated-text check ({@link UntranslatedCheck}). Every default was tuned on dev data
 * (damaged and clean NTREX); see BENCHMARKS.md.
 */
public record UntranslatedTuning(
        @Tuned(min = 1, max = 1000, reason = "source-language function words a stretch needs: two catch short appended clauses")
        int minSourceWords,
        @Tuned(min = 1, max = 1000, reason = "least lead of source-language over target-language function words in the stretch")
        int minRunScore,
        @Tuned(min = 0, max = 1, reason = "above this share of source-language function words the whole target is untranslated")
        double mostly) {

    public static UntranslatedTuning defaults() {
        return new UntranslatedTuning(2, 2, 0.8);
    }
}
