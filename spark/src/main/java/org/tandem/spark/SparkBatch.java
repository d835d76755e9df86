package org.tandem.spark;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

import org.apache.spark.sql.SparkSession;
import org.tandem.TandemOptions;
import org.tandem.batch.DocumentOutcome;
import org.tandem.batch.DocumentPair;
import org.tandem.batch.Manifest;
import org.tandem.cli.AlignmentChoices;
import org.tandem.cli.InputChoices;
import org.tandem.cli.LexiconPassChoice;
import org.tandem.input.BadInputException;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
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

    /** The same options as tandem batch's, with the same defaults, so that one manifest gives the same beads on both. */
    @Mixin
    AlignmentChoices choices = new AlignmentChoices();

    @Mixin
    InputChoices inputChoices = new InputChoices();

    @Mixin
    LexiconPassChoice lexiconPass = new LexiconPassChoice();

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
        TandemOptions options = lexiconPass.applyTo(choices.applyTo(inputChoices.applyTo(TandemOptions.defaults())));
        List<DocumentPair> pairs = Manifest.read(manifest);
        JobSettings settings = JobSettings.of(options);
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
            List<DocumentOutcome> outcomes = new SparkBatchJob(spark, settings, line -> System.err.println("tandem-spark: " + line))
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
