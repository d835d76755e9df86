package org.tandem.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The summary of repeated speed runs; the runs themselves are timed by `tandem bench speed`, not by tests. */
class SpeedBenchmarkTest {
    private static SpeedBenchmark.Run run(double seconds, long heapMegabytes) {
        return new SpeedBenchmark.Run(50_000, 50_076, seconds, heapMegabytes << 20, 400L << 20, 51_013);
    }

    @Test
    void summaryGivesTheMedianAndTheRangeOfTheRuns() {
        assertEquals("   50,000 source  median 11.12 s  fastest 9.70 s  slowest 15.79 s  over 5 runs"
                        + "  peak heap at most 416 MB",
                SpeedBenchmark.summary(List.of(run(13.0, 368), run(15.79, 337), run(9.70, 367), run(11.12, 416),
                        run(10.68, 392))));
        assertEquals("   50,000 source  median 11.00 s  fastest 10.00 s  slowest 12.00 s  over 2 runs"
                        + "  peak heap at most 300 MB",
                SpeedBenchmark.summary(List.of(run(12.0, 300), run(10.0, 200))));
    }
}
