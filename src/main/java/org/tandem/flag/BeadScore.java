package org.tandem.flag;

import org.tandem.align.BeadEvidence;
import org.tandem.align.GaleChurch;

/**
 * A bead's score: the confidence, from 0 to 1, that it is right as it stands. For a pair it combines
 * how well the lengths fit with how much of the document's typical overlap it reaches; each drift
 * flag lowers it. For a lone segment it is high when nothing nearby resembles it.
 */
final class BeadScore {
    private BeadScore() {
    }

    static double twoSided(BeadEvidence evidence, DocumentContext document, double flagWeight) {
        double lengthFit = GaleChurch.fit(evidence.lengthDeviation());
        double lexical = document.typicalSimilarity() <= 0 ? 0.5
                : Math.min(1, evidence.similarity() / document.typicalSimilarity());
        double weight = Math.min(1, document.parameters().lexicalReliability());
        double score = (1 - weight / 2) * Math.sqrt(lengthFit) + weight / 2 * lexical;
        return clamp(score * Math.pow(document.tuning().score().flagDiscount(), flagWeight));
    }

    static double oneSided(BeadEvidence evidence, DocumentContext document) {
        double typical = Math.max(document.typicalSimilarity(), 1e-6);
        return clamp(1 - evidence.bestNeighbourSimilarity() / typical);
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
