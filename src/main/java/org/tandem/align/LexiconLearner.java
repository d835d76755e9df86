package org.tandem.align;

import java.util.ArrayList;
import java.util.List;


/**
 * Learns a bilingual word list from sentence pairs with IBM Model 1: from a translation memory or
 * parallel corpus a user has, or from the confident beads of a first alignment pass. The learning is
 * {@link CorpusLexiconLearner}'s, the batch's, over the sentence pairs taken in shares of
 * {@link #SHARE} (so that every core counts a share). Function words take part in the learning, where
 * they soak up probability that would otherwise pair content words wrongly, but only content words end
 * up in the lexicon, since only those are compared by the aligner.
 */
public final class LexiconLearner {
    /**
     * Least probability of each word given the other, for a translation memory or corpus. Tuned on dev
     * data; BENCHMARKS.md, "Tuning notes".
     */
    public static final double DEFAULT_THRESHOLD = 0.2;
    /**
     * The same for the few hundred confident beads of a first alignment pass, whose probabilities
     * come out flatter. Tuned on dev data; BENCHMARKS.md, "Tuning notes".
     */
    public static final double FIRST_PASS_THRESHOLD = 0.1;
    /**
     * Sentence pairs counted as one document. Not tuned: a unit of work for a thread (the counts are
     * rounded to fixed point per document, 2^-24 of a count, which decides no word pair).
     */
    static final int SHARE = 1_000;

    private final String sourceLanguage;
    private final String targetLanguage;
    private final double threshold;

    public LexiconLearner(String sourceLanguage, String targetLanguage) {
        this(sourceLanguage, targetLanguage, DEFAULT_THRESHOLD);
    }

    public LexiconLearner(String sourceLanguage, String targetLanguage, double threshold) {
        this.sourceLanguage = sourceLanguage;
        this.targetLanguage = targetLanguage;
        this.threshold = threshold;
    }

    /** The lexicon learned from parallel sentences, {@code source.get(k)} translated by {@code target.get(k)}. */
    public DictionaryLexicon learn(List<String> source, List<String> target) {
        if (source.size() != target.size()) {
            throw new IllegalArgumentException("the two sides have " + source.size() + " and " + target.size()
                    + " sentences; a parallel corpus has as many on each side");
        }
        List<SentenceWords> shares = new ArrayList<>();
        for (int from = 0; from < source.size(); from += SHARE) {
            int to = Math.min(source.size(), from + SHARE);
            shares.add(WordSentences.of(sourceLanguage, targetLanguage, source.subList(from, to), target.subList(from, to)));
        }
        return CorpusLexiconLearner.learn(shares, Runtime.getRuntime().availableProcessors(), threshold);
    }
}
