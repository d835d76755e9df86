package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LexiconCommandTest {
    @TempDir
    Path temp;

    /** Twelve pairs in which every noun recurs opposite its translation, with a blank pair in the middle. */
    private Path[] corpus() throws IOException {
        String[][] nouns = {{"farmer", "boer"}, {"horse", "paard"}, {"baker", "bakker"}, {"bread", "brood"}};
        List<String> english = new ArrayList<>();
        List<String> dutch = new ArrayList<>();
        for (String[] a : nouns) {
            for (String[] b : nouns) {
                if (a != b) {
                    english.add("The " + a[0] + " likes the " + b[0] + ".");
                    dutch.add("De " + a[1] + " houdt van het " + b[1] + ".");
                }
            }
            if (a == nouns[1]) {
                english.add("");
                dutch.add("");
            }
        }
        return new Path[] {Cli.write(temp.resolve("tm.en"), String.join("\n", english) + "\n"),
            Cli.write(temp.resolve("tm.nl"), String.join("\n", dutch) + "\n")};
    }

    @Test
    void learnsADictionaryThatAlignReads() throws IOException {
        Path[] tm = corpus();
        Path dictionary = temp.resolve("out/en-nl.tsv");
        Cli.Result result = Cli.run("lexicon", tm[0].toString(), tm[1].toString(), "-o", dictionary.toString(),
                "--source-lang", "en", "--target-lang", "nl");
        assertEquals(0, result.exitCode(), result.toString());
        List<String> lines = Files.readAllLines(dictionary, StandardCharsets.UTF_8);
        assertTrue(lines.contains("farmer\tboer"), lines.toString());
        assertTrue(lines.contains("bread\tbrood"), lines.toString());
        assertTrue(lines.stream().noneMatch(line -> line.endsWith("\tde") || line.endsWith("\thet")), lines.toString());
        assertTrue(result.err().contains("learning from 13 sentence pairs"), result.err());

        Path english = Cli.write(temp.resolve("a.en.txt"), "The farmer likes bread.\nThe baker likes the horse.\n");
        Path dutch = Cli.write(temp.resolve("a.nl.txt"), "De boer houdt van brood.\nDe bakker houdt van het paard.\n");
        Cli.Result aligned = Cli.run("align", english.toString(), dutch.toString(), "--segmented", "-q",
                "--source-lang", "en", "--target-lang", "nl", "--dictionary", dictionary.toString(),
                "-o", temp.resolve("aligned").toString());
        assertEquals(0, aligned.exitCode(), aligned.toString());
    }

    @Test
    void aCorpusTooSmallToLearnFromIsBadInputAndWritesNothing() throws IOException {
        Path english = Cli.write(temp.resolve("one.en"), "The farmer sells the horse.\n");
        Path dutch = Cli.write(temp.resolve("one.nl"), "De boer verkoopt het paard.\n");
        Cli.Result result = Cli.run("lexicon", english.toString(), dutch.toString(), "-o",
                temp.resolve("out/en-nl.tsv").toString(), "--source-lang", "en", "--target-lang", "nl");
        assertEquals(2, result.exitCode(), result.toString());
        assertTrue(result.err().contains("give a larger parallel corpus"), result.err());
        assertEquals(List.of(), Cli.listing(temp.resolve("out")));
    }

    @Test
    void filesOfDifferentLengthAreBadInputAndWriteNothing() throws IOException {
        Path[] tm = corpus();
        Path shorter = Cli.write(temp.resolve("short.nl"), "De boer houdt van het paard.\n");
        Path dictionary = temp.resolve("out/en-nl.tsv");
        Cli.Result result = Cli.run("lexicon", tm[0].toString(), shorter.toString(), "-o", dictionary.toString(),
                "--source-lang", "en", "--target-lang", "nl");
        assertEquals(2, result.exitCode(), result.toString());
        assertEquals(1, result.errLines().size(), result.toString());
        assertTrue(result.err().startsWith("tandem: "), result.err());
        assertEquals(List.of(), Cli.listing(temp.resolve("out")));
    }
}
