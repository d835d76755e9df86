package org.tandem.align;

/**
 * How {@link AnchorFinder} picks the confident pairs that centre the search band. Every default was
 * tuned on dev data; see BENCHMARKS.md, "Tuning notes".
 */
public record AnchorTuning(
        @Tuned(min = 1, max = 100_000, reason = "first round: segments each way a key must be alone in, around the diagonal")
        int wideWindow,
        @Tuned(min = 1, max = 100_000, reason = "second round: segments each way a key must be alone in, around the first chain")
        int narrowWindow,
        @Tuned(min = 0, max = 1_000, reason = "anchors each way whose diagonal offsets give an anchor's local trend")
        int outlierWindow,
        @Tuned(min = 0, max = 100_000, reason = "how far an anchor's diagonal offset may stray from its neighbours' median")
        int maxOffsetJump) {

    public static AnchorTuning defaults() {
        return new AnchorTuning(300, 60, 4, 6);
    }
}
