package org.tandem.review.project;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.tandem.flag.Alignment;
import org.tandem.Tandem;
import org.tandem.TandemOptions;
import org.tandem.align.Bead;
import org.tandem.flag.Flag;
import org.tandem.flag.FlagKind;
import org.tandem.flag.FlaggedBead;
import org.tandem.segment.Segment;

/** A small English–Dutch alignment with every bead shape a review meets, and projects made of it. */
public final class ProjectFixture {
    public static final List<String> SOURCE = List.of(
            "The council met on Monday to discuss the new budget.",
            "It approved 42 million euros for schools.",
            "The mayor said the plan was fair.",
            "Critics disagreed with her.",
            "They called it a waste of money.",
            "This sentence was never translated.",
            "The meeting ended at nine.");
    public static final List<String> TARGET = List.of(
            "De gemeenteraad kwam maandag bijeen om de nieuwe begroting te bespreken.",
            "Hij keurde 24 miljoen euro goed voor scholen.",
            "De burgemeester zei dat het plan eerlijk was.",
            "Critici waren het niet met haar eens en noemden het geldverspilling.",
            "Lees ook: ons nieuwe abonnement!",
            "De vergadering eindigde om negen uur.");

    private ProjectFixture() {
    }

    /**
     * Beads: 1 1-1 clean, 2 1-1 number mismatch, 3 1-1 clean, 4 2-1 clean, 5 0-1 addition, 6 1-0
     * omission, 7 1-1 clean.
     */
    public static Alignment alignment() {
        List<FlaggedBead> beads = List.of(
                new FlaggedBead(new Bead(0, 1, 0, 1), 0.9, List.of()),
                new FlaggedBead(new Bead(1, 2, 1, 2), 0.4,
                        List.of(new Flag(FlagKind.NUMBER_MISMATCH, "source has 42 but the target does not"))),
                new FlaggedBead(new Bead(2, 3, 2, 3), 0.9, List.of()),
                new FlaggedBead(new Bead(3, 5, 3, 4), 0.8, List.of()),
                new FlaggedBead(new Bead(5, 5, 4, 5), 0.7,
                        List.of(new Flag(FlagKind.ADDITION, "no source text corresponds to this target text"))),
                new FlaggedBead(new Bead(5, 6, 5, 5), 0.7,
                        List.of(new Flag(FlagKind.OMISSION, "no target text corresponds to this source text"))),
                new FlaggedBead(new Bead(6, 7, 5, 6), 0.9, List.of()));
        return new Alignment("council", "en", "nl", segments(SOURCE), segments(TARGET), beads);
    }

    public static ReviewProject create(Path directory) {
        return ReviewProject.create(ReviewProject.fileFor(directory, "council"), alignment(), "test");
    }

    /** The library aligner, as {@code tandem review} runs it between confirmed beads. */
    public static ReviewProject.GapAligner aligner() {
        Tandem tandem = new Tandem(TandemOptions.defaults().withLanguages("en", "nl"));
        return (source, target) -> tandem.align(source, "en", target, "nl", "council");
    }

    static List<Segment> segments(List<String> texts) {
        List<Segment> segments = new ArrayList<>();
        for (int k = 0; k < texts.size(); k++) {
            segments.add(new Segment(k, texts.get(k), k));
        }
        return segments;
    }
}
