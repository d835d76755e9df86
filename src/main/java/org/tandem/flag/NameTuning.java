package org.tandem.flag;

import org.tandem.align.Tuned;

/** The name check ({@link NameCheck}). Every default was tuned on dev data (damaged and clean NTREX). */
public record NameTuning(
        @Tuned(min = 0, max = 10, reason = "a name counts as missing only where the other document writes it this often for each time here")
        double keptShare) {

    public static NameTuning defaults() {
        return new NameTuning(0.75);
    }
}
