package org.tandem.write;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** One rounding rule for every format, so a score reads the same in TMX, CSV and JSONL. */
public final class Scores {
    static final int DECIMALS = 3;

    private Scores() {
    }

    /**
     * The score rounded half-up to three decimals, always with three digits after the point
     * ({@code 0.950}, {@code 1.000}). BigDecimal rather than String.format keeps the text free of
     * locale and of binary-fraction surprises such as 0.1235 rounding down.
     *
     * @throws IllegalArgumentException for NaN or infinity, which no output format can represent
     */
    static BigDecimal rounded(double score) {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("bead score must be a finite number, got " + score);
        }
        return BigDecimal.valueOf(score).setScale(DECIMALS, RoundingMode.HALF_UP);
    }

    /** {@link #rounded} as text: the form every output shows. */
    public static String text(double score) {
        return rounded(score).toPlainString();
    }
}
