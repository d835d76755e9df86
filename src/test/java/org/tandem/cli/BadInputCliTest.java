package org.tandem.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Input tandem cannot use: exit code 2, one line on stderr that starts with "tandem: " and names the
 * problem, nothing on stdout, and nothing (not even a temporary file) in the output directory.
 */
class BadInputCliTest {
    @TempDir
    Path temp;

    Path out;
    Path english;
    Path dutch;

    @BeforeEach
    void setUp() throws IOException {
        out = Files.createDirectory(temp.resolve("out"));
        english = Cli.write(temp.resolve("village-en.txt"), SmallTexts.englishParagraph());
        dutch = Cli.write(temp.resolve("village-nl.txt"), SmallTexts.dutchParagraph());
    }

    @Test
    void missingFile() {
        Path missing = temp.resolve("missing.txt");
        rejected(List.of("missing.txt", "no such file"), missing.toString(), dutch.toString());
    }

    @Test
    void directoryInsteadOfFile() throws IOException {
        Path directory = Files.createDirectory(temp.resolve("adir"));
        rejected(List.of("adir", "is a directory"), english.toString(), directory.toString());
    }

    @Test
    void emptyFile() throws IOException {
        Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
        rejected(List.of("empty.txt", "empty"), empty.toString(), dutch.toString());
    }

    @Test
    void whitespaceOnlyFile() throws IOException {
        Path blank = Cli.write(temp.resolve("blank.txt"), "  \n\t\n   \r\n\u00a0\n");
        rejected(List.of("blank.txt", "no text"), english.toString(), blank.toString());
    }

    @Test
    void binaryFile() throws IOException {
        byte[] bytes = new byte[8192];
        new Random(42).nextBytes(bytes);
        Path binary = Files.write(temp.resolve("noise.txt"), bytes);
        rejected(List.of("noise.txt", "binary"), english.toString(), binary.toString());
    }

    @Test
    void encryptedPdf() throws IOException {
        Path pdf = temp.resolve("locked.pdf");
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 700);
                content.showText("Het dorp ligt aan de rand van een brede rivier.");
                content.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            document.protect(policy);
            document.save(pdf.toFile());
        }
        rejected(List.of("locked.pdf", "encrypted"), english.toString(), pdf.toString());
    }

    @Test
    void textNotInTheDeclaredEncoding() throws IOException {
        String text = "Het café ligt één straat verder, naast de oude kerk. Daar drinken de bewoners "
                + "’s avonds een glas bier en praten zij over het weer, de oogst en de nieuwe brug. "
                + "Niemand weet precies wanneer de brug klaar zal zijn; volgens de wethouder duurt het nog "
                + "een paar jaar, maar de bakker denkt dat het nooit gebeurt. Overal hoor je geëmotioneerde verhalen.\n";
        Path latin1 = Files.write(temp.resolve("latin1.txt"), text.replace('’', '\'')
                .getBytes(StandardCharsets.ISO_8859_1));
        rejected(List.of("latin1.txt", "UTF-8"), english.toString(), latin1.toString(), "--encoding", "UTF-8");
    }

    @Test
    void sameFileTwice() {
        rejected(List.of("village-nl.txt", "both source and target"), dutch.toString(), dutch.toString());
    }

    @Test
    void sameFileTwiceUnderDifferentSpellings() {
        Path other = temp.resolve("out").resolve("..").resolve("village-nl.txt");
        rejected(List.of("village-nl.txt", "both source and target"), dutch.toString(), other.toString());
    }

    @Test
    void onlyOneFile() {
        rejected(List.of("SOURCE and TARGET"), english.toString());
    }

    @Test
    void aUsageMistakePointsAtTheHelpOfTheCommandThatWasRun() {
        Cli.Result bench = Cli.runMain("bench", "run");
        assertEquals(2, bench.exitCode(), bench::toString);
        assertEquals(List.of("tandem: Missing required parameter: 'BENCH' (see 'tandem bench run --help')"),
                bench.errLines());
        Cli.Result speed = Cli.runMain("bench", "speed", "--repeat", "0");
        assertEquals(2, speed.exitCode(), speed::toString);
        assertEquals(List.of("tandem: --repeat must be 1 or more (see 'tandem bench speed --help')"), speed.errLines());
    }

    @Test
    void benchMakesChoicesAreCheckedBeforeItReadsTheCorpus() {
        String missing = temp.resolve("no-such-corpus.txt").toString();
        String out = temp.resolve("bench").toString();

        Cli.Result size = Cli.runMain("bench", "make", missing, missing, missing, out, "--document-size", "5-3");
        Cli.Result damage = Cli.runMain("bench", "make", missing, missing, missing, out, "--damage", "heavy");

        assertEquals(2, size.exitCode(), size::toString);
        assertEquals(List.of("tandem: --document-size must be MIN-MAX with 1 <= MIN <= MAX, e.g. 3-5: 5-3"
                + " (see 'tandem bench make --help')"), size.errLines());
        assertEquals(2, damage.exitCode(), damage::toString);
        assertEquals(List.of("tandem: --damage must be cueless or surface: heavy (see 'tandem bench make --help')"),
                damage.errLines());
        assertTrue(Files.notExists(Path.of(out)), "no output folder for a usage error");
    }

    @Test
    void unknownFormat() {
        rejected(List.of("xml", "format"), english.toString(), dutch.toString(), "--formats", "xml");
    }

    @Test
    void declaredLanguageTheTextContradicts() {
        rejected(List.of("lavrov-newsweek-2022.en.txt", "'nl'", "'en'"),
                Cli.SEED_SOURCE.toString(), Cli.SEED_TARGET.toString(), "--source-lang", "nl", "--target-lang", "nl");
    }

    @Test
    void withoutQuietEveryStderrLineIsTandemAndTheErrorIsLast() {
        Path missing = temp.resolve("missing.txt");
        Cli.Result result = Cli.run("align", english.toString(), missing.toString(), "-o", out.toString());
        assertEquals(2, result.exitCode(), result::toString);
        List<String> lines = result.errLines();
        assertTrue(lines.stream().allMatch(l -> l.startsWith("tandem: ")), result::toString);
        assertTrue(lines.get(lines.size() - 1).contains("missing.txt: no such file"), result::toString);
        assertEquals(List.of(), Cli.listing(out));
    }

    /** Found before extraction: no progress line precedes the error, and nothing is created. */
    @Test
    void anOutputDirectoryUnderARegularFileIsRefusedBeforeAnyWork() throws IOException {
        Path file = Cli.write(temp.resolve("notes.txt"), "a file\n");
        Path under = file.resolve("out");
        Cli.Result result = Cli.run("align", english.toString(), dutch.toString(), "-o", under.toString());

        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(List.of("tandem: cannot create the output directory " + under + ": " + file
                + " is a file, not a directory"), result.errLines());
        assertEquals("", result.out());
        assertEquals("a file\n", Files.readString(file));
    }

    @Test
    void anOutputDirectoryThatIsAFileIsRefusedBeforeAnyWork() throws IOException {
        Path file = Cli.write(temp.resolve("taken"), "a file\n");
        Cli.Result result = Cli.run("align", english.toString(), dutch.toString(), "-o", file.toString());

        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(List.of("tandem: cannot write into " + file + ": it is a file, not a directory"), result.errLines());
    }

    @Test
    void lexiconChecksItsOutputBeforeLearning() throws IOException {
        Path file = Cli.write(temp.resolve("notes.txt"), "a file\n");
        Cli.Result result = Cli.run("lexicon", english.toString(), dutch.toString(), "-o",
                file.resolve("en-nl.tsv").toString(), "--source-lang", "en", "--target-lang", "nl");

        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(List.of("tandem: cannot write " + file.resolve("en-nl.tsv") + ": " + file
                + " is a file, not a directory"), result.errLines());
    }

    /** Every command that writes checks where before it reads anything, and says what is wrong in words. */
    @Test
    void everyCommandThatWritesChecksItsOutputFirst() throws IOException {
        Path file = Cli.write(temp.resolve("notes.txt"), "a file\n");
        String under = file.resolve("out").toString();
        Path folder = Files.createDirectories(temp.resolve("corpus"));
        List<String[]> commands = List.of(
                new String[] {"align", english.toString(), dutch.toString(), "-o", under},
                new String[] {"batch", "--source-dir", folder.toString(), "--target-dir", folder.toString(), "-o", under},
                new String[] {"review", english.toString(), dutch.toString(), "-o", under, "--no-browser"},
                new String[] {"bench", "make", english.toString(), dutch.toString(), english.toString(), under},
                new String[] {"bench", "run", folder.toString(), "--out", under});
        for (String[] command : commands) {
            Cli.Result result = Cli.run(command);
            assertEquals(2, result.exitCode(), () -> String.join(" ", command) + "\n" + result);
            assertEquals(List.of("tandem: cannot create the output directory " + under + ": " + file
                    + " is a file, not a directory"), result.errLines(), () -> String.join(" ", command));
        }
    }

    @Test
    void aMissingDictionaryIsSaidInWords() {
        Path missing = temp.resolve("missing.tsv");
        Cli.Result result = Cli.run("align", "-q", english.toString(), dutch.toString(), "-o", out.toString(),
                "--dictionary", missing.toString());
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(List.of("tandem: " + missing + ": cannot read the dictionary (no such file or directory)"),
                result.errLines());
    }

    @Test
    void threeFilesAreBadUsage() throws IOException {
        Path extra = Cli.write(temp.resolve("extra.txt"), SmallTexts.englishParagraph());
        Cli.Result result = Cli.run("align", "-q", english.toString(), dutch.toString(), extra.toString(),
                "-o", out.toString());
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(List.of(), Cli.listing(out));
    }

    @Test
    void badOptionValuesAreExitCodeTwo() {
        for (String[] args : List.of(
                new String[] {"align", "--encoding", "NO-SUCH-CHARSET", "a.txt", "b.txt"},
                new String[] {"align", "--max-bead", "many", "a.txt", "b.txt"},
                new String[] {"align", "--no-such-option"},
                new String[] {"no-such-command"})) {
            Cli.Result result = Cli.runMain(args);
            assertEquals(2, result.exitCode(), () -> String.join(" ", args) + "\n" + result);
        }
    }

    @Test
    void badOptionValueIsOneTandemLine() {
        Cli.Result result = Cli.runMain("align", "--encoding", "NO-SUCH-CHARSET", "a.txt", "b.txt");
        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(1, result.errLines().size(), result::toString);
        assertEquals("tandem: Invalid value for option '--encoding': 'NO-SUCH-CHARSET' is not an encoding Java knows"
                + " (try UTF-8, windows-1252 or ISO-8859-1) (see 'tandem align --help')", result.errLines().get(0));
    }

    @Test
    void failedRunLeavesEarlierOutputsUnchanged() throws IOException {
        Cli.Result first = Cli.run("align", "-q", english.toString(), dutch.toString(), "-o", out.toString());
        assertEquals(0, first.exitCode(), first::toString);
        Map<String, byte[]> before = contents(out);
        Map<String, FileTime> times = modified(out);
        assertEquals(List.of("village-nl.csv", "village-nl.html", "village-nl.jsonl", "village-nl.tmx", "village-nl.xlf"),
                new ArrayList<>(before.keySet()));

        Path empty = Files.write(temp.resolve("empty.txt"), new byte[0]);
        List<String[]> failing = List.of(
                new String[] {empty.toString(), dutch.toString()},
                new String[] {english.toString(), dutch.toString(), "--formats", "tmx,xml"},
                new String[] {english.toString(), dutch.toString(), "--source-lang", "nl"});
        for (String[] args : failing) {
            List<String> all = new ArrayList<>(List.of("align", "-q", "-o", out.toString()));
            all.addAll(List.of(args));
            Cli.Result result = Cli.run(all.toArray(String[]::new));
            assertEquals(2, result.exitCode(), result::toString);
            assertSame(before, times, out);
        }
    }

    /** A failure while writing (a directory where a format's file should go) must not replace the other formats. */
    @Test
    void writeFailureLeavesEarlierOutputsUnchanged() throws IOException {
        Cli.Result first = Cli.run("align", "-q", english.toString(), dutch.toString(), "-o", out.toString(),
                "--formats", "tmx,csv");
        assertEquals(0, first.exitCode(), first::toString);
        Files.createDirectories(out.resolve("village-nl.jsonl").resolve("occupied"));
        Map<String, byte[]> before = contents(out);
        Map<String, FileTime> times = modified(out);

        // Different source text: a replaced file would differ.
        Path shorter = Cli.write(temp.resolve("shorter-en.txt"),
                String.join(" ", SmallTexts.ENGLISH.subList(0, 5)) + "\n");
        Cli.Result result = Cli.run("align", "-q", shorter.toString(), dutch.toString(), "-o", out.toString());

        assertEquals(1, result.exitCode(), result::toString);
        assertEquals(List.of("tandem: cannot write " + out.resolve("village-nl.jsonl")
                + ": something that is not a regular file is in its place"), result.errLines());
        assertSame(before, times, out);
    }

    /** The run fails with exit code 2, one "tandem: " line naming the problem, and writes nothing. */
    private void rejected(List<String> expectedInMessage, String... args) {
        List<String> all = new ArrayList<>(List.of("align", "-q", "-o", out.toString()));
        all.addAll(List.of(args));
        Cli.Result result = Cli.run(all.toArray(String[]::new));

        assertEquals(2, result.exitCode(), result::toString);
        assertEquals(1, result.errLines().size(), result::toString);
        String line = result.errLines().get(0);
        assertTrue(line.startsWith("tandem: "), line);
        for (String part : expectedInMessage) {
            assertTrue(line.contains(part), () -> "'" + part + "' in: " + line);
        }
        assertTrue(!line.contains("Exception") && !line.contains("\tat "), line);
        assertEquals("", result.out());
        assertEquals(List.of(), Cli.listing(out), "nothing written, no temporary files");
    }

    private static void assertSame(Map<String, byte[]> before, Map<String, FileTime> times, Path directory)
            throws IOException {
        Map<String, byte[]> after = contents(directory);
        assertEquals(before.keySet(), after.keySet(), "same files, no temporary files left");
        for (String name : before.keySet()) {
            assertArrayEquals(before.get(name), after.get(name), name);
        }
        assertEquals(times, modified(directory), "no file was rewritten");
    }

    private static Map<String, byte[]> contents(Path directory) throws IOException {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (String name : Cli.listing(directory)) {
            Path file = directory.resolve(name);
            files.put(name, Files.isRegularFile(file) ? Files.readAllBytes(file) : new byte[0]);
        }
        return files;
    }

    private static Map<String, FileTime> modified(Path directory) throws IOException {
        Map<String, FileTime> times = new LinkedHashMap<>();
        for (String name : Cli.listing(directory)) {
            times.put(name, Files.getLastModifiedTime(directory.resolve(name)));
        }
        return times;
    }
}
