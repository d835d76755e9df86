package org.tandem.write;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.flag.Alignment;
import org.tandem.input.BadInputException;

class AtomicOutputsTest {
    private static final List<OutputFormat> ALL = List.of(OutputFormat.TMX, OutputFormat.CSV, OutputFormat.JSONL);

    @TempDir
    Path temp;

    private final Alignment alignment = SampleAlignment.create();

    @Test
    void writesEveryFormatIntoANewDirectoryAndLeavesNoTempFiles() throws IOException {
        Path dir = temp.resolve("out/nested");
        List<Path> written = new AtomicOutputs("1.0").write(alignment, dir, ALL);

        assertEquals(List.of(dir.resolve("sample.tmx"), dir.resolve("sample.csv"), dir.resolve("sample.jsonl")), written);
        assertEquals(List.of("sample.csv", "sample.jsonl", "sample.tmx"), fileNames(dir));
        for (OutputFormat format : ALL) {
            assertArrayEquals(WriterOutput.bytes(Writers.forFormat(format, "1.0"), alignment),
                    Files.readAllBytes(dir.resolve("sample." + format.extension())));
        }
    }

    @Test
    void replacesOlderOutputAndIgnoresDuplicateFormats() throws IOException {
        Files.writeString(temp.resolve("sample.csv"), "old");
        List<Path> written = new AtomicOutputs("1.0").write(alignment, temp, List.of(OutputFormat.CSV, OutputFormat.CSV));

        assertEquals(List.of(temp.resolve("sample.csv")), written);
        assertArrayEquals(WriterOutput.bytes(new CsvWriter(), alignment), Files.readAllBytes(temp.resolve("sample.csv")));
        assertEquals(List.of("sample.csv"), fileNames(temp));
    }

    @Test
    void aWriterFailingMidwayLeavesNoFilesAndOlderOutputUntouched() throws IOException {
        Files.writeString(temp.resolve("sample.tmx"), "older tmx");
        AtomicOutputs outputs = new AtomicOutputs(format -> format == OutputFormat.CSV
                ? (a, out) -> {
                    out.write("bead,half a row".getBytes(StandardCharsets.UTF_8));
                    throw new IOException("disk full");
                }
                : Writers.forFormat(format, "1.0"));

        IOException failure = assertThrows(IOException.class, () -> outputs.write(alignment, temp, ALL));

        assertEquals("disk full", failure.getMessage());
        assertEquals(List.of("sample.tmx"), fileNames(temp)); // no csv, no jsonl, no temp file
        assertEquals("older tmx", Files.readString(temp.resolve("sample.tmx")));
    }

    @Test
    void anUncheckedFailureCleansUpToo() throws IOException {
        AtomicOutputs outputs = new AtomicOutputs(format -> format == OutputFormat.JSONL
                ? (a, out) -> {
                    throw new IllegalStateException("bug");
                }
                : Writers.forFormat(format, "1.0"));

        assertThrows(IllegalStateException.class, () -> outputs.write(alignment, temp, ALL));
        assertEquals(List.of(), fileNames(temp));
    }

    @Test
    void aFailedWriteRemovesTheDirectoriesItCreated() throws IOException {
        AtomicOutputs outputs = new AtomicOutputs(format -> format == OutputFormat.JSONL
                ? (a, out) -> {
                    throw new IOException("disk full");
                }
                : Writers.forFormat(format, "1.0"));

        assertThrows(IOException.class, () -> outputs.write(alignment, temp.resolve("made/for/this"), ALL));
        assertEquals(List.of(), fileNames(temp));
    }

    @Test
    void aDirectoryUnderARegularFileIsRefusedInPlainWordsBeforeAnythingIsWritten() throws IOException {
        Path file = Files.writeString(temp.resolve("notes.txt"), "a file");
        Path under = file.resolve("out/deeper");

        BadInputException early = assertThrows(BadInputException.class, () -> AtomicOutputs.checkDirectory(under));
        assertEquals("cannot create the output directory " + under + ": " + file + " is a file, not a directory",
                early.getMessage());
        BadInputException onWrite = assertThrows(BadInputException.class,
                () -> new AtomicOutputs("1.0").write(alignment, under, ALL));
        assertEquals(early.getMessage(), onWrite.getMessage());
        assertEquals(List.of("notes.txt"), fileNames(temp));
    }

    @Test
    void anOutputDirectoryThatIsAFileIsRefused() throws IOException {
        Path file = Files.writeString(temp.resolve("out"), "a file");
        BadInputException failure = assertThrows(BadInputException.class, () -> AtomicOutputs.checkDirectory(file));
        assertEquals("cannot write into " + file + ": it is a file, not a directory", failure.getMessage());
    }

    @Test
    void aDirectoryTheFileSystemRefusesIsFoundBeforeAnythingIsWritten() {
        // Linux's /proc lets root (as CI runs) pass every permission check, but holds no directory of ours;
        // anyone else is told it is not writable.
        Path refused = Path.of("/proc/tandem-output-" + ProcessHandle.current().pid());

        BadInputException early = assertThrows(BadInputException.class, () -> AtomicOutputs.checkDirectory(refused));

        assertTrue(List.of("the file system refuses a directory there", "/proc is not writable")
                .contains(early.getMessage().substring(("cannot create the output directory " + refused + ": ").length())),
                early.getMessage());
    }

    @Test
    void checkingADirectoryToBeCreatedCreatesNothing() throws IOException {
        AtomicOutputs.checkDirectory(temp.resolve("not/yet"));
        AtomicOutputs.checkDirectory(temp);
        AtomicOutputs.checkFile(temp.resolve("not/yet/words.tsv"));
        assertEquals(List.of(), fileNames(temp));
        Path directory = Files.createDirectory(temp.resolve("words.tsv"));
        BadInputException failure = assertThrows(BadInputException.class, () -> AtomicOutputs.checkFile(directory));
        assertEquals("cannot write " + directory + ": it is a directory", failure.getMessage());
    }

    @Test
    void writeFileRemovesADirectoryItCreatedWhenTheContentFails() {
        Path file = temp.resolve("new/words.tsv");
        assertThrows(IOException.class, () -> AtomicOutputs.writeFile(file, out -> {
            throw new IOException("no words");
        }));
        assertEquals(List.of(), fileNamesUnchecked(temp));
    }

    @Test
    void refusesANameThatWouldLeaveTheDirectory() {
        Alignment escaping = new Alignment("../evil", "en", "nl", alignment.source(), alignment.target(), alignment.beads());
        assertThrows(IllegalArgumentException.class,
                () -> new AtomicOutputs("1.0").write(escaping, temp, ALL));
    }

    private static List<String> fileNamesUnchecked(Path dir) {
        try {
            return fileNames(dir);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Includes hidden files, so a leftover temp file would show. */
    private static List<String> fileNames(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
