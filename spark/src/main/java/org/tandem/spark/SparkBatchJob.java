package org.tandem.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tandem.ConfidentPairs;
import org.tandem.batch.BatchAligner;
import org.tandem.batch.BatchLexicon;
import org.tandem.batch.BatchReport;
import org.tandem.batch.CorpusIndex;
import org.tandem.batch.DocumentOutcome;
import org.tandem.batch.DocumentPair;
import org.tandem.batch.LanguagePair;
import org.tandem.align.DictionaryLexicon;
import org.tandem.write.AtomicOutputs;
import org.tandem.write.CorpusTmxWriter;
import org.tandem.write.ToolVersion;

/**
 * {@code tandem batch} on Spark: each task aligns whole pairs through the library, and the corpus
 * files equal the batch's. Into OUT it writes {@code jsonl/} (the beads of every pair as JSONL
 * partitions, each record with a {@code document} field), {@code corpus.tmx}, {@code batch-report.tsv},
 * {@code index.html} and, with the lexicon pass, {@code batch-lexicon.tsv}.
 *
 * <p>The lexicon pass: the first pass runs on the executors, which send back each pair's confident
 * sentence pairs; the driver learns the lexicon from them in manifest order (the same function the
 * batch calls, so the same lexicon) and broadcasts its text to the second pass.
 *
 * <p>OUT and the inputs must be on storage that the driver and every executor see at the same path
 * (NFS, a shared volume): tasks read the inputs, the driver writes the corpus files.
 */
public final class SparkBatchJob {
    private final SparkSession spark;
    private final JobSettings settings;
    private final int lexiconMinimum;
    private final Consumer<String> progress;

    public SparkBatchJob(SparkSession spark, JobSettings settings, int lexiconMinimum, Consumer<String> progress) {
        this.spark = spark;
        this.settings = settings;
        this.lexiconMinimum = lexiconMinimum;
        this.progress = progress;
    }

    /** Aligns the pairs into {@code output}; returns one outcome per pair, in manifest order. */
    public List<DocumentOutcome> run(List<DocumentPair> pairs, Path output, int partitions) throws IOException {
        Path out = output.toAbsolutePath();
        Files.createDirectories(out);
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        List<IndexedPair> indexed = new ArrayList<>();
        for (int i = 0; i < pairs.size(); i++) {
            indexed.add(new IndexedPair(i, pairs.get(i)));
        }
        int slices = Math.max(1, Math.min(pairs.size(), partitions > 0 ? partitions : 4 * context.defaultParallelism()));
        JavaRDD<IndexedPair> rdd = context.parallelize(indexed, slices);
        JobSettings job = settings;

        String key = BatchLexicon.key(pairs, settings.options());
        String lexiconText = "";
        if (pairs.size() >= lexiconMinimum) {
            progress.accept("pass 1 of 2: " + pairs.size() + " pairs in " + slices + " partitions");
            List<FirstPass> first = rdd.map(pair -> PairTasks.firstPass(job, pair)).collect();
            List<ConfidentPairs> confident = new ArrayList<>();
            for (FirstPass result : first) {
                confident.add(result.confident());
            }
            Map<LanguagePair, DictionaryLexicon> learned = BatchLexicon.learn(confident);
            learned.forEach((languages, lexicon) ->
                    progress.accept("learned " + lexicon.size() + " word translations for " + languages));
            lexiconText = BatchLexicon.toText(key, learned);
            String text = lexiconText;
            AtomicOutputs.writeFile(out.resolve(BatchAligner.LEXICON_FILE), stream -> stream.write(text.getBytes(StandardCharsets.UTF_8)));
        }
        Broadcast<String> lexicon = context.broadcast(lexiconText);
        progress.accept((lexiconText.isEmpty() ? "aligning " : "pass 2 of 2: ") + pairs.size() + " pairs");
        JavaRDD<AlignedPair> aligned = rdd.map(pair -> PairTasks.secondPass(job, lexicon.value(), key, pair))
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<DocumentOutcome> outcomes = aligned.map(AlignedPair::outcome).collect();
            JavaRDD<String> lines = aligned.flatMap(pair -> pair.jsonl().lines().iterator());
            spark.createDataset(lines.rdd(), Encoders.STRING()).write().mode(SaveMode.Overwrite)
                    .text(out.resolve("jsonl").toUri().toString());
            writeCorpusTmx(out.resolve(BatchAligner.CORPUS_TMX), aligned.toLocalIterator(), outcomes);
            BatchReport.write(out.resolve(BatchReport.FILE_NAME), outcomes);
            CorpusIndex.write(out.resolve(CorpusIndex.FILE_NAME), outcomes, false);
            return outcomes;
        } finally {
            aligned.unpersist();
            lexicon.destroy();
        }
    }

    /** The corpus TMX, one pair at a time as the driver pulls the partitions in order. */
    private static void writeCorpusTmx(Path file, Iterator<AlignedPair> pairs, List<DocumentOutcome> outcomes)
            throws IOException {
        Set<String> sourceLanguages = new LinkedHashSet<>();
        for (DocumentOutcome outcome : outcomes) {
            if (outcome.succeeded()) {
                sourceLanguages.add(outcome.sourceLanguage());
            }
        }
        String sourceLanguage = sourceLanguages.size() == 1 ? sourceLanguages.iterator().next() : "*all*";
        AtomicOutputs.writeFile(file, out -> {
            try (CorpusTmxWriter corpus = new CorpusTmxWriter(out, ToolVersion.current(), sourceLanguage)) {
                while (pairs.hasNext()) {
                    AlignedPair pair = pairs.next();
                    if (pair.outcome().succeeded()) {
                        corpus.addDocument(pair.outcome().name(), new ByteArrayInputStream(pair.tmx().getBytes(StandardCharsets.UTF_8)));
                    }
                }
            }
        });
    }
}
