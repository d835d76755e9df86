package org.tandem.segment;

/**
 * Proposes sentence boundaries in a piece of text without line breaks. Implementations keep a
 * reusable iterator and are therefore not thread-safe.
 */
interface SentenceBreaker {

    /** Offsets strictly between 0 and {@code text.length()} where a new sentence may begin, ascending. */
    int[] breaks(String text);

    /**
     * The inner boundaries an iterator reports, whichever library it comes from (ICU's and the JDK's
     * iterators share the protocol but no type).
     */
    static int[] innerBoundaries(java.util.function.IntSupplier next, int done, int length) {
        int[] found = new int[8];
        int count = 0;
        for (int end = next.getAsInt(); end != done; end = next.getAsInt()) {
            if (end > 0 && end < length) {
                if (count == found.length) {
                    found = java.util.Arrays.copyOf(found, count * 2);
                }
                found[count++] = end;
            }
        }
        return java.util.Arrays.copyOf(found, count);
    }
}
