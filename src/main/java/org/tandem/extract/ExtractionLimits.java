package org.tandem.extract;

/**
 * Upper bounds on what the extractor accepts. They exist so that a wrong file (a disk image, a video)
 * fails fast with a clear message instead of exhausting memory halfway through alignment.
 *
 * @param maxFileBytes      largest input file, in bytes
 * @param maxExtractedChars largest amount of extracted text, in UTF-16 chars
 */
public record ExtractionLimits(long maxFileBytes, long maxExtractedChars) {
    public static final long DEFAULT_MAX_FILE_BYTES = 200L * 1024 * 1024;
    public static final long DEFAULT_MAX_EXTRACTED_CHARS = 50_000_000L;

    public ExtractionLimits {
        if (maxFileBytes <= 0 || maxExtractedChars <= 0) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    public static ExtractionLimits defaults() {
        return new ExtractionLimits(DEFAULT_MAX_FILE_BYTES, DEFAULT_MAX_EXTRACTED_CHARS);
    }
}
