package org.tandem.eval;

import java.util.Locale;

import org.tandem.flag.FlagKind;
import org.tandem.input.BadInputException;

/**
 * The three things flag scoring counts. Omissions are counted by source ids, additions by target
 * ids, drift by the target ids of two-sided beads that carry any drift flag.
 */
public enum FlagClass {
    OMISSION, ADDITION, DRIFT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FlagClass of(FlagKind kind) {
        return switch (kind) {
            case OMISSION -> OMISSION;
            case ADDITION -> ADDITION;
            default -> DRIFT;
        };
    }

    public static FlagClass parse(String label) {
        for (FlagClass kind : values()) {
            if (kind.label().equals(label)) {
                return kind;
            }
        }
        throw new BadInputException("unknown gold flag kind '" + label + "' (expected omission, addition or drift)");
    }
}
