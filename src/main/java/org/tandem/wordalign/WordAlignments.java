package org.tandem.wordalign;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The word alignments of a document's beads, parallel to its bead list.
 *
 * @param beads     per bead, its word alignment; {@code null} for omissions and additions
 * @param confident per bead, whether it was one of the faithful-looking pairs the translation table
 *                  was trained on (each aligned with the half of the table not trained on it, so its
 *                  coverage is what an unseen faithful pair of this document gets)
 * @param moved     per bead, whether it is an omission or addition whose text a nearby addition or
 *                  omission translates as well as a faithful pair of the document: one sentence the
 *                  translation put elsewhere, which a monotone alignment cannot pair
 */
public record WordAlignments(List<WordAlignment> beads, List<Boolean> confident, List<Boolean> moved) {
    public WordAlignments {
        beads = Collections.unmodifiableList(new ArrayList<>(beads));
        confident = List.copyOf(confident);
        moved = List.copyOf(moved);
    }

    /** Word alignments with no bead moved. */
    public WordAlignments(List<WordAlignment> beads, List<Boolean> confident) {
        this(beads, confident, Collections.nCopies(beads.size(), false));
    }

    public boolean isMoved(int bead) {
        return moved.get(bead);
    }

    public WordAlignment get(int bead) {
        return beads.get(bead);
    }

    public boolean isConfident(int bead) {
        return confident.get(bead);
    }

    /** An alignment with no word alignments: every bead {@code null}, none confident. */
    public static WordAlignments none(int beadCount) {
        return new WordAlignments(Collections.nCopies(beadCount, null), Collections.nCopies(beadCount, false));
    }
}
