package org.tandem.align;

import java.util.List;

/** Target-language word to source-language words, from a bilingual dictionary. Keys are accent-folded lower case. */
public interface Lexicon {
    Lexicon EMPTY = word -> List.of();

    List<String> sourceWordsFor(String foldedTargetWord);

    /**
     * Every (target word, source word) entry, for indexes built over the whole lexicon (by stem, say).
     * A lexicon that cannot list its entries lists none: it is then only looked up word by word.
     */
    default void forEachEntry(java.util.function.BiConsumer<String, String> targetAndSource) {
    }
}
