package org.tandem.align;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.carrotsearch.hppc.IntIntHashMap;


/**
 * The lexicon pass's learning as sums of per-document counts, so that one machine and a cluster learn
 * the same lexicon: IBM Model 1 in both directions, by expectation maximisation; also what
 * {@link LexiconLearner} learns with from a list of sentence pairs. Each round, every document's expected
 * counts under the current probabilities are summed over the corpus, in any order and on any number of
 * threads or machines, and the sums give the next probabilities. A word pair becomes a translation
 * when each word is likely given the other and the two share enough sentence pairs.
 *
 * <p>Every count is a whole number: expected counts are rounded to fixed point per document, so that
 * their sums are exact and the same whatever the order or grouping of the additions: {@code tandem
 * batch} sums them per thread, the Spark job per partition and then across executors.
 *
 * <p>The words of each side are numbered ({@link Vocabulary}) and so are the word pairs that occur
 * ({@link WordPairIndex}): probabilities and counts are arrays over pair numbers, which the corpus's
 * threads or executors fill from their documents.
 */
public final class CorpusLexiconLearner {
    /** Expectation-maximisation rounds. Not tuned: the lexicon changes little after the fifth. */
    public static final int ROUNDS = 5;
    /** Least number of sentence pairs holding both words: a pair seen once is no evidence. */
    static final int MIN_TOGETHER = 2;
    /**
     * Fixed-point units per expected count: fine enough that rounding never decides a probability
     * (2^-24 of a count), coarse enough that a sum over billions of sentence pairs fits a long.
     */
    static final double UNIT = 1 << 24;

    private CorpusLexiconLearner() {
    }

    /** A value that the counting of every document reads, sent once to wherever the documents are. */
    public interface Shared<T> extends Serializable {
        T get();

        /** Frees what sending the value took, once no document is to be counted with it any more. */
        default void release() {
        }
    }

    /** How to count documents: one tally for each thread or partition, whose counts are then summed. */
    public interface Counter extends Serializable {
        Tally tally();
    }

    /** Counts of some documents, one document after the other. */
    public interface Tally {
        void add(SentenceWords document);

        PairCounts counts();
    }

    /** Some words of one document. */
    @FunctionalInterface
    public interface Words extends Serializable {
        Set<String> of(SentenceWords document);
    }

    /**
     * The documents of one language pair, wherever they are: what the learner needs of them is sums
     * and unions over all of them, which a cluster computes where the documents are.
     */
    public interface Corpus {
        /** {@code value}, for the counters of {@link #sum} to read where they count. */
        <T extends Serializable> Shared<T> share(T value);

        /** The sum over every document of {@code counter}'s counts. */
        PairCounts sum(Counter counter);

        /** The union over every document of {@code words}. */
        Set<String> union(Words words);

        /** Documents in a list on this machine, their counts made on {@code threads} threads. */
        static Corpus of(List<? extends SentenceWords> documents, int threads) {
            return new Corpus() {
                @Override
                public <T extends Serializable> Shared<T> share(T value) {
                    return () -> value;
                }

                @Override
                public PairCounts sum(Counter counter) {
                    // One tally per thread over a contiguous share of the documents, merged at the end
                    // in share order (the sums are exact, so any order would do).
                    int shares = Math.max(1, Math.min(threads, documents.size()));
                    if (shares == 1) {
                        return count(counter, documents);
                    }
                    ExecutorService pool = Executors.newFixedThreadPool(shares, runnable -> {
                        Thread thread = new Thread(runnable, "tandem-lexicon");
                        thread.setDaemon(true);
                        return thread;
                    });
                    try {
                        List<Future<PairCounts>> sums = new ArrayList<>();
                        for (int k = 0; k < shares; k++) {
                            List<? extends SentenceWords> share = documents.subList(k * documents.size() / shares,
                                    (k + 1) * documents.size() / shares);
                            sums.add(pool.submit(() -> count(counter, share)));
                        }
                        PairCounts total = sums.get(0).get();
                        for (int k = 1; k < shares; k++) {
                            total = total.plus(sums.get(k).get());
                        }
                        return total;
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("the lexicon pass was interrupted", e);
                    } catch (ExecutionException e) {
                        throw new IllegalStateException("the lexicon pass failed", e.getCause());
                    } finally {
                        pool.shutdownNow();
                    }
                }

                @Override
                public Set<String> union(Words words) {
                    Set<String> union = new HashSet<>();
                    documents.forEach(document -> union.addAll(words.of(document)));
                    return union;
                }
            };
        }
    }

    /** The counts of {@code documents} in one tally. */
    static PairCounts count(Counter counter, List<? extends SentenceWords> documents) {
        Tally tally = counter.tally();
        documents.forEach(tally::add);
        return tally.counts();
    }

    /** The lexicon of documents all of one language pair, summed on this machine on {@code threads} threads. */
    public static DictionaryLexicon learn(List<? extends SentenceWords> documents, int threads) {
        return learn(Corpus.of(documents, threads));
    }

    /**
     * As {@link #learn(List, int)}, keeping the word pairs each at least {@code threshold} likely given
     * the other ({@link LexiconLearner#DEFAULT_THRESHOLD} for a translation memory or corpus).
     */
    public static DictionaryLexicon learn(List<? extends SentenceWords> documents, int threads, double threshold) {
        return learn(Corpus.of(documents, threads), threshold);
    }

    /**
     * The lexicon of a corpus all of one language pair, from a batch's first pass: the same however its
     * sums are computed.
     */
    public static DictionaryLexicon learn(Corpus corpus) {
        return learn(corpus, LexiconLearner.FIRST_PASS_THRESHOLD);
    }

    /** As {@link #learn(Corpus)}, keeping the word pairs each at least {@code threshold} likely given the other. */
    public static DictionaryLexicon learn(Corpus corpus, double threshold) {
        Model model = model(corpus);
        Shared<Model> shared = corpus.share(model);
        double[] probabilities = null;
        try {
            for (int round = 0; round < ROUNDS; round++) {
                probabilities = model.normalise(expectedCounts(corpus, shared, probabilities).counts);
            }
        } finally {
            shared.release();
        }
        return model.lexicon(probabilities, threshold, corpus.union(SentenceWords::sourceFunction),
                corpus.union(SentenceWords::targetFunction));
    }

    /** The corpus's words and word pairs, numbered, and how many sentence pairs hold each word pair. */
    static Model model(Corpus corpus) {
        Vocabulary sources = new Vocabulary(corpus.union(document -> words(document.sources())));
        Vocabulary targets = new Vocabulary(corpus.union(document -> words(document.targets())));
        Shared<Vocabulary> sharedSources = corpus.share(sources);
        Shared<Vocabulary> sharedTargets = corpus.share(targets);
        try {
            return Model.of(sources, targets,
                    (PairCounts.Sparse) corpus.sum(new CoOccurrenceCounter(sharedSources, sharedTargets)));
        } finally {
            sharedSources.release();
            sharedTargets.release();
        }
    }

    /** One round's expected counts over the corpus under {@code probabilities} (null: every pair alike). */
    static PairCounts.Dense expectedCounts(Corpus corpus, Shared<Model> model, double[] probabilities) {
        Shared<double[]> shared = probabilities == null ? null : corpus.share(probabilities);
        try {
            return (PairCounts.Dense) corpus.sum(new ExpectedCounter(model, shared));
        } finally {
            if (shared != null) {
                shared.release();
            }
        }
    }

    private static Set<String> words(List<String[]> sentences) {
        Set<String> words = new HashSet<>();
        for (String[] sentence : sentences) {
            words.addAll(Arrays.asList(sentence));
        }
        return words;
    }

    /**
     * The numbered words and word pairs of a corpus. Forward pairs are {@code (target word, given source
     * word)}, backward pairs {@code (source word, given target word)}; a given word numbered as the size
     * of its vocabulary is the empty word, which a word may translate to instead of any word of the
     * other sentence. Probabilities and counts number the forward pairs first, then the backward ones.
     *
     * @param together how many sentence pairs hold both words, keyed by forward pair
     */
    record Model(Vocabulary sources, Vocabulary targets, WordPairIndex forward, WordPairIndex backward,
                 PairCounts.Sparse together) implements Serializable {
        private static final long serialVersionUID = 1L;

        static Model of(Vocabulary sources, Vocabulary targets, PairCounts.Sparse together) {
            int n = together.size();
            long[] forward = new long[n + targets.size()];
            long[] backward = new long[n + sources.size()];
            int[] at = {0};
            together.forEach((key, count) -> {
                forward[at[0]] = key;
                backward[at[0]] = key << 32 | key >>> 32;
                at[0]++;
            });
            for (int target = 0; target < targets.size(); target++) {
                forward[n + target] = WordPairIndex.key(target, sources.size());
            }
            for (int source = 0; source < sources.size(); source++) {
                backward[n + source] = WordPairIndex.key(source, targets.size());
            }
            return new Model(sources, targets, WordPairIndex.of(forward, targets.size()),
                    WordPairIndex.of(backward, sources.size()), together);
        }

        int size() {
            return forward.size() + backward.size();
        }

        /** The number of {@code p(target | source)}, {@code source} as the size of the source vocabulary for the empty word. */
        int forwardPair(int target, int source) {
            return forward.find(target, source);
        }

        /** The number of {@code p(source | target)}. */
        int backwardPair(int source, int target) {
            return forward.size() + backward.find(source, target);
        }

        /** Don't send the co-occurrences with every round: only the driver's lexicon reads them. */
        private Object writeReplace() {
            return new Model(sources, targets, forward, backward, null);
        }

        /** The next round's probabilities from the corpus's summed counts: each count over its given word's total. */
        double[] normalise(long[] counts) {
            double[] probabilities = new double[counts.length];
            normalise(forward, 0, sources.size() + 1, counts, probabilities);
            normalise(backward, forward.size(), targets.size() + 1, counts, probabilities);
            return probabilities;
        }

        private static void normalise(WordPairIndex index, int offset, int givens, long[] counts, double[] probabilities) {
            long[] totals = new long[givens];
            for (int pair = 0; pair < index.size(); pair++) {
                totals[index.given(pair)] += counts[offset + pair];
            }
            for (int pair = 0; pair < index.size(); pair++) {
                long total = totals[index.given(pair)];
                probabilities[offset + pair] = total == 0 ? 0.0 : (double) counts[offset + pair] / total;
            }
        }

        /**
         * The word translations of the last round: content-word pairs (neither word a function word anywhere
         * in the corpus) each likely given the other, that share at least {@link #MIN_TOGETHER} sentence pairs;
         * each target word's translations ordered by how many sentence pairs they share, then alphabetically.
         *
         * @param threshold      least probability of each word given the other
         * @param sourceFunction source words that are function words in some document; likewise {@code targetFunction}
         */
        DictionaryLexicon lexicon(double[] probabilities, double threshold, Set<String> sourceFunction,
                                  Set<String> targetFunction) {
            boolean[] sourceContent = content(sources, sourceFunction);
            boolean[] targetContent = content(targets, targetFunction);
            Map<String, List<Map.Entry<String, Long>>> byTarget = new TreeMap<>();
            together.forEach((key, count) -> {
                int target = (int) (key >>> 32);
                int source = (int) key;
                if (count >= MIN_TOGETHER && sourceContent[source] && targetContent[target]
                        && probabilities[forwardPair(target, source)] >= threshold
                        && probabilities[backwardPair(source, target)] >= threshold) {
                    byTarget.computeIfAbsent(targets.word(target), w -> new ArrayList<>())
                            .add(Map.entry(sources.word(source), count));
                }
            });
            Map<String, List<String>> entries = new HashMap<>();
            byTarget.forEach((word, candidates) -> entries.put(word, candidates.stream()
                    .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                            .thenComparing(Map.Entry::getKey))
                    .map(Map.Entry::getKey).toList()));
            return DictionaryLexicon.of(entries);
        }

        private static boolean[] content(Vocabulary words, Set<String> function) {
            boolean[] content = new boolean[words.size()];
            for (int id = 0; id < content.length; id++) {
                String word = words.word(id);
                content[id] = word.length() >= 2 && word.codePoints().allMatch(Character::isLetter) && !function.contains(word);
            }
            return content;
        }
    }

    /** How many sentence pairs of each document hold both words, by forward pair key. */
    private record CoOccurrenceCounter(Shared<Vocabulary> sources, Shared<Vocabulary> targets) implements Counter {
        @Override
        public Tally tally() {
            PairCounts.Sparse counts = PairCounts.sparse();
            Vocabulary sourceWords = sources.get();
            Vocabulary targetWords = targets.get();
            return new Tally() {
                @Override
                public void add(SentenceWords document) {
                    for (int k = 0; k < document.size(); k++) {
                        int[] targetIds = distinct(targetWords.ids(document.targets().get(k)));
                        int[] sourceIds = distinct(sourceWords.ids(document.sources().get(k)));
                        for (int target : targetIds) {
                            for (int source : sourceIds) {
                                counts.add(WordPairIndex.key(target, source), 1);
                            }
                        }
                    }
                }

                @Override
                public PairCounts counts() {
                    return counts;
                }
            };
        }

        private static int[] distinct(int[] ids) {
            return Arrays.stream(ids).sorted().distinct().toArray();
        }
    }

    /**
     * A round's expected counts: each word's one unit of count shared over the given words of its
     * sentence pair and the empty word, by probability, summed per document and rounded to fixed point.
     */
    private record ExpectedCounter(Shared<Model> model, Shared<double[]> probabilities) implements Counter {
        @Override
        public Tally tally() {
            return new ExpectedTally(model.get(), probabilities == null ? null : probabilities.get());
        }
    }

    /**
     * One thread's or partition's expected counts. Each document's pairs are numbered in the order they
     * first occur, so that each probability is read once per document and the shares add up in small
     * arrays, in the same order whatever else is counted beside.
     */
    private static final class ExpectedTally implements Tally {
        private final Model model;
        /** Null before the first round: every pair alike. */
        private final double[] probabilities;
        private final PairCounts.Dense counts;
        private final IntIntHashMap local = new IntIntHashMap();
        private int[] row = new int[1 << 12];
        private int[] pairs = new int[1 << 10];
        private double[] shareProbability = new double[1 << 10];
        private double[] shares = new double[1 << 10];

        ExpectedTally(Model model, double[] probabilities) {
            this.model = model;
            this.probabilities = probabilities;
            this.counts = PairCounts.dense(model.size());
        }

        @Override
        public void add(SentenceWords document) {
            int[][] sources = model.sources().ids(document.sources());
            int[][] targets = model.targets().ids(document.targets());
            add(targets, sources, model.forward(), 0, model.sources().size());
            add(sources, targets, model.backward(), model.forward().size(), model.targets().size());
        }

        /** @param empty the given word that stands for the empty word */
        private void add(int[][] words, int[][] given, WordPairIndex index, int offset, int empty) {
            int length = 0;
            for (int k = 0; k < words.length; k++) {
                length += words[k].length * (given[k].length + 1);
            }
            if (row.length < length) {
                row = new int[Math.max(length, row.length * 2)];
            }
            local.clear();
            int n = 0;
            int at = 0;
            for (int k = 0; k < words.length; k++) {
                int[] g = given[k];
                for (int word : words[k]) {
                    for (int x = 0; x <= g.length; x++) {
                        int pair = offset + index.find(word, x < g.length ? g[x] : empty);
                        int slot = local.indexOf(pair);
                        int id;
                        if (slot >= 0) {
                            id = local.indexGet(slot);
                        } else {
                            id = n++;
                            local.indexInsert(slot, pair, id);
                            if (pairs.length < n) {
                                pairs = Arrays.copyOf(pairs, pairs.length * 2);
                            }
                            pairs[id] = pair;
                        }
                        row[at++] = id;
                    }
                }
            }
            if (shares.length < n) {
                shares = new double[Math.max(n, shares.length * 2)];
                shareProbability = new double[shares.length];
            }
            for (int id = 0; id < n; id++) {
                shareProbability[id] = probabilities == null ? 1.0 : probabilities[pairs[id]];
                shares[id] = 0;
            }
            at = 0;
            for (int k = 0; k < words.length; k++) {
                int width = given[k].length + 1;
                for (int w = 0; w < words[k].length; w++, at += width) {
                    double z = 0;
                    for (int x = at; x < at + width; x++) {
                        z += shareProbability[row[x]];
                    }
                    for (int x = at; x < at + width; x++) {
                        shares[row[x]] += shareProbability[row[x]] / z;
                    }
                }
            }
            long[] sums = counts.counts;
            for (int id = 0; id < n; id++) {
                sums[pairs[id]] += Math.round(shares[id] * UNIT);
            }
        }

        @Override
        public PairCounts counts() {
            return counts;
        }
    }
}
