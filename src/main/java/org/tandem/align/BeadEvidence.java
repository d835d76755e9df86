package org.tandem.align;

/**
 * Why the aligner believes a bead, for scoring and flagging.
 *
 * @param similarity      weighted lexical overlap of the two sides, 0..1 (0 for one-sided beads)
 * @param lengthDeviation Gale–Church deviation in standard deviations (0 for one-sided beads)
 * @param contentWeight   the lexical evidence the two sides carry together (sum of key weights); the
 *                        absence of overlap means little when this is small
 * @param bestNeighbourSimilarity for a one-sided bead, the best overlap of its segment with a nearby
 *                        segment of the other side; 0 for two-sided beads
 */
public record BeadEvidence(double similarity, double lengthDeviation, double contentWeight,
                           double bestNeighbourSimilarity) {
}
