package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BatchCommandTest {
    @TempDir
    Path folder;

    @Test
    void foldersArePairedTheUnpairedReportedAndTheCorpusWritten() throws IOException {
        Files.createDirectories(folder.resolve("en/news"));
        Files.createDirectories(folder.resolve("nl/news"));
        Cli.write(folder.resolve("en/news/a.txt"), SmallTexts.englishParagraph());
        Cli.write(folder.resolve("nl/news/a.html"), "<html><body><p>" + SmallTexts.dutchParagraph() + "</p></body></html>");
        Cli.write(folder.resolve("en/lonely.txt"), SmallTexts.englishParagraph());
        Cli.Result result = Cli.run("batch", "--source-dir", folder.resolve("en").toString(), "--target-dir",
                folder.resolve("nl").toString(), "-o", folder.resolve("out").toString(), "--source-lang", "en",
                "--target-lang", "nl", "--threads", "2", "--formats", "jsonl");
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.err().contains("tandem: unpaired: " + folder.resolve("en/lonely.txt") + ": no target file lonely.*"),
                result.toString());
        assertTrue(result.err().contains("batch: 1/1 documents"), result.toString());
        assertTrue(result.out().startsWith("documents: 1 (1 aligned, 0 up to date, 0 failed)\nlexicon:   one pass"), result.toString());
        assertEquals(6, Cli.readJsonl(folder.resolve("out/documents/news/a.jsonl")).size());
        assertTrue(Files.isRegularFile(folder.resolve("out/documents/news/a.tmx")));
        assertTrue(Files.readString(folder.resolve("out/batch-report.tsv")).contains("\nnews/a\taligned\ten\tnl\t6\t6\t6\t"));
    }

    @Test
    void theLexiconPassMinimumIsATunedNumberThatParamsSetsAndTheLexiconKeyHolds() throws IOException {
        Files.createDirectories(folder.resolve("en"));
        Files.createDirectories(folder.resolve("nl"));
        Cli.write(folder.resolve("en/a.txt"), SmallTexts.englishParagraph());
        Cli.write(folder.resolve("nl/a.txt"), SmallTexts.dutchParagraph());
        Cli.Result listed = Cli.run("params");
        assertTrue(listed.out().lines().anyMatch(line -> line.matches("batch\\.lexiconPassFrom +16 +16 .*")), listed.toString());
        Path params = Cli.write(folder.resolve("p.properties"), "batch.lexiconPassFrom = 1\n");
        String[] command = {"batch", "--source-dir", folder.resolve("en").toString(), "--target-dir",
            folder.resolve("nl").toString(), "-o", folder.resolve("out").toString(), "--source-lang", "en",
            "--target-lang", "nl", "--formats", "jsonl", "--params", params.toString()};
        Cli.Result result = Cli.run(command);
        assertEquals(0, result.exitCode(), result.toString());
        assertTrue(result.out().contains("\nlexicon:   two passes"), result.toString());

        // A pair to align again: with the same settings the saved lexicon serves; with another tuned
        // number it is learned again, since it is for other settings.
        Files.delete(folder.resolve("out/documents/a.jsonl"));
        Cli.Result same = Cli.run(command);
        assertEquals(0, same.exitCode(), same.toString());
        assertTrue(same.err().contains("reusing the lexicon"), same.toString());
        Files.delete(folder.resolve("out/documents/a.jsonl"));
        Cli.write(params, "batch.lexiconPassFrom = 1\ncost.disjointPenalty = 2.5\n");
        Cli.Result other = Cli.run(command);
        assertEquals(0, other.exitCode(), other.toString());
        assertTrue(other.err().contains("pass 1 of 2"), other.toString());
        assertTrue(!other.err().contains("reusing the lexicon"), other.toString());
    }

    @Test
    void theInputIsAManifestOrTwoFoldersNeverBoth() {
        Cli.Result both = Cli.run("batch", "--manifest", "m.tsv", "--source-dir", "a", "--target-dir", "b", "-o", "out");
        assertEquals(2, both.exitCode(), both.toString());
        assertTrue(both.err().contains("mutually exclusive"), both.toString());
        Cli.Result neither = Cli.run("batch", "-o", "out");
        assertEquals(2, neither.exitCode(), neither.toString());
        Cli.Result threads = Cli.run("batch", "--manifest", folder.resolve("m.tsv").toString(), "-o",
                folder.resolve("out").toString(), "--threads", "0");
        assertEquals(2, threads.exitCode(), threads.toString());
        assertTrue(threads.err().contains("--threads must be at least 1"), threads.toString());
    }
}
