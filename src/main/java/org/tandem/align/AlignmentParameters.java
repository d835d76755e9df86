package org.tandem.align;

/**
 * The knobs of the bead cost for one document pair: the priors it starts from and the statistics
 * measured on the pair itself. Costs are negative log-probabilities (natural log), so they add up
 * along a path; lower is better.
 *
 * @param charRatio           expected target characters per source character (the document's own)
 * @param lengthVariance      Gale–Church variance of target length per source character
 * @param nullCost            cost of leaving one segment without a counterpart
 * @param gapOpenCost         extra cost of starting a run of segments without counterpart
 * @param lexicalWeight       how many cost units a perfect lexical match is worth
 * @param unsupportedPenalty  cost of gluing a segment into a merge when it shares nothing with the other side
 * @param typicalSimilarity   the lexical overlap of an ordinary correct pair in this document pair
 * @param lexicalReliability  0..1: how far shared keys mean anything for this language pair
 * @param shapeScale          multiplies the prior cost of every bead shape but 1-1: below 1 where
 *                            the document splits and joins sentences more often than usual
 * @param sentenceWeight      cost of each sentence more on one side of a bead than on the other; 0 in
 *                            the first pass, which measures how often the document merges unswayed by it
 * @param priors              the tuned priors these parameters started from
 */
public record AlignmentParameters(double charRatio, double lengthVariance, double nullCost, double gapOpenCost,
                                  double lexicalWeight, double unsupportedPenalty, double typicalSimilarity,
                                  double lexicalReliability, double shapeScale, double sentenceWeight,
                                  PriorTuning priors) {

    public static AlignmentParameters initial(double charRatio) {
        return initial(charRatio, PriorTuning.defaults());
    }

    /** The parameters of the first pass: the overall length ratio and the priors. */
    public static AlignmentParameters initial(double charRatio, PriorTuning priors) {
        return new AlignmentParameters(charRatio, priors.initialVariance(), priors.nullCost(), priors.gapOpenCost(),
                priors.lexicalWeight(), priors.unsupportedPenalty(), priors.initialTypicalSimilarity(), 1.0, 1.0, 0.0,
                priors);
    }

    /** The parameters for the main search: the document's own statistics, and sentence counts weighed. */
    public AlignmentParameters withDocumentStatistics(double ratio, double variance, double typical,
                                                      double reliability) {
        return new AlignmentParameters(ratio, variance, nullCost, gapOpenCost, lexicalWeight, unsupportedPenalty,
                typical, reliability, shapeScale, priors.sentenceMismatch(), priors);
    }

    public AlignmentParameters withShapeScale(double scale) {
        return new AlignmentParameters(charRatio, lengthVariance, nullCost, gapOpenCost, lexicalWeight,
                unsupportedPenalty, typicalSimilarity, lexicalReliability, scale, sentenceWeight, priors);
    }

    /** The prior cost of a bead shape in this document pair. */
    double shapeCostOf(int sourceCount, int targetCount) {
        double prior = priors.shapeCost(sourceCount, targetCount);
        return sourceCount == 1 && targetCount == 1 ? prior : prior * shapeScale;
    }
}
