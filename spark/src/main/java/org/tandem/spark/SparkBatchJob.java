package org.tandem.spark;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import org.tandem.batch.BatchAligner;
import org.tandem.batch.BatchLexicon;
import org.tandem.batch.BatchReport;
import org.tandem.batch.CorpusIndex;
import org.tandem.batch.DocumentOutcome;
import org.tandem.batch.DocumentPair;
import org.tandem.batch.DocumentWords;
import org.tandem.batch.LanguagePair;
import org.tandem.align.DictionaryLexicon;
import org.tandem.write.AtomicOutputs;
import org.tandem.write.CorpusTmxWriter;
import org.tandem.write.ToolVersion;

import scala.Tuple3;

/**
 * {@code tandem batch} on Spark: each task aligns whole pairs through the library, and the corpus
 * files equal the batch's. Into OUT it writes {@code jsonl/} (the beads of every pair as JSONL
 * partitions, each record with a {@code document} field), {@code corpus.tmx}, {@code batch-report.tsv},
 * {@code index.html} and, with the lexicon pass, {@code batch-lexicon.tsv}.
 *
 * <p>The lexicon pass is a distributed aggregation: the first pass runs on the executors, which keep the
 * words of each pair's confident sentence pairs; the learner's per-partition counts are summed
 * across executors each round ({@link ExecutorCorpus}), with the batch's learner and arithmetic, so
 * the lexicon is the batch's; its text is broadcast to the second pass. Only a count per pair (how
 * many confident pairs it has) and the summed counts reach the driver.
 *
 * <p>OUT and the inputs must be on storage that the driver and every executor see at the same path
 * (NFS, a shared volume): tasks read the inputs, the driver writes the corpus files.
 */
public final class SparkBatchJob {
    private final SparkSession spark;
    private final JobSettings settings;
    private final Consumer<String> progress;

    /** @param settings the alignment options; the tuned {@code batch.lexiconPassFrom} says when the lexicon pass runs */
    public SparkBatchJob(SparkSession spark, JobSettings settings, Consumer<String> progress) {
        this.spark = spark;
        this.settings = settings;
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
        if (pairs.size() >= BatchLexicon.minimumPairs(settings.options())) {
            progress.accept("pass 1 of 2: " + pairs.size() + " pairs in " + slices + " partitions");
            Map<LanguagePair, DictionaryLexicon> learned = learnLexicons(context, rdd.map(pair -> PairTasks.firstPass(job, pair)));
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

    /**
     * The lexicons of the first pass, learned where its results are: the driver gets one count per pair
     * to choose, in manifest order, the pairs to learn from (as the batch does, {@link BatchLexicon#kept}),
     * and then the learner's sums.
     */
    private static Map<LanguagePair, DictionaryLexicon> learnLexicons(JavaSparkContext context, JavaRDD<FirstPass> firstPass) {
        JavaRDD<FirstPass> results = firstPass.persist(StorageLevel.MEMORY_AND_DISK());
        try {
            List<Tuple3<Integer, LanguagePair, Integer>> sizes = new ArrayList<>(results
                    .map(result -> new Tuple3<>(result.index(), result.words() == null ? null : result.words().languages(),
                            result.words() == null ? 0 : result.words().size()))
                    .collect());
            sizes.sort(Comparator.comparing(Tuple3::_1));
            int[] kept = BatchLexicon.kept(sizes.stream().map(Tuple3::_2).toList(), sizes.stream().map(Tuple3::_3).toList());
            Broadcast<int[]> keep = context.broadcast(kept);
            JavaRDD<DocumentWords> learning = results.filter(result -> keep.value()[result.index()] > 0)
                    .map(result -> result.words().first(keep.value()[result.index()]))
                    .persist(StorageLevel.MEMORY_AND_DISK());
            try {
                Set<LanguagePair> languages = new TreeSet<>();
                for (int i = 0; i < kept.length; i++) {
                    if (kept[i] > 0) {
                        languages.add(sizes.get(i)._2());
                    }
                }
                return BatchLexicon.learn(languages, pair ->
                        new ExecutorCorpus(context, learning.filter(document -> document.languages().equals(pair))));
            } finally {
                learning.unpersist();
                keep.destroy();
            }
        } finally {
            results.unpersist();
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
