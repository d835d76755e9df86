package org.tandem.align;

/**
 * The tuned constants of the bead cost terms. Every default was tuned on dev data (damaged NTREX
 * English–Dutch and the German–French Bleualign dev set); the measurements behind them are in
 * BENCHMARKS.md, "Tuning notes".
 */
public record CostTuning(
        @Tuned(min = 0, max = 10, reason = "content weight below which missing overlap is no evidence at all")
        double minContentWeight,
        @Tuned(min = 0.1, max = 50, reason = "content weight from which an unsupported merged segment counts in full")
        double fullContentWeight,
        @Tuned(min = 0, max = 20, reason = "pairing segments with content that share no key at all: true pairs rarely do")
        double disjointPenalty,
        @Tuned(min = 0.001, max = 1, reason = "share of its own content a merged segment must add to the overlap to be supported")
        double fullSupport,
        @Tuned(min = 0, max = 3, reason = "how far the unsupported-merge penalty follows the document's merge scale")
        double unsupportedScaleExponent,
        @Tuned(min = 0, max = 5, reason = "a merged segment whose number the other document never writes is less supported")
        double unmatchedNumber,
        @Tuned(min = 0, max = 20, reason = "translators keep paragraphs: merging across a paragraph boundary is unlikely")
        double paragraphCrossing,
        @Tuned(min = 0, max = 20, reason = "a bead that starts a paragraph on one side only is slightly unlikely")
        double paragraphMismatch,
        @Tuned(min = 0, max = 20, reason = "a headline or cut-off line is not run into the next sentence")
        double openJoin,
        @Tuned(min = 0, max = 10, reason = "the most standard deviations a visibly cut-off translation pays for its length")
        double cutOffDeviation,
        @Tuned(min = 0, max = 5, reason = "share of the typical overlap a cut-off translation keeps to take the allowance")
        double cutOffSupport,
        @Tuned(min = 0, max = 20, reason = "omissions and additions are whole sentences; a lone piece is a different cut")
        double fragmentNull,
        @Tuned(min = 0.1, max = 1_000, reason = "Student-t length cost: fewer degrees, heavier tails, so free renderings stay cheap")
        double lengthDegreesOfFreedom,
        @Tuned(min = 0, max = 1_000, reason = "the most one bead's length deviation can cost")
        double maxLengthCost) {

    public static CostTuning defaults() {
        return new CostTuning(0.7, 4.0, 2.0, 0.12, 0.75, 0.25, 2.0, 0.5, 2.0, 1.0, 0.3, 1.0, 4.0, 30.0);
    }
}
