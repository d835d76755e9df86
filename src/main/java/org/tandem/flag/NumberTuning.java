package org.tandem.flag;

import org.tandem.align.Tuned;

/** The number check ({@link NumberCheck}). Every default was tuned on dev data (damaged and clean NTREX). */
public record NumberTuning(
        @Tuned(min = 0, max = 1, reason = "relative slack of a unit conversion a translator rounded (miles to kilometres)")
        double conversionTolerance,
        @Tuned(min = 0, max = 1, reason = "relative slack of a height in feet and inches given in centimetres")
        double heightTolerance,
        @Tuned(min = 0.01, max = 1, reason = "how much a unit conversion left out or added lowers a bead's score, against 1 for a changed number (a choice, not tuned)")
        double conversionWeight) {

    public static NumberTuning defaults() {
        return new NumberTuning(0.12, 0.02, 0.5);
    }
}
