package org.tandem.align;

import java.util.List;

/** Target-language word to source-language words, from a bilingual dictionary. Keys are accent-folded lower case. */
public interface Lexicon {
    Lexicon EMPTY = word -> List.of();

    List<String> sourceWordsFor(String foldedTargetWord);
}
