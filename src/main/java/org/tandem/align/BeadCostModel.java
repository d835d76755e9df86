package org.tandem.align;

import java.util.List;

/**
 * The cost of one candidate bead: shape prior, Gale–Church length fit and lexical overlap.
 * Not thread-safe: it merges key arrays in scratch buffers that it owns.
 */
final class BeadCostModel {
    static final double MIN_CONTENT_WEIGHT = 0.7;
    private static final double FULL_CONTENT_WEIGHT = 4.0;
    /**
     * Extra cost of pairing two segments with content that share no key at all. With prefixes,
     * consonant skeletons and learned translations, true pairs rarely share nothing, while an omitted
     * sentence paired with an inserted line always does. Measured on damaged NTREX: 2 raises bead F1 by
     * 0.009 and omission F1 by 0.03; from 4 on, true pairs start to split.
     */
    private static final double DISJOINT_PENALTY = 2.0;
    /**
     * A merged segment that adds nothing to the bead's overlap is unsupported; one that adds this
     * share of its own content weight or more is fully supported, with a linear ramp between. Measured
     * on damaged NTREX and German–French: a hard cut at 0.1 gave bead F1 0.952 / 0.747, the ramp to
     * 0.12 gives 0.960 / 0.791, and 0.09–0.14 all score within 0.004.
     */
    private static final double FULL_SUPPORT = 0.12;
    /**
     * How much of the document's merge-rate scale ({@link AlignmentParameters#shapeScale()}) the
     * penalty for unsupported merged segments follows: where a translator splits and joins sentences
     * often, a merged segment with little lexical support is more plausible too. Measured on
     * German–French (shape scale 0.5): bead F1 0.840 to 0.865, and 0.854 to 0.862 with the learned
     * lexicon; exponents from 0.5 to 0.75 all reach 0.855 or more on both, 1 loses the lexicon run's
     * gain. On damaged NTREX, where few documents merge often, one bead of 1,000 changes.
     */
    private static final double UNSUPPORTED_SCALE_EXPONENT = 0.75;
    /**
     * How much a merged segment that holds a number the other document never writes counts as
     * unsupported, on top of its lexical support ({@link UnmatchedNumbers}). Measured on damaged NTREX
     * with the batch lexicon: omission F1 0.949 to 0.961, bead F1 0.984 to 0.988, drift precision 0.920
     * to 0.937 (0.1 to 0.5 all do as well); German–French 0.865 to 0.868, and 0.862 with the lexicon.
     * The default NTREX run loses one omission (0.901 to 0.896) and gains drift precision (0.926 to 0.935).
     */
    private static final double UNMATCHED_NUMBER = 0.25;
    private static final double PARAGRAPH_CROSSING = 2.0;
    private static final double OPEN_JOIN = 2.0;
    /**
     * A translation cut off halfway (a web copy cut by its page template) is short for a reason: its
     * length costs no more than a deviation of this many standard deviations, as long as it shares at
     * least {@link #CUT_OFF_SUPPORT} of the typical overlap with its source (an inserted line that
     * merely ends without a full stop shares nothing). Measured on damaged NTREX with the batch lexicon:
     * bead F1 0.977 to 0.984, omission 0.933 to 0.949, drift 0.898 to 0.920; with FreeDict and the batch
     * lexicon 0.971 to 0.980 (bead F1). Caps of 0.5–1 and supports of 0.1–0.3 do as well; 0.5 support and more
     * lose the gain. Without a translation lexicon the overlap of a cut-off translation rests on
     * cognates alone and is too thin to tell it from an inserted line: addition F1 fell from 0.957
     * to 0.945, so the allowance needs a lexicon.
     */
    private static final double CUT_OFF_DEVIATION = 1.0;
    private static final double CUT_OFF_SUPPORT = 0.3;
    /**
     * Extra cost of leaving out, or adding, a piece of a sentence: a segment that ends on a comma,
     * semicolon or colon, or carries a sentence on in lower case. Omissions and additions are whole
     * sentences; a lone piece is far more often a sentence that the two texts cut in different places.
     * Measured on German–French (cut at semicolons and colons): bead F1 0.832 to 0.840, and 0.842 to
     * 0.854 with the learned lexicon; 0.75–1.5 all do as well. Damaged NTREX does not move.
     */
    private static final double FRAGMENT_NULL = 1.0;
    private static final double PARAGRAPH_MISMATCH = 0.5;

    private final List<SegmentProfile> source;
    private final List<SegmentProfile> target;
    private final long[] sourceChars;
    private final long[] targetChars;
    private final int[] sourceSentences;
    private final int[] targetSentences;
    private final int[] sourceOpenJoins;
    private final int[] targetOpenJoins;
    private final float[] keyWeight;
    private final double[] sourceWeight;
    private final double[] targetWeight;
    private final AlignmentParameters params;
    private final boolean sourceParagraphs;
    private final boolean targetParagraphs;
    private final MergedKeys sourceMerges;
    private final MergedKeys targetMerges;
    private int[] sourceBuffer;
    private int[] targetBuffer;
    private int sourceSize;
    private int targetSize;
    private final int[] lastBead = {-1, -1, -1, -1};
    private final boolean cutOffAllowance;
    private final double unsupportedPenalty;
    private double lastCommon;

    /**
     * @param cutOffAllowance whether a translation that visibly breaks off may be short without paying for
     *                        it (see {@link #cutOffLengthCost}); only with a translation lexicon
     */
    BeadCostModel(List<SegmentProfile> source, List<SegmentProfile> target, float[] keyWeight,
                  AlignmentParameters params, boolean cutOffAllowance) {
        this.cutOffAllowance = cutOffAllowance;
        this.unsupportedPenalty = params.unsupportedPenalty()
                * Math.pow(params.shapeScale(), UNSUPPORTED_SCALE_EXPONENT);
        this.source = source;
        this.target = target;
        this.keyWeight = keyWeight;
        this.params = params;
        this.sourceChars = prefixLengths(source);
        this.targetChars = prefixLengths(target);
        this.sourceSentences = prefixSentences(source);
        this.targetSentences = prefixSentences(target);
        this.sourceOpenJoins = prefixOpenJoins(source);
        this.targetOpenJoins = prefixOpenJoins(target);
        this.sourceWeight = weights(source, keyWeight);
        this.targetWeight = weights(target, keyWeight);
        boolean[] shared = MergedKeys.shared(source, target, keyWeight.length);
        this.sourceMerges = new MergedKeys(source, shared);
        this.targetMerges = new MergedKeys(target, shared);
        this.sourceParagraphs = hasParagraphStructure(source);
        this.targetParagraphs = hasParagraphStructure(target);
    }

    /**
     * Whether paragraphs group segments at all: in one-segment-per-line input every segment is its own
     * paragraph, and paragraph boundaries then carry no evidence.
     */
    private static boolean hasParagraphStructure(List<SegmentProfile> side) {
        if (side.isEmpty()) {
            return false;
        }
        int paragraphs = 1;
        for (int k = 1; k < side.size(); k++) {
            if (side.get(k).paragraph() != side.get(k - 1).paragraph()) {
                paragraphs++;
            }
        }
        return paragraphs < 0.9 * side.size();
    }

    AlignmentParameters parameters() {
        return params;
    }

    /** Total cost of the bead covering source {@code [i, i+a)} and target {@code [j, j+b)}. */
    double cost(int i, int a, int j, int b) {
        double base = baseCost(i, a, j, b);
        return a == 0 || b == 0 ? base : base + lexicalCost(i, a, j, b) + mergePenalty(i, a, j, b);
    }

    /**
     * The shape and length part of the cost, cheap to compute. The full cost is never below this minus
     * {@link #maxLexicalBonus()}, which lets the search skip the lexical part for hopeless candidates.
     */
    double baseCost(int i, int a, int j, int b) {
        if (a == 0 || b == 0) {
            double cost = 0;
            for (int k = i; k < i + a; k++) {
                cost += nullCost(source.get(k));
            }
            for (int k = j; k < j + b; k++) {
                cost += nullCost(target.get(k));
            }
            return cost;
        }
        return params.shapeCostOf(a, b) + Math.min(lengthCost(i, a, j, b), cutOffLengthCost(i, a, j, b))
                + paragraphCost(i, a, j, b) + sentenceCost(i, a, j, b)
                + openJoinCost(sourceOpenJoins, i, a) + openJoinCost(targetOpenJoins, j, b);
    }

    private double nullCost(SegmentProfile alone) {
        boolean fragment = alone.sentences() == 0 || alone.startsLowerCase();
        return params.nullCost() + (fragment ? FRAGMENT_NULL : 0);
    }

    /**
     * Joining a segment that ends on a bare word (a headline, a translation cut off halfway) to a next
     * one that starts a sentence of its own is unlikely: translators do not run a headline into the
     * lead. OCR'd lines that break inside a sentence go on in lower case and join freely. Weighed with
     * the sentence evidence, from the second pass on. Measured on damaged NTREX: 1.5–2.5 raise bead F1
     * from 0.967 to 0.970–0.971; German–French does not move.
     */
    private double openJoinCost(int[] openJoins, int start, int count) {
        if (count < 2 || params.sentenceWeight() == 0) {
            return 0;
        }
        return OPEN_JOIN * (openJoins[start + count - 1] - openJoins[start]);
    }

    /**
     * Prefix counts of the open joins: segment {@code k} ends on a bare word and segment {@code k + 1}
     * does not carry it on.
     */
    private static int[] prefixOpenJoins(List<SegmentProfile> side) {
        int[] prefix = new int[side.size() + 1];
        for (int k = 0; k < side.size(); k++) {
            boolean open = k + 1 < side.size() && side.get(k).endsOnWord() && !side.get(k + 1).startsLowerCase();
            prefix[k + 1] = prefix[k] + (open ? 1 : 0);
        }
        return prefix;
    }

    /**
     * Translators keep sentences: a bead holding more sentences on one side than on the other is
     * unlikely, so a line that joins two sentences finds its 2-1 bead instead of a 1-1 beside an
     * omission. A difference that the bead's own shape accounts for costs nothing: a translator who
     * splits one long sentence in two makes a 1-2 bead with one sentence against two.
     */
    private double sentenceCost(int i, int a, int j, int b) {
        if (params.sentenceWeight() == 0) {
            return 0;
        }
        int s = sourceSentences[i + a] - sourceSentences[i];
        int t = targetSentences[j + b] - targetSentences[j];
        return params.sentenceWeight() * Math.max(0, Math.abs(s - t) - Math.abs(a - b));
    }

    /**
     * Paragraphs as soft evidence: translators keep paragraphs, so a bead that merges segments across a
     * paragraph boundary is unlikely, and a bead that starts a paragraph on one side only slightly so.
     */
    private double paragraphCost(int i, int a, int j, int b) {
        double cost = 0;
        if (sourceParagraphs && a > 1 && crossesParagraph(source, i, a)) {
            cost += PARAGRAPH_CROSSING;
        }
        if (targetParagraphs && b > 1 && crossesParagraph(target, j, b)) {
            cost += PARAGRAPH_CROSSING;
        }
        if (sourceParagraphs && targetParagraphs && startsParagraph(source, i) != startsParagraph(target, j)) {
            cost += PARAGRAPH_MISMATCH;
        }
        return cost;
    }

    private static boolean crossesParagraph(List<SegmentProfile> side, int start, int count) {
        return side.get(start).paragraph() != side.get(start + count - 1).paragraph();
    }

    private static boolean startsParagraph(List<SegmentProfile> side, int k) {
        return k == 0 || side.get(k).paragraph() != side.get(k - 1).paragraph();
    }

    /** The most that lexical evidence can lower a bead's cost. */
    double maxLexicalBonus() {
        return Math.max(0, params.lexicalReliability()) * params.lexicalWeight();
    }

    /**
     * The length cost of a bead whose target visibly breaks off, where the source ends a sentence and
     * the target ends on a bare word, and is shorter than expected: the cost of a moderate deviation
     * at most. Infinite for every other bead, and without the allowance.
     */
    private double cutOffLengthCost(int i, int a, int j, int b) {
        if (!cutOffAllowance || !target.get(j + b - 1).endsOnWord()) {
            return Double.POSITIVE_INFINITY;
        }
        SegmentProfile lastSource = source.get(i + a - 1);
        if (lastSource.endsOnWord() || lastSource.sentences() == 0) {
            return Double.POSITIVE_INFINITY;
        }
        double deviation = deviation(sourceChars[i + a] - sourceChars[i], targetChars[j + b] - targetChars[j]);
        return deviation < 0 ? GaleChurch.cost(Math.min(-deviation, CUT_OFF_DEVIATION)) : Double.POSITIVE_INFINITY;
    }

    /**
     * The lexical part of a two-sided bead's cost: overlap against the document's typical level. A bead
     * whose base cost took the cut-off allowance pays the length cost back here if its two sides share
     * too little to be a translation that was cut off; being never negative, the pay-back keeps the
     * base cost a lower bound for the search.
     */
    double lexicalCost(int i, int a, int j, int b) {
        double allowance = cutOffAllowanceTaken(i, a, j, b);
        double reliability = params.lexicalReliability();
        if (reliability <= 0) {
            return allowance;
        }
        double common = common(i, a, j, b);
        double sw = sum(sourceWeight, i, a);
        double tw = sum(targetWeight, j, b);
        double similarity = overlap(common, sw, tw);
        double payBack = similarity < CUT_OFF_SUPPORT * params.typicalSimilarity() ? allowance : 0;
        return reliability * lexicalCost(similarity, sw + tw) + payBack;
    }

    private double cutOffAllowanceTaken(int i, int a, int j, int b) {
        double cutOff = cutOffLengthCost(i, a, j, b);
        return cutOff == Double.POSITIVE_INFINITY ? 0 : Math.max(0, lengthCost(i, a, j, b) - cutOff);
    }

    /**
     * The cost of merged segments that share nothing with the other side; never negative, so the
     * search computes it only for candidates still in the running.
     */
    double mergePenalty(int i, int a, int j, int b) {
        double reliability = params.lexicalReliability();
        if (reliability <= 0 || (a < 2 && b < 2)) {
            return 0;
        }
        loadSource(i, a);
        loadTarget(j, b);
        return reliability * unsupportedPenalty * unsupportedSegments(i, a, j, b);
    }

    /**
     * Overlap at the document's typical level costs nothing, none costs the full weight (plus the
     * disjoint penalty) and twice the typical level earns it back. Measured against the document's own typical overlap, the same
     * number means the same thing for close and distant language pairs. Missing overlap says little
     * about segments with few content words, so the penalty shrinks with the evidence available.
     */
    private double lexicalCost(double similarity, double contentWeight) {
        double relative = Math.max(-1, Math.min(1, 1 - similarity / params.typicalSimilarity()));
        if (relative > 0) {
            relative *= Math.min(1, contentWeight / (2 * MIN_CONTENT_WEIGHT));
        }
        double disjoint = similarity == 0 && contentWeight >= 4 * MIN_CONTENT_WEIGHT ? DISJOINT_PENALTY : 0;
        return params.lexicalWeight() * relative + disjoint;
    }

    /** Weighted Dice overlap of the bead's two sides, 0..1. */
    double similarity(Bead bead) {
        if (!bead.isTwoSided()) {
            return 0;
        }
        int i = bead.sourceStart();
        int a = bead.sourceCount();
        int j = bead.targetStart();
        int b = bead.targetCount();
        loadSource(i, a);
        loadTarget(j, b);
        double common = commonWeight(sourceBuffer, sourceSize, targetBuffer, targetSize);
        return overlap(common, sum(sourceWeight, i, a), sum(targetWeight, j, b));
    }

    /** Weighted Dice coefficient of the two sides' keys. */
    private static double overlap(double common, double sourceWeight, double targetWeight) {
        return sourceWeight + targetWeight > 0 ? 2 * common / (sourceWeight + targetWeight) : 0;
    }

    /** Gale–Church deviation: how many standard deviations the target length is off its expectation. */
    double lengthDeviation(Bead bead) {
        long ls = sourceChars[bead.sourceEnd()] - sourceChars[bead.sourceStart()];
        long lt = targetChars[bead.targetEnd()] - targetChars[bead.targetStart()];
        return deviation(ls, lt);
    }

    /** Character lengths of the bead's two sides. */
    long[] lengths(Bead bead) {
        return new long[] {sourceChars[bead.sourceEnd()] - sourceChars[bead.sourceStart()],
            targetChars[bead.targetEnd()] - targetChars[bead.targetStart()]};
    }

    double contentWeight(Bead bead) {
        return sum(sourceWeight, bead.sourceStart(), bead.sourceCount())
                + sum(targetWeight, bead.targetStart(), bead.targetCount());
    }

    private double deviation(long ls, long lt) {
        double c = params.charRatio();
        double mean = Math.max(1.0, (ls + lt / c) / 2.0);
        return (lt - c * ls) / Math.sqrt(mean * params.lengthVariance());
    }

    private double lengthCost(int i, int a, int j, int b) {
        long ls = sourceChars[i + a] - sourceChars[i];
        long lt = targetChars[j + b] - targetChars[j];
        return GaleChurch.cost(deviation(ls, lt));
    }

    /**
     * How many segments of a merge add (almost) nothing to what the bead shares with the other side
     * although they have content of their own, each counted by how much content it has: a long
     * sentence that adds nothing is almost surely not part of the bead, a short one ("And that will
     * never change.") may well be. A stray consonant-skeleton match is little support, and words that
     * another segment of the merge already matches are none: an omitted headline repeats the words
     * of the lead sentence that does have its translation.
     */
    private double unsupportedSegments(int i, int a, int j, int b) {
        double all = common(i, a, j, b);
        double count = 0;
        if (a > 1) {
            for (int k = i; k < i + a; k++) {
                count += unsupported(sourceMerges, i, a, k, sourceWeight[k], all, targetBuffer, targetSize)
                        + (source.get(k).unmatchedNumber() ? UNMATCHED_NUMBER : 0);
            }
        }
        if (b > 1) {
            for (int k = j; k < j + b; k++) {
                count += unsupported(targetMerges, j, b, k, targetWeight[k], all, sourceBuffer, sourceSize)
                        + (target.get(k).unmatchedNumber() ? UNMATCHED_NUMBER : 0);
            }
        }
        return count;
    }

    /** How unsupported segment {@code k} of a merge is; skips the overlap count where the answer is known. */
    private double unsupported(MergedKeys merges, int start, int count, int k, double weight, double all,
                               int[] other, int otherSize) {
        double share = contentShare(weight);
        if (share == 0) {
            return 0;
        }
        double own = all == 0 ? 0 : all - withoutOne(merges, start, count, k, other, otherSize);
        return share * Math.max(0, 1 - own / (FULL_SUPPORT * weight));
    }

    /**
     * The overlap with {@code other} of a merge's segments other than {@code k}: what the merge still
     * shares without it. The difference to the whole merge's overlap is what {@code k} adds of its own,
     * so a headline whose words its lead sentence repeats gets no credit for them.
     */
    private double withoutOne(MergedKeys merges, int start, int count, int k, int[] other, int otherSize) {
        int[] rest;
        if (k == start) {
            rest = merges.keys(start + 1, count - 1);
        } else if (k == start + count - 1) {
            rest = merges.keys(start, count - 1);
        } else {
            rest = MergedKeys.mergeSorted(merges.keys(start, k - start), merges.keys(k + 1, start + count - k - 1));
        }
        return commonWeight(rest, rest.length, other, otherSize);
    }

    private static double contentShare(double weight) {
        return weight < MIN_CONTENT_WEIGHT ? 0 : Math.min(1, weight / FULL_CONTENT_WEIGHT);
    }

    /**
     * The weight both sides of the bead share, with its sides loaded into the buffers. The search asks
     * for the lexical cost and then the merge penalty of the same bead, so the last answer is kept.
     */
    private double common(int i, int a, int j, int b) {
        loadSource(i, a);
        loadTarget(j, b);
        if (i != lastBead[0] || a != lastBead[1] || j != lastBead[2] || b != lastBead[3]) {
            lastCommon = commonWeight(sourceBuffer, sourceSize, targetBuffer, targetSize);
            lastBead[0] = i;
            lastBead[1] = a;
            lastBead[2] = j;
            lastBead[3] = b;
        }
        return lastCommon;
    }

    private void loadSource(int i, int a) {
        sourceBuffer = sourceMerges.keys(i, a);
        sourceSize = sourceBuffer.length;
    }

    private void loadTarget(int j, int b) {
        targetBuffer = targetMerges.keys(j, b);
        targetSize = targetBuffer.length;
    }

    /** Weight of the multiset intersection of two sorted key arrays. */
    private double commonWeight(int[] x, int xn, int[] y, int yn) {
        double common = 0;
        int p = 0;
        int q = 0;
        while (p < xn && q < yn) {
            int a = x[p];
            int b = y[q];
            if (a == b) {
                common += keyWeight[a];
            }
            // Advancing both cursors by comparison results, not by branches: the order of two
            // keys is a coin toss the processor cannot predict.
            p += a <= b ? 1 : 0;
            q += a >= b ? 1 : 0;
        }
        return common;
    }

    private static double sum(double[] values, int start, int count) {
        double s = 0;
        for (int k = start; k < start + count; k++) {
            s += values[k];
        }
        return s;
    }

    private static long[] prefixLengths(List<SegmentProfile> side) {
        long[] prefix = new long[side.size() + 1];
        for (int k = 0; k < side.size(); k++) {
            prefix[k + 1] = prefix[k] + side.get(k).length();
        }
        return prefix;
    }

    private static int[] prefixSentences(List<SegmentProfile> side) {
        int[] prefix = new int[side.size() + 1];
        for (int k = 0; k < side.size(); k++) {
            prefix[k + 1] = prefix[k] + side.get(k).sentences();
        }
        return prefix;
    }

    private static double[] weights(List<SegmentProfile> side, float[] keyWeight) {
        double[] weights = new double[side.size()];
        for (int k = 0; k < side.size(); k++) {
            double w = 0;
            for (int key : side.get(k).keys()) {
                w += keyWeight[key];
            }
            weights[k] = w;
        }
        return weights;
    }
}
