package org.tandem.segment;

/**
 * Proposes sentence boundaries in a piece of text without line breaks. Implementations keep a
 * reusable iterator and are therefore not thread-safe.
 */
interface SentenceBreaker {

    /** Offsets strictly between 0 and {@code text.length()} where a new sentence may begin, ascending. */
    int[] breaks(String text);
}
