package org.tandem.align;

/**
 * Word translations learned from the document itself ({@link DocumentLexicon}) and the anchors of the
 * band ({@link AnchorFinder}). Every default was tuned on dev data; see BENCHMARKS.md, "Tuning notes".
 */
public record LexiconTuning(
        @Tuned(min = 1, max = 1000, reason = "confident pairs a word pair must share to be learned")
        int minTogether,
        @Tuned(min = 0, max = 1, reason = "Dice association from which a word pair is taken as a translation")
        double minAssociation,
        @Tuned(min = 1, max = 10_000_000, reason = "enough pairs for the vocabulary that repeats; more costs more than it finds")
        int maxPairs) {

    public static LexiconTuning defaults() {
        return new LexiconTuning(2, 0.6, 10_000);
    }
}
