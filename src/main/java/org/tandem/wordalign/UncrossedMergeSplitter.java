package org.tandem.wordalign;

import java.util.List;

import org.tandem.align.AlignedBead;
import org.tandem.align.AlignmentResult;
import org.tandem.align.Bead;
import org.tandem.align.BeadEvidence;
import org.tandem.align.GaleChurch;
import org.tandem.text.DocumentTokens;

/**
 * Undoes a 2-2 bead that is two 1-1 pairs: when each of two neighbouring pairs fits its lengths badly
 * (a translation cut short, a clause added), the aligner may find the two together cheaper than each
 * alone, and a reviewer then sees one bead where two sentences each have their own problem. The word
 * alignment inside the bead tells the two apart: in a real 2-2 the sentences are cut in different
 * places, so words of the first source sentence link into the second target sentence or the other
 * way round; in two 1-1 pairs glued together each source sentence's words link into its own target
 * sentence alone. Such a bead becomes its two 1-1 pairs, in the same place.
 */
public final class UncrossedMergeSplitter {
    private final WordAlignTuning tuning;

    public UncrossedMergeSplitter(WordAlignTuning tuning) {
        this.tuning = tuning;
    }

    public UnalignedPairSplitter.Split split(AlignmentResult result, WordAlignments words, DocumentTokens tokens) {
        List<AlignedBead> aligned = result.aligned();
        SplitBuilder split = new SplitBuilder(result, words);
        for (int k = 0; k < aligned.size(); k++) {
            AlignedBead bead = aligned.get(k);
            WordAlignment alignment = words.get(k);
            Bead pair = bead.bead();
            int[] cut = alignment != null && pair.sourceCount() == 2 && pair.targetCount() == 2
                    ? uncrossedCut(pair, alignment, tokens) : null;
            if (cut == null) {
                split.keep(k);
                continue;
            }
            BeadEvidence evidence = bead.evidence();
            for (int half = 0; half < 2; half++) {
                Bead one = new Bead(pair.sourceStart() + half, pair.sourceStart() + half + 1,
                        pair.targetStart() + half, pair.targetStart() + half + 1);
                double deviation = GaleChurch.deviation(result.parameters(),
                        UncoveredPieceSplitter.chars(tokens.source(), one.sourceStart(), one.sourceEnd()),
                        UncoveredPieceSplitter.chars(tokens.target(), one.targetStart(), one.targetEnd()));
                split.add(new AlignedBead(one, new BeadEvidence(evidence.similarity(), deviation,
                                evidence.contentWeight(), 0)),
                        half == 0 ? alignment.within(0, cut[0], 0, cut[1])
                                : alignment.within(cut[2], Integer.MAX_VALUE, cut[3], Integer.MAX_VALUE));
            }
        }
        return split.build();
    }

    /**
     * Where the bead's texts split into its two pairs, as {end of the first source segment, end of the
     * first target segment, start of the second source segment, start of the second target segment},
     * when its covered links of content words keep to the pairs; otherwise null.
     */
    private int[] uncrossedCut(Bead pair, WordAlignment alignment, DocumentTokens tokens) {
        int[] source = UncoveredPieceSplitter.bounds(tokens.source(), pair.sourceStart(), pair.sourceEnd(),
                pair.sourceStart() + 1);
        int[] target = UncoveredPieceSplitter.bounds(tokens.target(), pair.targetStart(), pair.targetEnd(),
                pair.targetStart() + 1);
        int[] blocks = new int[4];
        for (WordLink link : alignment.links()) {
            WordToken from = alignment.source().get(link.source());
            if (!from.content() || !alignment.sourceCovered(link.source()) || !alignment.targetCovered(link.target())) {
                continue;
            }
            int s = from.start() < source[0] ? 0 : 1;
            int t = alignment.target().get(link.target()).start() < target[0] ? 0 : 1;
            blocks[2 * s + t]++;
        }
        int within = Math.min(blocks[0], blocks[3]);
        int across = blocks[1] + blocks[2];
        if (within < tuning.uncrossedMinLinks() || across > tuning.uncrossedMaxCrossing() * within) {
            return null;
        }
        return new int[] {source[0] - 1, target[0] - 1, source[0], target[0]};
    }
}
