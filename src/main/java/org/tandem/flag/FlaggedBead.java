package org.tandem.flag;

import java.util.List;

import org.tandem.align.Bead;

/**
 * A bead with the aligner's confidence and the flags raised on it.
 *
 * @param score confidence from 0 (doubtful) to 1 (certain) that the bead is right as it stands
 */
public record FlaggedBead(Bead bead, double score, List<Flag> flags) {
    public FlaggedBead {
        flags = List.copyOf(flags);
    }

    public boolean has(FlagKind kind) {
        return flags.stream().anyMatch(f -> f.kind() == kind);
    }
}
