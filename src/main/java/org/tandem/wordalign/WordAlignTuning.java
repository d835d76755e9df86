package org.tandem.wordalign;

import org.tandem.align.Tuned;

/**
 * Word alignment inside beads ({@link DocumentWordAligner}): the model's knobs, which pairs train it,
 * how strong each kind of lexical evidence is, and when a word counts as covered. The model's three
 * knobs are fast_align's defaults; every other default was tuned on dev data (damaged and clean
 * NTREX; the moved-sentence knobs also on the real English–Dutch pairs of bench/real-en-nl); see
 * BENCHMARKS.md.
 */
public record WordAlignTuning(
        @Tuned(min = 0, max = 100, reason = "EM iterations of each directional model (fast_align's default)")
        int iterations,
        @Tuned(min = 0.0001, max = 0.9, reason = "probability that a word has no counterpart, the empty word's (fast_align's default)")
        double nullProbability,
        @Tuned(min = 0, max = 100, reason = "how sharply the positional prior prefers the diagonal (fast_align's default tension)")
        double tension,
        @Tuned(min = 2, max = 10_000_000, reason = "confident pairs that train the table, evenly sampled: past this it changes little and costs linearly")
        int maxTrainingPairs,
        @Tuned(min = 0, max = 10, reason = "a training pair's overlap is at least this share of the document's typical overlap")
        double confidentSimilarity,
        @Tuned(min = 0, max = 100, reason = "a training pair's length deviation is at most this many standard deviations")
        double confidentDeviation,
        @Tuned(min = 0, max = 1, reason = "least translation evidence for a link to cover its words: above the probability of an unseen pair")
        double minEvidence,
        @Tuned(min = 0, max = 1, reason = "evidence that covers a word pair wherever the two stand in the bead")
        double strongEvidence,
        @Tuned(min = 0, max = 1, reason = "evidence of the same number, or the same string of two or more characters")
        double identical,
        @Tuned(min = 0, max = 1, reason = "evidence of a dictionary entry, under the word or its stem")
        double dictionary,
        @Tuned(min = 0, max = 1, reason = "evidence of a long common prefix (democrats/democraten)")
        double cognate,
        @Tuned(min = 0, max = 1, reason = "evidence of the same first three consonants in words of five letters or more")
        double skeleton,
        @Tuned(min = 0, max = 100, reason = "uncovered words a covered content word inside an uncovered run cancels")
        int coveredCost,
        @Tuned(min = 0, max = 1, reason = "a 1-1 pair is split into an omission and an addition when its coverage is below this share of the low quantile of the document's confident pairs")
        double splitCoverageFactor,
        @Tuned(min = 0, max = 1, reason = "the low quantile of the document's confident pairs' coverage that a split pair's coverage is measured against")
        double splitQuantile,
        @Tuned(min = 0, max = 1, reason = "the neighbours of a split pair are covered at least as well as this share of the document's confident pairs")
        double splitNeighbourQuantile,
        @Tuned(min = 0, max = 1000, reason = "fewest content words on each side of a pair that is split: shorter pairs say too little by their coverage")
        int splitMinContentWords,
        @Tuned(min = 1, max = 10_000, reason = "fewest confident pairs whose coverage says what a faithful pair of the document gets; with fewer, no pair is split")
        int splitMinSample,
        @Tuned(min = 0, max = 1000, reason = "most covered content words of a merge's end segment that is taken out of the merge as an omission or addition (tuned on dev data)")
        int pieceMaxCovered,
        @Tuned(min = 0, max = 1, reason = "a merge's end segment is taken out when its covered share is below this share of the rest of its side's (tuned on dev data)")
        double pieceCoverageShare,
        @Tuned(min = 0, max = 1, reason = "a merge's end segment is taken out only when it is covered less than this low quantile of the sides of the document's confident pairs (tuned on dev data)")
        double pieceQuantile,
        @Tuned(min = 0, max = 1000, reason = "fewest covered links of content words inside each of the two pairs of a 2-2 bead that is split into them (tuned on dev data)")
        int uncrossedMinLinks,
        @Tuned(min = 0, max = 10, reason = "most covered links across the two pairs of a 2-2 bead that is split into them, as a share of the links inside the weaker pair (tuned on dev data)")
        double uncrossedMaxCrossing,
        @Tuned(min = 1, max = 1000, reason = "fewest content words of a merge's end segment that is taken out: one word says too little by its coverage (tuned on dev data)")
        int pieceMinContentWords,
        @Tuned(min = 0, max = 100, reason = "how many beads apart an omission and an addition may stand and still be one sentence moved (0: never; tuned on real documents)")
        int moveWindow,
        @Tuned(min = 0, max = 1, reason = "the low quantile of the document's confident pairs' coverage that a moved sentence's coverage is measured against (tuned on real documents)")
        double moveQuantile,
        @Tuned(min = 0, max = 1, reason = "an omission and an addition are one sentence moved when their coverage of each other reaches this share of that quantile (tuned on real documents)")
        double moveCoverageFactor) {

    public static WordAlignTuning defaults() {
        return new WordAlignTuning(5, 0.08, 4.0, 800, 0.5, 2.0, 0.25, 0.3, 0.9, 0.7, 0.5, 0.3, 2,
                0.05, 0.05, 0.25, 5, 10, 1, 0.25, 0.02, 3, 0.2, 2, 2, 0.25, 0.5);
    }
}
