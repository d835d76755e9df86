package org.tandem.spark;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.tandem.TandemOptions;
import org.tandem.batch.BatchLexicon;
import org.tandem.batch.DocumentOutcome;
import org.tandem.batch.DocumentPair;
import org.tandem.batch.Manifest;
import org.tandem.input.BadInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code tandem-spark}: the command line of {@link SparkBatchJob}, for the launcher and for spark-submit. */
@Command(name = "tandem-spark", mixinStandardHelpOptions = true,
        description = {"Aligns the document pairs of a manifest on Apache Spark, as tandem batch does on one machine.",
            "Writes OUT/jsonl/ (JSONL partitions with a document field), OUT/corpus.tmx, OUT/batch-report.tsv and OUT/index.html."})
public final class SparkBatch implements Callable<Integer> {
    @Option(names = "--manifest", paramLabel = "FILE", required = true,
            description = "TSV with a header: source, target and optionally name, source_lang, target_lang.")
    Path manifest;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT", required = true, description = "Output folder, on storage every executor sees.")
    Path output;

    @Option(names = "--master", paramLabel = "URL", description = "Spark master, e.g. local[2] (default: what spark-submit sets, else local[*]).")
    String master;

    @Option(names = "--partitions", paramLabel = "N", description = "Partitions of the manifest (default: four per core of the cluster).")
    int partitions;

    @Option(names = "--source-lang", paramLabel = "L", description = "Source language, ISO 639-1 (default: detected).")
    String sourceLanguage;

    @Option(names = "--target-lang", paramLabel = "L", description = "Target language, ISO 639-1 (default: detected).")
    String targetLanguage;

    @Option(names = "--segmented", description = "Inputs hold one segment per line; do not re-segment.")
    boolean segmented;

    @Option(names = "--encoding", paramLabel = "CHARSET", description = "Encoding of plain-text inputs (default: detected).")
    Charset encoding;

    @Option(names = "--dictionary", paramLabel = "FILE", description = "Bilingual dictionary, on storage every executor sees.")
    Path dictionary;

    // The same defaults as tandem batch, so that one manifest gives the same beads on both.
    @Option(names = "--freedict", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Use the FreeDict dictionaries installed on every executor, if any (the default, as in tandem batch). --no-freedict leaves them out.")
    boolean freedict;

    @Option(names = "--builtin-lexicon", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Use the word list Tandem ships for the language pair, if any (the default, as in tandem batch). --no-builtin-lexicon leaves it out.")
    boolean builtInLexicon;

    @Option(names = "--max-bead", paramLabel = "N", description = "Most segments on one side of a bead, 1 to 6 (default: chosen per document).")
    Integer maxBead;

    @Option(names = "--lexicon-pass-from", paramLabel = "N", description = "Fewest pairs for the lexicon pass (default: as tandem batch).")
    Integer lexiconPassFrom;

    public static void main(String[] args) {
        CommandLine commandLine = new CommandLine(new SparkBatch());
        commandLine.setExecutionExceptionHandler((e, line, parsed) -> {
            if (e instanceof BadInputException) {
                line.getErr().println("tandem-spark: " + e.getMessage());
                return 2;
            }
            throw e;
        });
        System.exit(commandLine.execute(args));
    }

    @Override
    public Integer call() throws Exception {
        if (maxBead != null && (maxBead < 1 || maxBead > 6)) {
            throw new BadInputException("--max-bead must be from 1 to 6, not " + maxBead);
        }
        List<DocumentPair> pairs = Manifest.read(manifest);
        JobSettings settings = new JobSettings(sourceLanguage, targetLanguage, segmented,
                encoding == null ? null : encoding.name(), dictionary == null ? null : dictionary.toAbsolutePath().toString(),
                freedict, builtInLexicon, maxBead == null ? TandemOptions.AUTOMATIC_BEAD : maxBead);
        SparkSession.Builder builder = SparkSession.builder().appName("tandem-spark");
        String chosen = master != null ? master : System.getProperty("spark.master", "local[*]");
        builder.master(chosen);
        if (chosen.startsWith("local")) {
            // On one machine nothing needs to reach the driver from outside: loopback only, no web UI.
            builder.config("spark.driver.bindAddress", "127.0.0.1").config("spark.driver.host", "127.0.0.1")
                    .config("spark.ui.enabled", "false");
        }
        long start = System.nanoTime();
        SparkSession spark = builder.getOrCreate();
        try {
            int minimum = lexiconPassFrom != null ? lexiconPassFrom : BatchLexicon.DEFAULT_MINIMUM_PAIRS;
            List<DocumentOutcome> outcomes = new SparkBatchJob(spark, settings, minimum, line -> System.err.println("tandem-spark: " + line))
                    .run(pairs, output, partitions);
            long failed = outcomes.stream().filter(outcome -> !outcome.succeeded()).count();
            System.out.printf(Locale.ROOT, "documents: %d (%d aligned, %d failed)%n", outcomes.size(), outcomes.size() - failed, failed);
            System.out.println("wrote:     " + output.resolve("jsonl") + "/");
            System.out.println("wrote:     " + output.resolve("corpus.tmx"));
            System.out.println("wrote:     " + output.resolve("batch-report.tsv"));
            System.out.printf(Locale.ROOT, "time:      %.1f s%n", (System.nanoTime() - start) / 1e9);
        } finally {
            spark.stop();
        }
        return 0;
    }
}
