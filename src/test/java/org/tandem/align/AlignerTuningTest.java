package org.tandem.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.input.BadInputException;

class AlignerTuningTest {
    @Test
    void everyTunedNumberHasAUniqueKeyADefaultInsideItsRangeAndAReason() {
        List<TunedValue> values = AlignerTuning.defaults().describe();
        assertTrue(values.size() >= 35, "all four groups: " + values.size());
        assertEquals(values.size(), new HashSet<>(values.stream().map(TunedValue::key).toList()).size());
        for (TunedValue value : values) {
            assertTrue(value.min() <= value.defaultValue() && value.defaultValue() <= value.max(), value.toString());
            assertEquals(value.defaultValue(), value.value(), value.key());
            assertTrue(value.reason().length() > 10, value.key());
        }
    }

    @Test
    void anOverrideReplacesOneNumberAndLeavesTheRest() {
        AlignerTuning tuned = AlignerTuning.defaults().withOverrides(
                Map.of("cost.disjointPenalty", "2.5", "passes.initialBand", "20"));
        assertEquals(2.5, tuned.cost().disjointPenalty());
        assertEquals(20, tuned.passes().initialBand());
        assertEquals(CostTuning.defaults().openJoin(), tuned.cost().openJoin());
        assertEquals(PriorTuning.defaults(), tuned.priors());
    }

    @Test
    void unknownKeysBadNumbersAndOutOfRangeValuesAreRejectedByName() {
        AlignerTuning defaults = AlignerTuning.defaults();
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> defaults.withOverrides(Map.of("cost.disjointPenality", "3")));
        assertTrue(typo.getMessage().contains("unknown parameter 'cost.disjointPenality'"), typo.getMessage());
        IllegalArgumentException group = assertThrows(IllegalArgumentException.class,
                () -> defaults.withOverrides(Map.of("costs.openJoin", "3")));
        assertTrue(group.getMessage().contains("did you mean cost.openJoin?"), group.getMessage());
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> defaults.withOverrides(Map.of("cost.openJoin", "two"))).getMessage().contains("not a number"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> defaults.withOverrides(Map.of("cost.openJoin", "-1"))).getMessage().contains("outside its range"));
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> defaults.withOverrides(Map.of("passes.initialBand", "2.5"))).getMessage().contains("whole number"));
    }

    @Test
    void aRenderedFileReadsBackToTheSameNumbers(@TempDir Path dir) throws IOException {
        AlignerTuning tuned = AlignerTuning.defaults().withOverrides(Map.of("priors.nullCost", "3.75"));
        Path file = dir.resolve("tuning.properties");
        Files.writeString(file, TuningFile.render(tuned), StandardCharsets.UTF_8);
        assertEquals(tuned, TuningFile.read(file));
        Files.writeString(file, "lexicon.minTogether = 3\nlexicon.maxPair = 5\n", StandardCharsets.UTF_8);
        BadInputException bad = assertThrows(BadInputException.class, () -> TuningFile.read(file));
        assertTrue(bad.getMessage().startsWith(file + ": unknown parameter 'lexicon.maxPair'"), bad.getMessage());
    }

    @Test
    void anOverrideChangesTheAlignment() {
        List<String> en = NewsPair.EN;
        List<String> nl = NewsPair.without(NewsPair.NL, 5);
        AlignerOptions usual = AlignerOptions.defaults();
        AlignerOptions noNullCost = usual.withTuning(usual.tuning().withOverrides(Map.of("priors.nullCost", "0")));
        long usualOmissions = AlignerTest.align(usual, en, nl).stream().filter(Bead::isOmission).count();
        long freeOmissions = AlignerTest.align(noNullCost, en, nl).stream().filter(Bead::isOmission).count();
        assertEquals(1, usualOmissions);
        assertTrue(freeOmissions > usualOmissions, "leaving segments out costs nothing: " + freeOmissions);
    }
}
