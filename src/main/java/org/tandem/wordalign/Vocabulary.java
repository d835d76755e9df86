package org.tandem.wordalign;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tandem.text.NumberNormalizer;

/**
 * The distinct folded words of one side of a document, with what the lexical evidence compares of
 * each, worked out once per word rather than once per word pair.
 */
final class Vocabulary {
    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> words = new ArrayList<>();
    // Per word id, in primitive arrays: the evidence reads them for every word pair of every bead.
    private boolean[] contents = new boolean[64];
    /** Canonical number id, shared by both sides' vocabularies through {@code numbers}; -1 for a word. */
    private int[] numberIds = new int[64];
    private long[] skeletons = new long[64];
    private int[] stemIds = new int[64];
    private final Map<String, Integer> numbers;
    private final Map<String, Integer> stems = new HashMap<>();
    private final Stemmer stemmer;
    private final String language;
    private final org.tandem.text.Stopwords functionWords;

    Vocabulary(Map<String, Integer> sharedNumbers, String language) {
        this.numbers = sharedNumbers;
        this.language = language;
        this.stemmer = new Stemmer(language);
        this.functionWords = org.tandem.text.Stopwords.closedClass(language);
    }

    /** The side's language, as given. */
    String language() {
        return language;
    }

    /** Whether a folded word is a function word of the side's language, as {@link WordTokenizer} reads them. */
    boolean functionWord(String folded) {
        return functionWords.contains(folded);
    }

    int[] ids(List<WordToken> tokens) {
        int[] out = new int[tokens.size()];
        for (int k = 0; k < out.length; k++) {
            out[k] = id(tokens.get(k));
        }
        return out;
    }

    int id(WordToken token) {
        Integer id = ids.get(token.folded());
        if (id != null) {
            return id;
        }
        int next = words.size();
        ids.put(token.folded(), next);
        words.add(token.folded());
        if (next == contents.length) {
            int grown = next * 2;
            contents = java.util.Arrays.copyOf(contents, grown);
            numberIds = java.util.Arrays.copyOf(numberIds, grown);
            skeletons = java.util.Arrays.copyOf(skeletons, grown);
            stemIds = java.util.Arrays.copyOf(stemIds, grown);
        }
        contents[next] = token.content();
        int number = -1;
        if (token.number()) {
            String canonical = NumberNormalizer.normalize(token.surface()).orElse(token.folded());
            number = numbers.computeIfAbsent(canonical, k -> numbers.size());
        }
        numberIds[next] = number;
        skeletons[next] = skeleton(token.folded());
        stemIds[next] = stemId(token.folded());
        return next;
    }

    /** The id of the word's stem among this side's stems, made on first sight. */
    int stemId(String folded) {
        return stems.computeIfAbsent(stemmer.stem(folded), k -> stems.size());
    }

    /** The id of the stem of word {@code id}. */
    int stemOf(int id) {
        return stemIds[id];
    }

    String stem(String folded) {
        return stemmer.stem(folded);
    }

    /** The id of a folded word already seen, or -1. */
    int find(String folded) {
        return ids.getOrDefault(folded, -1);
    }

    int size() {
        return words.size();
    }

    String word(int id) {
        return words.get(id);
    }

    boolean content(int id) {
        return contents[id];
    }

    int number(int id) {
        return numberIds[id];
    }

    long skeleton(int id) {
        return skeletons[id];
    }

    /**
     * The first three consonants, packed into a long; 0 for words shorter than five letters, whose
     * skeletons collide too often. {@code Oekraïne}/{@code Ukraine} and {@code wapens}/{@code weapons}
     * share theirs.
     */
    private static long skeleton(String folded) {
        if (folded.length() < 5) {
            return 0;
        }
        long packed = 0;
        int found = 0;
        for (int i = 0; i < folded.length() && found < 3; i++) {
            char c = folded.charAt(i);
            if (!Character.isLetter(c)) {
                return 0;
            }
            if ("aeiouy".indexOf(c) < 0) {
                packed = (packed << 16) | c;
                found++;
            }
        }
        return found == 3 ? packed : 0;
    }
}
