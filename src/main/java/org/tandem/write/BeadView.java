package org.tandem.write;

import java.math.BigDecimal;
import java.util.List;

import org.tandem.align.Bead;
import org.tandem.flag.Alignment;
import org.tandem.flag.Flag;
import org.tandem.flag.FlaggedBead;
import org.tandem.segment.Segment;

/**
 * Everything an output format says about one bead, derived once so all formats agree.
 * {@code flags} and {@code reasons} are parallel: {@code reasons.get(i)} explains {@code flags.get(i)}.
 *
 * @param number 1-based position of the bead in the alignment's full bead list
 * @param decision what a reviewer decided, when the alignment was reviewed; null otherwise. Its edited
 *                 target, if any, is already {@code targetText}.
 */
record BeadView(int number, List<Integer> sourceIds, List<Integer> targetIds, String type,
                BigDecimal score, List<String> flags, List<String> reasons,
                String sourceText, String targetText, boolean twoSided, BeadDecision decision) {

    static BeadView of(Alignment alignment, int index) {
        return of(alignment, index, null);
    }

    /** @param review the reviewer's decisions, or null for an alignment nobody reviewed */
    static BeadView of(Alignment alignment, int index, Review review) {
        BeadDecision decision = review == null ? null : review.decision(index);
        FlaggedBead flagged = alignment.beads().get(index);
        Bead bead = flagged.bead();
        List<Flag> flagList = flagged.flags();
        return new BeadView(
                index + 1,
                ids(alignment.source().subList(bead.sourceStart(), bead.sourceEnd())),
                ids(alignment.target().subList(bead.targetStart(), bead.targetEnd())),
                bead.type(),
                Scores.rounded(flagged.score()),
                flagList.stream().map(f -> f.kind().label()).toList(),
                flagList.stream().map(f -> f.reason() == null ? "" : f.reason()).toList(),
                alignment.sourceText(bead),
                decision != null && decision.editedTarget() != null ? decision.editedTarget() : alignment.targetText(bead),
                bead.isTwoSided(),
                decision);
    }

    /** The verdict on flag {@code k}: open when nobody reviewed the alignment. */
    FlagVerdict verdict(int k) {
        return decision == null ? FlagVerdict.OPEN : decision.verdicts().get(k);
    }

    String scoreText() {
        return score.toPlainString();
    }

    private static List<Integer> ids(List<Segment> segments) {
        return segments.stream().map(Segment::id).toList();
    }
}
