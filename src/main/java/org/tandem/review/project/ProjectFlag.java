package org.tandem.review.project;

import java.util.Objects;

import org.tandem.flag.FlagKind;
import org.tandem.write.FlagVerdict;

/** A flag on a project bead with the reviewer's verdict and note. */
public record ProjectFlag(FlagKind kind, String reason, FlagVerdict verdict, String note) {
    public ProjectFlag {
        Objects.requireNonNull(kind, "kind");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(verdict, "verdict");
        note = note == null ? "" : note;
    }

    /** A flag nobody has decided on yet. */
    public static ProjectFlag open(FlagKind kind, String reason) {
        return new ProjectFlag(kind, reason, FlagVerdict.OPEN, "");
    }

    public ProjectFlag decided(FlagVerdict newVerdict, String newNote) {
        return new ProjectFlag(kind, reason, newVerdict, newNote);
    }
}
