package org.tandem.align;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the aligner knows of one segment.
 *
 * @param length  length in characters, the Gale–Church evidence
 * @param paragraph the index of the paragraph the segment came from
 * @param keys    sorted ids of the segment's lexical keys (with repeats): content-word prefixes,
 *                numbers, dictionary translations; shared ids are evidence of translation
 * @param sentences how many sentences the segment ends ({@link #sentences(String)})
 * @param endsOnWord whether its last character is a letter or digit: no punctuation closes it
 * @param startsLowerCase whether it opens in lower case, carrying on a sentence
 * @param unmatchedNumber whether it holds a number that the other document never writes
 *                        ({@link UnmatchedNumbers}); false until both sides are known
 */
public record SegmentProfile(int length, int paragraph, int[] keys, int sentences, boolean endsOnWord,
                             boolean startsLowerCase, boolean unmatchedNumber) {
    SegmentProfile withKeys(int[] newKeys) {
        return new SegmentProfile(length, paragraph, newKeys, sentences, endsOnWord, startsLowerCase, unmatchedNumber);
    }

    SegmentProfile withUnmatchedNumber(boolean unmatched) {
        return new SegmentProfile(length, paragraph, keys, sentences, endsOnWord, startsLowerCase, unmatched);
    }

    static boolean endsOnWord(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && Character.isLetterOrDigit(stripped.codePointBefore(stripped.length()));
    }

    static boolean startsLowerCase(String text) {
        String stripped = text.strip();
        return !stripped.isEmpty() && Character.isLowerCase(stripped.codePointAt(0));
    }

    private static final Pattern SENTENCE_BREAK = Pattern.compile(
            "(?:(?<=\\p{Ll}{2})|(?<=\\d)) ?[.!?] ?[\"”’'»)]?\\s+(?=[\\p{Lu}\"“‘„«])");
    private static final String CONTINUING = ",;:";

    /**
     * Whether {@link #SENTENCE_BREAK} can match at all: it needs a full stop, question or exclamation
     * mark with white space and one more character after it. Most segments have their only mark at
     * their end, and the pattern's look-behind is tried at every position, so this saves the scan.
     */
    private static boolean mayBreakInside(String stripped) {
        for (int i = 0; i < stripped.length() - 2; i++) {
            char c = stripped.charAt(i);
            if (c == '.' || c == '!' || c == '?') {
                return true;
            }
        }
        return false;
    }

    /**
     * How many sentences a segment ends: every full stop inside it that follows a word or number and
     * precedes a capital, and its own end unless that is a comma, semicolon or colon. A headline or a
     * translation cut off halfway counts as one sentence, as its source does; a fragment cut at a
     * semicolon, as OCR'd text has them, counts as none, so it joins the next one for free.
     */
    public static int sentences(String text) {
        String stripped = text.strip();
        int count = 0;
        if (mayBreakInside(stripped)) {
            Matcher matcher = SENTENCE_BREAK.matcher(stripped);
            while (matcher.find()) {
                count++;
            }
        }
        if (!stripped.isEmpty() && CONTINUING.indexOf(stripped.charAt(stripped.length() - 1)) < 0) {
            count++;
        }
        return count;
    }
}
