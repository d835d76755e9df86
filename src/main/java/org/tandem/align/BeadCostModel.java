package org.tandem.align;

import java.util.List;

/**
 * The aligner's view of a document pair under one set of parameters: the bead cost that the search
 * minimises, assembled from its terms (shape prior, length fit, paragraphs, sentence counts, open
 * joins; null cost; lexical overlap; merge support), and the evidence for a chosen bead that scoring
 * and flagging read. Not thread-safe: the overlap keeps the last bead's answer; {@link #forAnotherThread}
 * gives another thread its own.
 */
final class BeadCostModel implements BeadCost {
    private final AlignmentParameters params;
    private final CostTuning tuning;
    private final boolean cutOffAllowance;
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
        this(params, tuning, cutOffAllowance, new SideSums(source, keyWeight), new SideSums(target, keyWeight),
                source, target, keyWeight);
    }

    private BeadCostModel(AlignmentParameters params, CostTuning tuning, boolean cutOffAllowance,
                          SideSums sourceSums, SideSums targetSums, List<SegmentProfile> source,
                          List<SegmentProfile> target, float[] keyWeight) {
        this(params, tuning, sourceSums, targetSums, cutOffAllowance,
                new KeyOverlap(source, target, keyWeight, sourceSums, targetSums));
    }

    private BeadCostModel(AlignmentParameters params, CostTuning tuning, SideSums source, SideSums target,
                          boolean cutOffAllowance, KeyOverlap overlap) {
        this.params = params;
        this.tuning = tuning;
        this.source = source;
        this.target = target;
        this.cutOffAllowance = cutOffAllowance;
        this.length = new LengthFit(source, target, params, tuning, cutOffAllowance);
        this.overlap = overlap;
        List<CostTerm> terms = List.of(new ShapePrior(params), length,
                new ParagraphStructure(source, target, tuning),
                new SentenceCounts(source, target, params.sentenceWeight()),
                OpenJoins.ofSource(source, params, tuning), OpenJoins.ofTarget(target, params, tuning));
        this.cost = new CompositeCost(terms, new NullCost(source, target, params, tuning),
                new LexicalOverlap(overlap, source, target, length, params, tuning),
                new MergeSupport(overlap, source, target, params, tuning), params.gapOpenCost());
    }

    /** The same model with an overlap cache of its own; everything else is read-only and shared. */
    @Override
    public BeadCostModel forAnotherThread() {
        return new BeadCostModel(params, tuning, source, target, cutOffAllowance, overlap.copy());
    }

    AlignmentParameters parameters() {
        return params;
    }

    @Override
    public double baseCost(int i, int a, int j, int b) {
        return cost.baseCost(i, a, j, b);
    }

    /** The shape prior, one of the base cost's terms, all of which are never negative. */
    @Override
    public double shapeBound(int a, int b) {
        return params.shapeCostOf(a, b);
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
