package org.tandem.spark;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.tandem.align.CorpusLexiconLearner;
import org.tandem.align.CorpusLexiconLearner.Counter;
import org.tandem.align.CorpusLexiconLearner.Shared;
import org.tandem.align.CorpusLexiconLearner.Tally;
import org.tandem.align.PairCounts;
import org.tandem.batch.DocumentWords;

/**
 * The lexicon pass's corpus on the executors: each partition's documents are counted where they are,
 * the partitions' counts are reduced across executors ({@code treeReduce}), and only the sums reach the
 * driver; what every document's counts read (the numbered words and word pairs, each round's
 * probabilities) is broadcast. The learner and its arithmetic are the batch's
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
    public <T extends Serializable> Shared<T> share(T value) {
        return new Broadcasted<>(context.broadcast(value));
    }

    @Override
    public PairCounts sum(Counter counter) {
        return documents.mapPartitions(partition -> {
            Tally tally = counter.tally();
            partition.forEachRemaining(tally::add);
            return List.of(tally.counts()).iterator();
        }).treeReduce(PairCounts::plus);
    }

    @Override
    public Set<String> union(CorpusLexiconLearner.Words words) {
        return new HashSet<>(documents.flatMap(document -> words.of(document).iterator()).distinct().collect());
    }

    /** A broadcast value: sent to each executor once, read there by every task. */
    private record Broadcasted<T>(Broadcast<T> broadcast) implements Shared<T> {
        @Override
        public T get() {
            return broadcast.value();
        }

        @Override
        public void release() {
            broadcast.destroy();
        }
    }
}
