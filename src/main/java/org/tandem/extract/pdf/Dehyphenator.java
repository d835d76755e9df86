package org.tandem.extract.pdf;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a hyphen at the end of a line was put there by the typesetter (Rus- sia → Russia) or
 * belongs to the word (EU-landen, self-proclaimed). The document itself is the evidence: the words it
 * uses elsewhere, unbroken or hyphenated, and the compounds it forms with the same first part.
 */
final class Dehyphenator {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:[-‐‑][\\p{L}\\p{M}]+)*");
    /** The hyphens that end a broken line: hyphen-minus, the Unicode hyphen and the soft hyphen. */
    private static final String HYPHENS = "-‐\u00AD";

    private final Map<String, Integer> words = new HashMap<>();

    /** @param lines the document's lines in reading order, whose words form the vocabulary */
    Dehyphenator(List<String> lines) {
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int end = endsWithBreak(line) ? lastWordStart(line) : line.length();
            int start = i > 0 && endsWithBreak(lines.get(i - 1)) ? firstWordEnd(line) : 0;
            if (start < end) {
                Matcher matcher = WORD.matcher(line.substring(start, end));
                while (matcher.find()) {
                    words.merge(matcher.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
                }
            }
        }
    }

    /** Whether the line ends in a letter and a hyphen, so that the next line may continue its word. */
    static boolean endsWithBreak(String line) {
        int n = line.length();
        return n >= 2 && HYPHENS.indexOf(line.charAt(n - 1)) >= 0 && Character.isLetter(line.charAt(n - 2));
    }

    /**
     * Joins {@code line} and {@code next}: without the hyphen when the hyphen only broke the word, with
     * it when it belongs to the word, and with a space when {@code line} does not end in a hyphen.
     */
    String join(String line, String next) {
        if (!endsWithBreak(line) || next.isEmpty() || !Character.isLetter(next.charAt(0))) {
            return line + " " + next;
        }
        int split = lastWordStart(line);
        String head = line.substring(split, line.length() - 1);
        int tailEnd = firstWordEnd(next);
        String tail = next.substring(0, tailEnd);
        boolean softHyphen = line.charAt(line.length() - 1) == '\u00AD';
        String kept = line.substring(0, line.length() - 1) + "-" + next;
        String joined = line.substring(0, line.length() - 1) + next;
        return softHyphen || isTypesetterHyphen(head, tail) ? joined : kept;
    }

    private boolean isTypesetterHyphen(String head, String tail) {
        String whole = (head + tail).toLowerCase(Locale.ROOT);
        String compound = (head + "-" + tail).toLowerCase(Locale.ROOT);
        int wholeCount = words.getOrDefault(whole, 0);
        int compoundCount = words.getOrDefault(compound, 0);
        if (wholeCount != compoundCount) {
            return wholeCount > compoundCount;
        }
        // Unattested either way: a capital after the hyphen (EU-Landen, anti-Amerikaans), a head in
        // capitals (EU-) or a head the document hyphenates elsewhere (self-made beside self-proclaimed)
        // make a compound; otherwise the hyphen is the typesetter's, by far the more common reason for
        // a hyphen at the end of a justified line.
        if (head.isEmpty() || Character.isUpperCase(tail.charAt(0)) || isAllCapitals(head)) {
            return false;
        }
        return !hyphenatesElsewhere(head.toLowerCase(Locale.ROOT));
    }

    /** Whether the document writes more words as {@code head-…} than as {@code head…} run together. */
    private boolean hyphenatesElsewhere(String head) {
        int hyphenated = 0;
        int joined = 0;
        for (String word : words.keySet()) {
            if (word.startsWith(head + "-") || word.startsWith(head + "‐")) {
                hyphenated++;
            } else if (word.startsWith(head) && word.length() > head.length() + 2) {
                joined++;
            }
        }
        return hyphenated > joined;
    }

    private static boolean isAllCapitals(String word) {
        return word.length() > 1 && word.chars().allMatch(c -> !Character.isLetter(c) || Character.isUpperCase(c));
    }

    /**
     * Where the letters before the line's final hyphen begin: after an inner hyphen, the part after
     * it (Latijns-Ameri-ka is Ameri-ka).
     */
    private static int lastWordStart(String line) {
        int i = line.length() - 1;
        while (i > 0 && (Character.isLetter(line.charAt(i - 1))
                || Character.getType(line.charAt(i - 1)) == Character.NON_SPACING_MARK)) {
            i--;
        }
        return i;
    }

    private static int firstWordEnd(String line) {
        int i = 0;
        while (i < line.length() && (Character.isLetter(line.charAt(i)) || Character.getType(line.charAt(i)) == Character.NON_SPACING_MARK)) {
            i++;
        }
        return i;
    }
}
