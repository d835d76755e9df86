package org.tandem.wordalign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.align.AlignedBead;
import org.tandem.align.AlignmentParameters;
import org.tandem.align.AlignmentResult;
import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;
import org.tandem.text.DocumentTokens;

/** An end segment of a merge whose words have no counterparts is taken out as an omission or addition. */
class UncoveredPieceSplitterTest {
    private static final String FAITHFUL_EN = "The council approved the new budget for schools on Monday.";
    private static final String FAITHFUL_NL = "De raad keurde maandag de nieuwe begroting voor scholen goed.";
    private static final String MERGED_EN = "Teachers welcomed the extra money for buildings and books.";
    private static final String MERGED_NL = "Leraren verwelkomden het extra geld voor gebouwen en boeken.";
    private static final String INSERTED_NL = "Lees ook: het laatste nieuws over cultuur en muziek";
    private static final String OMITTED_EN = "Rain is expected across the region later this week.";

    /** The word alignment of a bead side's texts, each text's tokens covered or not. */
    private static WordAlignment alignment(List<String> en, boolean[] enCovered, List<String> nl, boolean[] nlCovered) {
        List<WordToken> source = new WordTokenizer("en").tokenize(String.join(" ", en));
        List<WordToken> target = new WordTokenizer("nl").tokenize(String.join(" ", nl));
        List<WordLink> links = new ArrayList<>();
        for (int i = 0; i < Math.min(source.size(), target.size()); i++) {
            links.add(new WordLink(i, i, 0.5));
        }
        return new WordAlignment(source, target, links, covered("en", en, enCovered), covered("nl", nl, nlCovered));
    }

    private static BitSet covered(String language, List<String> texts, boolean[] covered) {
        BitSet bits = new BitSet();
        List<WordToken> tokens = new WordTokenizer(language).tokenize(String.join(" ", texts));
        int offset = 0;
        for (int k = 0; k < texts.size(); k++) {
            int end = offset + texts.get(k).length();
            for (int i = 0; i < tokens.size(); i++) {
                if (tokens.get(i).start() >= offset && tokens.get(i).start() < end && covered[k]) {
                    bits.set(i);
                }
            }
            offset = end + 1;
        }
        return bits;
    }

    /**
     * Eight faithful confident 1-1 pairs, then the merge of the given texts; {@code weakLexicon} leaves
     * one confident pair's sides uncovered, as a lexicon that lacks a document's words does.
     */
    private static UnalignedPairSplitter.Split split(List<String> en, boolean[] enCovered, List<String> nl,
                                                     boolean[] nlCovered, boolean weakLexicon) {
        List<String> source = new ArrayList<>();
        List<String> target = new ArrayList<>();
        List<AlignedBead> beads = new ArrayList<>();
        List<WordAlignment> words = new ArrayList<>();
        List<Boolean> confident = new ArrayList<>();
        for (int k = 0; k < 8; k++) {
            source.add(FAITHFUL_EN);
            target.add(FAITHFUL_NL);
            beads.add(new AlignedBead(new Bead(k, k + 1, k, k + 1), new BeadEvidence(0.4, 0.1, 10, 0)));
            boolean covered = !(weakLexicon && k == 3);
            words.add(alignment(List.of(FAITHFUL_EN), new boolean[] {covered}, List.of(FAITHFUL_NL),
                    new boolean[] {covered}));
            confident.add(true);
        }
        beads.add(new AlignedBead(new Bead(8, 8 + en.size(), 8, 8 + nl.size()), new BeadEvidence(0.3, 0.5, 10, 0)));
        source.addAll(en);
        target.addAll(nl);
        words.add(alignment(en, enCovered, nl, nlCovered));
        confident.add(false);
        AlignmentResult result = new AlignmentResult(beads, AlignmentParameters.initial(1.1), 0.4);
        return new UncoveredPieceSplitter(WordAlignTuning.defaults())
                .split(result, new WordAlignments(words, confident), DocumentTokens.of(source, target));
    }

    @Test
    void anUncoveredLastTargetSegmentBecomesAnAdditionAfterTheRest() {
        UnalignedPairSplitter.Split split = split(List.of(MERGED_EN), new boolean[] {true},
                List.of(MERGED_NL, INSERTED_NL), new boolean[] {true, false}, false);
        List<Bead> beads = split.result().beads();
        assertEquals(10, beads.size());
        assertEquals(new Bead(8, 9, 8, 9), beads.get(8));
        assertEquals(new Bead(9, 9, 9, 10), beads.get(9));
        WordAlignment rest = split.words().get(8);
        assertEquals(new WordTokenizer("nl").tokenize(MERGED_NL), rest.target());
        assertTrue(rest.links().stream().allMatch(link -> link.target() < rest.target().size()));
        assertNull(split.words().get(9));
        assertFalse(split.words().isConfident(8));
        assertNotEquals(0.5, split.result().aligned().get(8).evidence().lengthDeviation(), 1e-9,
                "the shorter bead's length deviation is measured again");
    }

    @Test
    void anUncoveredFirstSourceSegmentBecomesAnOmissionBeforeTheRest() {
        UnalignedPairSplitter.Split split = split(List.of(OMITTED_EN, MERGED_EN), new boolean[] {false, true},
                List.of(MERGED_NL), new boolean[] {true}, false);
        List<Bead> beads = split.result().beads();
        assertEquals(new Bead(8, 9, 8, 8), beads.get(8));
        assertEquals(new Bead(9, 10, 8, 9), beads.get(9));
        WordAlignment rest = split.words().get(9);
        List<WordToken> expected = new WordTokenizer("en").tokenize(MERGED_EN);
        assertEquals(expected.size(), rest.source().size());
        assertEquals(expected.get(0).start(), rest.source().get(0).start(), "offsets into the shorter text");
        assertEquals(expected.get(0).surface(), rest.source().get(0).surface());
    }

    @Test
    void aMergeStaysWhenItsPiecesAreCoveredOrItsOneSegmentHoldsBothSentences() {
        UnalignedPairSplitter.Split covered = split(List.of(MERGED_EN), new boolean[] {true},
                List.of(MERGED_NL, INSERTED_NL), new boolean[] {true, true}, false);
        assertEquals(9, covered.result().beads().size());
        UnalignedPairSplitter.Split twoSentences = split(List.of(MERGED_EN + " " + OMITTED_EN), new boolean[] {true},
                List.of(MERGED_NL, INSERTED_NL), new boolean[] {true, false}, false);
        assertEquals(9, twoSentences.result().beads().size(), "a sentence translated as its own segment");
    }

    @Test
    void aWeakLexiconThatLeavesFaithfulPairsUncoveredTakesNothingOut() {
        UnalignedPairSplitter.Split split = split(List.of(MERGED_EN), new boolean[] {true},
                List.of(MERGED_NL, INSERTED_NL), new boolean[] {true, false}, true);
        assertEquals(9, split.result().beads().size());
        UnalignedPairSplitter.Split none = new UncoveredPieceSplitter(WordAlignTuning.defaults()).split(
                split.result(), WordAlignments.none(9), DocumentTokens.of(List.of(), List.of()));
        assertSame(split.result(), none.result());
    }
}
