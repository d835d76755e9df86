package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.tandem.segment.Segment;

/** Numbers that the other document never writes, in any form. */
class UnmatchedNumbersTest {
    private static List<Boolean> unmatched(List<String> side, List<String> other) {
        LexicalKeys keys = new LexicalKeys(4, Lexicon.EMPTY);
        List<SegmentProfile> profiles = keys.profileSource(NewsPair.segments(side), "de");
        keys.profileTarget(NewsPair.segments(other), "fr");
        return UnmatchedNumbers.mark(profiles, keys.numbers(), NewsPair.segments(other)).stream()
                .map(SegmentProfile::unmatchedNumber).toList();
    }

    @Test
    void aNumberWrittenAnyWayInTheOtherDocumentIsMatched() {
        List<String> german = List.of(
                "Wir hatten das Gebiet um 15.30 Uhr verlassen.",
                "Erst am 12. Juni wurde das Lager bei 4500 m errichtet.",
                "Die Höhe von 8603 m erwies sich als recht gut.",
                "Es gab keine Zahl in diesem Satz.");
        List<String> french = List.of(
                "Nous avions quitté ces lieux vers 15 h 30.",
                "Ce n'est que le 12 juin que le camp fut installé à 4 500 m.",
                "La cote officielle est de 8848 m.");
        assertEquals(List.of(false, false, true, false), unmatched(german, french));
    }

    @Test
    void digitsMatchOnlyAsAWholeNumberOrAcrossTheGapsInsideOne() {
        assertEquals(List.of(true), unmatched(List.of("Es kamen 2000 Menschen."), List.of("Il y avait 2 chiens.")),
                "2000 is not 2");
        assertEquals(List.of(true), unmatched(List.of("Es waren 124 Häuser."), List.of("Le 12 juin, 4 500 m.")),
                "12 and 4 are two numbers, not 124");
        assertEquals(List.of(false), unmatched(List.of("Ruf 0800 555 111 an."), List.of("Appelez le 0800 555 111.")));
    }

    @Test
    void aLongListOfNumbersIsReadAsNumbersNotAsOneEndlessNumber() {
        StringBuilder list = new StringBuilder("Uitslagen: ");
        for (int k = 1; k <= 5_000; k++) {
            list.append(k).append(k < 5_000 ? ", " : ".");
        }
        assertEquals(List.of(false, true), unmatched(List.of("Result 4999.", "Result 70000."), List.of(list.toString())));
    }

    @Test
    void aMergedSegmentWithAnUnmatchedNumberIsLessSupported() {
        SegmentProfile lead = new SegmentProfile(60, 0, new int[] {0, 1, 2}, 1, false, false, false);
        SegmentProfile viewers = new SegmentProfile(41, 0, new int[] {3}, 1, false, false, false);
        List<SegmentProfile> target =
                List.of(new SegmentProfile(70, 0, new int[] {0, 1, 2, 3}, 1, false, false, false));
        float[] weights = {1f, 1f, 1f, 1f};
        AlignmentParameters params = AlignmentParameters.initial(1.1).withDocumentStatistics(1.1, 6.8, 0.3, 1.0);
        double matched = new BeadCostModel(List.of(lead, viewers), target, weights, params, false)
                .mergePenalty(0, 2, 0, 1);
        double unmatched = new BeadCostModel(List.of(lead, viewers.withUnmatchedNumber(true)), target, weights, params,
                false).mergePenalty(0, 2, 0, 1);
        assertEquals(0, matched, 1e-9, "both sentences share words with the target");
        assertTrue(unmatched > 0.5,
                "the second one also holds a number the target document never writes: " + unmatched);
    }
}
