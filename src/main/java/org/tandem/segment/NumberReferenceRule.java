package org.tandem.segment;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Takes back a break after an abbreviation that introduces a number or a reference ({@code No.},
 * {@code Nr.}, {@code art.}, {@code pp.}) when one follows: "Recommendation No. R (85) 10",
 * "art. 5 lid 2". ICU breaks before the capital of a reference code, and these abbreviations are
 * kept out of the general abbreviation lists because, followed by a word, they may end a sentence
 * ("He said no. Then he left.").
 */
final class NumberReferenceRule implements BreakVeto {
    /**
     * What a reference opens with: a digit (after an optional bracket), a Roman numeral of two letters
     * or more ({@code II}, {@code XIV}; a lone {@code I} is the pronoun), or a code of up to three
     * capitals before a number ({@code R (85) 10}, {@code C 123}).
     */
    private static final Pattern REFERENCE = Pattern.compile(
            "\\s*(?:[(\\[]?\\d|[IVXLCDM]{2,}\\b|\\p{Lu}{1,3}\\.?\\s*[(\\[]?\\d)");

    private final Set<String> abbreviations;

    NumberReferenceRule(Set<String> abbreviations) {
        this.abbreviations = abbreviations;
    }

    @Override
    public boolean vetoes(String text, int segmentStart, int breakAt) {
        int end = breakAt;
        while (end > segmentStart && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        if (end <= segmentStart || text.charAt(end - 1) != '.') {
            return false;
        }
        int start = end - 1;
        while (start > segmentStart && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String token = text.substring(start, end);
        boolean listed = abbreviations.contains(token)
                || (!token.isEmpty() && abbreviations.contains(Character.toLowerCase(token.charAt(0)) + token.substring(1)));
        return listed && REFERENCE.matcher(text).region(breakAt, text.length()).lookingAt();
    }
}
