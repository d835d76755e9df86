package org.tandem.spark;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.tandem.batch.CorpusLexiconLearner;
import org.tandem.batch.CorpusLexiconLearner.Cell;
import org.tandem.batch.CorpusLexiconLearner.Probabilities;
import org.tandem.batch.DocumentWords;

import scala.Tuple2;

/**
 * The lexicon pass's corpus on the executors: each document's counts are made where the document is,
 * reduced by key across executors, and only the sums reach the driver; what every document's counts
 * read (the current probabilities) is broadcast. The learner and its arithmetic are the batch's
 * ({@link CorpusLexiconLearner}); its counts are whole numbers, so the sums do not depend on how Spark
 * groups the additions.
 */
final class ExecutorCorpus implements CorpusLexiconLearner.Corpus {
    private final JavaSparkContext context;
    private final JavaRDD<DocumentWords> documents;

    ExecutorCorpus(JavaSparkContext context, JavaRDD<DocumentWords> documents) {
        this.context = context;
        this.documents = documents;
    }

    @Override
    public Map<Cell, Long> sum(CorpusLexiconLearner.Counter counter, Probabilities shared) {
        Broadcast<Probabilities> broadcast = context.broadcast(shared);
        try {
            return new HashMap<>(documents
                    .flatMapToPair(document -> counter.count(document, broadcast.value()).entrySet().stream()
                            .map(entry -> new Tuple2<>(entry.getKey(), entry.getValue())).iterator())
                    .reduceByKey(Long::sum)
                    .collectAsMap());
        } finally {
            broadcast.destroy();
        }
    }

    @Override
    public Set<String> union(CorpusLexiconLearner.Words words) {
        return new HashSet<>(documents.flatMap(document -> words.of(document).iterator()).distinct().collect());
    }
}
