package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Ctrl-C on a real {@code tandem align} process, as a user presses it: once while the outputs are being
 * written, once during the alignment. Either way the process exits with 130 and one line that says
 * so, no temporary file is left and the output directory, which the run had to create, is gone.
 *
 * <p>The process is the CLI's main class on the test class path (the packaged jar holds the same
 * classes; {@code .ci/run} repeats the first case with {@code ./tandem} and the jar). It is started
 * through {@code env --default-signal=INT}, because a process started from a background job inherits
 * SIGINT ignored, and a JVM that finds SIGINT ignored keeps ignoring it.
 */
class InterruptTest {
    /** Copies of the seed pair in one document: long enough that writing the outputs takes a moment. */
    private static final int COPIES = 6;

    @TempDir
    Path temp;

    Path source;
    Path target;
    Path output;

    @BeforeEach
    void setUp() throws IOException {
        source = repeated(Cli.SEED_SOURCE, temp.resolve("long.en.txt"));
        target = repeated(Cli.SEED_TARGET, temp.resolve("long.nl.txt"));
        output = temp.resolve("new").resolve("out");
    }

    @Test
    void ctrlCWhileWritingLeavesNoTemporaryFileAndNoNewDirectory() throws Exception {
        Path stderr = temp.resolve("stderr.txt");
        Process process = start(ProcessBuilder.Redirect.to(stderr.toFile()));
        boolean sawTemporaryFile = false;
        while (process.isAlive() && !sawTemporaryFile) {
            sawTemporaryFile = hasTemporaryFile(output);
            if (!sawTemporaryFile) {
                Thread.sleep(1);
            }
        }
        if (!sawTemporaryFile) {
            fail("the run ended before it wrote anything: exit " + process.waitFor() + "\n" + Files.readString(stderr));
        }
        interrupt(process);

        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the process did not stop");
        List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        assertEquals(130, process.exitValue(), String.join("\n", lines));
        assertEquals(Main.INTERRUPTED, lines.get(lines.size() - 1), String.join("\n", lines));
        assertNothingLeft();
    }

    @Test
    void ctrlCDuringTheAlignmentLeavesNothing() throws Exception {
        List<String> lines = new CopyOnWriteArrayList<>();
        Process process = start(ProcessBuilder.Redirect.PIPE);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(process.getErrorStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("reading stderr failed: " + e);
            }
        });
        reader.start();
        // Progress reports the segment counts just before the alignment starts.
        while (process.isAlive() && lines.stream().noneMatch(line -> line.contains("segments"))) {
            Thread.sleep(1);
        }
        assertTrue(process.isAlive(), () -> "the run ended before it aligned:\n" + String.join("\n", lines));
        interrupt(process);

        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the process did not stop");
        reader.join(10_000);
        assertEquals(130, process.exitValue(), () -> String.join("\n", lines));
        assertFalse(lines.stream().anyMatch(line -> line.startsWith("tandem: aligned")), () -> String.join("\n", lines));
        assertEquals(Main.INTERRUPTED, lines.get(lines.size() - 1), () -> String.join("\n", lines));
        assertNothingLeft();
    }

    private Process start(ProcessBuilder.Redirect stderr) throws IOException {
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "align", source.toString(), target.toString(), "-o", output.toString(),
                "--source-lang", "en", "--target-lang", "nl"));
        return new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).redirectError(stderr)
                .start();
    }

    private static void interrupt(Process process) throws Exception {
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -INT failed");
    }

    /** The inputs and the captured stderr only: the new directories are gone with everything in them. */
    private void assertNothingLeft() throws IOException {
        assertFalse(Files.exists(temp.resolve("new")), () -> "left behind: " + listAll(temp.resolve("new")));
        try (Stream<Path> files = Files.list(temp)) {
            assertTrue(files.allMatch(file -> file.getFileName().toString().matches("long\\.(en|nl)\\.txt|stderr\\.txt")),
                    () -> "left behind: " + listAll(temp));
        }
    }

    private static boolean hasTemporaryFile(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.anyMatch(file -> file.getFileName().toString().endsWith(".tmp"));
        } catch (java.nio.file.NoSuchFileException gone) {
            return false;
        }
    }

    private static List<String> listAll(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.map(Path::toString).toList();
        } catch (IOException e) {
            return List.of(e.toString());
        }
    }

    private static Path repeated(Path seed, Path copy) throws IOException {
        String text = Files.readString(seed, StandardCharsets.UTF_8).strip();
        return Files.writeString(copy, String.join("\n\n", java.util.Collections.nCopies(COPIES, text)) + "\n",
                StandardCharsets.UTF_8);
    }
}
