package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Help for every command, and {@code tandem segment}. */
class HelpAndSegmentTest {
    private static final List<String> DUTCH = List.of(
            "De vergadering werd o.a. bijgewoond door dhr. Jansen en de burgemeester van het dorp.",
            "Daarna sprak dhr. De Vries o.a. over de nieuwe brug over de rivier.",
            "Iedereen was het daarmee eens.");

    @TempDir
    Path temp;

    @Test
    void topLevelHelp() {
        Cli.Result result = Cli.runMain("--help");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("Usage: tandem"), result.out());
        assertTrue(result.out().contains("align") && result.out().contains("segment"), result.out());
        assertEquals("", result.err());
    }

    @Test
    void alignHelp() {
        Cli.Result result = Cli.runMain("align", "--help");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("Usage: tandem align"), result.out());
        for (String option : List.of("--output", "--name", "--source-lang", "--target-lang", "--formats",
                "--segmented", "--encoding", "--quiet")) {
            assertTrue(result.out().contains(option), option);
        }
        assertEquals("", result.err());
    }

    @Test
    void segmentHelp() {
        Cli.Result result = Cli.runMain("segment", "--help");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("Usage: tandem segment"), result.out());
        assertTrue(result.out().contains("--lang"), result.out());
        assertEquals("", result.err());
    }

    @Test
    void helpSubcommand() {
        Cli.Result result = Cli.runMain("help", "align");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("Usage: tandem align"), result.out());
    }

    @Test
    void versionNamesTandem() {
        Cli.Result result = Cli.runMain("--version");
        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("tandem "), result.out());
    }

    @Test
    void segmentPrintsOneSentencePerLineAndKeepsAbbreviations() throws IOException {
        Path file = Cli.write(temp.resolve("vergadering.txt"), String.join(" ", DUTCH) + "\n");
        Cli.Result result = Cli.run("segment", file.toString(), "--lang", "nl");
        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(DUTCH, result.outLines());
        assertEquals("", result.err());
    }

    @Test
    void segmentRejectsAMissingFile() {
        Cli.Result result = Cli.run("segment", temp.resolve("missing.txt").toString(), "--lang", "nl");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(1, result.errLines().size(), result::toString);
        assertTrue(result.err().startsWith("tandem: missing.txt: no such file"), result::toString);
        assertEquals("", result.out());
    }

    /**
     * The real process, as a user runs it: stdout must hold the segments and nothing else, stderr nothing.
     * A fresh JVM, because logging back-ends announce themselves once per JVM.
     */
    @Test
    void realProcessWritesOnlySegmentsToStdout() throws IOException, InterruptedException {
        Path file = Cli.write(temp.resolve("vergadering.txt"), String.join(" ", DUTCH) + "\n");
        Path stdout = temp.resolve("stdout.txt");
        Path stderr = temp.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                Main.class.getName(), "segment", file.toString(), "--lang", "nl"));
        Process process = new ProcessBuilder(command).redirectOutput(stdout.toFile()).redirectError(stderr.toFile())
                .start();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "finished");
        assertEquals(0, process.exitValue(), () -> read(stderr));
        assertEquals(DUTCH, Files.readAllLines(stdout, StandardCharsets.UTF_8));
        assertEquals("", read(stderr));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            return e.toString();
        }
    }
}
