package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.tandem.align.NewsPair.EN;
import static org.tandem.align.NewsPair.NL;
import static org.tandem.align.NewsPair.expected;
import static org.tandem.align.NewsPair.inserting;
import static org.tandem.align.NewsPair.replacing;
import static org.tandem.align.NewsPair.segments;
import static org.tandem.align.NewsPair.without;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The aligner on an English news text and Dutch translations of it with known beads. */
class AlignerTest {
    private static final String MERGED_6_7 = "Critici zeggen dat de bouwsector niet genoeg arbeiders heeft om de ambitie "
            + "waar te maken, nu de stikstofcrisis sinds 2019 al honderden bouwprojecten heeft vertraagd.";
    private static final List<String> SPLIT_15 = List.of(
            "De gemiddelde prijs van een woning bedraagt nu 413.000 euro.",
            "Dat blijkt uit nieuwe cijfers van het Centraal Bureau voor de Statistiek.");

    /**
     * The last sentence pair of {@link NewsPair} shares no cognate, name or number; these versions share
     * "december", as most real pairs share something.
     */
    private static final List<String> EN_LAST_SHARED = replacing(EN, 19,
            "A final vote on the housing plan is expected in December.");
    private static final List<String> NL_LAST_SHARED = replacing(NL, 19,
            "Een definitieve stemming over het woningplan wordt in december verwacht.");

    static List<Bead> align(List<String> en, List<String> nl) {
        return align(AlignerOptions.defaults(), en, nl);
    }

    static List<Bead> align(AlignerOptions options, List<String> en, List<String> nl) {
        AlignmentResult result = new Aligner(options).align(segments(en), "en", segments(nl), "nl");
        BeadInvariants.assertCovers(result.beads(), en.size(), nl.size(), options.largestBead());
        return result.beads();
    }

    @Test
    void cleanTranslationIsAllOneToOne() {
        assertBeads(expected().ones(20).build(), align(EN, NL));
    }

    @Test
    void cleanTranslationEvidenceShowsOverlapAndFit() {
        AlignmentResult result = new Aligner(AlignerOptions.defaults()).align(segments(EN), "en", segments(NL), "nl");
        assertTrue(result.typicalSimilarity() > 0.1, "cognates, names and numbers overlap: " + result.typicalSimilarity());
        double ratio = result.parameters().charRatio();
        assertTrue(ratio > 1.0 && ratio < 1.3, "Dutch runs somewhat longer than English: " + ratio);
        for (BeadEvidence evidence : result.aligned().stream().map(AlignedBead::evidence).toList()) {
            assertTrue(evidence.similarity() >= 0 && evidence.similarity() <= 1, evidence.toString());
            assertEquals(0.0, evidence.bestNeighbourSimilarity(), "two-sided beads have no neighbour score");
        }
    }

    @Test
    void twoSourceSentencesTranslatedAsOneAreATwoToOneBead() {
        List<String> nl = new ArrayList<>(NL);
        nl.subList(6, 8).clear();
        nl.add(6, MERGED_6_7);
        assertBeads(expected().ones(6).bead(2, 1).ones(12).build(), align(EN, nl));
    }

    @Test
    void oneSourceSentenceTranslatedAsTwoIsAOneToTwoBead() {
        List<String> nl = new ArrayList<>(NL);
        nl.remove(15);
        nl.addAll(15, SPLIT_15);
        assertBeads(expected().ones(15).bead(1, 2).ones(4).build(), align(EN, nl));
    }

    /**
     * A translation cut at a semicolon or colon into pieces, as OCR'd and older texts are: a piece that
     * does not end a sentence, or carries one on in lower case, is seldom text added or left out on its
     * own, so a null bead costs more for it than for a whole sentence.
     */
    @Test
    void leavingOutASentenceFragmentCostsMoreThanLeavingOutASentence() {
        List<SegmentProfile> pieces = List.of(
                profile("Daar staat iets tegenover:"),
                profile("de verhuurderheffing wordt afgeschaft."),
                profile("De verhuurderheffing wordt afgeschaft."),
                profile("Daar staat iets tegenover."));
        BeadCostModel model = new BeadCostModel(List.of(), pieces, new float[0], AlignmentParameters.initial(1.1),
                false);
        double sentence = model.cost(0, 0, 3, 1);
        assertEquals(sentence, model.cost(0, 0, 2, 1), 1e-9, "the same cost for every whole sentence");
        assertTrue(model.cost(0, 0, 0, 1) > sentence, "a piece that ends on a colon");
        assertTrue(model.cost(0, 0, 1, 1) > sentence, "a piece that starts in lower case");
    }

    /**
     * A translation cut off halfway pays for its missing length only when no lexicon backs the overlap
     * that shows it is a translation, or when its two sides share too little to be one.
     */
    @Test
    void aCutOffTranslationThatSharesWordsIsShortWithoutPayingForIt() {
        String source = "Both of those counts carry a possible death sentence, according to the court document.";
        List<SegmentProfile> sources = List.of(profile(source, 0, 1, 2, 3, 4, 5));
        List<SegmentProfile> targets = List.of(
                profile("Voor beide aanklachten is de doodstraf", 0, 1, 2),
                profile("Voor beide aanklachten is de doodstraf.", 0, 1, 2),
                profile("Lees ook de andere artikelen over dit", 6, 7, 8));
        float[] weights = new float[9];
        java.util.Arrays.fill(weights, 1f);
        AlignmentParameters params = AlignmentParameters.initial(1.1).withDocumentStatistics(1.1, 6.8, 0.3, 1.0);
        BeadCostModel withLexicon = new BeadCostModel(sources, targets, weights, params, true);
        BeadCostModel cognatesOnly = new BeadCostModel(sources, targets, weights, params, false);
        assertTrue(withLexicon.cost(0, 1, 0, 1) < cognatesOnly.cost(0, 1, 0, 1) - 1, "cut off, sharing half its words");
        assertEquals(cognatesOnly.cost(0, 1, 1, 1), withLexicon.cost(0, 1, 1, 1), 1e-9,
                "a full stop: short, but not visibly cut off");
        assertEquals(cognatesOnly.cost(0, 1, 2, 1), withLexicon.cost(0, 1, 2, 1), 1e-9,
                "ends on a bare word but shares nothing: an inserted line, not a cut translation");
    }

    /** In a document that merges often, a merged sentence with no word of its own in common is less suspect. */
    @Test
    void anUnsupportedMergedSegmentCostsLessInADocumentThatMergesOften() {
        List<SegmentProfile> sources = List.of(
                profile("The climbers reached the summit at noon.", 0, 1, 2),
                profile("Everyone was exhausted after the long night.", 3, 4, 5));
        List<SegmentProfile> targets = List.of(profile("Les alpinistes atteignirent le sommet à midi.", 0, 1, 2));
        float[] weights = new float[6];
        java.util.Arrays.fill(weights, 1f);
        AlignmentParameters usual = AlignmentParameters.initial(1.1).withDocumentStatistics(1.1, 6.8, 0.3, 1.0);
        double penalty = new BeadCostModel(sources, targets, weights, usual, false).mergePenalty(0, 2, 0, 1);
        double oftenMerging = new BeadCostModel(sources, targets, weights, usual.withShapeScale(0.5), false)
                .mergePenalty(0, 2, 0, 1);
        assertTrue(penalty > 1, "the second sentence shares nothing with the target: " + penalty);
        assertTrue(oftenMerging < penalty, oftenMerging + " against " + penalty);
    }

    /**
     * Joining a segment that ends on a bare word to one that opens a sentence of its own costs extra,
     * once for every such join inside the bead; a bare word at the bead's own end joins nothing.
     */
    @Test
    void everyOpenJoinInsideABeadCostsTheSame() {
        List<SegmentProfile> sources = List.of(profile("Storm hits the coast. The storm hit the coast on Monday."));
        List<SegmentProfile> targets = List.of(
                profile("Storm raakt de kust"), profile("De storm raakte maandag de kust."),
                profile("Storm raakt de kust"), profile("de storm raakte maandag de kust."),
                profile("Storm raakt de kust"), profile("Nieuws uit het land"), profile("De storm kwam maandag."),
                profile("Storm raakt de kust"), profile("nieuws uit het land"), profile("de storm kwam maandag."),
                profile("De storm raakte maandag de kust."), profile("Storm raakt de kust"),
                profile("De storm raakte maandag de kust."), profile("storm raakt de kust"));
        AlignmentParameters params = AlignmentParameters.initial(1.1).withDocumentStatistics(1.1, 6.8, 0.3, 1.0);
        BeadCostModel model = new BeadCostModel(sources, targets, new float[0], params, false);
        assertEquals(2.0, model.baseCost(0, 1, 0, 2) - model.baseCost(0, 1, 2, 2), 1e-9,
                "a headline run into the lead");
        assertEquals(4.0, model.baseCost(0, 1, 4, 3) - model.baseCost(0, 1, 7, 3), 1e-9, "two open joins");
        assertEquals(model.baseCost(0, 1, 12, 2), model.baseCost(0, 1, 10, 2), 1e-9, "the bare word ends the bead");
    }

    private static SegmentProfile profile(String text, int... keys) {
        return new SegmentProfile(text.length(), 0, keys, SegmentProfile.sentences(text),
                SegmentProfile.endsOnWord(text), SegmentProfile.startsLowerCase(text), false);
    }

    @Test
    void mergeAndSplitInOneDocument() {
        List<String> nl = new ArrayList<>(NL);
        nl.remove(15);
        nl.addAll(15, SPLIT_15);
        nl.subList(6, 8).clear();
        nl.add(6, MERGED_6_7);
        assertBeads(expected().ones(6).bead(2, 1).ones(7).bead(1, 2).ones(4).build(), align(EN, nl));
    }

    @Test
    void untranslatedSentenceIsAnOmissionInItsPlace() {
        assertBeads(expected().ones(9).bead(1, 0).ones(10).build(), align(EN, without(NL, 9)));
    }

    @Test
    void untranslatedHeadlineIsAnOmissionAlthoughTheLeadRepeatsItsWords() {
        List<String> en = new java.util.ArrayList<>(List.of("Dutch government plans 100,000 new homes before 2030"));
        en.addAll(EN);
        assertBeads(expected().bead(1, 0).ones(20).build(), align(en, NL));
    }

    @Test
    void omittedFirstAndLastSentencesAreOmissions() {
        assertBeads(expected().bead(1, 0).ones(18).bead(1, 0).build(), align(EN, without(NL, 0, 19)));
    }

    @Test
    void blockOfThreeOmittedSentencesIsThreeOmissions() {
        assertBeads(expected().ones(10).repeat(3, 1, 0).ones(7).build(), align(EN, without(NL, 10, 11, 12)));
    }

    @Test
    void addedBylineIsAnAdditionAtTheStart() {
        List<String> nl = inserting(NL, 0, List.of("Door onze verslaggever Eva de Wit"));
        assertBeads(expected().bead(0, 1).ones(20).build(), align(EN, nl));
    }

    @Test
    void addedSentenceIsAnAdditionInTheMiddle() {
        List<String> nl = inserting(NL, 9, List.of(
                "De partij diende eerder dit jaar al een eigen woonplan in met veel meer sociale huurwoningen."));
        assertBeads(expected().ones(9).bead(0, 1).ones(11).build(), align(EN, nl));
    }

    @Test
    void siteFooterIsAdditionsWithoutDisturbingTheRealPairs() {
        List<String> nl = new ArrayList<>(NL_LAST_SHARED);
        nl.addAll(NewsPair.SITE_FOOTER);
        assertBeads(expected().ones(20).repeat(NewsPair.SITE_FOOTER.size(), 0, 1).build(), align(EN_LAST_SHARED, nl));
    }

    /**
     * The same footer after a last pair without shared words: the pair must survive although a footer
     * line fits the last English sentence's length better than its real translation does.
     */
    @Test
    void siteFooterKeepsLastPairWithoutSharedWords() {
        List<String> nl = new ArrayList<>(NL);
        nl.addAll(NewsPair.SITE_FOOTER);
        assertBeads(expected().ones(20).repeat(NewsPair.SITE_FOOTER.size(), 0, 1).build(), align(EN, nl));
    }

    @Test
    void additionsAtStartMiddleAndEndTogether() {
        List<String> nl = new ArrayList<>(NL_LAST_SHARED);
        nl.addAll(NewsPair.SITE_FOOTER);
        nl.add(9, "De partij diende eerder dit jaar al een eigen woonplan in met veel meer sociale huurwoningen.");
        nl.add(0, "Door onze verslaggever Eva de Wit");
        assertBeads(expected().bead(0, 1).ones(9).bead(0, 1).ones(11)
                .repeat(NewsPair.SITE_FOOTER.size(), 0, 1).build(), align(EN_LAST_SHARED, nl));
    }

    @Test
    void omissionAndAdditionsInOneDocument() {
        List<String> nl = new ArrayList<>(without(NL_LAST_SHARED, 4));
        nl.addAll(NewsPair.SITE_FOOTER);
        nl.add(0, "Door onze verslaggever Eva de Wit");
        assertBeads(expected().bead(0, 1).ones(4).bead(1, 0).ones(15)
                .repeat(NewsPair.SITE_FOOTER.size(), 0, 1).build(), align(EN_LAST_SHARED, nl));
    }

    @Test
    void oneToOneOnlyWhenMaxSegmentsPerSideIsOne() {
        List<String> nl = new ArrayList<>(NL);
        nl.remove(15);
        nl.addAll(15, SPLIT_15);
        nl.subList(6, 8).clear();
        nl.add(6, MERGED_6_7);
        List<Bead> beads = align(AlignerOptions.defaults().withMaxSegmentsPerSide(1), EN, nl);
        String described = NewsPair.describe(beads);
        for (Bead bead : beads) {
            assertTrue(bead.sourceCount() <= 1 && bead.targetCount() <= 1, "bead " + bead.type());
        }
        // The untouched pairs around the merge and the split stay paired.
        assertTrue(beads.contains(new Bead(0, 1, 0, 1)), described);
        assertTrue(beads.contains(new Bead(19, 20, 19, 20)), described);
        assertTrue(beads.contains(new Bead(10, 11, 9, 10)), described);
    }

    @Test
    void shapesFollowMaxSegmentsPerSide() {
        assertEquals(List.of("1-1", "1-0", "0-1"), types(Aligner.shapes(1)));
        assertEquals(List.of("1-1", "1-0", "0-1", "1-2", "2-1", "2-2"), types(Aligner.shapes(2)));
        assertEquals(List.of("1-1", "1-0", "0-1", "1-2", "1-3", "2-1", "2-2", "3-1"), types(Aligner.shapes(3)));
        assertEquals(List.of("1-1", "1-0", "0-1", "1-2", "1-3", "1-4", "1-5", "2-1", "2-2", "2-3", "3-1", "3-2",
                "4-1", "5-1"), types(Aligner.shapes(5)), "the larger beads of a document that merges often");
    }

    @Test
    void optionsRejectOutOfRangeMaximum() {
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AlignerOptions.defaults().withMaxSegmentsPerSide(-1));
        org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
                () -> AlignerOptions.defaults().withMaxSegmentsPerSide(7));
    }

    @Test
    void sentencesAreCountedByFullStopsBeforeCapitalsAndByTheSegmentsEnd() {
        assertEquals(1, SegmentProfile.sentences("Millions of people would have been killed."));
        assertEquals(2, SegmentProfile.sentences("Miljoenen mensen zouden gestorven zijn. Nu hebben we een relatie."));
        assertEquals(2, SegmentProfile.sentences("‘Ik sta hier vlak voor je,’ zei ze. ‘Denk je dat hij liegt?’"));
        assertEquals(1, SegmentProfile.sentences("Mr. Trump met the U.S. Navy in 2020."), "abbreviations and initials");
        assertEquals(1, SegmentProfile.sentences("Kanye West: Rapper changes his name to Ye"), "a headline");
        assertEquals(0, SegmentProfile.sentences("1952 , Augustin Lombard en géologie ;"), "a fragment before a semicolon");
        assertTrue(SegmentProfile.endsOnWord("Noord-Korea zegt dat het ‘in geen"));
        assertTrue(!SegmentProfile.endsOnWord("Hij zei: ‘Nee.’") && !SegmentProfile.endsOnWord("1952 , Lombard ;"));
        assertTrue(SegmentProfile.startsLowerCase("le travail d' érosion a progressé"));
        assertEquals(2, SegmentProfile.sentences("les six mesures donnaient 8840 . Les estimations varient ."),
                "OCR'd text with spaces before its punctuation");
    }

    @Test
    void mergesCostLessInDocumentsThatMergeOften() {
        assertEquals(1.0, Aligner.shapeScale(0, 200, PassTuning.defaults()), 1e-9, "never dearer than usual");
        assertEquals(1.0, Aligner.shapeScale(9, 100, PassTuning.defaults()), 0.02, "the usual rate keeps the usual priors");
        double often = Aligner.shapeScale(35, 100, PassTuning.defaults());
        assertTrue(often < 0.8 && often >= 0.5, "a third of the beads merged: " + often);
        assertTrue(Aligner.shapeScale(3, 4, PassTuning.defaults()) > often, "four beads say little: " + Aligner.shapeScale(3, 4, PassTuning.defaults()));
        assertEquals(5, AlignerOptions.defaults().largestBead());
        assertEquals(2, AlignerOptions.defaults().withMaxSegmentsPerSide(2).largestBead());
    }

    @Test
    void emptySidesGiveOneSidedBeadsOnly() {
        assertEquals(List.of(), align(List.of(), List.of()));
        assertBeads(expected().repeat(3, 1, 0).build(), align(EN.subList(0, 3), List.of()));
        assertBeads(expected().repeat(2, 0, 1).build(), align(List.of(), NL.subList(0, 2)));
    }

    @Test
    void replacedSentenceDoesNotShiftItsNeighbours() {
        List<String> nl = replacing(NL, 9, "Het weer blijft de komende dagen wisselvallig met af en toe een bui.");
        List<Bead> beads = align(EN, nl);
        for (int k = 0; k < 20; k++) {
            if (k != 9) {
                assertTrue(beads.contains(new Bead(k, k + 1, k, k + 1)), "pair " + k + " in " + beads);
            }
        }
    }

    static void assertBeads(List<Bead> expected, List<Bead> actual) {
        assertEquals(NewsPair.describe(expected), NewsPair.describe(actual));
    }

    private static List<String> types(BeadShape[] shapes) {
        List<String> out = new ArrayList<>();
        for (BeadShape shape : shapes) {
            out.add(shape.toString());
        }
        return out;
    }
}
