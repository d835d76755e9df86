package org.tandem.batch;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import org.tandem.ConfidentPairs;
import org.tandem.text.Stopwords;
import org.tandem.text.TextTokenizer;
import org.tandem.text.Token;

/**
 * The confident sentence pairs of one document's first pass as folded words, numbers left out: what
 * the lexicon pass learns from ({@link CorpusLexiconLearner}). Small and serializable, so that a
 * distributed batch keeps it on the executor that aligned the document.
 *
 * @param sources        the words of each confident pair's source sentence
 * @param targets        the words of the same pairs' target sentences, in the same order
 * @param sourceFunction source words that stood as a function word (a stop word) somewhere in the document
 * @param targetFunction the same on the target side
 */
public record DocumentWords(LanguagePair languages, List<String[]> sources, List<String[]> targets,
                            Set<String> sourceFunction, Set<String> targetFunction) implements Serializable {
    private static final long serialVersionUID = 1L;

    public DocumentWords {
        if (sources.size() != targets.size()) {
            throw new IllegalArgumentException(sources.size() + " source and " + targets.size() + " target sentences");
        }
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        sourceFunction = Set.copyOf(sourceFunction);
        targetFunction = Set.copyOf(targetFunction);
    }

    public static DocumentWords of(ConfidentPairs pairs) {
        TextTokenizer tokenizer = new TextTokenizer();
        Side source = new Side(Stopwords.forLanguage(pairs.sourceLanguage()));
        Side target = new Side(Stopwords.forLanguage(pairs.targetLanguage()));
        List<String[]> sources = new ArrayList<>();
        List<String[]> targets = new ArrayList<>();
        for (int k = 0; k < pairs.size(); k++) {
            sources.add(source.words(tokenizer.tokenize(pairs.sources().get(k))));
            targets.add(target.words(tokenizer.tokenize(pairs.targets().get(k))));
        }
        return new DocumentWords(new LanguagePair(pairs.sourceLanguage(), pairs.targetLanguage()), sources, targets,
                source.function, target.function);
    }

    public int size() {
        return sources.size();
    }

    /** Only the first {@code count} sentence pairs (all of them when there are fewer). */
    public DocumentWords first(int count) {
        return count >= size() ? this
                : new DocumentWords(languages, sources.subList(0, count), targets.subList(0, count), sourceFunction,
                targetFunction);
    }

    /** One side's tokens as folded words, noting those that are function words. */
    private static final class Side {
        private final Stopwords stopwords;
        private final Set<String> function = new TreeSet<>();
        /** One string per word of the document: a corpus's documents are kept between the passes. */
        private final java.util.Map<String, String> canonical = new java.util.HashMap<>();

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
