package org.tandem.flag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.align.Bead;
import org.tandem.segment.Segment;

class AlignmentTest {
    private static final List<Segment> SOURCE = List.of(new Segment(0, "One.", 0), new Segment(1, "Two.", 0));
    private static final List<Segment> TARGET = List.of(new Segment(0, "Een.", 0), new Segment(1, "Twee.", 0));

    private static FlaggedBead bead(int s0, int s1, int t0, int t1) {
        return new FlaggedBead(new Bead(s0, s1, t0, t1), 1.0, List.of());
    }

    @Test
    void beadsCoveringEverySegmentInOrderAreAccepted() {
        Alignment alignment = new Alignment("x", "en", "nl", SOURCE, TARGET, List.of(bead(0, 1, 0, 1), bead(1, 2, 1, 2)));
        assertEquals("y", alignment.withName("y").name());
        assertEquals("Two.", alignment.sourceText(alignment.beads().get(1).bead()));
    }

    @Test
    void aLostOrRepeatedSegmentIsRefused() {
        assertThrows(IllegalArgumentException.class,
                () -> new Alignment("x", "en", "nl", SOURCE, TARGET, List.of(bead(0, 1, 0, 1))), "last pair lost");
        assertThrows(IllegalArgumentException.class, () -> new Alignment("x", "en", "nl", SOURCE, TARGET,
                List.of(bead(0, 1, 0, 1), bead(0, 2, 1, 2))), "source 0 twice");
        assertThrows(IllegalArgumentException.class, () -> new Alignment("x", "en", "nl", SOURCE, TARGET,
                List.of(bead(1, 2, 0, 1), bead(0, 1, 1, 2))), "out of order");
    }

    @Test
    void segmentIdsMustBeTheirPositions() {
        List<Segment> gapped = List.of(new Segment(0, "One.", 0), new Segment(5, "Two.", 0));
        assertThrows(IllegalArgumentException.class,
                () -> new Alignment("x", "en", "nl", gapped, TARGET, List.of(bead(0, 1, 0, 1), bead(1, 2, 1, 2))));
    }
}
