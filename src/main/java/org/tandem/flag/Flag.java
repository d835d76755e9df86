package org.tandem.flag;

import java.util.List;

/**
 * A flag on a bead, with a reason a reviewer can act on.
 *
 * @param spans the stretches of the bead's text the reason is about (the words without a counterpart,
 *              the mismatched numbers or names), in order; empty where the flag is about the bead as a whole
 * @param weight how much the flag lowers the bead's score: 1 for a full flag, less for a difference a
 *               reviewer may wish to see after the others (a unit conversion left out)
 */
public record Flag(FlagKind kind, String reason, List<Span> spans, double weight) {
    public Flag {
        spans = List.copyOf(spans);
        if (!(weight > 0 && weight <= 1)) {
            throw new IllegalArgumentException("flag weight must be in (0, 1]: " + weight);
        }
    }

    public Flag(FlagKind kind, String reason, List<Span> spans) {
        this(kind, reason, spans, 1);
    }

    public Flag(FlagKind kind, String reason) {
        this(kind, reason, List.of());
    }
}
