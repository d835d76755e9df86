package org.tandem.write;

import java.util.Locale;

/** A reviewer's verdict on one flag. The lower-case names are the output and API contract. */
public enum FlagVerdict {
    /** Not decided yet. */
    OPEN,
    /** The flag is right: the bead has the problem it names. */
    ACCEPTED,
    /** The flag is wrong: the bead does not have the problem. */
    DISMISSED;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** @throws IllegalArgumentException for anything but open, accepted or dismissed */
    public static FlagVerdict fromLabel(String label) {
        for (FlagVerdict verdict : values()) {
            if (verdict.label().equals(label)) {
                return verdict;
            }
        }
        throw new IllegalArgumentException("unknown decision '" + label + "' (expected accepted, dismissed or open)");
    }
}
