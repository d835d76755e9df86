package org.tandem.align;

import java.util.List;

/**
 * The aligner's view of a document pair under one set of parameters: the bead cost that the search
 * minimises, assembled from its terms (shape prior, length fit, paragraphs, sentence counts, open
 * joins; null cost; lexical overlap; merge support), and the evidence for a chosen bead that scoring
 * and flagging read. Not thread-safe: the overlap keeps the last bead's answer.
 */
final class BeadCostModel implements BeadCost {
    private final AlignmentParameters params;
    private final SideSums source;
    private final SideSums target;
    private final LengthFit length;
    private final KeyOverlap overlap;
    private final CompositeCost cost;

    /**
     * @param cutOffAllowance whether a translation that visibly breaks off may be short without paying for
     *                        it (see {@link LengthFit}); only with a translation lexicon
     */
    BeadCostModel(List<SegmentProfile> source, List<SegmentProfile> target, float[] keyWeight,
                  AlignmentParameters params, boolean cutOffAllowance) {
        this(source, target, keyWeight, params, CostTuning.defaults(), cutOffAllowance);
    }

    BeadCostModel(List<SegmentProfile> source, List<SegmentProfile> target, float[] keyWeight,
                  AlignmentParameters params, CostTuning tuning, boolean cutOffAllowance) {
        this.params = params;
        this.source = new SideSums(source, keyWeight);
        this.target = new SideSums(target, keyWeight);
        this.length = new LengthFit(this.source, this.target, params, tuning, cutOffAllowance);
        this.overlap = new KeyOverlap(source, target, keyWeight, this.source, this.target);
        List<CostTerm> terms = List.of(new ShapePrior(params), length,
                new ParagraphStructure(this.source, this.target, tuning),
                new SentenceCounts(this.source, this.target, params.sentenceWeight()),
                OpenJoins.ofSource(this.source, params, tuning), OpenJoins.ofTarget(this.target, params, tuning));
        this.cost = new CompositeCost(terms, new NullCost(this.source, this.target, params, tuning),
                new LexicalOverlap(overlap, this.source, this.target, length, params, tuning),
                new MergeSupport(overlap, this.source, this.target, params, tuning), params.gapOpenCost());
    }

    AlignmentParameters parameters() {
        return params;
    }

    @Override
    public double baseCost(int i, int a, int j, int b) {
        return cost.baseCost(i, a, j, b);
    }

    @Override
    public double maxLexicalBonus() {
        return cost.maxLexicalBonus();
    }

    @Override
    public double lexicalCost(int i, int a, int j, int b) {
        return cost.lexicalCost(i, a, j, b);
    }

    @Override
    public double mergePenalty(int i, int a, int j, int b) {
        return cost.mergePenalty(i, a, j, b);
    }

    @Override
    public double gapOpenCost() {
        return cost.gapOpenCost();
    }

    /** Weighted Dice overlap of the bead's two sides, 0..1; 0 for a one-sided bead. */
    double similarity(Bead bead) {
        if (!bead.isTwoSided()) {
            return 0;
        }
        return overlap.similarity(bead.sourceStart(), bead.sourceCount(), bead.targetStart(), bead.targetCount());
    }

    /** Gale–Church deviation: how many standard deviations the target length is off its expectation. */
    double lengthDeviation(Bead bead) {
        return length.deviation(bead.sourceStart(), bead.sourceCount(), bead.targetStart(), bead.targetCount());
    }

    /** Character lengths of the bead's two sides. */
    BeadLengths lengths(Bead bead) {
        return new BeadLengths(source.chars(bead.sourceStart(), bead.sourceCount()),
                target.chars(bead.targetStart(), bead.targetCount()));
    }

    double contentWeight(Bead bead) {
        return source.contentWeight(bead.sourceStart(), bead.sourceCount())
                + target.contentWeight(bead.targetStart(), bead.targetCount());
    }
}
