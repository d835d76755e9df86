package org.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.input.BadInputException;

class LineReaderTest {
    @TempDir
    Path dir;

    @Test
    void everyNonBlankLineIsASegment() throws IOException {
        Path file = Files.writeString(dir.resolve("segments.txt"),
                "First segment.\r\nSecond  segment.\n\n   \nThird\u200B segment.\n");

        ExtractedText text = LineReader.readLines(file);

        assertEquals(List.of("First segment.", "Second segment.", "Third segment."), text.paragraphs());
        assertEquals("UTF-8", text.encoding());
        assertEquals("segments.txt", text.name());
    }

    @Test
    void legacyEncodingIsDetected() throws IOException {
        Path file = Files.write(dir.resolve("nl.txt"),
                "De Oekraïne is een groot land.\nWij dronken koffie in één café.\n"
                        .getBytes(Charset.forName("windows-1252")));

        assertEquals(List.of("De Oekraïne is een groot land.", "Wij dronken koffie in één café."),
                LineReader.readLines(file).paragraphs());
    }

    @Test
    void declaredEncodingIsChecked() throws IOException {
        Path file = Files.write(dir.resolve("nl.txt"), "Een café.\n".getBytes(StandardCharsets.ISO_8859_1));

        BadInputException error = assertThrows(BadInputException.class,
                () -> LineReader.readLines(file, StandardCharsets.UTF_8, ExtractionLimits.defaults()));

        assertEquals("nl.txt: the text is not valid UTF-8 (check the declared encoding, or leave it out to detect it)",
                error.getMessage());
    }

    @Test
    void blankFileIsRefused() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.txt"), "\n\n  \n");

        BadInputException error = assertThrows(BadInputException.class, () -> LineReader.readLines(file));

        assertEquals("blank.txt: the document contains no text", error.getMessage());
    }

    @Test
    void missingFileIsRefused() {
        BadInputException error = assertThrows(BadInputException.class,
                () -> LineReader.readLines(dir.resolve("gone.txt")));

        assertEquals("gone.txt: no such file (" + dir.resolve("gone.txt").toAbsolutePath() + ")", error.getMessage());
    }

    @Test
    void nonTextFormatsAreRefused() throws IOException {
        Path docx = TestDocuments.docx(dir, "aligned.docx", List.of("One.", "Two."));

        BadInputException error = assertThrows(BadInputException.class, () -> LineReader.readLines(docx));

        assertEquals("aligned.docx: a segmented file must be plain text with one segment per line, but this is DOCX",
                error.getMessage());
    }

    @Test
    void binaryDataIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("noise.bin"), TestDocuments.randomBytes(5000, 3));

        BadInputException error = assertThrows(BadInputException.class, () -> LineReader.readLines(file));

        assertEquals("noise.bin: the file looks like binary data, not a text document", error.getMessage());
    }
}
