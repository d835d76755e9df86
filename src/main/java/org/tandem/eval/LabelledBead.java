package org.tandem.eval;

import java.util.List;

import org.tandem.flag.FlagKind;

/** A bead of an alignment under test with the flags the aligner raised on it. */
public record LabelledBead(IdBead bead, List<FlagKind> flags) {
    public LabelledBead {
        flags = List.copyOf(flags);
    }
}
