package org.tandem.wordalign;

/**
 * A stretch of one bead side whose content words have no counterpart on the other side: from its first
 * uncovered content word to its last, with few covered content words between (see
 * {@link WordAlignment#uncoveredSourceRuns}). Function words inside it belong to it; those at its edges
 * do not.
 *
 * @param firstToken   index of its first token
 * @param lastToken    index of its last token
 * @param contentWords its weight: the uncovered content words it holds, less {@link WordAlignTuning#coveredCost} for each
 *                     covered one
 * @param start        character offset of its first character in the side's text
 * @param end          character offset just past its last character
 */
public record UncoveredRun(int firstToken, int lastToken, int contentWords, int start, int end) {
}
