package org.tandem.align;

/**
 * The corpus-level numbers of {@code tandem batch} and the Spark job: when a corpus is large enough for
 * the lexicon pass (word translations learned across the whole corpus's first pass feed a second).
 * Tuned on dev data; see BENCHMARKS.md, "Corpus scale".
 */
public record BatchTuning(
        @Tuned(min = 0, max = Integer.MAX_VALUE, reason = "fewest document pairs in a batch for the lexicon pass: fewer gain little for twice the time")
        int lexiconPassFrom) {

    public static BatchTuning defaults() {
        return new BatchTuning(16);
    }
}
