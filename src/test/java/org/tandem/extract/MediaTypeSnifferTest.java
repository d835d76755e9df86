package org.tandem.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sniffer's shortcut through the media-type table must give the full detector's answer. */
class MediaTypeSnifferTest {
    private static final String TEXT = "Een korte tekst over de Oekraïne.\n\nA second paragraph, in English.\n";

    @TempDir
    Path dir;

    private final MediaTypeSniffer sniffer = new MediaTypeSniffer();

    @Test
    void everyKindOfFileGetsTheFullDetectorsAnswer() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(Files.writeString(dir.resolve("plain.txt"), TEXT, StandardCharsets.UTF_8));
        files.add(Files.writeString(dir.resolve("no-extension"), TEXT, StandardCharsets.UTF_8));
        files.add(Files.writeString(dir.resolve("table.csv"), "a,b,c\n1,2,3\n", StandardCharsets.UTF_8));
        files.add(Files.writeString(dir.resolve("notes.md"), "# Title\n\nSome *text*.\n", StandardCharsets.UTF_8));
        files.add(Files.writeString(dir.resolve("code.java"), "class A { int b; }\n", StandardCharsets.UTF_8));
        files.add(Files.write(dir.resolve("legacy.txt"), TEXT.getBytes(Charset.forName("windows-1252"))));
        files.add(Files.write(dir.resolve("wide.txt"), withBom(TEXT.getBytes(StandardCharsets.UTF_16LE))));
        files.add(Files.writeString(dir.resolve("page.txt"), "<html><body><p>" + TEXT + "</p></body></html>"));
        files.add(Files.writeString(dir.resolve("page.html"), "<html><body><p>" + TEXT + "</p></body></html>"));
        files.add(Files.writeString(dir.resolve("data.xml"), "<?xml version=\"1.0\"?><doc><p>Text</p></doc>"));
        files.add(Files.writeString(dir.resolve("data.txt"), "<?xml version=\"1.0\"?><doc><p>Text</p></doc>"));
        files.add(Files.writeString(dir.resolve("ogg.txt"), "OggS is how this line starts.\n" + TEXT));
        files.add(Files.writeString(dir.resolve("plist.txt"), "bplist00 starts this line.\n" + TEXT));
        files.add(Files.writeString(dir.resolve("letter.rtf"), "{\\rtf1\\ansi Een brief.\\par}"));
        files.add(Files.write(dir.resolve("zipped.txt"), zip("inner.txt", TEXT)));
        files.add(Files.write(dir.resolve("gzipped.txt"), gzip(TEXT)));
        files.add(Files.write(dir.resolve("noise.txt"), TestDocuments.randomBytes(20_000, 7)));
        files.add(TestDocuments.docx(dir, "brief.docx", List.of("Eerste alinea.", "Tweede alinea.")));
        files.add(Files.copy(files.get(files.size() - 1), dir.resolve("brief.txt")));
        files.add(TestDocuments.pdf(dir, "report.pdf", List.of("A page of text."), null));
        files.add(Files.copy(files.get(files.size() - 1), dir.resolve("report.txt")));
        files.add(TestDocuments.odt(dir, "tekst.odt", "<text:p>Een alinea.</text:p>"));
        files.add(TestDocuments.epub(dir, "boek.epub", "<p>Een hoofdstuk.</p>"));
        files.add(TestDocuments.png(dir, "picture.txt"));

        for (Path file : files) {
            assertEquals(outcome(() -> sniffer.detectFully(file)), outcome(() -> sniffer.detect(file)),
                    file.getFileName().toString());
        }
    }

    @Test
    void plainTextAndPdfAreToldWithoutTheFullDetector() throws IOException {
        Path text = Files.writeString(dir.resolve("plain.txt"), TEXT, StandardCharsets.UTF_8);
        Path pdf = TestDocuments.pdf(dir, "report.pdf", List.of("A page of text."), null);

        assertEquals(DocumentFormat.PLAIN_TEXT, sniffer.requireSupported("plain.txt", sniffer.detect(text)));
        assertEquals(DocumentFormat.PDF, sniffer.requireSupported("report.pdf", sniffer.detect(pdf)));
    }

    @Test
    void aFileTheDetectorsTripOverIsBadInput() throws IOException {
        Path file = Files.writeString(dir.resolve("ogg.txt"), "OggS is how this line starts.\n" + TEXT);

        org.tandem.input.BadInputException bad = org.junit.jupiter.api.Assertions.assertThrows(
                org.tandem.input.BadInputException.class, () -> sniffer.detect(file));
        assertEquals(true, bad.getMessage().startsWith("ogg.txt: cannot tell what kind of file this is"), bad.getMessage());
    }

    /** The media type, or the refusal: a file the full detector refuses must be refused the same way. */
    private static String outcome(java.util.function.Supplier<org.apache.tika.mime.MediaType> detection) {
        try {
            return detection.get().toString();
        } catch (org.tandem.input.BadInputException e) {
            return "refused: " + e.getMessage();
        }
    }

    private static byte[] withBom(byte[] utf16le) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(0xFF);
        out.write(0xFE);
        out.writeBytes(utf16le);
        return out.toByteArray();
    }

    private static byte[] zip(String entry, String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] gzip(String text) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (GZIPOutputStream gzip = new GZIPOutputStream(bytes)) {
            gzip.write(text.getBytes(StandardCharsets.UTF_8));
        }
        return bytes.toByteArray();
    }
}
