package org.tandem.segment;

import com.ibm.icu.text.BreakIterator;
import java.util.Arrays;

/** Candidate boundaries from an ICU sentence iterator (plain, locale-filtered or custom-filtered). */
final class IcuSentenceBreaker implements SentenceBreaker {

    private final BreakIterator iterator;

    IcuSentenceBreaker(BreakIterator iterator) {
        this.iterator = iterator;
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
