package org.tandem.wordalign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.WeakHashMap;

import org.tandem.align.Lexicon;

/**
 * A lexicon's entries by the stem of their target word: a dictionary lists one form of a word
 * ({@code kiezer}, {@code verkiezing}, {@code jaar}) and a text uses another ({@code kiezers},
 * {@code verkiezingen}, {@code jaren}); looked up by stem, every listed form translates every form of
 * the same stem. A language without a stemmer, or a lexicon that cannot list its entries, gives an
 * empty index, and the words are then looked up as they are.
 */
final class LexiconStems {
    private static final LexiconStems NONE = new LexiconStems(Map.of());
    /**
     * Built once per lexicon and language and kept while the lexicon lives: a benchmark or batch aligns
     * hundreds of documents with one lexicon, and stemming a FreeDict's entries takes a while.
     */
    private static final Map<Lexicon, Map<String, LexiconStems>> BUILT = new WeakHashMap<>();

    private final Map<String, List<String>> sourceWordsByStem;

    private LexiconStems(Map<String, List<String>> sourceWordsByStem) {
        this.sourceWordsByStem = sourceWordsByStem;
    }

    static LexiconStems of(Lexicon lexicon, String targetLanguage) {
        Stemmer stemmer = new Stemmer(targetLanguage);
        if (!stemmer.known() || lexicon == Lexicon.EMPTY) {
            return NONE;
        }
        synchronized (BUILT) {
            return BUILT.computeIfAbsent(lexicon, k -> new HashMap<>())
                    .computeIfAbsent(String.valueOf(targetLanguage), language -> build(lexicon, stemmer));
        }
    }

    private static LexiconStems build(Lexicon lexicon, Stemmer stemmer) {
        Map<String, String> stems = new HashMap<>();
        Map<String, Set<String>> byStem = new HashMap<>();
        lexicon.forEachEntry((target, source) -> byStem
                .computeIfAbsent(stems.computeIfAbsent(target, stemmer::stem), k -> new LinkedHashSet<>(4))
                .add(source));
        Map<String, List<String>> frozen = new HashMap<>(byStem.size() * 2);
        byStem.forEach((stem, sources) -> frozen.put(stem, List.copyOf(new ArrayList<>(sources))));
        return new LexiconStems(frozen);
    }

    /**
     * The source words of the entries under the stem of the longest beginning of this word that is at
     * most {@code maxExtra} letters shorter, but at least {@code least} long: a comparative, superlative
     * or other derived form that the stemmer keeps whole ({@code hoogste} for {@code hoog}); empty when
     * there is none. The beginnings are stemmed too, since a stemmer may respell a stem ({@code hoog}
     * is {@code hog}).
     */
    List<String> sourceWordsForPrefixOf(String word, java.util.function.UnaryOperator<String> stem, int least,
                                        int maxExtra) {
        for (int k = word.length() - 1; k >= Math.max(least, word.length() - maxExtra); k--) {
            List<String> found = sourceWordsByStem.get(stem.apply(word.substring(0, k)));
            if (found != null) {
                return found;
            }
        }
        return List.of();
    }

    /** The source words of every entry whose target word has this stem. */
    List<String> sourceWordsFor(String stem) {
        return sourceWordsByStem.getOrDefault(stem, List.of());
    }
}
