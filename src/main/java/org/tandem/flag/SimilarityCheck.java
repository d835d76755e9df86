package org.tandem.flag;

import java.util.Locale;
import java.util.Optional;

/**
 * Flags a bead whose sides share far fewer words, numbers and cognates than the document's ordinary
 * pairs do. Silent for language pairs where overlap means little, and for short segments, where the
 * absence of overlap is no evidence. Without a dictionary, many faithful sentences share no cognate
 * at all (measured: one pair in fifteen of a clean news translation), so missing overlap alone is not
 * enough: the lengths must disagree too.
 */
final class SimilarityCheck implements BeadCheck {
    private static final double FRACTION_OF_TYPICAL = 0.1;
    private static final double MIN_TYPICAL = 0.12;
    private static final double MIN_CONTENT = 8.0;
    private static final double CORROBORATING_DEVIATION = 2.5;

    @Override
    public Optional<Flag> check(BeadContext bead) {
        double typical = bead.document().typicalSimilarity();
        double similarity = bead.evidence().similarity();
        if (typical < MIN_TYPICAL || bead.evidence().contentWeight() < MIN_CONTENT
                || similarity >= FRACTION_OF_TYPICAL * typical
                || Math.abs(bead.evidence().lengthDeviation()) < CORROBORATING_DEVIATION) {
            return Optional.empty();
        }
        return Optional.of(new Flag(FlagKind.LOW_SIMILARITY, String.format(Locale.ROOT,
                "the two sides share almost no words, names or numbers (overlap %.2f; this document's pairs typically %.2f) and their lengths disagree (%.1f standard deviations)",
                similarity, typical, Math.abs(bead.evidence().lengthDeviation()))));
    }
}
