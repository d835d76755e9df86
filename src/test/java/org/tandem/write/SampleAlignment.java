package org.tandem.write;

import java.util.ArrayList;
import java.util.List;

import org.tandem.align.Bead;
import org.tandem.flag.Alignment;
import org.tandem.flag.Flag;
import org.tandem.flag.FlagKind;
import org.tandem.flag.FlaggedBead;
import org.tandem.segment.Segment;

/** Small hand-made alignments whose texts exercise every escaping rule of the three formats. */
final class SampleAlignment {
    static final String BELL = "\u0007";

    private SampleAlignment() {
    }

    /**
     * Beads: 1-1 flagged, 2-1 unflagged, 1-0 omission, 0-1 addition, 1-1 with two flags and a
     * control character.
     */
    static Alignment create() {
        List<Segment> source = List.of(
                new Segment(0, "Prices rose by 5 % in <2024> & \"beyond\".", 0),
                new Segment(1, "Kyiv, Ukraine's capital,", 1),
                new Segment(2, "was quiet.\nThen “quotes” appeared.", 1),
                new Segment(3, "This sentence was dropped.", 2),
                new Segment(4, "=SUM(A1) rang the bell" + BELL + ".", 3));
        List<Segment> target = List.of(
                new Segment(0, "De prijzen stegen met 6 % in <2024> & \"verder\".", 0),
                new Segment(1, "Kiev, de hoofdstad van Oekraïne, was rustig. Toen verschenen “aanhalingstekens”.", 1),
                new Segment(2, "Een toegevoegde zin, met komma's; en 'quotes'.", 2),
                new Segment(3, "=SUM(A1) luidde de bel" + BELL + ".", 3));
        List<FlaggedBead> beads = List.of(
                new FlaggedBead(new Bead(0, 1, 0, 1), 0.4567,
                        List.of(new Flag(FlagKind.NUMBER_MISMATCH, "source has 5, target has 6"))),
                new FlaggedBead(new Bead(1, 3, 1, 2), 0.9, List.of()),
                new FlaggedBead(new Bead(3, 4, 2, 2), 0.0,
                        List.of(new Flag(FlagKind.OMISSION, "no translation for \"This sentence…\""))),
                new FlaggedBead(new Bead(4, 4, 2, 3), 0.1,
                        List.of(new Flag(FlagKind.ADDITION, "not in the source <added>"))),
                new FlaggedBead(new Bead(4, 5, 3, 4), 1.0,
                        List.of(new Flag(FlagKind.LENGTH_RATIO, "ratio 1.9 & rising"),
                                new Flag(FlagKind.UNTRANSLATED, "looks, like English"))));
        return new Alignment("sample", "en", "nl", source, target, beads);
    }

    /** {@code count} 1-1 beads with realistic sentence lengths, every third one flagged. */
    static Alignment large(int count) {
        List<Segment> source = new ArrayList<>(count);
        List<Segment> target = new ArrayList<>(count);
        List<FlaggedBead> beads = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            source.add(new Segment(i, "Sentence number " + i + " talks about Ukraine, <tags> & \"quotes\".", i / 5));
            target.add(new Segment(i, "Zin nummer " + i + " gaat over Oekraïne, <tags> & “aanhalingstekens”.", i / 5));
            List<Flag> flags = i % 3 == 0
                    ? List.of(new Flag(FlagKind.LOW_SIMILARITY, "similarity 0.12 below 0.30"))
                    : List.of();
            beads.add(new FlaggedBead(new Bead(i, i + 1, i, i + 1), (i % 1000) / 1000.0, flags));
        }
        return new Alignment("large", "en", "nl", source, target, beads);
    }

    /**
     * Decisions on {@link #create()}'s five beads: confirmed with an edit and a dismissed flag, open,
     * an omission with its flag accepted, a rejected addition with a note, and one flag of two dismissed.
     */
    static Review review(Review.Scope scope) {
        return new Review(List.of(
                new BeadDecision(ReviewStatus.CONFIRMED, "", "De prijzen stegen met 5 % in <2024> & \"verder\".",
                        List.of(FlagVerdict.DISMISSED), List.of("6 is a typo & <nothing> more")),
                new BeadDecision(ReviewStatus.OPEN, "", null, List.of(), List.of()),
                new BeadDecision(ReviewStatus.CONFIRMED, "", null, List.of(FlagVerdict.ACCEPTED), List.of("")),
                new BeadDecision(ReviewStatus.REJECTED, "an <ad>", null, List.of(FlagVerdict.OPEN), List.of("")),
                new BeadDecision(ReviewStatus.OPEN, "check \"this\"", null, List.of(FlagVerdict.DISMISSED, FlagVerdict.OPEN),
                        List.of("", ""))), scope);
    }
}
