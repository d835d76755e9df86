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
 */
record BeadView(int number, List<Integer> sourceIds, List<Integer> targetIds, String type,
                BigDecimal score, List<String> flags, List<String> reasons,
                String sourceText, String targetText, boolean twoSided) {

    static BeadView of(Alignment alignment, int index) {
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
                alignment.targetText(bead),
                bead.isTwoSided());
    }

    String scoreText() {
        return score.toPlainString();
    }

    private static List<Integer> ids(List<Segment> segments) {
        return segments.stream().map(Segment::id).toList();
    }
}
