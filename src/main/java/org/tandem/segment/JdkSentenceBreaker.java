package org.tandem.segment;

import java.text.BreakIterator;
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
        return SentenceBreaker.innerBoundaries(iterator::next, BreakIterator.DONE, text.length());
    }
}
