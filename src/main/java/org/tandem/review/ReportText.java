package org.tandem.review;

import java.math.BigDecimal;
import java.math.RoundingMode;

/**
 * The few text rules the report shares with the other output formats. They live in package-private
 * helpers of {@code org.tandem.write}, so they are restated here rather than widened there; the
 * rules themselves must stay identical so a score reads the same in the report and in CSV.
 */
final class ReportText {
    private ReportText() {
    }

    /** Half-up to three decimals, always three digits: the rule of every other format. */
    static String score(double score) {
        if (!Double.isFinite(score)) {
            throw new IllegalArgumentException("bead score must be a finite number, got " + score);
        }
        return BigDecimal.valueOf(score).setScale(3, RoundingMode.HALF_UP).toPlainString();
    }

    /**
     * Unpaired surrogates have no UTF-8 encoding; the encoder would silently write '?'. U+FFFD
     * instead shows the reviewer that something was there, as the other formats do.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean paired = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            if (paired) {
                if (out != null) {
                    out.append(c).append(text.charAt(i + 1));
                }
                i++;
                continue;
            }
            boolean lone = Character.isSurrogate(c);
            if (lone && out == null) {
                out = new StringBuilder(text.length()).append(text, 0, i);
            }
            if (out != null) {
                out.append(lone ? '\uFFFD' : c);
            }
        }
        return out == null ? text : out.toString();
    }
}
