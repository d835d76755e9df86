package org.tandem.review.project;

import java.util.List;

/**
 * One entry of the project's append-only log: an action, or the undo or redo of one.
 *
 * @param beadId    the bead the action named; null for undo, redo and realign
 * @param targetSeq for an undo or redo, the action it undid or redid
 * @param before    the beads the action replaced, as they were
 * @param after     the beads it put in their place
 */
public record ProjectEvent(long seq, String time, String action, Long beadId, Long targetSeq,
                           List<ProjectBead> before, List<ProjectBead> after) {
    public ProjectEvent {
        before = List.copyOf(before);
        after = List.copyOf(after);
    }
}
