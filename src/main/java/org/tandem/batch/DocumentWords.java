package org.tandem.batch;

import java.io.Serializable;
import java.util.List;
import java.util.Set;

import org.tandem.ConfidentPairs;
import org.tandem.align.CorpusLexiconLearner;
import org.tandem.align.SentenceWords;
import org.tandem.align.WordSentences;

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
                            Set<String> sourceFunction, Set<String> targetFunction) implements SentenceWords, Serializable {
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
        WordSentences words = WordSentences.of(pairs.sourceLanguage(), pairs.targetLanguage(), pairs.sources(),
                pairs.targets());
        return new DocumentWords(new LanguagePair(pairs.sourceLanguage(), pairs.targetLanguage()), words.sources(),
                words.targets(), words.sourceFunction(), words.targetFunction());
    }

    @Override
    public int size() {
        return sources.size();
    }

    /** Only the first {@code count} sentence pairs (all of them when there are fewer). */
    public DocumentWords first(int count) {
        return count >= size() ? this
                : new DocumentWords(languages, sources.subList(0, count), targets.subList(0, count), sourceFunction,
                targetFunction);
    }
}
