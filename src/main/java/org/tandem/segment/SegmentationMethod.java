package org.tandem.segment;

/**
 * How sentence boundaries are found inside a block of text. {@link #ICU_WITH_RULES} is the default;
 * the others exist so that the benchmark can show why (see {@code org.tandem.eval.SegmentationBenchmark}).
 */
public enum SegmentationMethod {
    /** ICU's sentence iterator as is. */
    ICU_PLAIN,
    /** ICU with its own per-locale abbreviation data ({@code @ss=standard}); none exists for Dutch. */
    ICU_LOCALE_EXCEPTIONS,
    /** ICU wrapped by {@code FilteredBreakIteratorBuilder} with Tandem's title and abbreviation lists. */
    ICU_FILTER_BUILDER,
    /** The JDK's {@code java.text.BreakIterator}. */
    JDK,
    /** ICU plus Tandem's rule layer ({@link FalseBreakRules}). */
    ICU_WITH_RULES
}
