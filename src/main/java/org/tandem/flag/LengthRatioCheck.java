package org.tandem.flag;

import java.util.Locale;
import java.util.Optional;

/**
 * Flags a bead whose target length is far from what the document's own length ratio predicts, in
 * units of the document's own length variance: a translation cut short or padded out.
 */
final class LengthRatioCheck implements BeadCheck {
    static final double MAX_DEVIATION = 3.0;
    private static final int MIN_CHARS = 20;

    @Override
    public Optional<Flag> check(BeadContext bead) {
        double deviation = bead.evidence().lengthDeviation();
        int ls = bead.sourceText().length();
        int lt = bead.targetText().length();
        if (Math.abs(deviation) < MAX_DEVIATION || Math.max(ls, lt) < MIN_CHARS) {
            return Optional.empty();
        }
        double expected = ls * bead.document().parameters().charRatio();
        String direction = deviation < 0 ? "shorter" : "longer";
        return Optional.of(new Flag(FlagKind.LENGTH_RATIO, String.format(Locale.ROOT,
                "target is %d characters where about %.0f are expected (%.1f standard deviations %s than this document's ratio)",
                lt, expected, Math.abs(deviation), direction)));
    }
}
