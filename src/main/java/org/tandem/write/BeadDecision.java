package org.tandem.write;

import java.util.List;
import java.util.Objects;

/**
 * What a reviewer decided about one bead, for the writers to reflect.
 *
 * @param status       the bead's status
 * @param note         the reviewer's note on the bead; empty when none
 * @param editedTarget the reviewer's target text, replacing the segments' joined text; null when not edited
 * @param verdicts     one verdict per flag of the bead, in the bead's flag order
 * @param flagNotes    one note per flag (empty when none), parallel to {@code verdicts}
 */
public record BeadDecision(ReviewStatus status, String note, String editedTarget, List<FlagVerdict> verdicts,
                           List<String> flagNotes) {
    public BeadDecision {
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        verdicts = List.copyOf(verdicts);
        flagNotes = List.copyOf(flagNotes);
        if (verdicts.size() != flagNotes.size()) {
            throw new IllegalArgumentException("one note per flag verdict");
        }
    }

    /** Whether any flag is still open or was accepted: the bead's problem stands. */
    public boolean hasStandingFlag() {
        return verdicts.stream().anyMatch(v -> v != FlagVerdict.DISMISSED);
    }
}
