package org.tandem.write;

import java.util.ArrayList;
import java.util.List;

import org.tandem.align.Bead;
import org.tandem.flag.Alignment;
import org.tandem.flag.FlaggedBead;

/**
 * Lays out the alignment map: source position across, target position upwards, each bead a short
 * stroke from its start corner to its end corner, so a faithful translation reads as a diagonal
 * and drift as a bend. Omissions lie just below the source axis, additions just left of the target
 * axis.
 *
 * <p>Coordinates are integers in a fixed 0..{@value #SPAN} square whatever the document length:
 * no floating-point text, so the output stays byte-identical, and the page scales the square with
 * CSS. Strokes do not scale (vector-effect in report.css), so a 1-1 bead in a 10,000-bead document
 * is still a visible dot.
 *
 * <p>Unflagged beads, the bulk of any document, share one path; only flagged beads get an element
 * of their own, to be coloured by kind and clicked. This keeps the SVG to a few hundred elements
 * at most even for very long documents.
 */
final class AlignmentMap {
    static final int SPAN = 10_000;
    /** Distance of the omission and addition lanes from the axes. */
    static final int LANE = 320;
    static final String VIEW_BOX = (-2 * LANE) + " " + (-LANE) + " " + (SPAN + 3 * LANE) + " " + (SPAN + 3 * LANE);

    private AlignmentMap() {
    }

    static ReportModel.MapView of(Alignment alignment) {
        int sources = Math.max(1, alignment.source().size());
        int targets = Math.max(1, alignment.target().size());
        StringBuilder plain = new StringBuilder(alignment.beads().size() * 16);
        List<ReportModel.Mark> marks = new ArrayList<>();
        for (int i = 0; i < alignment.beads().size(); i++) {
            FlaggedBead flagged = alignment.beads().get(i);
            String stroke = stroke(flagged.bead(), sources, targets);
            if (flagged.flags().isEmpty()) {
                plain.append(stroke);
            } else {
                marks.add(new ReportModel.Mark(i + 1, KindStyle.cssClass(flagged.flags().get(0).kind()), stroke));
            }
        }
        return new ReportModel.MapView(VIEW_BOX, plain.toString(), marks, alignment.beads().size());
    }

    private static String stroke(Bead bead, int sources, int targets) {
        int x1 = bead.isAddition() ? -LANE : scale(bead.sourceStart(), sources);
        int x2 = bead.isAddition() ? -LANE : scale(bead.sourceEnd(), sources);
        int y1 = bead.isOmission() ? SPAN + LANE : SPAN - scale(bead.targetStart(), targets);
        int y2 = bead.isOmission() ? SPAN + LANE : SPAN - scale(bead.targetEnd(), targets);
        return "M" + x1 + " " + y1 + "L" + x2 + " " + y2;
    }

    private static int scale(int position, int length) {
        return (int) Math.round((double) position * SPAN / length);
    }
}
