package org.tandem.align;

/**
 * The cost of merged segments that share nothing with the other side. Each segment of a merge that
 * adds (almost) nothing to what the bead shares, although it has content of its own, counts by how
 * much content it has: a long sentence that adds nothing is almost surely not part of the bead, a
 * short one ("And that will never change.") may well be. Words that another segment of the merge
 * already matches are no support: an omitted headline repeats the words of the lead sentence that
 * does have its translation. Never negative, so the search asks for it only for candidates still in
 * the running, right after their {@link LexicalOverlap} cost (whose overlap it reuses).
 */
final class MergeSupport {
    private final KeyOverlap overlap;
    private final SideSums source;
    private final SideSums target;
    private final AlignmentParameters params;
    private final CostTuning tuning;
    private final double unsupportedPenalty;

    MergeSupport(KeyOverlap overlap, SideSums source, SideSums target, AlignmentParameters params,
                 CostTuning tuning) {
        this.overlap = overlap;
        this.source = source;
        this.target = target;
        this.params = params;
        this.tuning = tuning;
        // Where a translator splits and joins sentences often, a merged segment with little lexical
        // support is more plausible too.
        this.unsupportedPenalty = params.unsupportedPenalty()
                * Math.pow(params.shapeScale(), tuning.unsupportedScaleExponent());
    }

    double cost(int i, int a, int j, int b) {
        double reliability = params.lexicalReliability();
        if (reliability <= 0 || (a < 2 && b < 2)) {
            return 0;
        }
        return reliability * unsupportedPenalty * unsupportedSegments(i, a, j, b);
    }

    private double unsupportedSegments(int i, int a, int j, int b) {
        double all = overlap.common(i, a, j, b);
        double count = 0;
        if (a > 1) {
            for (int k = i; k < i + a; k++) {
                count += unsupported(true, i, a, k, source.contentWeight(k), all)
                        + (source.profile(k).unmatchedNumber() ? tuning.unmatchedNumber() : 0);
            }
        }
        if (b > 1) {
            for (int k = j; k < j + b; k++) {
                count += unsupported(false, j, b, k, target.contentWeight(k), all)
                        + (target.profile(k).unmatchedNumber() ? tuning.unmatchedNumber() : 0);
            }
        }
        return count;
    }

    /** How unsupported segment {@code k} of a merge is; skips the overlap count where the answer is known. */
    private double unsupported(boolean sourceSide, int start, int count, int k, double weight, double all) {
        double share = contentShare(weight);
        if (share == 0) {
            return 0;
        }
        double own = all == 0 ? 0 : all - overlap.withoutOne(sourceSide, start, count, k);
        return share * Math.max(0, 1 - own / (tuning.fullSupport() * weight));
    }

    private double contentShare(double weight) {
        return weight < tuning.minContentWeight() ? 0 : Math.min(1, weight / tuning.fullContentWeight());
    }
}
