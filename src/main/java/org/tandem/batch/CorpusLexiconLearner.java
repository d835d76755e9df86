package org.tandem.batch;

import java.io.Serializable;
import java.util.ArrayList;
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

import org.tandem.align.DictionaryLexicon;
import org.tandem.align.LexiconLearner;

/**
 * The lexicon pass's learning as sums of per-document counts, so that one machine and a cluster learn
 * the same lexicon: IBM Model 1 in both directions, by expectation maximisation, as
 * {@link LexiconLearner} learns it from one list of sentences. Each round, every document's expected
 * counts under the current probabilities ({@link #expectedCounts}) are summed over the corpus, in any
 * order and on any number of machines, and the sums give the next probabilities ({@link #normalise}).
 * A word pair becomes a translation when each word is likely given the other and the two share enough
 * sentence pairs ({@link #coOccurrences}, {@link #lexicon}).
 *
 * <p>Every count is a whole number: expected counts are rounded to fixed point per document, so that
 * their sums are exact and the same whatever the order or grouping of the additions: {@code tandem
 * batch} sums them on one machine, the Spark job with {@code reduceByKey} across executors.
 */
public final class CorpusLexiconLearner {
    /** Expectation-maximisation rounds, as {@link LexiconLearner}'s. */
    public static final int ROUNDS = 5;
    /** Least number of sentence pairs holding both words, as {@link LexiconLearner}'s. */
    static final int MIN_TOGETHER = 2;
    /**
     * Fixed-point units per expected count: fine enough that rounding never decides a probability
     * (2^-24 of a count), coarse enough that a sum over billions of sentence pairs fits a long.
     */
    static final double UNIT = 1 << 24;
    /** The empty word, which a word may translate to instead of any word of the other sentence. */
    static final String EMPTY = "";

    private CorpusLexiconLearner() {
    }

    /**
     * A probability's key: {@code p(word | given)}, with {@code given} from the source side when
     * {@code forward}, from the target side otherwise. Also the key of a count.
     */
    public record Cell(boolean forward, String word, String given) implements Serializable {
        private static final long serialVersionUID = 1L;

        /**
         * Mixed, because a record's own hash ({@code 31·h(word) + h(given)}) collides so often over a
         * corpus's word pairs that the maps' bins turn into trees. No result depends on the order of a
         * map: every sum is exact and the lexicon is sorted.
         */
        @Override
        public int hashCode() {
            int h = word.hashCode() * 0x9E3779B1 + given.hashCode();
            h = (h ^ (h >>> 16)) * 0x85EBCA6B;
            h ^= h >>> 13;
            return forward ? h : ~h;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Cell cell && forward == cell.forward && word.equals(cell.word)
                    && given.equals(cell.given);
        }
    }

    /** Probabilities {@code p(word | given)} of a round, both directions; absent cells have none. */
    public record Probabilities(Map<Cell, Double> values) implements Serializable {
        private static final long serialVersionUID = 1L;

        /** Before the first round: every cell alike. */
        public static Probabilities uniform() {
            return new Probabilities(null);
        }

        double get(Cell cell) {
            return values == null ? 1.0 : values.getOrDefault(cell, 0.0);
        }
    }

    /** How many sentence pairs of the document hold both words, as forward cells (target word given source word). */
    public static Map<Cell, Long> coOccurrences(DocumentWords document) {
        Map<Cell, Long> together = new HashMap<>();
        for (int k = 0; k < document.size(); k++) {
            Set<String> targets = new HashSet<>(List.of(document.targets().get(k)));
            Set<String> sources = new HashSet<>(List.of(document.sources().get(k)));
            for (String target : targets) {
                for (String source : sources) {
                    together.merge(new Cell(true, target, source), 1L, Long::sum);
                }
            }
        }
        return together;
    }

    /** The document's expected counts of every cell under {@code current}, both directions, in fixed point. */
    public static Map<Cell, Long> expectedCounts(DocumentWords document, Probabilities current) {
        Map<Cell, Long> counts = new HashMap<>();
        addExpected(true, document.targets(), document.sources(), current, counts);
        addExpected(false, document.sources(), document.targets(), current, counts);
        return counts;
    }

    /**
     * Each word's one unit of count shared over the given words of its sentence pair and the empty word,
     * by probability. The document's cells are numbered first, so that each probability is looked up once
     * and the shares add up in arrays.
     */
    private static void addExpected(boolean forward, List<String[]> words, List<String[]> given, Probabilities current,
                                    Map<Cell, Long> out) {
        Map<Long, Integer> cellIds = new HashMap<>();
        Map<String, Integer> wordIds = new HashMap<>();
        Map<String, Integer> givenIds = new HashMap<>();
        List<Cell> cells = new ArrayList<>();
        int[][] rows = new int[words.size()][];
        for (int k = 0; k < rows.length; k++) {
            String[] g = given.get(k);
            int[] row = new int[words.get(k).length * (g.length + 1)];
            int n = 0;
            for (String word : words.get(k)) {
                long wordId = wordIds.computeIfAbsent(word, w -> wordIds.size());
                for (int x = 0; x <= g.length; x++) {
                    String givenWord = x < g.length ? g[x] : EMPTY;
                    long key = wordId << 32 | givenIds.computeIfAbsent(givenWord, w -> givenIds.size());
                    Integer id = cellIds.get(key);
                    if (id == null) {
                        id = cells.size();
                        cellIds.put(key, id);
                        cells.add(new Cell(forward, word, givenWord));
                    }
                    row[n++] = id;
                }
            }
            rows[k] = row;
        }
        double[] p = new double[cells.size()];
        for (int c = 0; c < p.length; c++) {
            p[c] = current.get(cells.get(c));
        }
        double[] counts = new double[cells.size()];
        for (int k = 0; k < rows.length; k++) {
            int width = given.get(k).length + 1;
            int[] row = rows[k];
            for (int start = 0; start < row.length; start += width) {
                double z = 0;
                for (int x = start; x < start + width; x++) {
                    z += p[row[x]];
                }
                for (int x = start; x < start + width; x++) {
                    counts[row[x]] += p[row[x]] / z;
                }
            }
        }
        for (int c = 0; c < counts.length; c++) {
            out.put(cells.get(c), Math.round(counts[c] * UNIT));
        }
    }

    /** The next round's probabilities from the corpus's summed counts: each count over its given word's total. */
    public static Probabilities normalise(Map<Cell, Long> summed) {
        Map<Cell, Long> totals = new HashMap<>();
        summed.forEach((cell, count) -> totals.merge(new Cell(cell.forward(), EMPTY, cell.given()), count, Long::sum));
        Map<Cell, Double> probabilities = new HashMap<>(summed.size() * 2);
        summed.forEach((cell, count) -> {
            long total = totals.get(new Cell(cell.forward(), EMPTY, cell.given()));
            probabilities.put(cell, total == 0 ? 0.0 : (double) count / total);
        });
        return new Probabilities(probabilities);
    }

    /**
     * The word translations of the last round: content-word pairs (neither word a function word anywhere
     * in the corpus) each likely given the other, that share at least {@link #MIN_TOGETHER} sentence pairs;
     * each target word's translations ordered by how many sentence pairs they share, then alphabetically.
     *
     * @param together       summed {@link #coOccurrences}
     * @param sourceFunction source words that are function words in some document; likewise {@code targetFunction}
     */
    public static DictionaryLexicon lexicon(Probabilities last, Map<Cell, Long> together, Set<String> sourceFunction,
                                            Set<String> targetFunction) {
        double threshold = LexiconLearner.FIRST_PASS_THRESHOLD;
        Map<String, List<Map.Entry<String, Long>>> byTarget = new TreeMap<>();
        together.forEach((cell, count) -> {
            String target = cell.word();
            String source = cell.given();
            if (count >= MIN_TOGETHER && isContent(source, sourceFunction) && isContent(target, targetFunction)
                    && last.get(cell) >= threshold && last.get(new Cell(false, source, target)) >= threshold) {
                byTarget.computeIfAbsent(target, w -> new ArrayList<>()).add(Map.entry(source, count));
            }
        });
        Map<String, List<String>> entries = new HashMap<>();
        byTarget.forEach((word, candidates) -> entries.put(word, candidates.stream()
                .sorted(Comparator.<Map.Entry<String, Long>>comparingLong(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList()));
        return DictionaryLexicon.of(entries);
    }

    private static boolean isContent(String word, Set<String> function) {
        return word.length() >= 2 && word.codePoints().allMatch(Character::isLetter) && !function.contains(word);
    }

    /** Adds {@code counts} into {@code sum}: the reduction, exact in any order. */
    public static void addInto(Map<Cell, Long> sum, Map<Cell, Long> counts) {
        counts.forEach((cell, count) -> sum.merge(cell, count, Long::sum));
    }

    /** One document's counts, given what every document reads (the current probabilities). */
    @FunctionalInterface
    public interface Counter extends Serializable {
        Map<Cell, Long> count(DocumentWords document, Probabilities shared);
    }

    /** Some words of one document. */
    @FunctionalInterface
    public interface Words extends Serializable {
        Set<String> of(DocumentWords document);
    }

    /**
     * The documents of one language pair, wherever they are: what the learner needs of them is sums
     * and unions over all of them, which a cluster computes where the documents are.
     */
    public interface Corpus {
        /** The sum over every document of {@code counter}'s counts, each made with {@code shared}. */
        Map<Cell, Long> sum(Counter counter, Probabilities shared);

        /** The union over every document of {@code words}. */
        Set<String> union(Words words);

        /** Documents in a list on this machine, their counts made on {@code threads} threads. */
        static Corpus of(List<DocumentWords> documents, int threads) {
            return new Corpus() {
                @Override
                public Map<Cell, Long> sum(Counter counter, Probabilities shared) {
                    // One sum per thread over a contiguous share of the documents, merged at the end: few
                    // large maps alive at once.
                    int shares = Math.max(1, Math.min(threads, documents.size()));
                    ExecutorService pool = Executors.newFixedThreadPool(shares);
                    try {
                        List<Future<Map<Cell, Long>>> sums = new ArrayList<>();
                        for (int k = 0; k < shares; k++) {
                            List<DocumentWords> share = documents.subList(k * documents.size() / shares,
                                    (k + 1) * documents.size() / shares);
                            sums.add(pool.submit(() -> {
                                Map<Cell, Long> sum = new HashMap<>();
                                for (DocumentWords document : share) {
                                    addInto(sum, counter.count(document, shared));
                                }
                                return sum;
                            }));
                        }
                        Map<Cell, Long> total = sums.get(0).get();
                        for (int k = 1; k < shares; k++) {
                            addInto(total, sums.get(k).get());
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

    /** The lexicon of documents all of one language pair, summed on this machine on {@code threads} threads. */
    public static DictionaryLexicon learn(List<DocumentWords> documents, int threads) {
        return learn(Corpus.of(documents, threads));
    }

    /** The lexicon of a corpus all of one language pair: the same however its sums are computed. */
    public static DictionaryLexicon learn(Corpus corpus) {
        Map<Cell, Long> together = corpus.sum((document, shared) -> coOccurrences(document), Probabilities.uniform());
        Set<String> sourceFunction = corpus.union(DocumentWords::sourceFunction);
        Set<String> targetFunction = corpus.union(DocumentWords::targetFunction);
        Probabilities current = Probabilities.uniform();
        for (int round = 0; round < ROUNDS; round++) {
            current = normalise(corpus.sum(CorpusLexiconLearner::expectedCounts, current));
        }
        return lexicon(current, together, sourceFunction, targetFunction);
    }
}
