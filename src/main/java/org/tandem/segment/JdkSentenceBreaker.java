package org.tandem.segment;

import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;

/** Candidate boundaries from the JDK's own sentence iterator; kept only as a baseline to measure against. */
final class JdkSentenceBreaker implements SentenceBreaker {

    private final BreakIterator iterator;

    JdkSentenceBreaker(Locale locale) {
        this.iterator = BreakIterator.getSentenceInstance(locale);
    }

    @Override
    public int[] breaks(String text) {
        iterator.setText(text);
        int[] found = new int[8];
        int count = 0;
        for (int end = iterator.next(); end != BreakIterator.DONE; end = iterator.next()) {
            if (end > 0 && end < text.length()) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = end;
            }
        }
        return Arrays.copyOf(found, count);
    }
}
