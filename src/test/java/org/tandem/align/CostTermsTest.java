package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

/** Each cost term on its own, and the composite's lower-bound contract. */
class CostTermsTest {
    private static final CostTuning TUNING = CostTuning.defaults();
    private static final AlignmentParameters MAIN = AlignmentParameters.initial(1.0)
            .withDocumentStatistics(1.0, 6.8, 0.3, 1.0);
    private static final AlignmentParameters FIRST = AlignmentParameters.initial(1.0);

    private static SegmentProfile profile(String text, int paragraph, int... keys) {
        int[] sorted = keys.clone();
        Arrays.sort(sorted);
        return new SegmentProfile(text.length(), paragraph, sorted, SegmentProfile.sentences(text),
                SegmentProfile.endsOnWord(text), SegmentProfile.startsLowerCase(text), false);
    }

    private static SideSums sums(List<SegmentProfile> side) {
        float[] weights = new float[20];
        Arrays.fill(weights, 1f);
        return new SideSums(side, weights);
    }

    @Test
    void shapePriorMakesMergesDearerThanOneToOneAndFollowsTheShapeScale() {
        ShapePrior usual = new ShapePrior(MAIN);
        ShapePrior oftenMerging = new ShapePrior(MAIN.withShapeScale(0.5));
        assertTrue(usual.cost(0, 1, 0, 1) < usual.cost(0, 2, 0, 1));
        assertTrue(usual.cost(0, 2, 0, 1) < usual.cost(0, 3, 0, 1));
        assertEquals(usual.cost(0, 1, 0, 1), oftenMerging.cost(0, 1, 0, 1), 1e-12, "1-1 is not scaled");
        assertEquals(usual.cost(0, 2, 0, 1) / 2, oftenMerging.cost(0, 2, 0, 1), 1e-12);
    }

    @Test
    void lengthFitIsFreeForTheExpectedLengthAndGrowsWithTheDeviation() {
        String forty = "x".repeat(39) + ".";
        SideSums source = sums(List.of(profile(forty, 0)));
        SideSums target = sums(List.of(profile(forty, 0), profile("y".repeat(79) + ".", 0),
                profile("z".repeat(159) + ".", 0)));
        LengthFit fit = new LengthFit(source, target, MAIN, TUNING, false);
        assertEquals(0, fit.cost(0, 1, 0, 1), 1e-12);
        assertTrue(fit.cost(0, 1, 1, 1) > 0);
        assertTrue(fit.cost(0, 1, 2, 1) > fit.cost(0, 1, 1, 1));
        assertTrue(fit.deviation(0, 1, 1, 1) > 0, "a longer target deviates upwards");
    }

    @Test
    void aVisiblyCutOffTranslationPaysAtMostTheCappedDeviationAndTheAllowanceIsReported() {
        SideSums source = sums(List.of(profile("A sentence that is quite long and ends properly here.", 0)));
        SideSums target = sums(List.of(profile("Een zin die", 0), profile("Een zin.", 0)));
        LengthFit allowed = new LengthFit(source, target, MAIN, TUNING, true);
        LengthFit strict = new LengthFit(source, target, MAIN, TUNING, false);
        assertEquals(GaleChurch.cost(TUNING.cutOffDeviation(), TUNING), allowed.cost(0, 1, 0, 1), 1e-12);
        assertTrue(strict.cost(0, 1, 0, 1) > allowed.cost(0, 1, 0, 1));
        assertEquals(strict.cost(0, 1, 0, 1) - allowed.cost(0, 1, 0, 1), allowed.allowanceTaken(0, 1, 0, 1), 1e-12);
        assertEquals(0, allowed.allowanceTaken(0, 1, 1, 1), 1e-12, "a full stop: not cut off");
    }

    @Test
    void paragraphStructureChargesCrossingsAndOneSidedStartsOnlyWhereParagraphsGroupSegments() {
        List<SegmentProfile> grouped = List.of(profile("A.", 0), profile("B.", 0), profile("C.", 1), profile("D.", 1));
        ParagraphStructure term = new ParagraphStructure(sums(grouped), sums(grouped), TUNING);
        assertEquals(0, term.cost(0, 2, 0, 2), 1e-12, "inside one paragraph on both sides");
        assertEquals(TUNING.paragraphCrossing() + TUNING.paragraphMismatch(), term.cost(1, 2, 0, 1), 1e-12,
                "crosses on the source side, and starts a paragraph on the target side only");
        List<SegmentProfile> lines = List.of(profile("A.", 0), profile("B.", 1), profile("C.", 2), profile("D.", 3));
        ParagraphStructure flat = new ParagraphStructure(sums(lines), sums(lines), TUNING);
        assertEquals(0, flat.cost(1, 2, 0, 1), 1e-12, "one segment a line: no paragraph evidence");
    }

    @Test
    void sentenceCountsChargeOnlyWhatTheShapeDoesNotExplain() {
        SideSums source = sums(List.of(profile("One sentence. And another one.", 0), profile("Third.", 0)));
        SideSums target = sums(List.of(profile("Een zin.", 0), profile("Nog een.", 0)));
        SentenceCounts term = new SentenceCounts(source, target, 1.3);
        assertEquals(1.3, term.cost(0, 1, 0, 1), 1e-12, "two sentences against one in a 1-1");
        assertEquals(0, term.cost(0, 1, 0, 2), 1e-12, "two against two");
        assertEquals(0, new SentenceCounts(source, target, 0).cost(0, 1, 0, 1), 1e-12, "off in the first pass");
    }

    @Test
    void openJoinsChargeABareWordRunIntoANewSentenceOnTheirOwnSide() {
        SideSums headline = sums(List.of(profile("Storm hits coast", 0), profile("The storm hit on Monday.", 0)));
        SideSums plain = sums(List.of(profile("De storm.", 0), profile("Maandag.", 0)));
        OpenJoins source = OpenJoins.ofSource(headline, MAIN, TUNING);
        OpenJoins target = OpenJoins.ofTarget(plain, MAIN, TUNING);
        assertEquals(TUNING.openJoin(), source.cost(0, 2, 0, 1), 1e-12);
        assertEquals(0, source.cost(0, 1, 0, 2), 1e-12, "a single segment joins nothing");
        assertEquals(0, target.cost(0, 2, 0, 2), 1e-12, "the target side has no open join");
        assertEquals(0, OpenJoins.ofSource(headline, FIRST, TUNING).cost(0, 2, 0, 1), 1e-12, "off in the first pass");
    }

    @Test
    void nullCostChargesAPieceOfASentenceMoreThanAWholeOne() {
        SideSums source = sums(List.of(profile("A whole sentence.", 0), profile("a piece,", 0)));
        SideSums target = sums(List.of(profile("Een zin.", 0)));
        NullCost term = new NullCost(source, target, MAIN, TUNING);
        assertEquals(MAIN.nullCost(), term.cost(0, 1, 0, 0), 1e-12);
        assertEquals(MAIN.nullCost() + TUNING.fragmentNull(), term.cost(1, 1, 0, 0), 1e-12);
        assertEquals(MAIN.nullCost(), term.cost(0, 0, 0, 1), 1e-12);
    }

    private static final List<SegmentProfile> SOURCE = List.of(
            profile("The minister visited Kyiv on Monday.", 0, 1, 2, 3, 4),
            profile("She met the president there.", 0, 5, 6),
            profile("Nothing in common here at all.", 0, 7, 8, 9));
    private static final List<SegmentProfile> TARGET = List.of(
            profile("De minister bezocht maandag Kyiv.", 0, 1, 2, 3, 4),
            profile("Ze ontmoette er de president.", 0, 5, 6),
            profile("Iets heel anders.", 0, 10, 11, 12));

    private static BeadCostModel model(AlignmentParameters params) {
        float[] weights = new float[20];
        Arrays.fill(weights, 1f);
        return new BeadCostModel(SOURCE, TARGET, weights, params, false);
    }

    @Test
    void lexicalOverlapRewardsSharedKeysAndStaysWithinTheBonus() {
        BeadCostModel model = model(MAIN);
        double shared = model.lexicalCost(0, 1, 0, 1);
        double disjoint = model.lexicalCost(0, 1, 2, 1);
        assertTrue(shared < 0, "an overlap above the typical level earns a bonus: " + shared);
        assertTrue(disjoint > MAIN.lexicalWeight(), "nothing shared: the full weight and the disjoint penalty");
        assertTrue(shared >= -model.maxLexicalBonus());
        assertEquals(1.0, model.similarity(new Bead(0, 1, 0, 1)), 1e-12);
        assertEquals(0.0, model.similarity(new Bead(0, 1, 2, 3)), 1e-12);
    }

    @Test
    void mergeSupportChargesAMergedSegmentThatAddsNothing() {
        BeadCostModel model = model(MAIN);
        assertEquals(0, model.mergePenalty(0, 1, 0, 1), 1e-12, "no merge, no penalty");
        double supported = model.mergePenalty(0, 2, 0, 2);
        double unsupported = model.mergePenalty(1, 2, 1, 1);
        assertEquals(0, supported, 1e-12, "both merged segments have their translation");
        assertTrue(unsupported > 0, "the third source sentence shares nothing: " + unsupported);
    }

    @Test
    void theCompositeSumsItsTermsAndKeepsTheSearchsLowerBound() {
        BeadCostModel model = model(MAIN);
        SideSums source = sums(SOURCE);
        SideSums target = sums(TARGET);
        double terms = new ShapePrior(MAIN).cost(0, 2, 0, 1) + new LengthFit(source, target, MAIN, TUNING, false)
                .cost(0, 2, 0, 1) + new ParagraphStructure(source, target, TUNING).cost(0, 2, 0, 1)
                + new SentenceCounts(source, target, MAIN.sentenceWeight()).cost(0, 2, 0, 1)
                + OpenJoins.ofSource(source, MAIN, TUNING).cost(0, 2, 0, 1)
                + OpenJoins.ofTarget(target, MAIN, TUNING).cost(0, 2, 0, 1);
        assertEquals(terms, model.baseCost(0, 2, 0, 1), 1e-12);
        Random random = new Random(3);
        for (int t = 0; t < 200; t++) {
            int i = random.nextInt(3);
            int j = random.nextInt(3);
            int a = 1 + random.nextInt(3 - i);
            int b = 1 + random.nextInt(3 - j);
            double base = model.baseCost(i, a, j, b);
            double lexical = model.lexicalCost(i, a, j, b);
            double merge = model.mergePenalty(i, a, j, b);
            assertTrue(lexical >= -model.maxLexicalBonus(), "lexical cost within the bonus");
            assertTrue(merge >= 0, "merge penalty never negative");
            assertEquals(base + lexical + merge, model.cost(i, a, j, b), 1e-12);
        }
    }

    @Test
    void aTermThatDeclaresItselfAlwaysZeroIsZeroForEveryBead() {
        List<SegmentProfile> lines = List.of(profile("A.", 0), profile("B c d", 1), profile("E.", 2), profile("f g.", 3));
        List<SegmentProfile> grouped = List.of(profile("A.", 0), profile("B c d", 0), profile("E.", 1), profile("f g.", 1));
        SideSums flat = sums(lines);
        List<CostTerm> silent = List.of(new ParagraphStructure(flat, flat, TUNING), new SentenceCounts(flat, flat, 0),
                OpenJoins.ofSource(flat, FIRST, TUNING), OpenJoins.ofTarget(flat, FIRST, TUNING));
        for (CostTerm term : silent) {
            assertTrue(term.alwaysZero(), term.getClass().getSimpleName());
            for (int i = 0; i < 4; i++) {
                for (int j = 0; j < 4; j++) {
                    for (int a = 1; i + a <= 4; a++) {
                        for (int b = 1; j + b <= 4; b++) {
                            assertEquals(0.0, term.cost(i, a, j, b));
                        }
                    }
                }
            }
        }
        assertTrue(!new ParagraphStructure(sums(grouped), flat, TUNING).alwaysZero(), "one side has paragraphs");
        assertTrue(!new SentenceCounts(flat, flat, MAIN.sentenceWeight()).alwaysZero());
        assertTrue(!OpenJoins.ofSource(flat, MAIN, TUNING).alwaysZero());
    }

    @Test
    void aMergesPenaltyIsTheSameWhetherItsSubBeadsWereCountedBeforeOrNot() {
        List<SegmentProfile> source = List.of(profile("One two.", 0, 1, 2, 2), profile("Three four.", 0, 3, 4),
                profile("Five one.", 0, 5, 1), profile("Six.", 0, 6));
        List<SegmentProfile> target = List.of(profile("Een twee.", 0, 1, 2), profile("Drie vier vijf.", 0, 3, 4, 5),
                profile("Een zes.", 0, 1, 6), profile("Twee.", 0, 2));
        float[] weights = new float[20];
        for (int k = 0; k < weights.length; k++) {
            weights[k] = 0.3f + 0.17f * k;
        }
        BeadCostModel warm = new BeadCostModel(source, target, weights, MAIN, false);
        int penalised = 0;
        for (int i = 0; i < 4; i++) {
            for (int j = 0; j < 4; j++) {
                for (int a = 1; i + a <= 4 && a <= 3; a++) {
                    for (int b = 1; j + b <= 4 && b <= 3; b++) {
                        // A fresh model has counted nothing; the warm one has counted every smaller bead first.
                        BeadCostModel cold = new BeadCostModel(source, target, weights, MAIN, false);
                        cold.lexicalCost(i, a, j, b);
                        double expected = cold.mergePenalty(i, a, j, b);
                        warm.lexicalCost(i, a, j, b);
                        assertEquals(expected, warm.mergePenalty(i, a, j, b), "bead " + i + "+" + a + ", " + j + "+" + b);
                        penalised += expected > 0 ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(penalised >= 5, "merges that some segment does not support: " + penalised);
    }
}
