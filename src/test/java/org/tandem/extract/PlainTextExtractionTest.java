package org.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.input.BadInputException;

class PlainTextExtractionTest {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private static final String DUTCH = """
            De Oekraïne ligt in Oost-Europa. Wij hebben één café bezocht
            en daarna een ruïne gezien.

            Het is een reeks van artikelen over de oorlog in de Oekraïne, geschreven
            voor een Nederlands publiek dat de geschiedenis niet kent.
            """;

    private static DocumentExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void createExtractor() {
        extractor = new DocumentExtractor();
    }

    private Path write(String name, byte[] bytes) throws IOException {
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void utf8TextSplitsOnBlankLinesAndKeepsSingleNewlines() throws IOException {
        Path file = write("story.txt", "First line\nstill first paragraph.\n\n\nSecond paragraph.\n   \nThird.\n"
                .getBytes(StandardCharsets.UTF_8));

        ExtractedText text = extractor.extract(file);

        assertEquals(List.of("First line\nstill first paragraph.", "Second paragraph.", "Third."), text.paragraphs());
        assertEquals("story.txt", text.name());
        assertEquals("text/plain", text.mediaType());
        assertEquals("UTF-8", text.encoding());
    }

    @Test
    void windowsLineEndingsAreHandled() throws IOException {
        Path file = write("crlf.txt", "One\r\ntwo\r\n\r\nThree\r\n".getBytes(StandardCharsets.UTF_8));

        assertEquals(List.of("One\ntwo", "Three"), extractor.extract(file).paragraphs());
    }

    @Test
    void utf16WithByteOrderMarkIsDecoded() throws IOException {
        Path littleEndian = write("le.txt", withBom(new byte[] {(byte) 0xFF, (byte) 0xFE},
                "Één café in de Oekraïne.\n\nTweede alinea.".getBytes(StandardCharsets.UTF_16LE)));
        Path bigEndian = write("be.txt", withBom(new byte[] {(byte) 0xFE, (byte) 0xFF},
                "Één café in de Oekraïne.\n\nTweede alinea.".getBytes(StandardCharsets.UTF_16BE)));

        ExtractedText le = extractor.extract(littleEndian);
        ExtractedText be = extractor.extract(bigEndian);

        assertEquals(List.of("Één café in de Oekraïne.", "Tweede alinea."), le.paragraphs());
        assertEquals("UTF-16LE", le.encoding());
        assertEquals(le.paragraphs(), be.paragraphs());
        assertEquals("UTF-16BE", be.encoding());
    }

    @Test
    void utf16WithoutByteOrderMarkIsToldByItsZeroBytes() throws IOException {
        Path littleEndian = write("le.txt", DUTCH.getBytes(StandardCharsets.UTF_16LE));
        Path bigEndian = write("be.txt", DUTCH.getBytes(StandardCharsets.UTF_16BE));

        ExtractedText le = extractor.extract(littleEndian);
        ExtractedText be = extractor.extract(bigEndian);

        assertEquals(extractor.extract(write("utf8.txt", DUTCH.getBytes(StandardCharsets.UTF_8))).paragraphs(),
                le.paragraphs());
        assertEquals("UTF-16LE", le.encoding());
        assertEquals(le.paragraphs(), be.paragraphs());
        assertEquals("UTF-16BE", be.encoding());
    }

    @Test
    void sixteenBitNumbersWithZeroHighBytesAreStillBinary() throws IOException {
        byte[] samples = new byte[4096];
        java.util.Random random = new java.util.Random(7);
        for (int i = 0; i < samples.length; i += 2) {
            samples[i] = (byte) random.nextInt(256);
        }

        BadInputException refusal = assertThrows(BadInputException.class,
                () -> extractor.extract(write("samples.txt", samples)));

        assertEquals("samples.txt: the file looks like binary data, not text", refusal.getMessage());
    }

    @Test
    void utf8ByteOrderMarkIsNotPartOfTheText() throws IOException {
        Path file = write("bom.txt", withBom(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "Hallo wereld.".getBytes(StandardCharsets.UTF_8)));

        assertEquals(List.of("Hallo wereld."), extractor.extract(file).paragraphs());
    }

    @Test
    void windows1252DutchIsDetected() throws IOException {
        Path file = write("nl-1252.txt", DUTCH.getBytes(WINDOWS_1252));

        ExtractedText text = extractor.extract(file);

        assertTrue(text.paragraphs().get(0).startsWith("De Oekraïne ligt in Oost-Europa. Wij hebben één café"),
                text.paragraphs().get(0));
        assertTrue(text.paragraphs().get(1).contains("de Oekraïne, geschreven\nvoor"), text.paragraphs().get(1));
        assertEquals(2, text.paragraphs().size());
    }

    @Test
    void latin1DutchIsDetected() throws IOException {
        Path file = write("nl-latin1.txt", DUTCH.getBytes(StandardCharsets.ISO_8859_1));

        String all = extractor.extract(file).fullText();

        assertTrue(all.contains("Oekraïne") && all.contains("één") && all.contains("café"), all);
    }

    @Test
    void declaredEncodingIsUsedInsteadOfDetection() throws IOException {
        Path file = write("declared.txt", "Een café.".getBytes(WINDOWS_1252));

        ExtractedText text = extractor.extract(file, WINDOWS_1252);

        assertEquals(List.of("Een café."), text.paragraphs());
        assertEquals("windows-1252", text.encoding());
    }

    @Test
    void bytesMalformedForTheDeclaredEncodingAreRefused() throws IOException {
        Path file = write("latin.txt", "Een café in de Oekraïne.".getBytes(WINDOWS_1252));

        BadInputException error = assertThrows(BadInputException.class,
                () -> extractor.extract(file, StandardCharsets.UTF_8));

        assertEquals("latin.txt: the text is not valid UTF-8 (check the declared encoding, or leave it out to"
                + " detect it)", error.getMessage());
    }

    @Test
    void textIsNormalised() throws IOException {
        String decomposed = "cafe\u0301"; // e + combining acute
        Path file = write("messy.txt", ("  \tTwo\t\tspaces \u00A0 here\u200B  \n"
                + decomposed + " \u0007bell\n\u200B\u00A0\t\nNext\u00AD paragraph\uFEFF.\n")
                .getBytes(StandardCharsets.UTF_8));

        List<String> paragraphs = extractor.extract(file).paragraphs();

        assertEquals(List.of("Two spaces here\ncafé bell", "Next paragraph."), paragraphs);
        assertTrue(paragraphs.get(0).contains("caf\u00E9 "), "composed to NFC");
    }

    @Test
    void fiveMegabytesOfTextIsExtractedQuickly() throws IOException {
        StringBuilder big = new StringBuilder();
        String paragraph = "Dit is een zin over de Oekraïne en één café.\nNog een regel tekst hier.\n\n";
        while (big.length() < 5_000_000) {
            big.append(paragraph);
        }
        Path file = write("big.txt", big.toString().getBytes(StandardCharsets.UTF_8));

        ExtractedText text = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> extractor.extract(file));

        assertEquals(big.length() / paragraph.length() + (big.length() % paragraph.length() == 0 ? 0 : 1),
                text.paragraphs().size());
        assertEquals("Dit is een zin over de Oekraïne en één café.\nNog een regel tekst hier.", text.paragraphs().get(7));
    }

    @Test
    void binaryFormatsReportNoEncoding() throws IOException {
        Path file = TestDocuments.docx(dir, "d.docx", List.of("Hello there."));

        assertNull(extractor.extract(file).encoding());
    }

    private static byte[] withBom(byte[] bom, byte[] body) {
        return TestDocuments.concat(bom, body);
    }
}
