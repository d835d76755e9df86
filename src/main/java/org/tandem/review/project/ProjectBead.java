package org.tandem.review.project;

import java.util.List;
import java.util.Objects;

import org.tandem.align.Bead;
import org.tandem.write.ReviewStatus;

/**
 * One bead of a review project as it stands.
 *
 * @param id           stable identity across edits; a merge keeps the first bead's id, a split gives the
 *                     second part a new one
 * @param version      the project revision that last changed this bead; a write naming an older one is stale
 * @param editedTarget the reviewer's target text, or null when the segments' own text stands
 */
public record ProjectBead(long id, long version, Bead bead, double score, ReviewStatus status, String note,
                          String editedTarget, List<ProjectFlag> flags) {
    public ProjectBead {
        Objects.requireNonNull(bead, "bead");
        Objects.requireNonNull(status, "status");
        note = note == null ? "" : note;
        flags = List.copyOf(flags);
    }

    /** A bead as the aligner made it: open, no note, no edit. */
    static ProjectBead fresh(long id, Bead bead, double score, List<ProjectFlag> flags) {
        return new ProjectBead(id, 0, bead, score, ReviewStatus.OPEN, "", null, flags);
    }

    ProjectBead withVersion(long newVersion) {
        return new ProjectBead(id, newVersion, bead, score, status, note, editedTarget, flags);
    }

    ProjectBead withStatus(ReviewStatus newStatus, String newNote) {
        return new ProjectBead(id, version, bead, score, newStatus, newNote, editedTarget, flags);
    }

    ProjectBead withFlags(List<ProjectFlag> newFlags) {
        return new ProjectBead(id, version, bead, score, status, note, editedTarget, newFlags);
    }

    ProjectBead withEditedTarget(String text) {
        return new ProjectBead(id, version, bead, score, status, note, text, flags);
    }

    /** The bead's flags that are not decided yet. */
    public int openFlags() {
        int open = 0;
        for (ProjectFlag flag : flags) {
            if (flag.verdict() == org.tandem.write.FlagVerdict.OPEN) {
                open++;
            }
        }
        return open;
    }

    public boolean isConfirmed() {
        return status == ReviewStatus.CONFIRMED;
    }
}
