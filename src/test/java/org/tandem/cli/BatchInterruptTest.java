package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.TandemOptions;
import org.tandem.batch.BatchAligner;
import org.tandem.batch.BatchCorpus;
import org.tandem.batch.BatchLexicon;
import org.tandem.batch.BatchOptions;
import org.tandem.write.OutputFormat;

/**
 * Ctrl-C on a real {@code tandem batch} process halfway through its second pass: it exits with 130 and
 * the line that says so, leaves no temporary file and no pair with only some of its files, and the same
 * command again aligns only the pairs it had not finished, to the files of an uninterrupted batch.
 * Started as {@link InterruptTest} starts {@code align}, and for the same reasons.
 */
class BatchInterruptTest {
    private static final int PAIRS = 16;

    @TempDir
    Path temp;

    @Test
    void ctrlCLeavesWholePairsOnlyAndTheRerunFinishesTheBatch() throws Exception {
        Path manifest = BatchCorpus.write(temp.resolve("corpus"), PAIRS);
        Path output = temp.resolve("out");
        Path documents = output.resolve("documents");
        Path stderr = temp.resolve("stderr.txt");
        Process process = start(manifest, output, stderr);
        // The second pass writes each pair's files as it finishes it; the first writes none.
        while (process.isAlive() && count(documents, ".jsonl") < 2) {
            Thread.sleep(1);
        }
        if (!process.isAlive()) {
            fail("the batch ended before it was interrupted: exit " + process.waitFor() + "\n" + Files.readString(stderr));
        }
        Process kill = new ProcessBuilder("kill", "-INT", Long.toString(process.pid())).inheritIO().start();
        assertEquals(0, kill.waitFor(), "kill -INT failed");

        assertTrue(process.waitFor(2, TimeUnit.MINUTES), "the process did not stop");
        List<String> lines = Files.readAllLines(stderr, StandardCharsets.UTF_8);
        assertEquals(130, process.exitValue(), String.join("\n", lines));
        assertEquals(Main.INTERRUPTED, lines.get(lines.size() - 1), String.join("\n", lines));
        try (Stream<Path> files = Files.walk(output)) {
            List<Path> temporary = files.filter(file -> file.getFileName().toString().endsWith(".tmp")).toList();
            assertEquals(List.of(), temporary);
        }
        int finished = count(documents, ".jsonl");
        assertTrue(finished < PAIRS, "the batch was stopped halfway, not at its end");
        for (OutputFormat format : List.of(OutputFormat.TMX, OutputFormat.JSONL)) {
            assertEquals(finished, count(documents, "." + format.extension()), "every finished pair has all its files: " + format);
        }

        Process rerun = start(manifest, output, stderr);
        assertTrue(rerun.waitFor(5, TimeUnit.MINUTES), "the rerun did not end");
        assertEquals(0, rerun.exitValue(), Files.readString(stderr));
        String summary = Files.readString(temp.resolve("stdout.txt"));
        assertTrue(summary.startsWith("documents: " + PAIRS + " (" + (PAIRS - finished) + " aligned, " + finished
                + " up to date, 0 failed)"), summary);

        Path uninterrupted = temp.resolve("uninterrupted");
        TandemOptions options = BatchLexicon.withMinimumPairs(TandemOptions.defaults().withLanguages("en", "nl"), 0);
        new BatchAligner(options, BatchOptions.defaults(uninterrupted).withThreads(2).withFormats(Set.of(OutputFormat.JSONL)), line -> { })
                .run(org.tandem.batch.Manifest.read(manifest));
        Map<String, byte[]> expected = files(uninterrupted);
        Map<String, byte[]> resumed = files(output);
        assertEquals(expected.keySet(), resumed.keySet());
        for (String name : expected.keySet()) {
            if (name.equals("batch-report.tsv")) {
                // The status says which run aligned the pair, and the seconds differ.
                assertEquals(report(expected.get(name)), report(resumed.get(name)));
            } else {
                assertArrayEquals(expected.get(name), resumed.get(name), name);
            }
        }
    }

    private Process start(Path manifest, Path output, Path stderr) throws IOException {
        List<String> command = new ArrayList<>(List.of("env", "--default-signal=INT",
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                "-cp", System.getProperty("java.class.path"), Main.class.getName(),
                "batch", "--manifest", manifest.toString(), "-o", output.toString(), "--threads", "2",
                "--source-lang", "en", "--target-lang", "nl", "--lexicon-pass-from", "0", "--formats", "jsonl"));
        return new ProcessBuilder(command).redirectOutput(temp.resolve("stdout.txt").toFile())
                .redirectError(stderr.toFile()).start();
    }

    private static int count(Path folder, String extension) throws IOException {
        if (!Files.isDirectory(folder)) {
            return 0;
        }
        try (Stream<Path> files = Files.list(folder)) {
            return (int) files.filter(file -> file.getFileName().toString().endsWith(extension)).count();
        }
    }

    private static Map<String, byte[]> files(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        try (Stream<Path> all = Files.walk(root)) {
            for (Path file : all.filter(Files::isRegularFile).toList()) {
                files.put(root.relativize(file).toString(), Files.readAllBytes(file));
            }
        }
        return files;
    }

    /** The report without the status and seconds columns. */
    private static List<String> report(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8).lines().map(line -> {
            List<String> cells = new ArrayList<>(List.of(line.split("\t", -1)));
            cells.remove(cells.size() - 2);
            cells.remove(1);
            return String.join("\t", cells);
        }).toList();
    }
}
