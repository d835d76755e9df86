package org.tandem.wordalign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.align.AlignedBead;
import org.tandem.align.AlignmentParameters;
import org.tandem.align.AlignmentResult;
import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;

/** A 1-1 pair with no word links between well-aligned neighbours becomes an omission and an addition. */
class UnalignedPairSplitterTest {
    private static final String FAITHFUL_EN = "The council approved the new budget for schools on Monday.";
    private static final String FAITHFUL_NL = "De raad keurde maandag de nieuwe begroting voor scholen goed.";
    private static final String OTHER_EN = "Dolly Menga scored the winning goal for the visiting side in the second half.";
    private static final String OTHER_NL = "Flake nam zijn beslissing na een gesprek met Coons en meerdere senatoren.";

    private static WordAlignment alignment(String en, String nl, boolean covered) {
        List<WordToken> source = new WordTokenizer("en").tokenize(en);
        List<WordToken> target = new WordTokenizer("nl").tokenize(nl);
        BitSet sourceCovered = new BitSet();
        BitSet targetCovered = new BitSet();
        if (covered) {
            sourceCovered.set(0, source.size());
            targetCovered.set(0, target.size());
        }
        return new WordAlignment(source, target, List.of(), sourceCovered, targetCovered);
    }

    /** Twelve 1-1 beads, all faithful and confident but the sixth, whose sides are {@code en} and {@code nl}. */
    private static UnalignedPairSplitter.Split split(String en, String nl, boolean covered) {
        List<AlignedBead> beads = new ArrayList<>();
        List<WordAlignment> words = new ArrayList<>();
        List<Boolean> confident = new ArrayList<>();
        for (int k = 0; k < 12; k++) {
            beads.add(new AlignedBead(new Bead(k, k + 1, k, k + 1), new BeadEvidence(k == 5 ? 0.0 : 0.4, 0.1, 10, 0)));
            words.add(k == 5 ? alignment(en, nl, covered) : alignment(FAITHFUL_EN, FAITHFUL_NL, true));
            confident.add(k != 5);
        }
        AlignmentResult result = new AlignmentResult(beads, AlignmentParameters.initial(1.1), 0.4);
        return new UnalignedPairSplitter(WordAlignTuning.defaults()).split(result, new WordAlignments(words, confident));
    }

    @Test
    void aPairWithNoLinksDespiteItsNamesIsSplitInPlace() {
        UnalignedPairSplitter.Split split = split(OTHER_EN, OTHER_NL, false);
        List<Bead> beads = split.result().beads();
        assertEquals(13, beads.size());
        assertEquals(new Bead(5, 6, 5, 5), beads.get(5));
        assertEquals(new Bead(6, 6, 5, 6), beads.get(6));
        assertEquals(new Bead(6, 7, 6, 7), beads.get(7));
        assertNull(split.words().get(5));
        assertNull(split.words().get(6));
        assertFalse(split.words().isConfident(6));
        assertEquals(13, split.words().beads().size());
        assertEquals(0.0, split.result().aligned().get(5).evidence().bestNeighbourSimilarity(), 1e-9);
    }

    @Test
    void aCoveredPairOrOneWithoutNamesOrNumbersStays() {
        UnalignedPairSplitter.Split covered = split(OTHER_EN, OTHER_NL, true);
        assertEquals(12, covered.result().beads().size());
        String en = "That pushes any prospect of a settlement far into the future.";
        String nl = "Het stelt de vooruitzichten op een regeling ervan op de lange baan.";
        UnalignedPairSplitter.Split paraphrase = split(en, nl, false);
        assertEquals(12, paraphrase.result().beads().size(), "free translation in words the lexicon lacks");
    }
}
