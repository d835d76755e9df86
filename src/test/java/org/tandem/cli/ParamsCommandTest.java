package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParamsCommandTest {
    @Test
    void paramsListsEveryKeyWithDefaultRangeAndReason() {
        Cli.Result result = Cli.run("params");
        assertEquals(0, result.exitCode(), result.err());
        assertTrue(result.out().lines().anyMatch(line -> line.matches(
                "cost\\.disjointPenalty\\s+2\\s+2\\s+0 to 20\\s+pairing segments .*")), result.out());
    }

    @Test
    void aParamsFileShowsItsValuesAndAnUnknownKeyFailsAlignBeforeAnyWork(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("try.properties");
        Files.writeString(file, "cost.openJoin = 2.5\n", StandardCharsets.UTF_8);
        Cli.Result shown = Cli.run("params", "--params", file.toString());
        assertTrue(shown.out().lines().anyMatch(line -> line.matches("cost\\.openJoin\\s+2\\.5\\s+2\\s.*")), shown.out());
        Files.writeString(file, "cost.openJoins = 2.5\n", StandardCharsets.UTF_8);
        Cli.Result bad = Cli.run("align", Cli.SEED_SOURCE.toString(), Cli.SEED_TARGET.toString(), "-o",
                dir.resolve("out").toString(), "--params", file.toString());
        assertEquals(2, bad.exitCode());
        assertTrue(bad.err().contains("unknown parameter 'cost.openJoins' (did you mean cost.openJoin?)"), bad.err());
        assertEquals(1, bad.err().strip().lines().count(), bad.err());
        assertTrue(Files.notExists(dir.resolve("out")) || dir.resolve("out").toFile().list().length == 0);
    }
}
