package org.tandem.wordalign;

import java.util.ArrayList;
import java.util.List;

import org.tandem.align.AlignedBead;
import org.tandem.align.AlignmentResult;

/**
 * The beads of an alignment after a splitter has replaced some of them, built in order with their word
 * alignments beside them. A bead kept keeps its word alignment and whether it was confident or moved; a
 * bead a splitter made is neither, since nothing vouched for it before. When nothing was replaced, the
 * split gives back the very objects it was given.
 */
final class SplitBuilder {
    private final AlignmentResult result;
    private final WordAlignments words;
    private final List<AlignedBead> beads;
    private final List<WordAlignment> alignments;
    private final List<Boolean> confident;
    private final List<Boolean> moved;
    private boolean changed;

    SplitBuilder(AlignmentResult result, WordAlignments words) {
        this.result = result;
        this.words = words;
        int capacity = result.aligned().size() + 4;
        this.beads = new ArrayList<>(capacity);
        this.alignments = new ArrayList<>(capacity);
        this.confident = new ArrayList<>(capacity);
        this.moved = new ArrayList<>(capacity);
    }

    /** Bead {@code k} of the alignment as it was. */
    void keep(int k) {
        beads.add(result.aligned().get(k));
        alignments.add(words.get(k));
        confident.add(words.isConfident(k));
        moved.add(words.isMoved(k));
    }

    /** A bead a splitter made, with its word alignment (null for a one-sided bead). */
    void add(AlignedBead bead, WordAlignment alignment) {
        beads.add(bead);
        alignments.add(alignment);
        confident.add(false);
        moved.add(false);
        changed = true;
    }

    UnalignedPairSplitter.Split build() {
        if (!changed) {
            return new UnalignedPairSplitter.Split(result, words);
        }
        return new UnalignedPairSplitter.Split(new AlignmentResult(beads, result.parameters(), result.typicalSimilarity()),
                new WordAlignments(alignments, confident, moved));
    }
}
