package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Same inputs, same bytes: across runs, and against the alignments committed in the project. */
class ReproducibilityTest {
    private static final List<String> EXTENSIONS = List.of("tmx", "csv", "jsonl", "xlf", "html");

    @TempDir
    Path temp;

    @Test
    void twoRunsWriteIdenticalBytes() throws IOException {
        Path first = temp.resolve("first");
        Path second = temp.resolve("second");
        for (Path out : List.of(first, second)) {
            Cli.Result result = Cli.run("align", "-q", Cli.SEED_SOURCE.toString(), Cli.SEED_TARGET.toString(),
                    "-o", out.toString());
            assertEquals(0, result.exitCode(), result::toString);
        }
        for (String ext : EXTENSIONS) {
            String file = Cli.SEED_NAME + "." + ext;
            assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)), file);
        }
    }

    /**
     * {@code tandem align -o DIR} without files aligns the seed pair (relative to TANDEM_HOME, else the
     * working directory, which is the project root under Maven) and must reproduce what is committed.
     */
    @Test
    void seedRunWithoutFilesEqualsTheCommittedAlignments() throws IOException {
        Path committed = TandemHome.directory().resolve("alignments");
        for (String ext : EXTENSIONS) {
            assumeTrue(Files.isRegularFile(committed.resolve(Cli.SEED_NAME + "." + ext)),
                    "no committed alignments/" + Cli.SEED_NAME + "." + ext);
        }
        Path out = temp.resolve("fresh");
        Cli.Result result = Cli.run("align", "-q", "-o", out.toString());
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of(Cli.SEED_NAME + ".csv", Cli.SEED_NAME + ".html", Cli.SEED_NAME + ".jsonl",
                Cli.SEED_NAME + ".tmx", Cli.SEED_NAME + ".xlf"),
                Cli.listing(out));
        for (String ext : EXTENSIONS) {
            String file = Cli.SEED_NAME + "." + ext;
            List<String> expected = Files.readAllLines(committed.resolve(file));
            List<String> actual = Files.readAllLines(out.resolve(file));
            // Line-wise first: a failure then names the first differing bead instead of a byte offset.
            for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
                assertEquals(expected.get(i), actual.get(i), file + " line " + (i + 1)
                        + " differs from the committed alignments/ (regenerate them with ./tandem align?)");
            }
            assertArrayEquals(Files.readAllBytes(committed.resolve(file)), Files.readAllBytes(out.resolve(file)), file);
        }
    }
}
