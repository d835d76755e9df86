package org.tandem.extract;

import java.nio.charset.Charset;
import java.nio.file.Path;

/**
 * Reads a plain-text file to a string with every check that applies to text: size, encoding
 * (declared or detected), binary content and amount of text.
 */
final class PlainTextReader {
    private final PlainTextDecoder decoder = new PlainTextDecoder();
    private final ExtractionLimits limits;

    PlainTextReader(ExtractionLimits limits) {
        this.limits = limits;
    }

    /** The caller has already checked the file with {@link InputFileGuard#requireReadableFile}. */
    DecodedText read(Path file, Charset declared) {
        String name = InputFileGuard.displayName(file);
        DecodedText decoded = decoder.decode(name, InputFileGuard.readAllBytes(file), declared);
        InputFileGuard.requireTextWithinLimit(name, decoded.text().length(), limits);
        BinaryContentCheck.requireText(name, decoded.text());
        return decoded;
    }
}
