package org.tandem.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.flag.FlagKind;

/** The wrong stretches of an alignment: both alignments' beads there and every segment's text. */
class BeadErrorsTest {
    private static final List<String> SOURCE = List.of("One.", "Two.", "Three.", "Four.");
    private static final List<String> TARGET = List.of("Een.", "Drie.", "Vier.", "Extra.");
    private static final List<IdBead> GOLD = List.of(bead(List.of(0), List.of(0)), bead(List.of(1), List.of()),
            bead(List.of(2), List.of(1)), bead(List.of(3), List.of(2)), bead(List.of(), List.of(3)));

    private static IdBead bead(List<Integer> source, List<Integer> target) {
        return new IdBead(source, target);
    }

    @Test
    void aMissedOmissionAndAMissedAdditionAreListedWithTheirTexts() {
        List<LabelledBead> test = List.of(new LabelledBead(GOLD.get(0), List.of()),
                new LabelledBead(bead(List.of(1, 2), List.of(1)), List.of(FlagKind.LENGTH_RATIO)),
                new LabelledBead(bead(List.of(3), List.of(2, 3)), List.of()));
        assertEquals("""
                == doc
                   gold:   [1]:[]  [2]:[1]
                   tandem: [1, 2]:[1] (length-ratio)
                   S1: Two.
                   S2: Three.
                   T1: Drie.
                == doc
                   gold:   [3]:[2]  []:[3]
                   tandem: [3]:[2, 3]
                   S3: Four.
                   T2: Vier.
                   T3: Extra.
                """, BeadErrors.describe("doc", GOLD, test, SOURCE, TARGET));
    }

    @Test
    void aRightAlignmentHasNoErrors() {
        List<LabelledBead> test = GOLD.stream().map(bead -> new LabelledBead(bead, List.of())).toList();
        assertEquals("", BeadErrors.describe("doc", GOLD, test, SOURCE, TARGET));
    }
}
