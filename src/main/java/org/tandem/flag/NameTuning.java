package org.tandem.flag;

import org.tandem.align.Tuned;

/** The name check ({@link NameCheck}). Every default was tuned on dev data (damaged and clean NTREX). */
public record NameTuning(
        @Tuned(min = 0, max = 10, reason = "a name counts as missing only where the other document writes it this often for each time here")
        double keptShare,
        @Tuned(min = 0, max = 1, reason = "least share of content words with a counterpart, each side, for a name's place by the word alignment to count")
        double swapCoverage) {

    public static NameTuning defaults() {
        return new NameTuning(0.75, 0.2);
    }
}
