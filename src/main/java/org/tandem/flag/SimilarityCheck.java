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
    @Override
    public Optional<Flag> check(BeadContext bead) {
        SimilarityTuning tuning = bead.document().tuning().similarity();
        double typical = bead.document().typicalSimilarity();
        double similarity = bead.evidence().similarity();
        if (typical < tuning.minTypical() || bead.evidence().contentWeight() < tuning.minContent()
                || similarity >= tuning.fractionOfTypical() * typical
                || Math.abs(bead.evidence().lengthDeviation()) < tuning.corroboratingDeviation()) {
            return Optional.empty();
        }
        return Optional.of(new Flag(FlagKind.LOW_SIMILARITY, String.format(Locale.ROOT,
                "the two sides share almost no words, names or numbers (overlap %.2f; this document's pairs typically %.2f) and their lengths disagree (%.1f standard deviations)",
                similarity, typical, Math.abs(bead.evidence().lengthDeviation()))));
    }
}
