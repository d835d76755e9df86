package org.tandem.review.project;

import java.util.List;
import java.util.Locale;

import org.tandem.write.ReviewStatus;

/**
 * How far the review is.
 *
 * @param reviewed  beads confirmed or rejected
 * @param openFlags undecided flags on beads not reviewed yet
 */
public record Progress(int beads, int reviewed, int confirmed, int rejected, int openFlags) {

    static Progress of(List<ProjectBead> beads) {
        int confirmed = 0;
        int rejected = 0;
        int open = 0;
        for (ProjectBead bead : beads) {
            if (bead.status() == ReviewStatus.CONFIRMED) {
                confirmed++;
            } else if (bead.status() == ReviewStatus.REJECTED) {
                rejected++;
            } else {
                open += bead.openFlags();
            }
        }
        return new Progress(beads.size(), confirmed + rejected, confirmed, rejected, open);
    }

    /** E.g. "118 of 142 beads reviewed, 9 flags open". */
    public String render() {
        return String.format(Locale.ROOT, "%d of %d beads reviewed, %d flag%s open", reviewed, beads, openFlags,
                openFlags == 1 ? "" : "s");
    }
}
