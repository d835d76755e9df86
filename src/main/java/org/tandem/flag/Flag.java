package org.tandem.flag;

import java.util.List;

/**
 * A flag on a bead, with a reason a reviewer can act on.
 *
 * @param spans the stretches of the bead's text the reason is about (the words without a counterpart,
 *              the mismatched numbers or names), in order; empty where the flag is about the bead as a whole
 */
public record Flag(FlagKind kind, String reason, List<Span> spans) {
    public Flag {
        spans = List.copyOf(spans);
    }

    public Flag(FlagKind kind, String reason) {
        this(kind, reason, List.of());
    }
}
