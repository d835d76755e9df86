package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** PathSearch, SearchBand, AnchorFinder and GaleChurch on their own, with hand-made inputs. */
class SearchPartsTest {
    /** A cost with no lexical part: 1-1 on the diagonal is free, off it expensive; shapes per a table. */
    private static final class TableCost implements BeadCost {
        private final int[] expectedTarget;
        private final double mergeCost;

        /** @param expectedTarget for each source segment, the target segment it pairs with (-1: none) */
        TableCost(int[] expectedTarget, double mergeCost) {
            this.expectedTarget = expectedTarget;
            this.mergeCost = mergeCost;
        }

        @Override
        public double baseCost(int i, int a, int j, int b) {
            if (a == 0 || b == 0) {
                return 3.0 * (a + b);
            }
            if (a == 1 && b == 1) {
                return expectedTarget[i] == j ? 0 : 10;
            }
            return mergeCost * (a + b - 2) + (expectedTarget[i] == j ? 0 : 10);
        }

        @Override
        public double maxLexicalBonus() {
            return 0;
        }

        @Override
        public double lexicalCost(int i, int a, int j, int b) {
            return 0;
        }

        @Override
        public double mergePenalty(int i, int a, int j, int b) {
            return 0;
        }

        @Override
        public double gapOpenCost() {
            return 0.5;
        }

        @Override
        public BeadCost forAnotherThread() {
            return this;
        }
    }

    private static List<String> types(List<Bead> beads) {
        return beads.stream().map(Bead::type).toList();
    }

    @Test
    void pathSearchFollowsTheCheapestPathThroughOmissionsAndAdditions() {
        // Source 2 has no translation; target 3 is an addition.
        int[] expected = {0, 1, -1, 2, 4};
        List<Bead> beads = new PathSearch(new TableCost(expected, 5), Aligner.shapes(3), SearchBand.full(5, 5)).run();
        assertEquals(List.of("1-1", "1-1", "1-0", "1-1", "0-1", "1-1"), types(beads));
        assertEquals(new Bead(2, 3, 2, 2), beads.get(2));
        assertEquals(new Bead(4, 4, 3, 4), beads.get(4));
    }

    @Test
    void pathSearchTakesAMergeWhenItIsCheaperThanAGapPair() {
        int[] expected = {0, 1, -1, 2};
        // A 2-1 at source 1 costs 1 (merge) against 1-0 at 3.5 (null cost plus gap opening).
        List<Bead> beads = new PathSearch(new TableCost(expected, 1), Aligner.shapes(3), SearchBand.full(4, 3)).run();
        assertEquals(List.of("1-1", "2-1", "1-1"), types(beads));
    }

    @Test
    void aBandThatCutsThePathOffIsReported() {
        int n = 40;
        int[] expected = new int[n];
        for (int i = 0; i < n; i++) {
            expected[i] = i < 20 ? i : i + 6;
        }
        List<Anchor> anchors = List.of(new Anchor(10, 10), new Anchor(30, 30));
        SearchBand narrow = SearchBand.around(anchors, n, n + 6, 2);
        PathSearch search = new PathSearch(new TableCost(expected, 5), Aligner.shapes(3), narrow);
        search.run();
        assertTrue(search.pathTouchesEdge(), "six additions in a row do not fit a band of half-width 2");
        PathSearch wide = new PathSearch(new TableCost(expected, 5), Aligner.shapes(3),
                SearchBand.around(anchors, n, n + 6, 16));
        List<Bead> beads = wide.run();
        assertFalse(wide.pathTouchesEdge());
        assertEquals(6, beads.stream().filter(Bead::isAddition).count());
    }

    @Test
    void aBandAroundAnchorsHoldsTheAnchorsAndBothCornersAndGrowsMonotonically() {
        List<Anchor> anchors = List.of(new Anchor(20, 25), new Anchor(60, 70));
        SearchBand band = SearchBand.around(anchors, 100, 110, 5);
        assertTrue(band.contains(0, 0) && band.contains(100, 110));
        assertTrue(band.contains(20, 25) && band.contains(60, 70));
        assertFalse(band.contains(60, 40), "far off the centre line");
        for (int i = 1; i <= 100; i++) {
            assertTrue(band.lo(i) >= band.lo(i - 1) && band.hi(i) >= band.hi(i - 1), "row " + i);
        }
        assertFalse(band.isFull());
        assertTrue(SearchBand.full(10, 12).isFull());
        double[] center = SearchBand.centerLine(anchors, 100, 110);
        assertEquals(25, center[20], 1e-9);
        assertEquals(47.5, center[40], 1e-9, "linear between anchors");
    }

    private static SegmentProfile keys(int... keys) {
        return new SegmentProfile(10, 0, keys, 1, false, false, false);
    }

    @Test
    void anchorFinderPairsKeysFoundOnceOnEachSideAndDropsOutliers() {
        List<SegmentProfile> source = new ArrayList<>();
        List<SegmentProfile> target = new ArrayList<>();
        for (int k = 0; k < 50; k++) {
            source.add(keys(k));
            target.add(k == 25 ? keys() : keys(k));
        }
        target.add(keys());
        List<Anchor> anchors = AnchorFinder.find(source, target, 60);
        assertEquals(49, anchors.size(), "every key but the one the target lacks");
        for (int k = 1; k < anchors.size(); k++) {
            assertTrue(anchors.get(k).source() > anchors.get(k - 1).source()
                    && anchors.get(k).target() > anchors.get(k - 1).target(), "strictly increasing");
        }
        List<Anchor> chain = new ArrayList<>();
        for (int k = 0; k < 9; k++) {
            chain.add(new Anchor(10 * k, 10 * k + (k == 4 ? 30 : 0)));
        }
        List<Anchor> kept = AnchorFinder.withoutOutliers(chain, AnchorTuning.defaults());
        assertEquals(8, kept.size());
        assertFalse(kept.contains(new Anchor(40, 70)), "the one far off its neighbours' diagonal");
        AnchorTuning tolerant = AlignerTuning.defaults().withOverrides(Map.of("anchors.maxOffsetJump", "40")).anchors();
        assertEquals(chain, AnchorFinder.withoutOutliers(chain, tolerant), "a jump within the allowed offset stays");
    }

    @Test
    void anchorWindowsComeFromTheTuning() {
        // Key 7 occurs twice in the source, 20 segments apart: alone within a window of 10, not of 30.
        List<SegmentProfile> source = new ArrayList<>();
        List<SegmentProfile> target = new ArrayList<>();
        for (int k = 0; k < 40; k++) {
            source.add(k == 5 || k == 25 ? keys(7) : keys());
            target.add(k == 5 || k == 25 ? keys(7) : keys());
        }
        AnchorTuning narrow = AlignerTuning.defaults()
                .withOverrides(Map.of("anchors.wideWindow", "10", "anchors.narrowWindow", "10")).anchors();
        assertEquals(List.of(new Anchor(5, 5), new Anchor(25, 25)), AnchorFinder.find(source, target, 8, narrow));
        assertEquals(List.of(), AnchorFinder.find(source, target, 8), "not alone within the default windows");
    }

    @Test
    void galeChurchCostIsZeroAtAPerfectFitSymmetricAndCapped() {
        CostTuning tuning = CostTuning.defaults();
        assertEquals(0, GaleChurch.cost(0, tuning), 1e-12);
        assertEquals(GaleChurch.cost(2, tuning), GaleChurch.cost(-2, tuning), 1e-12);
        assertTrue(GaleChurch.cost(1, tuning) < GaleChurch.cost(2, tuning)
                && GaleChurch.cost(2, tuning) < GaleChurch.cost(4, tuning));
        assertEquals(tuning.maxLengthCost(), GaleChurch.cost(1e12, tuning), 1e-12, "capped");
        CostTuning lighterTails = AlignerTuning.defaults()
                .withOverrides(Map.of("cost.lengthDegreesOfFreedom", "1", "cost.maxLengthCost", "8")).cost();
        assertTrue(GaleChurch.cost(3, lighterTails) < GaleChurch.cost(3, tuning), "heavier tails: a far deviation is cheaper");
        assertEquals(8, GaleChurch.cost(1e12, lighterTails), 1e-12);
        assertEquals(1.0, GaleChurch.fit(0), 1e-6);
        assertEquals(0.05, GaleChurch.fit(1.96), 1e-3, "the two-sided 5% point of the normal");
        assertEquals(0.5, GaleChurch.standardNormalCdf(0), 1e-7);
        assertEquals(0.8413, GaleChurch.standardNormalCdf(1), 1e-4);
    }
}
