package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import com.fasterxml.jackson.databind.JsonNode;

/** {@code tandem align SOURCE TARGET} end to end: files written, summary printed, options honoured. */
class AlignCommandTest {
    @TempDir
    Path temp;

    @Test
    void alignsTheSeedPairIntoTheDefaultFormatsAndPrintsASummary() throws IOException {
        Path out = temp.resolve("out");
        Cli.Result result = Cli.run("align", Cli.SEED_SOURCE.toString(), Cli.SEED_TARGET.toString(),
                "-o", out.toString(), "--source-lang", "en", "--target-lang", "nl");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of(Cli.SEED_NAME + ".csv", Cli.SEED_NAME + ".html", Cli.SEED_NAME + ".jsonl",
                Cli.SEED_NAME + ".tmx", Cli.SEED_NAME + ".xlf"),
                Cli.listing(out), "exactly the default outputs, no temporary files");
        for (String ext : List.of("tmx", "csv", "jsonl", "xlf", "html")) {
            assertTrue(Files.size(out.resolve(Cli.SEED_NAME + "." + ext)) > 0, ext);
        }
        String tmx = Files.readString(out.resolve(Cli.SEED_NAME + ".tmx"));
        assertTrue(tmx.startsWith("<?xml"), "TMX is XML");
        assertTrue(tmx.contains("<tmx") && tmx.contains("</tmx>"), "TMX has a tmx root");

        // The summary: segments, beads, flags, the written files and the time.
        List<String> lines = result.outLines();
        String segments = line(lines, "segments:");
        String beads = line(lines, "beads:");
        String flags = line(lines, "flags:");
        // CI installs FreeDict's English-Dutch dictionaries; the built-in word list is always there.
        assertEquals("lexicon:  built-in en-nl (Tatoeba), FreeDict eng-nld, nld-eng", line(lines, "lexicon:"));
        line(lines, "time:");
        for (String ext : List.of("tmx", "csv", "jsonl", "xlf", "html")) {
            assertTrue(result.out().contains("wrote:") && result.out().contains(Cli.SEED_NAME + "." + ext), ext);
        }

        // ... and its numbers agree with the JSONL.
        List<JsonNode> jsonl = Cli.readJsonl(out.resolve(Cli.SEED_NAME + ".jsonl"));
        TreeSet<Integer> sourceIds = new TreeSet<>();
        TreeSet<Integer> targetIds = new TreeSet<>();
        int flagged = 0;
        for (JsonNode bead : jsonl) {
            sourceIds.addAll(Cli.ints(bead.get("source_ids")));
            targetIds.addAll(Cli.ints(bead.get("target_ids")));
            if (!bead.get("flags").isEmpty()) {
                flagged++;
            }
        }
        assertEquals("segments: " + sourceIds.size() + " source, " + targetIds.size() + " target", segments);
        int beadTotal = 0;
        Matcher m = Pattern.compile("(\\d+-\\d+) (\\d+)").matcher(beads);
        while (m.find()) {
            beadTotal += Integer.parseInt(m.group(2));
        }
        assertEquals(jsonl.size(), beadTotal, beads);
        assertTrue(flags.contains("(" + flagged + " beads flagged)"), flags);
        assertTrue(flags.contains("omission") && flags.contains("addition") && flags.contains("number-mismatch"), flags);
    }

    @Test
    void learnLexiconAlignsTwiceAndKeepsEverySegment() throws IOException {
        Path out = temp.resolve("out");
        Cli.Result result = Cli.run("align", Cli.SEED_SOURCE.toString(), Cli.SEED_TARGET.toString(),
                "-o", out.toString(), "--source-lang", "en", "--target-lang", "nl", "--formats", "jsonl",
                "--learn-lexicon");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.err().lines().anyMatch(line -> line.matches("tandem: learned: [1-9]\\d* word translations; aligning again")),
                result.err());
        List<com.fasterxml.jackson.databind.JsonNode> beads = Cli.readJsonl(out.resolve(Cli.SEED_NAME + ".jsonl"));
        assertEquals(115, beads.stream().mapToInt(b -> b.get("source_ids").size()).sum());
        assertEquals(144, beads.stream().mapToInt(b -> b.get("target_ids").size()).sum());
    }

    @Test
    void theDefaultLexiconsCanBeLeftOutAndTheSummarySaysSo() throws IOException {
        Path out = temp.resolve("out");
        Cli.Result none = Cli.run("align", "-q", Cli.SEED_SOURCE.toString(), Cli.SEED_TARGET.toString(),
                "-o", out.toString(), "--source-lang", "en", "--target-lang", "nl", "--formats", "jsonl",
                "--no-builtin-lexicon", "--no-freedict");
        assertEquals(0, none.exitCode(), none::toString);
        assertEquals("lexicon:  none but what the document teaches", line(none.outLines(), "lexicon:"));

        Cli.Result builtIn = Cli.run("align", "-q", Cli.SEED_SOURCE.toString(), Cli.SEED_TARGET.toString(),
                "-o", out.toString(), "--source-lang", "en", "--target-lang", "nl", "--formats", "jsonl",
                "--no-freedict");
        assertEquals("lexicon:  built-in en-nl (Tatoeba)", line(builtIn.outLines(), "lexicon:"));
    }

    @Test
    void formatsJsonlWritesOnlyJsonl() throws IOException {
        Path out = temp.resolve("out");
        Cli.Result result = Cli.run("align", "-q", Cli.SEED_SOURCE.toString(), Cli.SEED_TARGET.toString(),
                "-o", out.toString(), "--source-lang", "en", "--target-lang", "nl", "--formats", "jsonl");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of(Cli.SEED_NAME + ".jsonl"), Cli.listing(out));
        assertEquals("", result.err(), "-q: nothing on stderr");
    }

    @Test
    void nameRenamesTheOutputs() throws IOException {
        Path source = Cli.write(temp.resolve("village-en.txt"), SmallTexts.englishParagraph());
        Path target = Cli.write(temp.resolve("village-nl.txt"), SmallTexts.dutchParagraph());
        Path out = temp.resolve("out");

        Cli.Result result = Cli.run("align", "-q", source.toString(), target.toString(), "-o", out.toString(),
                "--source-lang", "en", "--target-lang", "nl", "--name", "foo");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("foo.csv", "foo.html", "foo.jsonl", "foo.tmx", "foo.xlf"), Cli.listing(out));
    }

    @Test
    void defaultNameIsTheTargetsBaseName() {
        Path out = temp.resolve("out");
        Cli.Result result = Cli.run("align", "-q", write("village-en.txt", SmallTexts.englishParagraph()),
                write("village-nl.txt", SmallTexts.dutchParagraph()), "-o", out.toString(), "--formats", "csv,tmx");

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("village-nl.csv", "village-nl.tmx"), Cli.listing(out));
    }

    @Test
    void swappedInputsShowTheDetectedDirectionAndFailWhenDeclared() throws IOException {
        Path dutch = Cli.write(temp.resolve("dorp.txt"), SmallTexts.dutchParagraph());
        Path english = Cli.write(temp.resolve("village.txt"), SmallTexts.englishParagraph());

        Cli.Result detected = Cli.run("align", "-q", dutch.toString(), english.toString(), "-o", temp.resolve("a").toString());
        assertEquals(0, detected.exitCode(), detected::toString);
        assertEquals("languages: nl → en (detected: Dutch to English)", detected.outLines().get(0));

        Cli.Result declared = Cli.run("align", "-q", dutch.toString(), english.toString(), "-o", temp.resolve("b").toString(),
                "--source-lang", "en", "--target-lang", "nl");
        assertEquals(2, declared.exitCode(), declared::toString);
        assertEquals(List.of("tandem: the inputs look swapped: en → nl was declared, but the source dorp.txt"
                + " reads as Dutch and the target village.txt as English; give the English file first"),
                declared.errLines());
    }

    @Test
    void fileNamesThatSayTheOtherDirectionWarnEvenWhenQuiet() throws IOException {
        Path dutch = Cli.write(temp.resolve("village.en.txt"), SmallTexts.dutchParagraph());
        Path english = Cli.write(temp.resolve("village.nl.txt"), SmallTexts.englishParagraph());

        Cli.Result result = Cli.run("align", "-q", dutch.toString(), english.toString(), "-o", temp.resolve("c").toString());

        assertEquals(0, result.exitCode(), result::toString);
        assertEquals(List.of("tandem: warning: the inputs may be swapped: the source village.en.txt is named as English"
                + " but reads as Dutch, and the target village.nl.txt is named as Dutch but reads as English; aligning"
                + " nl → en as the texts read (declare --source-lang and --target-lang to be sure)"), result.errLines());
    }

    @Test
    void segmentedKeepsOneSegmentPerLine() throws IOException {
        List<String> english = new ArrayList<>(SmallTexts.ENGLISH);
        english.add("Mr. Jansen arrived late. He did not stay long.");
        List<String> dutch = new ArrayList<>(SmallTexts.DUTCH);
        dutch.add("Dhr. Jansen kwam laat. Hij bleef niet lang.");
        Path source = Cli.write(temp.resolve("lines-en.txt"), String.join("\n", english) + "\n");
        Path target = Cli.write(temp.resolve("lines-nl.txt"), String.join("\n", dutch) + "\n");
        Path out = temp.resolve("out");

        Cli.Result result = Cli.run("align", "-q", "--segmented", source.toString(), target.toString(),
                "-o", out.toString(), "--source-lang", "en", "--target-lang", "nl", "--formats", "jsonl");

        assertEquals(0, result.exitCode(), result::toString);
        assertTrue(result.out().startsWith("languages: en → nl\nsegments: 7 source, 7 target\n"), result.out());
        List<JsonNode> beads = Cli.readJsonl(out.resolve("lines-nl.jsonl"));
        // Parallel lines of similar length: seven 1-1 beads, line i with line i, the two-sentence line intact.
        assertEquals(7, beads.size(), beads::toString);
        for (int i = 0; i < 7; i++) {
            JsonNode bead = beads.get(i);
            assertEquals(List.of(i), Cli.ints(bead.get("source_ids")));
            assertEquals(List.of(i), Cli.ints(bead.get("target_ids")));
            assertEquals(english.get(i), bead.get("source_text").textValue());
            assertEquals(dutch.get(i), bead.get("target_text").textValue());
        }
    }

    private String write(String name, String text) {
        try {
            return Cli.write(temp.resolve(name), text).toString();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static String line(List<String> lines, String prefix) {
        return lines.stream().filter(l -> l.startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no line starting with '" + prefix + "' in " + lines));
    }
}
