package org.tandem.flag;

import org.tandem.align.Tuned;

/**
 * The partial omission and addition checks ({@link CoverageCheck}). Every default was tuned on dev
 * data (damaged and clean NTREX); see BENCHMARKS.md.
 */
public record CoverageTuning(
        @Tuned(min = 1, max = 1000, reason = "fewest uncovered content words flagged: shorter gaps are what free translation leaves everywhere")
        int minRun,
        @Tuned(min = 0, max = 1, reason = "share of the document's confident pairs whose longest uncovered run a flagged run must exceed")
        double faithfulQuantile,
        @Tuned(min = 1, max = 100_000, reason = "fewer confident pairs than this say too little of the document: the bar is then doubled")
        int minSample,
        @Tuned(min = 0, max = 1, reason = "the other side must be covered at least as well as this share of the confident pairs")
        double otherSideQuantile,
        @Tuned(min = 1, max = 1000, reason = "fewest uncovered content words at the end of one side, the other side's end covered, flagged as a cut-off or an appended clause")
        int minTail,
        @Tuned(min = 0, max = 1000, reason = "most uncovered content words at the end of the other side for an uncovered end to count as a cut-off or an appended clause")
        int otherTail) {

    public static CoverageTuning defaults() {
        return new CoverageTuning(5, 0.95, 6, 0.5, 4, 2);
    }
}
