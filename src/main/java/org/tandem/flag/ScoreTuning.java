package org.tandem.flag;

import org.tandem.align.Tuned;

/** The bead score ({@link BeadScore}). The default was tuned on dev data (damaged NTREX). */
public record ScoreTuning(
        @Tuned(min = 0, max = 1, reason = "each drift flag multiplies a pair's score by this")
        double flagDiscount) {

    public static ScoreTuning defaults() {
        return new ScoreTuning(0.7);
    }
}
