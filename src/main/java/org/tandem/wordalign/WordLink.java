package org.tandem.wordalign;

/**
 * One source token aligned to one target token.
 *
 * @param source      index into the bead's source tokens
 * @param target      index into the bead's target tokens
 * @param probability how likely the two are translations of each other here, 0..1: the mean of the two
 *                    directions' posterior probabilities of the link
 */
public record WordLink(int source, int target, double probability) {
}
