package org.tandem.align;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.Serializable;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of one side of a corpus, each numbered by its place in sorted order, so that the lexicon
 * learner counts word pairs in arrays keyed by number instead of maps keyed by strings. Sorted, so
 * that every machine that builds it from the same words numbers them alike.
 */
final class Vocabulary implements Serializable {
    private static final long serialVersionUID = 1L;

    private final String[] words;
    /** Rebuilt where the vocabulary is read back (a Spark executor), not sent. */
    private transient Map<String, Integer> ids;

    Vocabulary(Collection<String> words) {
        this.words = words.toArray(String[]::new);
        Arrays.sort(this.words);
        this.ids = numbered(this.words);
    }

    private static Map<String, Integer> numbered(String[] words) {
        Map<String, Integer> ids = new HashMap<>(words.length * 2);
        for (int id = 0; id < words.length; id++) {
            ids.put(words[id], id);
        }
        return ids;
    }

    int size() {
        return words.length;
    }

    String word(int id) {
        return words[id];
    }

    /** The number of {@code word}, which must be in the vocabulary. */
    int id(String word) {
        Integer id = ids.get(word);
        if (id == null) {
            throw new IllegalArgumentException("not in the corpus's words: " + word);
        }
        return id;
    }

    /** The numbers of {@code sentence}'s words, in order; every word must be in the vocabulary. */
    int[] ids(String[] sentence) {
        int[] numbers = new int[sentence.length];
        for (int i = 0; i < numbers.length; i++) {
            numbers[i] = id(sentence[i]);
        }
        return numbers;
    }

    /** Every sentence's word numbers. */
    int[][] ids(List<String[]> sentences) {
        int[][] numbers = new int[sentences.size()][];
        for (int k = 0; k < numbers.length; k++) {
            numbers[k] = ids(sentences.get(k));
        }
        return numbers;
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
        in.defaultReadObject();
        ids = numbered(words);
    }
}
