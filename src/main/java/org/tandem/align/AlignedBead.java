package org.tandem.align;

/** A bead of the alignment with the evidence the aligner found for it. */
public record AlignedBead(Bead bead, BeadEvidence evidence) {
}
