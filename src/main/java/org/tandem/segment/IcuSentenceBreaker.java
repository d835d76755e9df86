package org.tandem.segment;

import com.ibm.icu.text.BreakIterator;

/** Candidate boundaries from an ICU sentence iterator (plain, locale-filtered or custom-filtered). */
final class IcuSentenceBreaker implements SentenceBreaker {

    private final BreakIterator iterator;

    IcuSentenceBreaker(BreakIterator iterator) {
        this.iterator = iterator;
    }

    @Override
    public int[] breaks(String text) {
        iterator.setText(text);
        return SentenceBreaker.innerBoundaries(iterator::next, BreakIterator.DONE, text.length());
    }
}
