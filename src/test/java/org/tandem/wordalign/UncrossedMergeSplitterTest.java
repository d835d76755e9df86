package org.tandem.wordalign;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** A 2-2 bead whose word links keep to two pairs becomes those two 1-1 pairs; one whose links cross stays. */
class UncrossedMergeSplitterTest {
    private static final List<String> EN = List.of("The council approved the new budget for schools.",
            "Teachers welcomed the extra money for buildings and books.");
    private static final List<String> NL = List.of("De raad keurde de nieuwe begroting voor scholen goed.",
            "Leraren verwelkomden het extra geld voor gebouwen en boeken.");

    /** Links each content word of source segment {@code s} to the {@code n}th content word of target segment {@code t}. */
    private static UnalignedPairSplitter.Split split(boolean crossing) {
        List<WordToken> source = new WordTokenizer("en").tokenize(String.join(" ", EN));
        List<WordToken> target = new WordTokenizer("nl").tokenize(String.join(" ", NL));
        int sourceCut = EN.get(0).length();
        int targetCut = NL.get(0).length();
        List<Integer> firstTarget = new ArrayList<>();
        List<Integer> secondTarget = new ArrayList<>();
        for (int j = 0; j < target.size(); j++) {
            if (target.get(j).content()) {
                (target.get(j).start() < targetCut ? firstTarget : secondTarget).add(j);
            }
        }
        List<WordLink> links = new ArrayList<>();
        BitSet sourceCovered = new BitSet();
        BitSet targetCovered = new BitSet();
        int[] used = new int[2];
        for (int i = 0; i < source.size(); i++) {
            if (!source.get(i).content()) {
                continue;
            }
            int half = source.get(i).start() < sourceCut ? 0 : 1;
            // A real 2-2 has its sentences cut in other places: every other word of the first links
            // into the second target sentence.
            int into = crossing && half == 0 && i % 2 == 0 ? 1 : half;
            List<Integer> candidates = into == 0 ? firstTarget : secondTarget;
            int j = candidates.get(used[into]++ % candidates.size());
            links.add(new WordLink(i, j, 0.6));
            sourceCovered.set(i);
            targetCovered.set(j);
        }
        WordAlignment merged = new WordAlignment(source, target, links, sourceCovered, targetCovered);
        List<AlignedBead> beads = List.of(new AlignedBead(new Bead(0, 2, 0, 2), new BeadEvidence(0.4, 0.2, 10, 0)));
        AlignmentResult result = new AlignmentResult(beads, AlignmentParameters.initial(1.1), 0.4);
        List<WordAlignment> words = new ArrayList<>();
        words.add(merged);
        return new UncrossedMergeSplitter(WordAlignTuning.defaults())
                .split(result, new WordAlignments(words, List.of(false)), DocumentTokens.of(EN, NL));
    }

    @Test
    void uncrossedLinksMakeTwoPairsWithTheirOwnWords() {
        UnalignedPairSplitter.Split split = split(false);
        assertEquals(List.of(new Bead(0, 1, 0, 1), new Bead(1, 2, 1, 2)), split.result().beads());
        WordAlignment second = split.words().get(1);
        assertEquals(starts(new WordTokenizer("en").tokenize(EN.get(1))), starts(second.source()),
                "the second pair's tokens, at their offsets in its own text");
        assertEquals(starts(new WordTokenizer("nl").tokenize(NL.get(1))), starts(second.target()));
        assertFalse(second.links().isEmpty());
        assertTrue(second.links().stream().allMatch(link -> link.source() < second.source().size()
                && link.target() < second.target().size()));
        assertEquals(1.0, second.sourceCoverage(), 1e-9);
    }

    private static List<String> starts(List<WordToken> tokens) {
        return tokens.stream().map(token -> token.surface() + "@" + token.start()).toList();
    }

    @Test
    void crossingLinksKeepTheMerge() {
        assertEquals(List.of(new Bead(0, 2, 0, 2)), split(true).result().beads());
    }
}
