package org.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import org.junit.jupiter.api.io.TempDir;
import org.tandem.input.BadInputException;

class BadInputTest {
    private static DocumentExtractor extractor;

    @TempDir
    Path dir;

    @BeforeAll
    static void createExtractor() {
        extractor = new DocumentExtractor();
    }

    private static String refusal(Executable action) {
        BadInputException error = assertThrows(BadInputException.class, action);
        assertTrue(!error.getMessage().contains("\n"), "one-line message: " + error.getMessage());
        return error.getMessage();
    }

    @Test
    void missingFile() {
        Path missing = dir.resolve("nowhere.txt");

        String message = refusal(() -> extractor.extract(missing));

        assertEquals("nowhere.txt: no such file (" + missing.toAbsolutePath() + ")", message);
    }

    @Test
    void directory() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("chapters"));

        assertEquals("chapters: is a directory, not a file (" + folder.toAbsolutePath() + ")",
                refusal(() -> extractor.extract(folder)));
    }

    @Test
    void unreadableFile() throws IOException {
        Path file = Files.writeString(dir.resolve("secret.txt"), "Some text.");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeFalse(Files.isReadable(file), "permissions are not enforced for this user (root)");

        assertEquals("secret.txt: the file cannot be read (check its permissions)",
                refusal(() -> extractor.extract(file)));
    }

    @Test
    void emptyFile() throws IOException {
        Path file = Files.createFile(dir.resolve("empty.txt"));

        assertEquals("empty.txt: the file is empty", refusal(() -> extractor.extract(file)));
    }

    @Test
    void whitespaceOnlyText() throws IOException {
        Path file = Files.writeString(dir.resolve("blank.txt"), " \n\t\n\u00A0\u200B\r\n   ");

        assertEquals("blank.txt: the document contains no text", refusal(() -> extractor.extract(file)));
    }

    @Test
    void htmlWithoutText() throws IOException {
        Path file = Files.writeString(dir.resolve("empty.html"),
                "<html><head><title>Only a title</title></head><body><p> </p><div></div></body></html>");

        assertEquals("empty.html: the document contains no text", refusal(() -> extractor.extract(file)));
    }

    @Test
    void pdfWithoutText() throws IOException {
        Path file = TestDocuments.blankPdf(dir, "scan.pdf");

        assertEquals("scan.pdf: the PDF has no extractable text (a scanned document? run OCR on it first)",
                refusal(() -> extractor.extract(file)));
    }

    @Test
    void encryptedPdf() throws IOException {
        Path file = TestDocuments.pdf(dir, "lavrov.pdf", List.of("Secret words."), "secret");

        assertEquals("lavrov.pdf: the PDF is encrypted; decrypt it first", refusal(() -> extractor.extract(file)));
    }

    @Test
    void randomBytes() throws IOException {
        Path file = Files.write(dir.resolve("noise.txt"), TestDocuments.randomBytes(20_000, 42));

        String message = refusal(() -> extractor.extract(file));

        assertTrue(message.startsWith("noise.txt: the file looks like binary data"), message);
    }

    @Test
    void zipOfRandomStuff() throws IOException {
        Path file = TestDocuments.zipOfRandomBytes(dir, "stuff.zip", 7);

        assertEquals("stuff.zip: unsupported format (application/zip); give plain text, HTML, DOCX, ODT, RTF,"
                + " PDF, EPUB or SubRip/WebVTT subtitles", refusal(() -> extractor.extract(file)));
    }

    @Test
    void zipDisguisedAsDocx() throws IOException {
        Path file = TestDocuments.zipOfRandomBytes(dir, "report.docx", 8);

        String message = refusal(() -> extractor.extract(file));
        // The name makes Tika call it DOCX; the parser then finds it is not one.
        assertTrue(message.startsWith("report.docx: could not read the DOCX (it may be damaged): "), message);
    }

    @Test
    void pngImage() throws IOException {
        Path file = TestDocuments.png(dir, "photo.png");

        assertEquals("photo.png: unsupported format (image/png); give plain text, HTML, DOCX, ODT, RTF, PDF, EPUB"
                + " or SubRip/WebVTT subtitles",
                refusal(() -> extractor.extract(file)));
    }

    @Test
    void damagedPdf() throws IOException {
        Path good = TestDocuments.pdf(dir, "good.pdf", List.of("Some text here."), null);
        byte[] bytes = Files.readAllBytes(good);
        Path damaged = Files.write(dir.resolve("damaged.pdf"), java.util.Arrays.copyOf(bytes, 400));

        String message = refusal(() -> extractor.extract(damaged));

        assertTrue(message.startsWith("damaged.pdf: could not read the PDF (it may be damaged): "), message);
    }

    @Test
    void fileLargerThanTheLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("big.txt"), "x".repeat(3 * 1024 * 1024));
        DocumentExtractor limited = new DocumentExtractor(new ExtractionLimits(2 * 1024 * 1024, 1_000_000_000));

        assertEquals("big.txt: the file is too large (3.0 MB; the limit is 2.0 MB)",
                refusal(() -> limited.extract(file)));
    }

    @Test
    void plainTextLongerThanTheCharacterLimit() throws IOException {
        Path file = Files.writeString(dir.resolve("long.txt"), "word ".repeat(1000));
        DocumentExtractor limited = new DocumentExtractor(new ExtractionLimits(1_000_000, 1000));

        assertEquals("long.txt: the document has too much text (more than 1000 characters)",
                refusal(() -> limited.extract(file)));
    }

    @Test
    void structuredDocumentLongerThanTheCharacterLimit() throws IOException {
        Path file = TestDocuments.docx(dir, "long.docx", List.of("word ".repeat(300), "word ".repeat(300)));
        DocumentExtractor limited = new DocumentExtractor(new ExtractionLimits(1_000_000, 1000));

        assertEquals("long.docx: the document has too much text (more than 1000 characters)",
                refusal(() -> limited.extract(file)));
    }

    @Test
    void htmlMalformedForTheDeclaredEncoding() throws IOException {
        Path file = Files.write(dir.resolve("page.html"),
                "<html><body><p>Een café</p></body></html>".getBytes(StandardCharsets.ISO_8859_1));

        assertEquals("page.html: the text is not valid UTF-8 (check the declared encoding, or leave it out to"
                + " detect it)", refusal(() -> extractor.extract(file, StandardCharsets.UTF_8)));
    }

    @Test
    void utf16WithoutByteOrderMarkMalformedForDeclaredUtf8() throws IOException {
        Path file = Files.write(dir.resolve("wide.txt"), "Café".getBytes(StandardCharsets.UTF_16LE));

        assertTrue(refusal(() -> extractor.extract(file, StandardCharsets.UTF_8))
                .startsWith("wide.txt: the text is not valid UTF-8"));
    }

    @Test
    void xmlIsNotReadAsPlainText() throws IOException {
        Path file = Files.writeString(dir.resolve("data.xml"), "<?xml version=\"1.0\"?><doc><p>Text</p></doc>");

        assertEquals("data.xml: unsupported format (application/xml); give plain text, HTML, DOCX, ODT, RTF, PDF,"
                + " EPUB or SubRip/WebVTT subtitles", refusal(() -> extractor.extract(file)));
    }
}
