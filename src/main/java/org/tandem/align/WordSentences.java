package org.tandem.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.tandem.text.Stopwords;
import org.tandem.text.TextTokenizer;
import org.tandem.text.Token;

/** Sentence pairs tokenized into {@link SentenceWords}. */
public record WordSentences(List<String[]> sources, List<String[]> targets, Set<String> sourceFunction,
                            Set<String> targetFunction) implements SentenceWords {

    /** {@code sources.get(k)} translated by {@code targets.get(k)}, tokenized and folded. */
    public static WordSentences of(String sourceLanguage, String targetLanguage, List<String> sources,
                                   List<String> targets) {
        if (sources.size() != targets.size()) {
            throw new IllegalArgumentException(sources.size() + " source and " + targets.size() + " target sentences");
        }
        TextTokenizer tokenizer = new TextTokenizer();
        Side source = new Side(Stopwords.forLanguage(sourceLanguage));
        Side target = new Side(Stopwords.forLanguage(targetLanguage));
        List<String[]> sourceWords = new ArrayList<>();
        List<String[]> targetWords = new ArrayList<>();
        for (int k = 0; k < sources.size(); k++) {
            sourceWords.add(source.words(tokenizer.tokenize(sources.get(k))));
            targetWords.add(target.words(tokenizer.tokenize(targets.get(k))));
        }
        return new WordSentences(sourceWords, targetWords, source.function, target.function);
    }

    /** One side's tokens as folded words, noting those that are function words. */
    private static final class Side {
        private final Stopwords stopwords;
        private final Set<String> function = new TreeSet<>();
        /** One string per word of the document: a corpus's documents are kept between the passes. */
        private final Map<String, String> canonical = new HashMap<>();

        Side(Stopwords stopwords) {
            this.stopwords = stopwords;
        }

        String[] words(List<Token> tokens) {
            List<String> words = new ArrayList<>();
            for (Token token : tokens) {
                if (!token.isNumber()) {
                    words.add(canonical.computeIfAbsent(token.folded(), word -> word));
                    if (stopwords.contains(token.surface().toLowerCase(Locale.ROOT))) {
                        function.add(token.folded());
                    }
                }
            }
            return words.toArray(String[]::new);
        }
    }
}
