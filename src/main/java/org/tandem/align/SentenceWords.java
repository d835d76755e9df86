package org.tandem.align;

import java.util.List;
import java.util.Set;

/**
 * Sentence pairs as folded words, numbers left out, with the words that stood as function words: what
 * the lexicon learner ({@link CorpusLexiconLearner}) reads of a document.
 */
public interface SentenceWords {
    /** The words of each source sentence. */
    List<String[]> sources();

    /** The words of the same pairs' target sentences, in the same order. */
    List<String[]> targets();

    /** Source words that stood as a function word (a stop word) somewhere in these sentences. */
    Set<String> sourceFunction();

    /** The same on the target side. */
    Set<String> targetFunction();

    default int size() {
        return sources().size();
    }
}
