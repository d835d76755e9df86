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

    public double f1() {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
}
