package org.tandem.flag;

import java.util.List;

import org.tandem.align.Bead;
import org.tandem.wordalign.WordAlignment;

/**
 * A bead with the aligner's confidence and the flags raised on it.
 *
 * @param score confidence from 0 (doubtful) to 1 (certain) that the bead is right as it stands
 * @param words the word alignment inside a two-sided bead; {@code null} for omissions and additions,
 *              and where no word alignment was made
 */
public record FlaggedBead(Bead bead, double score, List<Flag> flags, WordAlignment words) {
    public FlaggedBead {
        flags = List.copyOf(flags);
    }

    public FlaggedBead(Bead bead, double score, List<Flag> flags) {
        this(bead, score, flags, null);
    }

    public boolean has(FlagKind kind) {
        return flags.stream().anyMatch(f -> f.kind() == kind);
    }
}
