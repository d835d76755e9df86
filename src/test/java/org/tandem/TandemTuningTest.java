package org.tandem;

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
import org.tandem.align.TunedValue;
import org.tandem.flag.CoverageTuning;
import org.tandem.flag.FlagTuning;
import org.tandem.input.BadInputException;

class TandemTuningTest {
    @Test
    void everyStageListsItsNumbersUnderUniqueKeysWithinTheirRanges() {
        List<TunedValue> values = TandemTuning.defaults().describe();
        assertEquals(values.size(), new HashSet<>(values.stream().map(TunedValue::key).toList()).size());
        assertTrue(values.stream().anyMatch(v -> v.key().equals("cost.disjointPenalty")));
        assertTrue(values.stream().anyMatch(v -> v.key().equals("wordalign.iterations")));
        assertTrue(values.stream().anyMatch(v -> v.key().equals("flag.coverage.minRun")));
        for (TunedValue value : values) {
            assertTrue(value.min() <= value.defaultValue() && value.defaultValue() <= value.max(), value.toString());
            assertTrue(value.reason().length() > 10, value.key());
        }
    }

    @Test
    void overridesReachEachStageAndUnknownKeysAreNamed() {
        TandemTuning tuned = TandemTuning.defaults().withOverrides(Map.of("flag.coverage.minRun", "7",
                "wordalign.tension", "2.5", "cost.openJoin", "2.5"));
        assertEquals(7, tuned.flagging().coverage().minRun());
        assertEquals(CoverageTuning.defaults().faithfulQuantile(), tuned.flagging().coverage().faithfulQuantile());
        assertEquals(2.5, tuned.flagging().words().tension());
        assertEquals(2.5, tuned.aligner().cost().openJoin());
        IllegalArgumentException typo = assertThrows(IllegalArgumentException.class,
                () -> TandemTuning.defaults().withOverrides(Map.of("flag.coverage.minRuns", "7")));
        assertTrue(typo.getMessage().contains("unknown parameter 'flag.coverage.minRuns' (did you mean flag.coverage.minRun?)"),
                typo.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> TandemTuning.defaults().withOverrides(Map.of("flag.coverage.minRun", "2.5")));
        assertEquals(FlagTuning.defaults(), TandemOptions.defaults().tuning().flagging());
        assertEquals(tuned, TandemOptions.defaults().withTuning(tuned).tuning());
    }

    @Test
    void aRenderedFileReadsBack(@TempDir Path dir) throws IOException {
        TandemTuning tuned = TandemTuning.defaults().withOverrides(Map.of("flag.score.flagDiscount", "0.5"));
        Path file = dir.resolve("t.properties");
        Files.writeString(file, tuned.render(), StandardCharsets.UTF_8);
        assertEquals(tuned, TandemTuning.read(file));
        Files.writeString(file, "flag.names.keptShares = 1\n", StandardCharsets.UTF_8);
        BadInputException bad = assertThrows(BadInputException.class, () -> TandemTuning.read(file));
        assertTrue(bad.getMessage().startsWith(file + ": unknown parameter 'flag.names.keptShares'"), bad.getMessage());
    }
}
