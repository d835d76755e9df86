package org.tandem.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.Tandem;
import org.tandem.TandemOptions;

class BenchmarkRunnerTest {
    @TempDir
    Path temp;

    @Test
    void segmentedRunScoresEveryDocumentAndWritesJsonl() throws IOException {
        Path bench = temp.resolve("bench");
        new BenchmarkMaker(DamageRates.defaults(), "nl").make(TinyCorpus.create(3, 20), 1, bench);
        Path out = temp.resolve("out");
        BenchmarkResult result = new BenchmarkRunner(tandem(true), BenchmarkRunner.Mode.SEGMENTED, "en", "nl", out)
                .run(bench);

        assertEquals(3, result.documents());
        assertTrue(result.scores().beads().strict().f1() > 0.5, result.render());
        assertTrue(result.scores().flags().isPresent());
        assertTrue(Files.exists(out.resolve("news_0.jsonl")));
        assertEquals(result.scores().beads().strict().predicted(),
                BenchmarkDocument.list(bench).stream().mapToInt(d -> lines(out.resolve(d.name() + ".jsonl"))).sum());
        assertTrue(result.render().contains("documents: 3"), result.render());
    }

    @Test
    void endToEndRunMapsTandemsSegmentsBackByCharacters() throws IOException {
        Path bench = temp.resolve("bench");
        new BenchmarkMaker(DamageRates.defaults(), "nl").make(TinyCorpus.create(2, 20), 2, bench);
        BenchmarkResult result = new BenchmarkRunner(tandem(false), BenchmarkRunner.Mode.END_TO_END, "en", "nl", null)
                .run(bench);

        assertEquals(2, result.documents());
        assertTrue(result.warnings().isEmpty(), result.render());
        assertTrue(result.scores().beads().strict().f1() > 0.5, result.render());
    }

    @Test
    void aFolderWithoutFlagsScoresBeadsOnly() throws IOException {
        Path bench = temp.resolve("plain");
        Files.createDirectories(bench);
        var document = TinyCorpus.create(1, 6).documents().get(0);
        Files.write(bench.resolve("dev.src"), document.source());
        Files.write(bench.resolve("dev.tgt"), document.target());
        Files.writeString(bench.resolve("dev.gold"), "[0]:[0]\n[1]:[1]\n[2]:[2]\n[3]:[3]\n[4]:[4]\n[5]:[5]\n");
        BenchmarkResult result = new BenchmarkRunner(tandem(true), BenchmarkRunner.Mode.SEGMENTED, "en", "nl", null)
                .run(bench);

        assertEquals(1, result.documents());
        assertTrue(result.scores().flags().isEmpty());
        assertEquals(1.0, result.scores().beads().strict().f1(), 1e-9, result.render());
    }

    @Test
    void batchLexiconRunAlignsEveryDocumentAgainWithWhatTheFirstPassTaught() throws IOException {
        Path bench = temp.resolve("bench");
        new BenchmarkMaker(DamageRates.defaults(), "nl").make(TinyCorpus.create(3, 20), 1, bench);
        Path out = temp.resolve("out");
        BenchmarkResult result = new BenchmarkRunner(tandem(true), BenchmarkRunner.Mode.SEGMENTED, "en", "nl", out)
                .withBatchLexicon(true).run(bench);

        assertEquals(3, result.documents());
        assertTrue(result.scores().beads().strict().f1() > 0.5, result.render());
        assertEquals(result.scores().beads().strict().predicted(),
                BenchmarkDocument.list(bench).stream().mapToInt(d -> lines(out.resolve(d.name() + ".jsonl"))).sum());
    }

    private static Tandem tandem(boolean segmented) {
        return new Tandem(TandemOptions.defaults().withLanguages("en", "nl").withSegmented(segmented));
    }

    private static int lines(Path file) {
        try {
            return (int) Files.readAllLines(file).stream().filter(line -> !line.isBlank()).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
