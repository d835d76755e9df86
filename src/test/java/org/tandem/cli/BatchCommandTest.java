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
