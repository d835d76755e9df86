package org.tandem.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Bead precision, recall and F1 as Sennrich and Volk (2011) define them for the Bleualign test set:
 * a test bead is a strict hit when the gold has the same bead, and a lax hit when it is a strict hit
 * or overlaps a gold bead on both sides; precision counts every test bead with a non-empty side,
 * recall only the gold beads with both sides non-empty. A one-sided bead can only be a lax hit by
 * being a strict one: it has no second side to overlap with, and Bleualign's own scorer treats it so.
 */
public record BeadScores(PrecisionRecall strict, PrecisionRecall lax) {

    /** Pooling documents adds their counts, which equals scoring them with ids offset per document. */
    public BeadScores plus(BeadScores other) {
        return new BeadScores(strict.plus(other.strict), lax.plus(other.lax));
    }

    public static BeadScores compare(List<IdBead> gold, List<IdBead> test) {
        Set<IdBead> goldSet = new HashSet<>(gold);
        Set<IdBead> testSet = new HashSet<>(test);
        Map<Integer, List<IdBead>> goldBySource = bySourceId(gold);
        Map<Integer, List<IdBead>> testBySource = bySourceId(test);
        int testCount = 0;
        int strictHits = 0;
        int laxHits = 0;
        for (IdBead bead : test) {
            if (bead.sourceIds().isEmpty() && bead.targetIds().isEmpty()) {
                continue;
            }
            testCount++;
            if (goldSet.contains(bead)) {
                strictHits++;
                laxHits++;
            } else if (overlapsOnBothSides(bead, goldBySource)) {
                laxHits++;
            }
        }
        int goldCount = 0;
        int strictFound = 0;
        int laxFound = 0;
        for (IdBead bead : gold) {
            if (!bead.isTwoSided()) {
                continue;
            }
            goldCount++;
            if (testSet.contains(bead)) {
                strictFound++;
                laxFound++;
            } else if (overlapsOnBothSides(bead, testBySource)) {
                laxFound++;
            }
        }
        return new BeadScores(PrecisionRecall.of(strictHits, testCount, strictFound, goldCount),
                PrecisionRecall.of(laxHits, testCount, laxFound, goldCount));
    }

    /** Beads indexed by each of their source ids, so that overlap checks stay linear on long documents. */
    private static Map<Integer, List<IdBead>> bySourceId(List<IdBead> beads) {
        Map<Integer, List<IdBead>> index = new HashMap<>();
        for (IdBead bead : beads) {
            for (Integer id : bead.sourceIds()) {
                index.computeIfAbsent(id, k -> new ArrayList<>()).add(bead);
            }
        }
        return index;
    }

    private static boolean overlapsOnBothSides(IdBead bead, Map<Integer, List<IdBead>> othersBySource) {
        for (Integer id : bead.sourceIds()) {
            for (IdBead other : othersBySource.getOrDefault(id, List.of())) {
                if (intersects(bead.targetIds(), other.targetIds())) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean intersects(List<Integer> a, List<Integer> b) {
        for (Integer x : a) {
            if (b.contains(x)) {
                return true;
            }
        }
        return false;
    }
}
