package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** The nothing-lost invariant of an alignment. */
public final class BeadInvariants {
    private BeadInvariants() {
    }

    /**
     * Beads are contiguous and monotone from (0,0) to (n,m), each non-empty and of an allowed shape,
     * so every source and target segment lies in exactly one bead, in order.
     */
    public static void assertCovers(List<Bead> beads, int n, int m, int maxPerSide) {
        int i = 0;
        int j = 0;
        int[] sourceSeen = new int[n];
        int[] targetSeen = new int[m];
        for (Bead bead : beads) {
            if (bead.sourceStart() != i || bead.targetStart() != j) {
                fail("bead " + bead + " does not start where the previous one ended (" + i + "," + j + ")");
            }
            assertTrue(bead.sourceCount() + bead.targetCount() > 0, "empty bead " + bead);
            assertTrue(bead.sourceCount() <= maxPerSide && bead.targetCount() <= maxPerSide,
                    "bead " + bead + " exceeds " + maxPerSide + " segments per side");
            for (int k = bead.sourceStart(); k < bead.sourceEnd(); k++) {
                sourceSeen[k]++;
            }
            for (int k = bead.targetStart(); k < bead.targetEnd(); k++) {
                targetSeen[k]++;
            }
            i = bead.sourceEnd();
            j = bead.targetEnd();
        }
        assertEquals(n, i, "source segments left out at the end");
        assertEquals(m, j, "target segments left out at the end");
        for (int k = 0; k < n; k++) {
            assertEquals(1, sourceSeen[k], "source segment " + k);
        }
        for (int k = 0; k < m; k++) {
            assertEquals(1, targetSeen[k], "target segment " + k);
        }
    }
}
