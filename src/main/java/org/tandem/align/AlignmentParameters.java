package org.tandem.align;

/**
 * The knobs of the bead cost. Costs are negative log-probabilities (natural log), so they add up
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
 */
public record AlignmentParameters(double charRatio, double lengthVariance, double nullCost, double gapOpenCost,
                                  double lexicalWeight, double unsupportedPenalty, double typicalSimilarity,
                                  double lexicalReliability, double shapeScale, double sentenceWeight) {

    static final double NULL_COST = 4.0;
    /**
     * Measured: 1.0–1.6 per sentence all raise bead F1 on damaged NTREX from 0.960 to 0.966–0.968 and
     * on German–French from 0.812 to 0.819–0.824; from 2 on, true pairs start to split.
     */
    static final double SENTENCE_MISMATCH_COST = 1.3;
    /**
     * Measured on damaged NTREX documents and on a 30-line site footer: 0 lets a footer line take
     * the place of a real last pair that shares no words; above 1 single omissions start to glue
     * onto their neighbours.
     */
    static final double GAP_OPEN_COST = 1.0;

    public static AlignmentParameters initial(double charRatio) {
        return new AlignmentParameters(charRatio, 6.8, NULL_COST, GAP_OPEN_COST, 4.0, 4.0, 0.2, 1.0, 1.0, 0.0);
    }

    /** The parameters for the main search: the document's own statistics, and sentence counts weighed. */
    public AlignmentParameters withDocumentStatistics(double ratio, double variance, double typical,
                                                      double reliability) {
        return new AlignmentParameters(ratio, variance, nullCost, gapOpenCost, lexicalWeight, unsupportedPenalty,
                typical, reliability, shapeScale, SENTENCE_MISMATCH_COST);
    }

    public AlignmentParameters withShapeScale(double scale) {
        return new AlignmentParameters(charRatio, lengthVariance, nullCost, gapOpenCost, lexicalWeight,
                unsupportedPenalty, typicalSimilarity, lexicalReliability, scale, sentenceWeight);
    }

    /** The prior cost of a bead shape in this document pair. */
    double shapeCostOf(int sourceCount, int targetCount) {
        double prior = shapeCost(sourceCount, targetCount);
        return sourceCount == 1 && targetCount == 1 ? prior : prior * shapeScale;
    }

    /** -log prior of a bead shape; shapes other than 1-1 need evidence to be chosen. */
    static double shapeCost(int sourceCount, int targetCount) {
        int big = Math.max(sourceCount, targetCount);
        int small = Math.min(sourceCount, targetCount);
        if (big == 1) {
            return 0.12;
        }
        if (big == 2 && small == 1) {
            return 3.1;
        }
        if (big == 2 && small == 2) {
            return 4.5;
        }
        return 2.2 * big + 0.8 * small;
    }
}
