package org.tandem.flag;

import java.util.Locale;
import java.util.Optional;

/**
 * Flags a bead whose target length is far from what the document's own length ratio predicts, in
 * units of the document's own length variance: a translation cut short or padded out.
 *
 * <p>A target that stops mid-sentence (the source ends a sentence, the target has no closing
 * punctuation) and is clearly short is flagged at a lower deviation: the missing full stop is the
 * second piece of evidence that text was lost, typical of web copies cut off by a page template.
 */
final class LengthRatioCheck implements BeadCheck {
    static final double MAX_DEVIATION = 3.0;
    static final double MAX_DEVIATION_WHEN_UNFINISHED = 1.5;
    private static final int MIN_CHARS = 20;
    private static final String SENTENCE_END = ".!?…\"”’'»)";

    @Override
    public Optional<Flag> check(BeadContext bead) {
        double deviation = bead.evidence().lengthDeviation();
        String source = bead.sourceText().strip();
        String target = bead.targetText().strip();
        int ls = source.length();
        int lt = target.length();
        if (Math.max(ls, lt) < MIN_CHARS) {
            return Optional.empty();
        }
        double expected = ls * bead.document().parameters().charRatio();
        boolean unfinished = endsSentence(source) && !endsSentence(target);
        if (unfinished && deviation <= -MAX_DEVIATION_WHEN_UNFINISHED) {
            return Optional.of(new Flag(FlagKind.LENGTH_RATIO, String.format(Locale.ROOT,
                    "target stops mid-sentence: %d characters where about %.0f are expected, and no closing punctuation",
                    lt, expected)));
        }
        if (Math.abs(deviation) < MAX_DEVIATION) {
            return Optional.empty();
        }
        String direction = deviation < 0 ? "shorter" : "longer";
        return Optional.of(new Flag(FlagKind.LENGTH_RATIO, String.format(Locale.ROOT,
                "target is %d characters where about %.0f are expected (%.1f standard deviations %s than this document's ratio)",
                lt, expected, Math.abs(deviation), direction)));
    }

    private static boolean endsSentence(String text) {
        return !text.isEmpty() && SENTENCE_END.indexOf(text.charAt(text.length() - 1)) >= 0;
    }
}
