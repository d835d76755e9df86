package org.tandem.eval;

/** Precision, recall and F1 with the counts behind them. */
public record PrecisionRecall(double precision, double recall, int hits, int predicted, int found, int relevant) {

    /**
     * @param hits      predictions that were right
     * @param predicted predictions made
     * @param found     relevant items that were predicted
     * @param relevant  relevant items
     */
    public static PrecisionRecall of(int hits, int predicted, int found, int relevant) {
        double p = predicted == 0 ? (relevant == 0 ? 1 : 0) : hits / (double) predicted;
        double r = relevant == 0 ? 1 : found / (double) relevant;
        return new PrecisionRecall(p, r, hits, predicted, found, relevant);
    }

    /** The scores of two pooled evaluations: counts add up, rates are recomputed. */
    public PrecisionRecall plus(PrecisionRecall other) {
        return of(hits + other.hits, predicted + other.predicted, found + other.found, relevant + other.relevant);
    }

    /** Scores a predicted set of ids against the relevant set: an id is a hit when it is in both. */
    public static PrecisionRecall ofSets(java.util.Set<Integer> predicted, java.util.Set<Integer> relevant) {
        int hits = 0;
        for (Integer id : predicted) {
            if (relevant.contains(id)) {
                hits++;
            }
        }
        return of(hits, predicted.size(), hits, relevant.size());
    }

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
