package org.tandem.flag;

import java.util.HashMap;
import java.util.Map;

/**
 * How often each name occurs in one document, and whether two spellings are one name:
 * {@code Putin}/{@code Poetin} and {@code Sergey}/{@code Sergej} are the same name written by two
 * languages.
 */
final class NameIndex {
    private final Map<String, Integer> counts = new HashMap<>();
    private final java.util.Set<String> lowerCaseWords = new java.util.HashSet<>();
    private final java.util.Set<String> insideSentence = new java.util.HashSet<>();

    void add(String foldedName) {
        if (!foldedName.isEmpty()) {
            counts.merge(foldedName, 1, Integer::sum);
        }
    }

    /** Records a capitalised word that does not open a sentence: the capital marks a name. */
    void addInsideSentence(String foldedName) {
        insideSentence.add(foldedName);
    }

    /**
     * Whether the document writes the word as a name at least once. A capital that only ever opens a
     * sentence proves nothing: an untranslated sentence left in the other language starts that way.
     */
    boolean writesAsName(String foldedName) {
        return insideSentence.contains(foldedName);
    }

    /** Records a word written in lower case: its capitalised form elsewhere is a title or an opener, not a name. */
    void addLowerCase(String foldedWord) {
        lowerCaseWords.add(foldedWord);
    }

    boolean isCommonWord(String foldedName) {
        return lowerCaseWords.contains(foldedName);
    }

    int count(String foldedName) {
        return counts.getOrDefault(foldedName, 0);
    }

    /**
     * Equal, or a shared stem ({@code west}/{@code westen}), or one or two edits apart for names long
     * enough that such a distance is still a spelling variant rather than another word: two edits from
     * five letters when the initial agrees ({@code putin}/{@code poetin}), from seven otherwise.
     */
    static boolean sameName(String a, String b) {
        if (a.equals(b)) {
            return true;
        }
        int shorter = Math.min(a.length(), b.length());
        if (shorter < 4) {
            return false;
        }
        int prefix = 0;
        while (prefix < shorter && a.charAt(prefix) == b.charAt(prefix)) {
            prefix++;
        }
        if (prefix >= 4 && prefix >= 0.6 * shorter) {
            return true;
        }
        int allowed = shorter >= 7 || (shorter >= 5 && a.charAt(0) == b.charAt(0)) ? 2 : 1;
        return Math.abs(a.length() - b.length()) <= allowed && editDistance(a, b, allowed) <= allowed;
    }

    /** Levenshtein distance, giving up once it exceeds {@code limit}. */
    static int editDistance(String a, String b, int limit) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            int rowMin = current[0];
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
