package org.tandem.eval;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Scores one alignment against its gold: what {@code tandem eval} does. */
public final class Evaluation {
    private Evaluation() {
    }

    /** @param goldFlags the gold-flags file ({@link GoldFlagFile}), or {@code null} to score beads only */
    public static EvalScores compare(Path gold, Path test, Path goldFlags) throws IOException {
        List<LabelledBead> testBeads = AlignmentFile.read(test);
        BeadScores beads = BeadScores.compare(AlignmentFile.beads(AlignmentFile.read(gold)),
                AlignmentFile.beads(testBeads));
        Optional<FlagScores> flags = goldFlags == null ? Optional.empty()
                : Optional.of(FlagScores.compare(FlagIds.ofGold(GoldFlagFile.read(goldFlags)),
                        FlagIds.ofPrediction(testBeads)));
        return new EvalScores(beads, flags);
    }
}
