package org.tandem.review.project;

import java.util.List;
import java.util.Objects;

import org.tandem.flag.FlagKind;
import org.tandem.flag.Span;
import org.tandem.write.FlagVerdict;

/** A flag on a project bead with the reviewer's verdict and note; {@code spans} as the flagger found them. */
public record ProjectFlag(FlagKind kind, String reason, FlagVerdict verdict, String note, List<Span> spans) {
    public ProjectFlag {
        spans = spans == null ? List.of() : List.copyOf(spans);
        Objects.requireNonNull(kind, "kind");
        reason = reason == null ? "" : reason;
        Objects.requireNonNull(verdict, "verdict");
        note = note == null ? "" : note;
    }

    /** A flag nobody has decided on yet. */
    public static ProjectFlag open(FlagKind kind, String reason) {
        return new ProjectFlag(kind, reason, FlagVerdict.OPEN, "", List.of());
    }

    /** A flag the flagger raised, with its spans, not decided yet. */
    public static ProjectFlag open(org.tandem.flag.Flag flag) {
        return new ProjectFlag(flag.kind(), flag.reason(), FlagVerdict.OPEN, "", flag.spans());
    }

    public ProjectFlag decided(FlagVerdict newVerdict, String newNote) {
        return new ProjectFlag(kind, reason, newVerdict, newNote, spans);
    }
}
