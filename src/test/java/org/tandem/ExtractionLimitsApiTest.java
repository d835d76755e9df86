package org.tandem;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.extract.DocumentExtractor;
import org.tandem.extract.ExtractionLimits;
import org.tandem.input.BadInputException;

/**
 * Inputs over the size limits. The CLI has no option to lower the limits (200 MB, 50 M chars by
 * default), so they are exercised through the public extractor API.
 */
class ExtractionLimitsApiTest {
    private static final String SENTENCE = "The village lies at the edge of a wide river, and the baker opens his shop at six. ";

    @TempDir
    Path temp;

    @Test
    void fileLargerThanTheByteLimitIsRejected() throws IOException {
        Path big = Files.writeString(temp.resolve("big.txt"), SENTENCE.repeat(100), StandardCharsets.UTF_8);
        DocumentExtractor extractor = new DocumentExtractor(new ExtractionLimits(1000, 1_000_000));
        BadInputException e = assertThrows(BadInputException.class, () -> extractor.extract(big));
        assertTrue(e.getMessage().startsWith("big.txt: "), e.getMessage());
        assertTrue(e.getMessage().contains("too large"), e.getMessage());
    }

    @Test
    void moreTextThanTheCharacterLimitIsRejected() throws IOException {
        Path big = Files.writeString(temp.resolve("long.txt"), SENTENCE.repeat(100), StandardCharsets.UTF_8);
        DocumentExtractor extractor = new DocumentExtractor(new ExtractionLimits(1_000_000, 1000));
        BadInputException e = assertThrows(BadInputException.class, () -> extractor.extract(big));
        assertTrue(e.getMessage().startsWith("long.txt: "), e.getMessage());
        assertTrue(e.getMessage().contains("too much text"), e.getMessage());
    }

    @Test
    void inputWithinTheLimitsIsRead() throws IOException {
        Path small = Files.writeString(temp.resolve("small.txt"), SENTENCE.repeat(3), StandardCharsets.UTF_8);
        DocumentExtractor extractor = new DocumentExtractor(new ExtractionLimits(1000, 1000));
        assertEquals(1, extractor.extract(small).paragraphs().size());
    }

    @Test
    void limitsMustBePositive() {
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(0, 1));
        assertThrows(IllegalArgumentException.class, () -> new ExtractionLimits(1, -1));
    }
}
