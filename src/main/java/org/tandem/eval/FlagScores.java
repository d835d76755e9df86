package org.tandem.eval;

import java.util.EnumMap;
import java.util.Map;

/** Precision, recall and F1 of each flag class, counted over segment ids. */
public record FlagScores(Map<FlagClass, PrecisionRecall> scores) {
    public FlagScores {
        scores = Map.copyOf(scores);
    }

    public static FlagScores compare(FlagIds gold, FlagIds test) {
        Map<FlagClass, PrecisionRecall> scores = new EnumMap<>(FlagClass.class);
        for (FlagClass kind : FlagClass.values()) {
            scores.put(kind, PrecisionRecall.ofSets(test.of(kind), gold.of(kind)));
        }
        return new FlagScores(scores);
    }

    public PrecisionRecall of(FlagClass kind) {
        return scores.get(kind);
    }

    public FlagScores plus(FlagScores other) {
        Map<FlagClass, PrecisionRecall> sum = new EnumMap<>(FlagClass.class);
        for (FlagClass kind : FlagClass.values()) {
            sum.put(kind, of(kind).plus(other.of(kind)));
        }
        return new FlagScores(sum);
    }
}
