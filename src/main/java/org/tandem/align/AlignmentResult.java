package org.tandem.align;

import java.util.List;

/**
 * The beads, in order, each with its evidence, and the document statistics they were found with.
 *
 * @param typicalSimilarity median similarity of the 1-1 beads: what "normal" overlap is for this pair
 */
public record AlignmentResult(List<AlignedBead> aligned, AlignmentParameters parameters, double typicalSimilarity) {
    public AlignmentResult {
        aligned = List.copyOf(aligned);
    }

    /** The beads alone, in order. */
    public List<Bead> beads() {
        return aligned.stream().map(AlignedBead::bead).toList();
    }
}
