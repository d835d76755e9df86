package org.tandem.spark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.TandemOptions;
import org.tandem.TandemTuning;
import org.tandem.align.AlignerTuning;
import org.tandem.batch.BatchAligner;
import org.tandem.batch.BatchLexicon;
import org.tandem.batch.BatchOptions;
import org.tandem.batch.DocumentOutcome;
import org.tandem.batch.DocumentPair;
import org.tandem.batch.Manifest;

import com.fasterxml.jackson.databind.ObjectMapper;

/** The Spark job on local[2] gives what {@code tandem batch} gives, bead for bead, bad pair included. */
class SparkBatchJobTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The lexicon pass always, and a tuned number changed as --params would, which both must honour alike. */
    private static final JobSettings SETTINGS = JobSettings.of(BatchLexicon.withMinimumPairs(TandemOptions.defaults()
            .withLanguages("en", "nl").withInstalledDictionaries(false)
            .withTuning(AlignerTuning.defaults().withOverrides(Map.of("cost.disjointPenalty", "2.5"))), 0));
    private static SparkSession spark;

    @TempDir
    Path folder;

    @BeforeAll
    static void startSpark() {
        spark = SparkSession.builder().master("local[2]").appName("tandem-spark-test")
                .config("spark.ui.enabled", "false").config("spark.driver.bindAddress", "127.0.0.1")
                .config("spark.driver.host", "127.0.0.1").getOrCreate();
    }

    @AfterAll
    static void stopSpark() {
        spark.stop();
    }

    @Test
    void theJobEqualsTheBatchBeadForBeadWithTheLexiconPass() throws IOException, URISyntaxException {
        List<DocumentPair> pairs = Manifest.read(Path.of(SparkBatchJobTest.class.getResource("/corpus/manifest.tsv").toURI()));
        Path batchOut = folder.resolve("batch");
        new BatchAligner(SETTINGS.options(), BatchOptions.defaults(batchOut).withThreads(2), line -> { })
                .run(pairs);
        Path sparkOut = folder.resolve("spark");
        List<DocumentOutcome> outcomes = new SparkBatchJob(spark, SETTINGS, line -> { }).run(pairs, sparkOut, 3);

        assertEquals(7, outcomes.size());
        assertEquals(DocumentOutcome.Status.FAILED, outcomes.get(6).status());
        assertTrue(outcomes.get(6).error().contains("missing.txt"), outcomes.get(6).error());
        assertTrue(outcomes.subList(0, 6).stream().allMatch(DocumentOutcome::succeeded));

        Map<String, List<String>> sparkBeads = sparkBeadsByDocument(sparkOut.resolve("jsonl"));
        assertEquals(List.of("news/doc0", "news/doc1", "news/doc2", "news/doc3", "news/doc4", "news/doc5"),
                List.copyOf(sparkBeads.keySet()));
        for (DocumentPair pair : pairs.subList(0, 6)) {
            List<String> batchBeads = Files.readAllLines(batchOut.resolve("documents/" + pair.name() + ".jsonl"));
            assertEquals(batchBeads, sparkBeads.get(pair.name()), pair.name());
        }
        for (String file : List.of("corpus.tmx", "batch-lexicon.tsv")) {
            assertArrayEquals(Files.readAllBytes(batchOut.resolve(file)), Files.readAllBytes(sparkOut.resolve(file)), file);
        }
        assertEquals(withoutSeconds(batchOut.resolve("batch-report.tsv")), withoutSeconds(sparkOut.resolve("batch-report.tsv")));
        assertTrue(Files.readString(sparkOut.resolve("batch-lexicon.tsv")).lines().count() > 3, "a lexicon was learned");
    }

    @Test
    void theExecutorsGetEveryOptionAndTunedNumberTheCommandLineSet() {
        TandemOptions options = TandemOptions.defaults().withLanguages("de", "fr").withSegmented(true)
                .withEncoding(StandardCharsets.ISO_8859_1).withDictionary(Path.of("/data/de-fr.tsv"))
                .withInstalledDictionaries(false).withBuiltInLexicon(false).withMaxBead(4)
                .withTuning(TandemTuning.defaults().withOverrides(Map.of("cost.disjointPenalty", "2.5",
                        "batch.lexiconPassFrom", "40", "passes.initialBand", "7", "flag.coverage.minRun", "5")));
        assertEquals(options.withThreads(1), JobSettings.of(options).options());
        assertEquals(40, BatchLexicon.minimumPairs(JobSettings.of(options).options()));
    }

    /** Every JSONL record of every partition, grouped by its document field, which is then dropped. */
    private static Map<String, List<String>> sparkBeadsByDocument(Path folder) throws IOException {
        List<Path> parts = new ArrayList<>();
        try (Stream<Path> files = Files.list(folder)) {
            files.filter(file -> file.getFileName().toString().startsWith("part-")).sorted().forEach(parts::add);
        }
        Map<String, List<String>> byDocument = new LinkedHashMap<>();
        for (Path part : parts) {
            for (String line : Files.readAllLines(part, StandardCharsets.UTF_8)) {
                String document = JSON.readTree(line).get("document").asText();
                String field = "{\"document\":" + JSON.writeValueAsString(document) + ",";
                assertTrue(line.startsWith(field), line);
                byDocument.computeIfAbsent(document, k -> new ArrayList<>()).add("{" + line.substring(field.length()));
            }
        }
        return byDocument;
    }

    private static String withoutSeconds(Path report) throws IOException {
        return Files.readString(report).replaceAll("\t[0-9.]+\t([^\t\n]*)\n", "\t\t$1\n");
    }
}
