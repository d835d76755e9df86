package org.tandem.align;

/**
 * The tuned constants of the bead cost terms. Every default was tuned on dev data (damaged NTREX
 * English–Dutch and the German–French Bleualign dev set); the measurements behind them are in
 * BENCHMARKS.md, "Tuning".
 *
 * @param minContentWeight  content weight below which missing overlap is no evidence at all
 * @param fullContentWeight content weight from which a merged segment counts fully as unsupported
 * @param disjointPenalty   extra cost of pairing segments with content that share no key at all
 * @param fullSupport       share of its own content weight a merged segment must add to the overlap to
 *                          count as supported (linear ramp from 0)
 * @param unsupportedScaleExponent how far the unsupported-merge penalty follows the document's merge scale
 * @param unmatchedNumber   how much a merged segment holding a number the other document never writes
 *                          counts as unsupported
 * @param paragraphCrossing cost of a bead side that merges segments across a paragraph boundary
 * @param paragraphMismatch cost of a bead that starts a paragraph on one side only
 * @param openJoin          cost of joining a segment that ends on a bare word to one that starts a sentence
 * @param cutOffDeviation   the most standard deviations a visibly cut-off translation pays for its length
 * @param cutOffSupport     share of the typical overlap a cut-off translation must keep to take the allowance
 * @param fragmentNull      extra null cost of leaving out a piece of a sentence rather than a whole one
 */
public record CostTuning(double minContentWeight, double fullContentWeight, double disjointPenalty,
                         double fullSupport, double unsupportedScaleExponent, double unmatchedNumber,
                         double paragraphCrossing, double paragraphMismatch, double openJoin,
                         double cutOffDeviation, double cutOffSupport, double fragmentNull) {

    public static CostTuning defaults() {
        return new CostTuning(0.7, 4.0, 2.0, 0.12, 0.75, 0.25, 2.0, 0.5, 2.0, 1.0, 0.3, 1.0);
    }
}
