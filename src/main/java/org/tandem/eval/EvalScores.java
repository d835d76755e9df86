package org.tandem.eval;

import java.util.Optional;

/** What an evaluation reports: bead scores always, flag scores when there was a gold for flags. */
public record EvalScores(BeadScores beads, Optional<FlagScores> flags) {

    public EvalScores plus(EvalScores other) {
        Optional<FlagScores> pooled = flags.isEmpty() ? other.flags
                : other.flags.isEmpty() ? flags : Optional.of(flags.get().plus(other.flags.get()));
        return new EvalScores(beads.plus(other.beads), pooled);
    }
}
