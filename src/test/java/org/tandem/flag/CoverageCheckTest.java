package org.tandem.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.tandem.align.AlignmentParameters;
import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;
import org.tandem.wordalign.WordAlignment;
import org.tandem.wordalign.WordAlignments;
import org.tandem.wordalign.WordToken;
import org.tandem.wordalign.WordTokenizer;

/** Partial omissions and additions, on word alignments whose coverage the test sets. */
class CoverageCheckTest {
    private static final AlignmentParameters PARAMS = AlignmentParameters.initial(1.1)
            .withDocumentStatistics(1.1, 4.0, 0.25, 1.0);
    private static final DocumentContext DOCUMENT = new DocumentContext("en", "nl", PARAMS, 0.25,
            new NameIndex(), new NameIndex(), 100);
    private static final String FAITHFUL_EN = "The council approved the new budget for schools on Monday.";
    private static final String FAITHFUL_NL = "De raad keurde maandag de nieuwe begroting voor scholen goed.";
    private static final String CUT_EN = "Pelosi said the testimony proved that he could not serve on the court, because it showed that he is biased against Democrats.";
    private static final String CUT_NL = "Pelosi zei dat de getuigenis bewees dat hij niet in het hof kon dienen.";

    /** A word alignment in which every content word is covered except the source words listed. */
    private static WordAlignment alignment(String en, String nl, List<String> uncoveredSource) {
        List<WordToken> source = new WordTokenizer("en").tokenize(en);
        List<WordToken> target = new WordTokenizer("nl").tokenize(nl);
        BitSet sourceCovered = new BitSet();
        for (int i = 0; i < source.size(); i++) {
            if (!uncoveredSource.contains(source.get(i).surface())) {
                sourceCovered.set(i);
            }
        }
        BitSet targetCovered = new BitSet();
        targetCovered.set(0, target.size());
        return new WordAlignment(source, target, List.of(), sourceCovered, targetCovered);
    }

    /** Ten faithful confident pairs whose longest gaps are {@code faithfulGap} words, then the cut one. */
    private static Optional<Flag> check(int faithfulGap) {
        return check(faithfulGap, List.of("serve", "court", "showed", "biased", "Democrats"));
    }

    /** As {@link #check(int)}, with the cut pair's uncovered source words given. */
    private static Optional<Flag> check(int faithfulGap, List<String> uncovered) {
        List<String> gap = List.of("council", "approved", "new", "budget", "schools", "Monday").subList(0, faithfulGap);
        List<Bead> beads = new ArrayList<>();
        List<WordAlignment> words = new ArrayList<>();
        List<Boolean> confident = new ArrayList<>();
        for (int k = 0; k < 10; k++) {
            beads.add(new Bead(k, k + 1, k, k + 1));
            words.add(alignment(FAITHFUL_EN, FAITHFUL_NL, gap));
            confident.add(true);
        }
        WordAlignment cut = alignment(CUT_EN, CUT_NL, uncovered);
        beads.add(new Bead(10, 11, 10, 11));
        words.add(cut);
        confident.add(false);
        WordAlignments all = new WordAlignments(words, confident);
        BeadContext bead = new BeadContext(beads.get(10), new BeadEvidence(0.2, -2.0, 5.0, 0), CUT_EN, CUT_NL,
                DOCUMENT, "", "", cut, false);
        Optional<Flag> flag = Optional.empty();
        for (BeadCheck check : CoverageCheck.forDocument(beads, all)) {
            Optional<Flag> raised = check.check(bead);
            if (raised.isPresent()) {
                flag = raised;
            }
        }
        return flag;
    }

    @Test
    void aRunLongerThanTheDocumentsFaithfulGapsIsAPartialOmissionWithItsSpan() {
        Flag flag = check(0).orElseThrow();
        assertEquals(FlagKind.PARTIAL_OMISSION, flag.kind());
        assertEquals("the source's 'serve on the court, because it showed that he is biased against Democrats'"
                + " has no counterpart in the translation", flag.reason());
        Span span = flag.spans().get(0);
        assertEquals(Span.Side.SOURCE, span.side());
        assertEquals("serve on the court, because it showed that he is biased against Democrats",
                CUT_EN.substring(span.start(), span.end()));
    }

    @Test
    void anUncoveredEndWhoseTranslationIsCoveredFlagsAShorterRunThanOneInside() {
        // Four words: below the bar of 5 for a run inside the sentence, at the bar of 4 for its end.
        Flag flag = check(0, List.of("court", "showed", "biased", "Democrats")).orElseThrow();
        assertEquals(FlagKind.PARTIAL_OMISSION, flag.kind());
        assertEquals("the source's 'court, because it showed that he is biased against Democrats'"
                + " has no counterpart in the translation", flag.reason());
        assertTrue(check(0, List.of("testimony", "proved", "serve", "court")).isEmpty());
        // Faithful pairs of this document that end uncovered themselves raise the bar for ends too.
        assertTrue(check(6, List.of("court", "showed", "biased", "Democrats")).isEmpty());
    }

    @Test
    void aDocumentWhoseFaithfulPairsHaveLongGapsSetsAHigherBar() {
        assertTrue(check(0).isPresent());
        assertTrue(check(6).isEmpty(), "the same run in a document whose faithful pairs lack six words each");
    }

    @Test
    void theBarFollowsTheFaithfulRunsAndRisesWhenThereAreFewOfThem() {
        assertEquals(CoverageTuning.defaults().minRun(), CoverageCheck.threshold(List.of(0, 1, 2, 1, 0, 2, 1, 0, 1, 2)));
        assertEquals(9, CoverageCheck.threshold(List.of(8, 8, 8, 8, 8, 8, 8, 8, 8, 8)));
        assertEquals(2 * CoverageTuning.defaults().minRun(), CoverageCheck.threshold(List.of(0, 1)));
    }

    @Test
    void numberAndNameMismatchesPointAtTheirWords() {
        Flag numbers = new NumberCheck("en", "nl").check(new BeadContext(new Bead(0, 1, 0, 1),
                new BeadEvidence(0.25, 0.0, 10.0, 0), "More than 100,000 people came in 2019.",
                "Meer dan 10.000 mensen kwamen in 2019.", DOCUMENT, "", "")).orElseThrow();
        assertEquals(List.of(new Span(Span.Side.SOURCE, 10, 17), new Span(Span.Side.TARGET, 9, 15)), numbers.spans());
    }
}
