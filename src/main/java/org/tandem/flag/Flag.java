package org.tandem.flag;

/** A flag on a bead, with a reason a reviewer can act on. */
public record Flag(FlagKind kind, String reason) {
}
