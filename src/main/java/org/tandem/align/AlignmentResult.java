package org.tandem.align;

import java.util.List;

/**
 * The beads, in order, with the evidence for each and the document statistics they were found with.
 *
 * @param typicalSimilarity median similarity of the 1-1 beads: what "normal" overlap is for this pair
 */
public record AlignmentResult(List<Bead> beads, List<BeadEvidence> evidence, AlignmentParameters parameters,
                              double typicalSimilarity) {
    public AlignmentResult {
        beads = List.copyOf(beads);
        evidence = List.copyOf(evidence);
    }
}
