package org.tandem.eval;

import java.util.ArrayList;
import java.util.List;

import org.tandem.align.Bead;

/** A bead as lists of segment ids, the form gold files and evaluation use. */
public record IdBead(List<Integer> sourceIds, List<Integer> targetIds) {
    public IdBead {
        sourceIds = List.copyOf(sourceIds);
        targetIds = List.copyOf(targetIds);
    }

    public static IdBead of(Bead bead) {
        return new IdBead(range(bead.sourceStart(), bead.sourceEnd()), range(bead.targetStart(), bead.targetEnd()));
    }

    private static List<Integer> range(int from, int to) {
        List<Integer> ids = new ArrayList<>(to - from);
        for (int k = from; k < to; k++) {
            ids.add(k);
        }
        return ids;
    }

    public boolean isTwoSided() {
        return !sourceIds.isEmpty() && !targetIds.isEmpty();
    }
}
