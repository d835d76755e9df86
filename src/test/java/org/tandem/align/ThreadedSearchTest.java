package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;
import org.tandem.segment.Segment;

/** The search on several threads finds exactly the path, and the evidence, of one thread. */
class ThreadedSearchTest {
    /**
     * Costs that look random but are a pure function of the bead, with near-ties everywhere, so that
     * any cell filled from a row not yet finished would change the path. Records the threads that ask.
     */
    private static class ScrambledCost implements BeadCost {
        private final Set<String> askedBy;

        ScrambledCost(Set<String> askedBy) {
            this.askedBy = askedBy;
        }

        private static double noise(int i, int a, int j, int b) {
            long h = (i * 1_000_003L + a) * 1_000_033L + j * 31L + b;
            h ^= h >>> 29;
            h *= 0x9E3779B97F4A7C15L;
            h ^= h >>> 31;
            return (h & 0xFFFF) / 65536.0;
        }

        @Override
        public double baseCost(int i, int a, int j, int b) {
            askedBy.add(Thread.currentThread().getName());
            double offDiagonal = Math.abs((i + a) - (j + b) * 0.9);
            return 0.3 * offDiagonal + noise(i, a, j, b) + (a + b - 2) * 0.4 + (a == 0 || b == 0 ? 1.5 : 0);
        }

        @Override
        public double maxLexicalBonus() {
            return 0.5;
        }

        @Override
        public double lexicalCost(int i, int a, int j, int b) {
            return noise(j, b, i, a) - 0.5;
        }

        @Override
        public double mergePenalty(int i, int a, int j, int b) {
            return a > 1 || b > 1 ? noise(i + 7, a, j, b) : 0;
        }

        @Override
        public double gapOpenCost() {
            return 0.7;
        }

        @Override
        public BeadCost forAnotherThread() {
            return new ScrambledCost(askedBy);
        }
    }

    @Test
    void twoAndThreeThreadsFindThePathOfOneInAFullMatrixAndInABand() {
        SearchBand full = SearchBand.full(150, 170);
        SearchBand band = SearchBand.around(List.of(new Anchor(40, 35), new Anchor(100, 92)), 150, 170, 6);
        for (SearchBand cells : List.of(full, band)) {
            List<Bead> one = new PathSearch(new ScrambledCost(ConcurrentHashMap.newKeySet()), Aligner.shapes(5), cells, 1).run();
            for (int threads = 2; threads <= 3; threads++) {
                Set<String> askedBy = ConcurrentHashMap.newKeySet();
                List<Bead> many = new PathSearch(new ScrambledCost(askedBy), Aligner.shapes(5), cells, threads).run();
                assertEquals(one, many, threads + " threads");
                assertEquals(threads, askedBy.size(), "every thread filled rows: " + askedBy);
            }
        }
    }

    @Test
    void theSeedPairAlignsTheSameOnOneTwoAndThreeThreadsInFullAndInABand() throws IOException {
        List<Segment> source = Segment.ofLines(lines("seeds/lavrov-newsweek-2022.en.txt"));
        List<Segment> target = Segment.ofLines(lines("seeds/000_1bcc9f068a6e245e.txt"));
        AlignerOptions full = AlignerOptions.defaults();
        // No pair is searched in full: the band, its widening and the sample pass all run.
        AlignerOptions banded = full.withTuning(full.tuning().withOverrides(
                Map.of("passes.fullSearchCells", "0", "passes.estimationSample", "60")));
        for (AlignerOptions options : List.of(full, banded)) {
            AlignmentResult one = new Aligner(options, 1, 1).align(source, "en", target, "nl");
            for (int threads = 2; threads <= 3; threads++) {
                assertEquals(one, new Aligner(options, threads, 1).align(source, "en", target, "nl"));
            }
        }
    }

    @Test
    void aThreadCountBelowOneIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> new Aligner(AlignerOptions.defaults(), 0));
        assertThrows(IllegalArgumentException.class,
                () -> new PathSearch(new ScrambledCost(ConcurrentHashMap.newKeySet()), Aligner.shapes(3),
                        SearchBand.full(3, 3), 0));
    }

    @Test
    void aFailureOnOneThreadReachesTheCallerInsteadOfHangingTheOthers() {
        BeadCost failing = new ScrambledCost(ConcurrentHashMap.newKeySet()) {
            @Override
            public double lexicalCost(int i, int a, int j, int b) {
                if (i == 30) {
                    throw new IllegalStateException("broken cost at row 30");
                }
                return super.lexicalCost(i, a, j, b);
            }

            @Override
            public BeadCost forAnotherThread() {
                return this;
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> new PathSearch(failing, Aligner.shapes(3), SearchBand.full(80, 80), 2).run());
        assertTrue(e.getMessage().contains("row 30") || e.getMessage().contains("another search thread"),
                e.getMessage());
    }

    private static List<String> lines(String file) throws IOException {
        return Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank()).toList();
    }
}
