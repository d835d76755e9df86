package org.tandem.write;

import java.util.List;
import java.util.Objects;

/**
 * A reviewer's decisions over a whole alignment, one per bead in bead order, and which beads an
 * export takes.
 */
public record Review(List<BeadDecision> decisions, Scope scope) {

    /** Which beads an export holds. */
    public enum Scope {
        /**
         * The default: TMX holds the two-sided beads that are confirmed, or not rejected and with no flag
         * left open or accepted; the other formats hold every bead with its state.
         */
        DECIDED,
        /** Only confirmed beads, in every format. */
        ONLY_CONFIRMED,
        /** Every bead, in every format (TMX: every two-sided bead), with its state. */
        ALL
    }

    public Review {
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(scope, "scope");
    }

    public BeadDecision decision(int beadIndex) {
        return decisions.get(beadIndex);
    }

    /** Whether bead {@code beadIndex} goes into a translation memory under this scope. */
    boolean inTranslationMemory(int beadIndex, boolean twoSided) {
        if (!twoSided) {
            return false;
        }
        BeadDecision decision = decision(beadIndex);
        return switch (scope) {
            case ALL -> true;
            case ONLY_CONFIRMED -> decision.status() == ReviewStatus.CONFIRMED;
            case DECIDED -> decision.status() == ReviewStatus.CONFIRMED
                    || decision.status() == ReviewStatus.OPEN && !decision.hasStandingFlag();
        };
    }

    /** Whether bead {@code beadIndex} goes into the CSV, JSONL or XLIFF export under this scope. */
    boolean inExport(int beadIndex) {
        return scope != Scope.ONLY_CONFIRMED || decision(beadIndex).status() == ReviewStatus.CONFIRMED;
    }
}
