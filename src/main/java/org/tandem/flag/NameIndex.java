package org.tandem.flag;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The names of one document, for fuzzy look-up: {@code Putin}/{@code Poetin} and
 * {@code Sergey}/{@code Sergej} are the same name written by two languages.
 */
final class NameIndex {
    private final Map<Character, List<String>> byInitial = new HashMap<>();
    private final Map<String, Boolean> memo = new HashMap<>();

    void add(String foldedName) {
        if (foldedName.isEmpty()) {
            return;
        }
        List<String> bucket = byInitial.computeIfAbsent(foldedName.charAt(0), c -> new ArrayList<>());
        if (!bucket.contains(foldedName)) {
            bucket.add(foldedName);
        }
    }

    /** Whether the document has this name or a spelling of it. */
    boolean containsLike(String foldedName) {
        return memo.computeIfAbsent(foldedName, this::search);
    }

    private boolean search(String name) {
        for (List<String> bucket : byInitial.values()) {
            for (String candidate : bucket) {
                if (Math.abs(candidate.length() - name.length()) <= 2 && sameName(name, candidate)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * Equal, or a shared stem ({@code west}/{@code westen}), or one or two edits apart for names long
     * enough that such a distance is still a spelling variant rather than another word.
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
        int allowed = shorter >= 7 ? 2 : 1;
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
