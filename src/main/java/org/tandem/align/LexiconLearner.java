package org.tandem.align;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tandem.text.Stopwords;
import org.tandem.text.TextTokenizer;
import org.tandem.text.Token;

/**
 * Learns a bilingual word list from sentence pairs with IBM Model 1 ({@link Ibm1}): from a
 * translation memory or parallel corpus a user has, or from the confident beads of a first alignment
 * pass over a batch of documents. Function words take part in the learning, where they soak up
 * probability that would otherwise pair content words wrongly, but only content words end up in
 * the lexicon, since only those are compared by the aligner.
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
    private static final int MIN_TOGETHER = 2;

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
        Vocabulary sourceWords = new Vocabulary(Stopwords.forLanguage(sourceLanguage));
        Vocabulary targetWords = new Vocabulary(Stopwords.forLanguage(targetLanguage));
        TextTokenizer tokenizer = new TextTokenizer();
        int[][] s = new int[source.size()][];
        int[][] t = new int[target.size()][];
        for (int k = 0; k < s.length; k++) {
            s[k] = sourceWords.ids(tokenizer.tokenize(source.get(k)));
            t[k] = targetWords.ids(tokenizer.tokenize(target.get(k)));
        }
        Map<Long, Integer> pairs = Ibm1.mutualTranslations(s, t, threshold, MIN_TOGETHER);
        Map<String, List<Map.Entry<String, Integer>>> byTarget = new HashMap<>();
        pairs.forEach((pair, count) -> {
            int tw = (int) (pair >>> 32);
            int sw = (int) (long) pair;
            if (sourceWords.isContent(sw) && targetWords.isContent(tw)) {
                byTarget.computeIfAbsent(targetWords.word(tw), w -> new ArrayList<>())
                        .add(Map.entry(sourceWords.word(sw), count));
            }
        });
        Map<String, List<String>> entries = new HashMap<>();
        byTarget.forEach((word, candidates) -> entries.put(word, candidates.stream()
                .sorted(Comparator.<Map.Entry<String, Integer>>comparingInt(Map.Entry::getValue).reversed()
                        .thenComparing(Map.Entry::getKey))
                .map(Map.Entry::getKey).toList()));
        return DictionaryLexicon.of(entries);
    }

    /** Folded words to ids, remembering which are content words. */
    private static final class Vocabulary {
        private final Stopwords stopwords;
        private final Map<String, Integer> ids = new HashMap<>();
        private final List<String> words = new ArrayList<>();
        private final List<Boolean> content = new ArrayList<>();

        Vocabulary(Stopwords stopwords) {
            this.stopwords = stopwords;
        }

        int[] ids(List<Token> tokens) {
            return tokens.stream().filter(token -> !token.isNumber()).mapToInt(this::id).toArray();
        }

        private int id(Token token) {
            return ids.computeIfAbsent(token.folded(), word -> {
                words.add(word);
                content.add(word.length() >= 2 && word.codePoints().allMatch(Character::isLetter)
                        && !stopwords.contains(token.surface().toLowerCase(java.util.Locale.ROOT)));
                return words.size() - 1;
            });
        }

        boolean isContent(int id) {
            return content.get(id);
        }

        String word(int id) {
            return words.get(id);
        }
    }
}
