package org.tandem.align;

import java.util.ArrayList;
import java.util.List;

/**
 * Several lexicons as one: a target word's source words are those of every part, in part order,
 * each once. Lets the two directions of a language pair (eng-nld and nld-eng), which list
 * different words, add up.
 */
public final class LexiconUnion implements Lexicon {
    private final List<Lexicon> parts;

    private LexiconUnion(List<Lexicon> parts) {
        this.parts = parts;
    }

    /** The union; a single part comes back unwrapped and none gives {@link Lexicon#EMPTY}. */
    public static Lexicon of(List<? extends Lexicon> parts) {
        if (parts.isEmpty()) {
            return Lexicon.EMPTY;
        }
        if (parts.size() == 1) {
            return parts.get(0);
        }
        return new LexiconUnion(List.copyOf(parts));
    }

    public static Lexicon of(Lexicon... parts) {
        return of(List.of(parts));
    }

    @Override
    public List<String> sourceWordsFor(String foldedTargetWord) {
        List<String> merged = null;
        for (Lexicon part : parts) {
            List<String> words = part.sourceWordsFor(foldedTargetWord);
            if (words.isEmpty()) {
                continue;
            }
            if (merged == null) {
                merged = new ArrayList<>(words);
            } else {
                for (String word : words) {
                    if (!merged.contains(word)) {
                        merged.add(word);
                    }
                }
            }
        }
        return merged == null ? List.of() : merged;
    }

    @Override
    public void forEachEntry(java.util.function.BiConsumer<String, String> targetAndSource) {
        for (Lexicon part : parts) {
            part.forEachEntry(targetAndSource);
        }
    }
}
